package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.dsl.compute.Runtime;
import org.junit.jupiter.api.Test;

/** The rules that check a platform against facts the schemas lack: regions, zones, instance types. */
class AwsFactsValidationTest {
    private final TestPlatform platform = TestPlatform.baseline();

    private void inRegion(String region) {
        platform.environment.set("region", e -> e.region(region));
        platform.environment.set("zones", e -> e.addAvailabilityZones(region + "a", region + "b", region + "c"));
    }

    @Test
    void aRegionAwsDoesNotHaveIsRefusedWithTheNearestOne() {
        inRegion("eu-west-4");

        assertThat(formats(platform))
                .containsExactly("[UNKNOWN_REGION] prod/region: AWS has no region 'eu-west-4'; use 'eu-west-1'.");
    }

    @Test
    void aMisspeltRegionIsRefusedWithTheOneMeant() {
        inRegion("us-esat-1");
        platform.fleet.set("runtime", f -> f.runtime(Runtime.of("t3.medium")));

        assertThat(formats(platform))
                .containsExactly("[UNKNOWN_REGION] prod/region: AWS has no region 'us-esat-1'; use 'us-east-1'.");
    }

    @Test
    void aZoneLetterTheRegionDoesNotHaveIsRefused() {
        platform.environment.set("zones", e -> e.addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-1d"));

        assertThat(formats(platform))
                .containsExactly(
                        "[ZONE_NOT_IN_REGION] prod/availabilityZones/eu-west-1d: eu-west-1 has no availability zone 'eu-west-1d'; "
                                + "use one of eu-west-1a, eu-west-1b, eu-west-1c.");
    }

    @Test
    void aZoneOfAnotherRegionIsReportedOnce() {
        platform.environment.set("zones", e -> e.addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-2c"));

        assertThat(codes(platform)).containsExactly("ZONE_NOT_IN_REGION prod/availabilityZones/eu-west-2c");
    }

    @Test
    void everyLetterSomeAccountHasIsAccepted() {
        inRegion("us-east-1");
        platform.environment.set("zones", e -> e.addAvailabilityZones("us-east-1d", "us-east-1e", "us-east-1f"));

        assertThat(codes(platform)).isEmpty();
    }

    @Test
    void theChinaAndGovCloudRegionsAreKnownAndTheirOfferingsNotGuessed() {
        inRegion("cn-northwest-1");
        platform.fleet.set("runtime", f -> f.runtime(Runtime.of("a1.large")));
        assertThat(codes(platform)).isEmpty();

        inRegion("us-gov-west-1");
        assertThat(codes(platform)).isEmpty();
    }

    @Test
    void aMisspeltInstanceTypeIsRefusedWithTheOneMeant() {
        platform.fleet.set("runtime", f -> f.runtime(Runtime.of("t3.medum")));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_INSTANCE_TYPE] prod/web/runtime/instanceType: 't3.medum' is not an EC2 instance type; use 't3.medium'.");
    }

    @Test
    void aSizeTheFamilyDoesNotComeInIsRefusedWithTheSizesItDoes() {
        platform.fleet.set("runtime", f -> f.runtime(Runtime.of("t3.gigantic")));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_INSTANCE_TYPE] prod/web/runtime/instanceType: 't3.gigantic' is not an EC2 instance type; "
                                + "use a size t3 comes in: t3.nano, t3.micro, t3.small, t3.medium, t3.large, t3.xlarge, t3.2xlarge.");
    }

    @Test
    void aTypeOfNoFamilyIsRefused() {
        platform.fleet.set("runtime", f -> f.runtime(Runtime.of("quantum.enormous")));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_INSTANCE_TYPE] prod/web/runtime/instanceType: 'quantum.enormous' is not an EC2 instance type; "
                                + "use a type such as t3.medium.");
    }

    @Test
    void aTypeTheRegionDoesNotOfferIsRefusedWithOneOfTheSameSizeThatItDoes() {
        inRegion("eu-west-3");
        platform.fleet.set("runtime", f -> f.runtime(Runtime.of("a1.large")));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_INSTANCE_TYPE] prod/web/runtime/instanceType: eu-west-3 does not offer a1.large (2 vCPUs, 4,096 MiB, arm64); "
                                + "use 'c6g.large', which it offers with the same size.");
    }

    @Test
    void aBastionsInstanceTypeIsCheckedToo() {
        platform.bastion.set("instanceType", b -> b.instanceType("t3.mirco"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_INSTANCE_TYPE] prod/bastion/instanceType: 't3.mirco' is not an EC2 instance type; use 't3.micro'.");
    }

    @Test
    void aMalformedTypeKeepsItsOwnDiagnostic() {
        platform.fleet.set("runtime", f -> f.runtime(Runtime.of("large")));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_INSTANCE_TYPE] prod/web/runtime/instanceType: 'large' is not an EC2 instance type; use a type such as t3.medium.");
    }
}
