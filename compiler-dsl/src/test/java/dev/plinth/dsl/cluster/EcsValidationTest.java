package dev.plinth.dsl.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Severity;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.loadbalancer.Listener;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcsValidationTest {
    private final EcsPlatform platform = new EcsPlatform();

    @Test
    void aListenerTargetingAPortNoContainerServesIsReported() {
        platform.listeners = built -> List.of(Listener.http(80, built.web, 8081), Listener.http(8080, built.api, 9090));

        List<Diagnostic> diagnostics = platform.compile().diagnostics();

        assertThat(diagnostics)
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[SERVICE_PORT_NOT_OPEN] prod/web-lb/listener/80/targetPort: the listener sends traffic to port 8081 but no container "
                                + "of ECS service web serves it (they serve [8080]); set the container's port to 8081, or target a port a container serves.");
    }

    @Test
    void aSecretThatIsAPlaintextValueIsReported() {
        platform.webContainer = platform.webContainer.andThen(c -> c.putSecret("SESSION_KEY", "hunter2"));

        assertThat(platform.codes())
                .containsExactly("SECRET_NOT_A_REFERENCE prod/web/container/web/secret/SESSION_KEY");
    }

    @Test
    void aSecretLookingEnvironmentVariableIsReported() {
        platform.webContainer = platform.webContainer.andThen(c -> c.putEnvironment("STRIPE_TOKEN", "sk_live_123"));

        assertThat(platform.codes())
                .containsExactly("PLAINTEXT_SECRET prod/web/container/web/environment/STRIPE_TOKEN");
    }

    @Test
    void memoryBelowTwoMibPerCpuUnitIsReported() {
        platform.webCpu = 1024;
        platform.webMemory = 1024;

        assertThat(platform.compile().diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[MEMORY_BELOW_CPU_RATIO] prod/web/container/web/memoryMib: 1024 MiB is below 2 MiB per CPU unit for 1024 CPU units; "
                                + "give at least 2048 MiB, or fewer CPU units.");
    }

    @Test
    void aDesiredCountOutsideMinAndMaxIsReported() {
        platform.webDesired = 12;

        assertThat(platform.codes()).containsExactly("INVALID_SERVICE_COUNT prod/web/desiredCount");
    }

    @Test
    void aMinimumHealthyPercentAboveTheMaximumIsReported() {
        platform.web = s -> s.minimumHealthyPercent(100).maximumPercent(100);

        assertThat(platform.codes()).containsExactly("INVALID_DEPLOYMENT prod/web/deployment");
    }

    @Test
    void aServiceOnAClusterInNoStackIsReported() {
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of("services", built.loadBalancer, built.web, built.api));

        assertThat(platform.codes())
                .containsExactly("COMPONENT_NOT_IN_STACK prod/web", "COMPONENT_NOT_IN_STACK prod/api");
    }

    @Test
    void anImageWithoutTagIsAnErrorAndLatestAWarning() {
        platform.webImage = "nginx";
        assertThat(platform.codes()).containsExactly("IMAGE_WITHOUT_TAG prod/web/container/web/image");

        EcsPlatform latest = new EcsPlatform();
        latest.webImage = "public.ecr.aws/nginx/nginx:latest";
        List<Diagnostic> diagnostics = latest.compile().diagnostics();
        assertThat(diagnostics)
                .extracting(d -> d.code().name() + " " + d.path())
                .containsExactly("IMAGE_LATEST_TAG prod/web/container/web/image");
        assertThat(diagnostics.get(0).code().severity()).isEqualTo(Severity.WARNING);
        assertThat(latest.compile().platform()).isPresent();
    }

    @Test
    void aHealthCheckNotStartingWithCmdOrCmdShellIsReported() {
        platform.webContainer = c -> c.name("web")
                .image(EcsPlatform.WEB_IMAGE)
                .port(8080)
                .addHealthCheckCommand("curl", "-f", "http://localhost");

        assertThat(platform.codes())
                .containsExactly("INVALID_CONTAINER_HEALTH_CHECK prod/web/container/web/healthCheckCommand");
    }

    @Test
    void aTaskPermissionOnEverythingIsReported() {
        platform.web = s -> s.addTaskPermission(TaskPermission.of(List.of("s3:*"), List.of("*")));

        assertThat(platform.codes()).containsExactly("WILDCARD_PERMISSION prod/web/taskPermission/0");
    }

    @Test
    void clusterSizeAndTargetCapacityOutOfRangeAreReported() {
        platform.cluster = c -> c.name("containers")
                .instanceType("m6i.large")
                .minSize(4)
                .maxSize(2)
                .targetCapacityPercent(0);

        assertThat(platform.codes())
                .containsExactly(
                        "INVALID_CLUSTER_SIZE prod/containers/size",
                        "INVALID_TARGET_CAPACITY prod/containers/targetCapacityPercent");
    }

    @Test
    void aClusterInAPublicTierHasNoEgressAndIsReported() {
        platform.cluster = c -> c.name("containers").instanceType("m6i.large").tier("public");

        assertThat(platform.codes()).containsExactly("CLUSTER_WITHOUT_EGRESS prod/containers/tier");
    }

    @Test
    void twoContainersServingOnePortAreReported() {
        platform.web = s -> s.addContainer(Container.builder()
                .name("sidecar")
                .image("public.ecr.aws/envoy/envoy:v1.30.1")
                .port(8080)
                .build());

        assertThat(platform.codes()).containsExactly("DUPLICATE_CONTAINER_PORT prod/web/container/sidecar/port");
    }
}
