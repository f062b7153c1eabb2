package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.network.FlowLogs;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformValidationTest {
    private final TestPlatform platform = TestPlatform.baseline();

    @Test
    void compilingAnEnvironmentThePlatformLacksIsReported() {
        PlatformCompiler.Result result = PlatformCompiler.bundled().compile(platform, "staging");

        assertThat(result.platform()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[UNKNOWN_ENVIRONMENT] staging: platform shop has no environment 'staging'; use one of prod.");
    }

    @Test
    void anEnvironmentNameWithCapitalsIsInvalid() {
        platform.environment.set("name", e -> e.name("Prod"));

        PlatformCompiler.Result result = PlatformCompiler.bundled().compile(platform, "Prod");

        assertThat(result.platform()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(d -> d.code().name() + " " + d.path())
                .containsExactly("INVALID_NAME Prod");
    }

    @Test
    void aRegionWithoutItsNumberIsNotARegion() {
        platform.environment.set("region", e -> e.region("eu-west"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_ENVIRONMENT] prod/region: 'eu-west' is not an AWS region name; use a region such as eu-west-1.");
    }

    @Test
    void aZoneTheEnvironmentListsTwiceIsReportedAtItsPathNotAsATemplateProblem() {
        platform.environment.set("zones", e -> e.addAvailabilityZones("eu-west-1a", "eu-west-1a", "eu-west-1b"));

        assertThat(formats(platform))
                .containsExactly(
                        "[DUPLICATE_AVAILABILITY_ZONE] prod/availabilityZones/eu-west-1a: 'eu-west-1a' is listed"
                                + " more than once; list each zone once.");
    }

    @Test
    void aZoneANetworkListsTwiceIsReportedAtTheNetwork() {
        platform.network.set("zones", n -> n.addAvailabilityZones("eu-west-1b", "eu-west-1b"));

        assertThat(formats(platform))
                .containsExactly(
                        "[DUPLICATE_AVAILABILITY_ZONE] prod/network/availabilityZones/eu-west-1b: 'eu-west-1b' is"
                                + " listed more than once; list each zone once.");
    }

    @Test
    void aZoneOfAnotherRegionIsReported() {
        platform.environment.set("zones", e -> e.addAvailabilityZones("eu-west-1a", "eu-west-1b", "us-east-1c"));

        assertThat(formats(platform))
                .containsExactly(
                        "[ZONE_NOT_IN_REGION] prod/availabilityZones/us-east-1c: 'us-east-1c' is not an availability zone of eu-west-1; "
                                + "use zones of the environment's region.");
    }

    @Test
    void anEnvironmentWithoutZonesIsReportedWithWhatNeedsThem() {
        platform.environment.remove("zones");

        assertThat(codes(platform))
                .containsExactly(
                        "NO_AVAILABILITY_ZONES prod/availabilityZones",
                        "TOO_MANY_AZS prod/network/azCount",
                        "LOAD_BALANCER_TOO_FEW_AZS prod/web-lb");
    }

    @Test
    void anAccountIdThatIsNotTwelveDigitsIsReported() {
        platform.environment.set("account", e -> e.accountId("1234-5678"));

        assertThat(codes(platform)).containsExactly("INVALID_ENVIRONMENT prod/accountId");
    }

    @Test
    void twoComponentsWithOneNameAreReported() {
        platform.fleet.set("name", f -> f.name("bastion"));

        assertThat(formats(platform))
                .containsExactly("[DUPLICATE_NAME] prod/bastion: a bastion and a fleet are both named 'bastion'; "
                        + "give each component its own name: names make DSL paths, logical ids and file names.");
    }

    @Test
    void twoStacksWithOneNameAreReported() {
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of("bastion", built.fleet, built.loadBalancer));

        assertThat(formats(platform))
                .containsExactly(
                        "[DUPLICATE_STACK_NAME] prod/stack/bastion: two stacks are named 'bastion'; give each stack its own name.");
    }

    @Test
    void aComponentListedInTwoStacksIsReported() {
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion, built.fleet),
                Stack.of("service", built.fleet, built.loadBalancer));

        assertThat(formats(platform))
                .containsExactly(
                        "[COMPONENT_IN_TWO_STACKS] prod/web: the fleet is listed in stacks bastion and service; "
                                + "list it in one stack; other stacks reach it through cross-stack references.");
    }

    @Test
    void aComponentUsedButInNoStackIsReportedByItsUser() {
        platform.stacks = built ->
                List.of(Stack.of("network", built.network), Stack.of("service", built.fleet, built.loadBalancer));

        assertThat(formats(platform))
                .containsExactly("[COMPONENT_NOT_IN_STACK] prod/web: uses the bastion 'bastion', which is in no stack; "
                        + "add the bastion to one of the platform's stacks.");
    }

    @Test
    void aNetworkInNoStackIsReportedByEveryComponentInIt() {
        platform.stacks = built ->
                List.of(Stack.of("bastion", built.bastion), Stack.of("service", built.fleet, built.loadBalancer));

        assertThat(codes(platform))
                .containsExactly(
                        "COMPONENT_NOT_IN_STACK prod/bastion",
                        "COMPONENT_NOT_IN_STACK prod/web",
                        "COMPONENT_NOT_IN_STACK prod/web-lb");
    }

    @Test
    void aListenerTargetingAFleetInNoStackIsReported() {
        platform.fleet.remove("allowFrom");
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of("service", built.loadBalancer));

        assertThat(codes(platform)).containsExactly("COMPONENT_NOT_IN_STACK prod/web-lb");
    }

    @Test
    void anEmptyStackIsReported() {
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of("service", built.fleet, built.loadBalancer),
                Stack.of("spare"));

        assertThat(formats(platform))
                .containsExactly(
                        "[EMPTY_STACK] prod/stack/spare: the stack has no components; add components to it, or remove it.");
    }

    @Test
    void aStackNameWithCapitalsIsInvalid() {
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of("Service", built.fleet, built.loadBalancer));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_NAME] prod/stack/Service: 'Service' is not a valid stack name; "
                                + "use 1 to 32 lower-case letters, digits and single dashes, starting with a letter and not ending with a dash.");
    }

    @Test
    void aComponentNameWithUnderscoresIsInvalid() {
        platform.fleet.set("name", f -> f.name("web_server"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_NAME] prod/web_server: 'web_server' is not a valid fleet name; "
                                + "use 1 to 32 lower-case letters, digits and single dashes, starting with a letter and not ending with a dash.");
    }

    @Test
    void aComponentNameOverThirtyTwoCharactersIsInvalid() {
        platform.bastion.set("name", b -> b.name("b".repeat(33)));

        assertThat(codes(platform)).containsExactly("INVALID_NAME prod/" + "b".repeat(33));
    }

    @Test
    void aPlatformDefinitionThatThrowsIsReportedNotRethrown() {
        platform.stacks = built -> {
            throw new IllegalStateException("no artifact bucket for prod");
        };

        assertThat(formats(platform))
                .containsExactly("[DEFINITION_FAILED] prod: platform class dev.plinth.dsl.TestPlatform: "
                        + "stacks(prod) threw IllegalStateException: no artifact bucket for prod (at TestPlatform.java:"
                        + stacksLine() + "); fix the platform definition's code.");
    }

    @Test
    void stacksThatUseEachOthersResourcesInACircleAreReported() {
        platform.stacks = built -> List.of(
                Stack.of("core", built.network, built.fleet, built.loadBalancer), Stack.of("access", built.bastion));

        PlatformCompiler.Result result = platform.compile();

        assertThat(result.platform()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[STACK_CYCLE] access: stacks use each other's resources in a circle: access -> core -> access; "
                                + "move the resources one of them needs into the other stack, or into a stack both can read.");
    }

    @Test
    void oneDefinitionWithFiveProblemsReportsAllFiveAndCompilesNothing() {
        platform.network.set(
                "flowLogs", n -> n.flowLogs(FlowLogs.builder().retentionDays(42).build()));
        platform.bastion.set("tier", b -> b.tier("app"));
        platform.fleet.set("size", f -> f.minSize(4).maxSize(2));
        platform.artifact.set("secret", a -> a.putEnvironment("API_TOKEN", "s3cr3t"));
        platform.loadBalancer.set("listeners", (l, built) -> l.addListener(Listener.tcp(80, built.fleet, 8080)));

        assertThat(codes(platform))
                .containsExactly(
                        "INVALID_RETENTION prod/network/flowLogs/retentionDays",
                        "WRONG_TIER_KIND prod/bastion/tier",
                        "INVALID_FLEET_SIZE prod/web/size",
                        "PLAINTEXT_SECRET prod/web/artifact/environment/API_TOKEN",
                        "LISTENER_PROTOCOL_MISMATCH prod/web-lb/listener/80/protocol");
    }

    @Test
    void extraFleetsStayValidForTheCompilerButAStackOverFiveHundredResourcesFailsTemplateValidation() {
        platform.stacks = built -> {
            Stack.Builder service = Stack.builder().name("service").addComponents(built.fleet, built.loadBalancer);
            for (int i = 0; i < 90; i++) {
                service.addComponent(Fleet.builder()
                        .name("worker-" + i)
                        .network(built.network)
                        .runtime(built.fleet.runtime())
                        .artifact(built.fleet.artifact())
                        .build());
            }
            return List.of(Stack.of("network", built.network), Stack.of("bastion", built.bastion), service.build());
        };

        PlatformCompiler.Result result = platform.compile();
        dev.plinth.cfn.Template service = TestPlatform.stack(result.platform().orElseThrow(), "service")
                .stack()
                .template();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(service.resources()).hasSizeGreaterThan(500);
        assertThat(dev.plinth.cfn.validation.TemplateValidator.bundled().validate(service, "service"))
                .extracting(d -> d.code().name() + " " + d.path())
                .containsExactly("TOO_MANY_RESOURCES service/Resources");
    }

    /** The line of TestPlatform that calls the test's stacks function: the top-most line of the platform class that threw. */
    private static int stacksLine() {
        try {
            TestPlatform probe = TestPlatform.baseline();
            probe.stacks = built -> {
                throw new IllegalStateException();
            };
            probe.stacks(probe.environments().get(0));
        } catch (IllegalStateException e) {
            for (StackTraceElement frame : e.getStackTrace()) {
                if (frame.getClassName().equals(TestPlatform.class.getName())) {
                    return frame.getLineNumber();
                }
            }
        }
        throw new AssertionError("no line of TestPlatform");
    }
}
