package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuoteTest {

    @Test
    void closesAndReopensTheQuotesAroundASingleQuote() {
        assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\"'\"'s'");
        assertThat(ShellQuote.quote("")).isEqualTo("''");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"plain", "it's", "''", "${HOME}", "$(reboot)", "`id`", "a\\b", "\"q\"", "a b  c", "ünïcödé", "*"
            })
    void givesBashBackExactlyTheOriginalValue(String value) {
        Shell.Result result = Shell.run("/bin/bash", "-c", "printf '%s' " + ShellQuote.quote(value));

        assertThat(result.output()).isEqualTo(value);
    }
}
