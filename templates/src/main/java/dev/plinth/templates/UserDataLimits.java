package dev.plinth.templates;

import java.nio.charset.StandardCharsets;

/**
 * EC2's limit on user data. The renderer does not enforce it: the compiler reports an oversized
 * script as a diagnostic with the rest of a platform's problems.
 */
public final class UserDataLimits {
  /** EC2 refuses user data larger than 16 KB, counted before base64 encoding. */
  public static final int MAX_BYTES = 16384;

  private UserDataLimits() {}

  /** The size EC2 counts: the script's UTF-8 bytes. */
  public static int utf8Size(String script) {
    return script.getBytes(StandardCharsets.UTF_8).length;
  }
}
