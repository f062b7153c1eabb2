package dev.plinth.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DslPathTest {

    @Test
    void aPathPrintsItsSegmentsJoinedBySlashes() {
        DslPath web = DslPath.of("prod", "web");

        assertThat(web.child("runtime", "instanceType")).hasToString("prod/web/runtime/instanceType");
        assertThat(web.child("listener").child(443)).hasToString("prod/web/listener/443");
        assertThat(web.child("runtime").segments()).containsExactly("prod", "web", "runtime");
    }

    @Test
    void pathsWithTheSameSegmentsAreEqual() {
        assertThat(DslPath.of("prod").child("web"))
                .isEqualTo(DslPath.of("prod", "web"))
                .hasSameHashCodeAs(DslPath.of("prod", "web"));
        assertThat(DslPath.of("prod", "web")).isNotEqualTo(DslPath.of("prod", "web", "tier"));
    }

    @Test
    void anEmptyNameIsKeptAsAnEmptySegmentForTheRulesToReport() {
        assertThat(DslPath.of("prod", "")).hasToString("prod/");
    }
}
