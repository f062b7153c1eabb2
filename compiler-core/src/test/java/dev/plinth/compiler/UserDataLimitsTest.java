package dev.plinth.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserDataLimitsTest {

    @Test
    void theLimitIsSixteenKibibytes() {
        assertThat(UserDataLimits.MAX_BYTES).isEqualTo(16 * 1024);
    }

    @Test
    void theSizeIsCountedInUtf8Bytes() {
        assertThat(UserDataLimits.utf8Size("abc")).isEqualTo(3);
        assertThat(UserDataLimits.utf8Size("é€")).isEqualTo(5);
    }
}
