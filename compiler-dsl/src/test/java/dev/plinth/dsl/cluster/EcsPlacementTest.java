package dev.plinth.dsl.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Severity;
import org.junit.jupiter.api.Test;

/** Whether an ECS service's task fits on its cluster's instance type (m6i.large: 2 vCPUs, 8,192 MiB). */
class EcsPlacementTest {
    private final EcsPlatform platform = new EcsPlatform();

    @Test
    void aTaskLargerThanTheInstanceIsRefused() {
        platform.webCpu = 4096;
        platform.webMemory = 8192;

        PlatformCompiler.Result result = platform.compile();

        assertThat(result.platform()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[TASK_FITS_NO_INSTANCE] prod/web: a task of 4,096 CPU units and 8,192 MiB does not fit on the instances of "
                                + "ECS cluster containers (m6i.large: 2,048 CPU units, 8,192 MiB), so ECS can never place it; "
                                + "give the task's containers less CPU and memory, or the cluster a larger instance type.");
    }

    @Test
    void aTaskNeedingMoreMemoryThanTheInstanceHasIsRefused() {
        platform.webMemory = 12288;

        assertThat(platform.codes()).containsExactly("TASK_FITS_NO_INSTANCE prod/web");
    }

    @Test
    void aTaskThatFitsOnlyOncePerInstanceIsAWarning() {
        platform.webCpu = 1536;
        platform.webMemory = 4096;

        PlatformCompiler.Result result = platform.compile();

        assertThat(result.platform()).isPresent();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[ONE_TASK_PER_INSTANCE] prod/web: only one task of 1,536 CPU units and 4,096 MiB fits on an instance of "
                                + "ECS cluster containers (m6i.large: 2,048 CPU units, 8,192 MiB): each task needs an instance of its own, and a deployment "
                                + "starts new tasks only on spare instances; give the task's containers less CPU and memory, or the cluster a larger "
                                + "instance type.");
        assertThat(result.diagnostics()).extracting(d -> d.code().severity()).containsExactly(Severity.WARNING);
    }

    @Test
    void twoTasksPerInstanceAreEnough() {
        platform.webCpu = 1024;
        platform.webMemory = 4096;

        assertThat(platform.codes()).isEmpty();
    }

    @Test
    void aClusterInstanceTypeThatDoesNotExistIsRefusedAndNoFitIsGuessed() {
        platform.cluster =
                c -> c.name("containers").instanceType("m6i.lrage").minSize(2).maxSize(6);

        assertThat(platform.compile().diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[INVALID_INSTANCE_TYPE] prod/containers/instanceType: 'm6i.lrage' is not an EC2 instance type; use 'm6i.large'.");
    }
}
