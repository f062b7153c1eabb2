package dev.plinth.materializer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void alignsOneRowPerStackAndEndsWithTheCounts() {
        assertThat(SummaryTable.render(ReportFixtures.applyRun())).isEqualTo("""
        STACK    ACTION  CHANGES   DURATION  RESULT
        network  create  +2 ~0 -0  12.3s     applied
        data     update  +0 ~3 -1  1m04s     applied
        dns      none    +0 ~0 -0  0.8s      unchanged
        app      update  +0 ~1 -0  1m35s     failed
        edge     update  -         -         skipped
        5 stacks: 2 applied, 1 unchanged, 1 failed, 1 skipped in 2m52s
        """);
    }

    @Test
    void formatsDurationsInSecondsUnderAMinuteAndInMinutesAbove() {
        assertThat(ReportText.duration(0)).isEqualTo("0.0s");
        assertThat(ReportText.duration(12_340)).isEqualTo("12.3s");
        assertThat(ReportText.duration(59_940)).isEqualTo("59.9s");
        assertThat(ReportText.duration(59_960)).isEqualTo("1m00s");
        assertThat(ReportText.duration(64_900)).isEqualTo("1m04s");
        assertThat(ReportText.duration(3_723_000)).isEqualTo("1h02m03s");
    }
}
