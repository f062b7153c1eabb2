package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.dsl.network.FlowLogs;
import dev.plinth.dsl.network.SubnetTier;
import org.junit.jupiter.api.Test;

class NetworkValidationTest {
    private final TestPlatform platform = TestPlatform.baseline();

    private void tiers(SubnetTier... tiers) {
        platform.network.set("tiers", n -> n.addTiers(tiers));
    }

    private static SubnetTier tier(String name, SubnetTier.Kind kind, String... cidrs) {
        return SubnetTier.builder().name(name).kind(kind).addCidrs(cidrs).build();
    }

    @Test
    void explicitSubnetsThatOverlapAreReportedWithBothSubnets() {
        tiers(
                tier("public", SubnetTier.Kind.PUBLIC, "10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"),
                tier("app", SubnetTier.Kind.PRIVATE, "10.0.2.0/24", "10.0.3.0/24", "10.0.4.0/24"));

        assertThat(formats(platform))
                .containsExactly(
                        "[OVERLAPPING_SUBNETS] prod/network/subnet/app-a: 10.0.2.0/24 overlaps 10.0.2.0/24 of subnet public-c; give each subnet its own range.");
    }

    @Test
    void anExplicitSubnetThatContainsAnotherOverlapsIt() {
        tiers(
                tier("public", SubnetTier.Kind.PUBLIC, "10.0.0.0/20", "10.0.16.0/20", "10.0.32.0/20"),
                tier("app", SubnetTier.Kind.PRIVATE, "10.0.48.0/24", "10.0.17.0/24", "10.0.50.0/24"));

        assertThat(codes(platform)).containsExactly("OVERLAPPING_SUBNETS prod/network/subnet/app-b");
    }

    @Test
    void aSubnetOutsideTheVpcIsReported() {
        tiers(
                tier("public", SubnetTier.Kind.PUBLIC, "10.1.0.0/24", "10.0.1.0/24", "10.0.2.0/24"),
                SubnetTier.privateTier("app"));

        assertThat(formats(platform))
                .containsExactly(
                        "[SUBNET_OUTSIDE_VPC] prod/network/subnet/public-a: 10.1.0.0/24 is outside the VPC's 10.0.0.0/16; choose a range inside it.");
    }

    @Test
    void explicitCidrsMustBeOnePerZone() {
        tiers(tier("public", SubnetTier.Kind.PUBLIC, "10.0.0.0/24", "10.0.1.0/24"), SubnetTier.privateTier("app"));

        assertThat(formats(platform))
                .containsExactly(
                        "[SUBNET_CIDR_COUNT] prod/network/tier/public: the tier lists 2 CIDRs for 3 availability zones; "
                                + "give one CIDR per zone, in zone order, or none to have them allocated.");
    }

    @Test
    void anExplicitSubnetSmallerThanSlash28IsNotAUsableCidr() {
        tiers(
                tier("public", SubnetTier.Kind.PUBLIC, "10.0.0.0/29", "10.0.1.0/24", "10.0.2.0/24"),
                SubnetTier.privateTier("app"));

        assertThat(codes(platform)).containsExactly("INVALID_CIDR prod/network/subnet/public-a");
    }

    @Test
    void aVpcRangeWithoutPrefixLengthIsInvalid() {
        platform.network.set("cidr", n -> n.cidr("10.0.0.0"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_CIDR] prod/network/cidr: '10.0.0.0' is not an IPv4 CIDR block from /16 to /28 (a VPC's range); "
                                + "give the range's first address and its prefix length, such as 10.0.0.0/16.");
    }

    @Test
    void aSlash8VpcIsLargerThanAwsAllows() {
        platform.network.set("cidr", n -> n.cidr("10.0.0.0/8"));

        assertThat(codes(platform)).containsExactly("INVALID_CIDR prod/network/cidr");
    }

    @Test
    void aVpcRangeThatIsNotTheFirstAddressOfItsBlockIsInvalid() {
        platform.network.set("cidr", n -> n.cidr("10.0.0.1/16"));

        assertThat(codes(platform)).containsExactly("INVALID_CIDR prod/network/cidr");
    }

    @Test
    void aTierPrefixShorterThanTheVpcsIsReported() {
        tiers(
                SubnetTier.publicTier("public"),
                SubnetTier.builder()
                        .name("app")
                        .kind(SubnetTier.Kind.PRIVATE)
                        .prefixLength(12)
                        .build());

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_PREFIX_LENGTH] prod/network/tier/app: subnets of /12 do not fit a VPC of 10.0.0.0/16 "
                                + "(a subnet is /16 to /28); choose a prefix length from 16 to 28.");
    }

    @Test
    void aTierPrefixLongerThanSlash28IsReported() {
        tiers(
                SubnetTier.builder()
                        .name("public")
                        .kind(SubnetTier.Kind.PUBLIC)
                        .prefixLength(29)
                        .build(),
                SubnetTier.privateTier("app"));

        assertThat(codes(platform)).containsExactly("INVALID_PREFIX_LENGTH prod/network/tier/public");
    }

    @Test
    void aVpcWithoutRoomForEveryTierIsTooSmall() {
        platform.network.set("cidr", n -> n.cidr("10.0.0.0/22"));

        assertThat(formats(platform))
                .containsExactly(
                        "[VPC_TOO_SMALL] prod/network/tier/app: the VPC 10.0.0.0/22 has no room left for 3 subnets of /24; "
                                + "use a larger VPC range or smaller subnets (a longer prefix length).");
    }

    @Test
    void askingForMoreZonesThanTheEnvironmentHasIsReported() {
        platform.network.set("azCount", n -> n.azCount(4));

        assertThat(formats(platform))
                .containsExactly(
                        "[TOO_MANY_AZS] prod/network/azCount: the network asks for 4 availability zones; environment prod has 3 "
                                + "(eu-west-1a, eu-west-1b, eu-west-1c); lower azCount to 3 or add zones to the environment.");
    }

    @Test
    void aZoneTheEnvironmentDoesNotListIsUnknown() {
        platform.network.remove("azCount").set("zones", n -> n.addAvailabilityZones("eu-west-1a", "eu-west-1d"));

        assertThat(formats(platform))
                .containsExactly(
                        "[UNKNOWN_AVAILABILITY_ZONE] prod/network/availabilityZones/eu-west-1d: 'eu-west-1d' is not one of environment prod's zones "
                                + "[eu-west-1a, eu-west-1b, eu-west-1c]; use one of the environment's zones.");
    }

    @Test
    void natWithoutAPublicTierHasNowhereToPutItsGateways() {
        tiers(SubnetTier.privateTier("app"));

        assertThat(codes(platform))
                .containsExactly(
                        "NAT_WITHOUT_PUBLIC_TIER prod/network/nat",
                        "UNKNOWN_TIER prod/bastion/tier",
                        "UNKNOWN_TIER prod/web-lb/tier");
        assertThat(formats(platform).get(0))
                .isEqualTo(
                        "[NAT_WITHOUT_PUBLIC_TIER] prod/network/nat: NAT strategy gateway-per-az needs a public tier to put its gateways in; "
                                + "add a public tier, or use NatStrategy.none().");
    }

    @Test
    void aNetworkWithoutTiersIsReportedWithEveryComponentThatNeedsOne() {
        platform.network.remove("tiers");

        assertThat(codes(platform))
                .containsExactly(
                        "NO_TIERS prod/network",
                        "UNKNOWN_TIER prod/bastion/tier",
                        "UNKNOWN_TIER prod/web/tier",
                        "UNKNOWN_TIER prod/web-lb/tier");
    }

    @Test
    void twoTiersWithTheSameNameAreReported() {
        tiers(SubnetTier.publicTier("public"), SubnetTier.privateTier("app"), SubnetTier.isolatedTier("app"));

        assertThat(formats(platform))
                .containsExactly(
                        "[DUPLICATE_NAME] prod/network/tier/app: two tiers of the network are named 'app'; give each tier its own name.");
    }

    @Test
    void aTierNameWithCapitalsAndUnderscoresIsInvalid() {
        tiers(SubnetTier.publicTier("public"), SubnetTier.privateTier("App_Tier"));

        assertThat(codes(platform)).containsExactly("INVALID_NAME prod/network/tier/App_Tier");
    }

    @Test
    void flowLogRetentionMustBeOneCloudWatchOffers() {
        platform.network.set(
                "flowLogs", n -> n.flowLogs(FlowLogs.builder().retentionDays(45).build()));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_RETENTION] prod/network/flowLogs/retentionDays: 45 days is not a retention CloudWatch Logs offers; "
                                + "use one of [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653].");
    }
}
