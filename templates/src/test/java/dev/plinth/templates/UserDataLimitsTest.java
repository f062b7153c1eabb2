package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserDataLimitsTest {

  @Test
  void isEc2s16KilobyteLimit() {
    assertThat(UserDataLimits.MAX_BYTES).isEqualTo(16 * 1024);
  }

  @Test
  void countsUtf8BytesNotCharacters() {
    assertThat(UserDataLimits.utf8Size("abc")).isEqualTo(3);
    assertThat(UserDataLimits.utf8Size("é€")).isEqualTo(5);
  }
}
