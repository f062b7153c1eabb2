package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.PlatformCompiler;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.SubnetTier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cheapest dev set-up: one zone, no NAT, no S3 endpoint, a fleet in a public subnet whose
 * instances get public addresses, written out with a reason.
 */
class PublicAddressesTest {
    private static final String REASON = "dev only: no NAT to save cost";

    private final TestPlatform platform = TestPlatform.baseline();

    /** One zone, a public tier only, no NAT, no S3 endpoint, no flow logs; the fleet alone in its stack. */
    private TestPlatform cheapestDev(boolean production) {
        platform.environment
                .set("zones", e -> e.addAvailabilityZones("eu-west-1a"))
                .set("production", e -> e.production(production));
        platform.network
                .set("azCount", n -> n.azCount(1))
                .set("tiers", n -> n.addTiers(SubnetTier.publicTier("public")))
                .set("nat", n -> n.nat(NatStrategy.none()))
                .set("s3Endpoint", n -> n.s3Endpoint(false))
                .remove("flowLogs");
        platform.fleet
                .set("size", f -> f.minSize(1).maxSize(2))
                .set("publicAddresses", f -> f.publicAddresses(REASON))
                .remove("allowFrom");
        platform.stacks = built -> List.of(Stack.of("network", built.network), Stack.of("service", built.fleet));
        return platform;
    }

    private static JsonNode launchTemplateData(CompiledPlatform compiled) {
        JsonNode template = TemplateAssert.assertThat(
                        TestPlatform.stack(compiled, "service").stack().template())
                .json();
        return template.at("/Resources/WebLaunchTemplate/Properties/LaunchTemplateData");
    }

    @Test
    void theCheapestDevPlatformCompilesWithoutADiagnosticAndEveryTemplateValidates() {
        PlatformCompiler.Result result = cheapestDev(false).compile();

        assertThat(result.diagnostics()).extracting(Diagnostic::format).isEmpty();
        CompiledPlatform compiled = result.platform().orElseThrow();
        assertThat(compiled.stacks()).extracting(WiredStack::name).containsExactly("network", "service");
        for (WiredStack stack : compiled.stacks()) {
            assertThat(TemplateValidator.bundled().validate(stack.stack().template(), stack.name()))
                    .as(stack.name())
                    .isEmpty();
            Conformance.write("dsl/public-fleet/" + stack.name(), stack.stack().template());
        }
        TemplateAssert network = TemplateAssert.assertThat(
                TestPlatform.stack(compiled, "network").stack().template());
        network.hasNoResource("AWS::EC2::NatGateway");
        network.hasNoResource("AWS::EC2::VPCEndpoint");
    }

    @Test
    void theLaunchTemplateGivesDeviceZeroAPublicAddressAndTheSecurityGroup() {
        CompiledPlatform compiled = cheapestDev(false).compiled();

        JsonNode data = launchTemplateData(compiled);
        assertThat(data.has("SecurityGroupIds"))
                .as("SecurityGroupIds beside NetworkInterfaces")
                .isFalse();
        JsonNode interfaces = data.path("NetworkInterfaces");
        assertThat(interfaces.size()).isEqualTo(1);
        JsonNode primary = interfaces.get(0);
        assertThat(primary.path("DeviceIndex").asInt(-1)).isZero();
        assertThat(primary.path("AssociatePublicIpAddress").asBoolean(false)).isTrue();
        assertThat(primary.path("DeleteOnTermination").asBoolean(false)).isTrue();
        assertThat(primary.path("Groups").toString())
                .contains("WebSecurityGroup")
                .contains("GroupId");
        assertThat(data.at("/MetadataOptions/HttpTokens").asText()).isEqualTo("required");
    }

    @Test
    void theGroupRunsInThePublicSubnetOnceTheInternetGatewayRouteExists() {
        CompiledPlatform compiled = cheapestDev(false).compiled();

        TemplateAssert.assertThat(
                        TestPlatform.stack(compiled, "network").stack().template())
                .resource("NetworkSubnetPublicA")
                .hasProperty("MapPublicIpOnLaunch", false);
        JsonNode group = TemplateAssert.assertThat(
                        TestPlatform.stack(compiled, "service").stack().template())
                .json()
                .at("/Resources/WebGroup/Properties/VPCZoneIdentifier");
        assertThat(group.toString()).contains("SubnetPublicA").doesNotContain("Private");
    }

    @Test
    void theGroupDependsOnThePublicRouteWhenTheNetworkIsInTheSameStack() {
        cheapestDev(false).stacks = built -> List.of(Stack.of("all", built.network, built.fleet));

        JsonNode template = TemplateAssert.assertThat(
                        TestPlatform.stack(platform.compiled(), "all").stack().template())
                .json();
        assertThat(template.at("/Resources/WebGroup/DependsOn").toString()).contains("NetworkRoutePublicDefault");
    }

    @Test
    void productionIsWarnedWithTheReason() {
        cheapestDev(true);

        assertThat(formats(platform))
                .containsExactly(
                        "[PUBLIC_ADDRESSES_IN_PRODUCTION] prod/web/publicAddresses: every instance of fleet web "
                                + "gets a public IPv4 address and is reachable from the internet but for its security group, "
                                + "as written: " + REASON
                                + "; in production, run the fleet in a private tier of a network with NAT.");
        assertThat(platform.compile().platform()).isPresent();
    }

    @Test
    void withoutTheOptionAFleetInAPublicTierIsRefusedWithAFixNamingIt() {
        cheapestDev(false);
        platform.fleet.remove("publicAddresses").set("tier", f -> f.tier("public"));

        assertThat(formats(platform))
                .containsExactly(
                        "[FLEET_WITHOUT_EGRESS] prod/web/tier: fleet instances get no public address, so in public tier public they cannot "
                                + "reach CloudFormation (to signal) and CloudWatch (to ship logs) at boot; "
                                + "run the fleet in a private tier of a network with NAT, or give its instances public addresses "
                                + "on purpose with publicAddresses(\"why\").",
                        "[ARTIFACT_UNREACHABLE] prod/web/artifact: instances in tier public can reach neither the internet nor an "
                                + "S3 endpoint to fetch s3://shop-artifacts-prod/releases/web/1.0.0/web-1.0.0.tar.gz; add NAT to the "
                                + "network, or keep its S3 gateway endpoint (s3Endpoint true).");
    }

    @Test
    void withoutTheOptionAndWithoutAPrivateTierTheFleetHasNoTier() {
        cheapestDev(false);
        platform.fleet.remove("publicAddresses");

        assertThat(codes(platform)).containsExactly("UNKNOWN_TIER prod/web/tier");
    }

    @Test
    void aFleetWithPublicAddressesInAPrivateTierIsRefused() {
        platform.fleet.set("publicAddresses", f -> f.publicAddresses(REASON)).set("tier", f -> f.tier("app"));
        platform.environment.set("production", e -> e.production(false));

        assertThat(formats(platform))
                .containsExactly(
                        "[WRONG_TIER_KIND] prod/web/tier: tier app is private; a fleet with public addresses needs "
                                + "a public tier, routed to the internet gateway; put the fleet in a public tier, or remove "
                                + "publicAddresses to run it in a private tier.");
    }

    @Test
    void publicAddressesNeedAReason() {
        cheapestDev(false);
        platform.fleet.set("publicAddresses", f -> f.publicAddresses("  "));

        assertThat(codes(platform)).containsExactly("PUBLIC_ADDRESSES_WITHOUT_REASON prod/web/publicAddresses");
    }

    @Test
    void withPublicAddressesInTheBaselineTheFleetTakesTheFirstPublicTier() {
        platform.fleet.set("publicAddresses", f -> f.publicAddresses(REASON));

        assertThat(codes(platform)).containsExactly("PUBLIC_ADDRESSES_IN_PRODUCTION prod/web/publicAddresses");
        JsonNode subnets = TemplateAssert.assertThat(TestPlatform.stack(platform.compiled(), "service")
                        .stack()
                        .template())
                .json()
                .at("/Resources/WebGroup/Properties/VPCZoneIdentifier");
        assertThat(subnets.toString()).contains("SubnetPublic").doesNotContain("SubnetApp");
    }

    @Test
    void withoutTheOptionTheLaunchTemplateKeepsItsSecurityGroupIdsAndNoInterface() {
        JsonNode data = launchTemplateData(platform.compiled());

        assertThat(data.has("SecurityGroupIds")).isTrue();
        assertThat(data.has("NetworkInterfaces")).isFalse();
    }
}
