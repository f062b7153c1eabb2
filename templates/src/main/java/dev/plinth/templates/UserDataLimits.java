package dev.plinth.templates;

/**
 * EC2's limit on user data, as {@link dev.plinth.compiler.UserDataLimits} defines it. The renderer
 * does not enforce it: the compiler reports an oversized script as a diagnostic with the rest of
 * a platform's problems.
 */
public final class UserDataLimits {
  /** EC2 refuses user data larger than 16 KB, counted before base64 encoding. */
  public static final int MAX_BYTES = dev.plinth.compiler.UserDataLimits.MAX_BYTES;

  private UserDataLimits() {}

  /** The size EC2 counts: the script's UTF-8 bytes. */
  public static int utf8Size(String script) {
    return dev.plinth.compiler.UserDataLimits.utf8Size(script);
  }
}
