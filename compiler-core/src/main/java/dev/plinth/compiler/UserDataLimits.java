package dev.plinth.compiler;

import java.nio.charset.StandardCharsets;

/** EC2's limit on user data, which the DSL checks on every script as it renders it, at the script's DSL path. */
public final class UserDataLimits {
    /** EC2 refuses user data larger than 16 KB, counted before base64 encoding. */
    public static final int MAX_BYTES = 16_384;

    private UserDataLimits() {}

    /** The size EC2 counts: the script's UTF-8 bytes. */
    public static int utf8Size(String script) {
        return script.getBytes(StandardCharsets.UTF_8).length;
    }
}
