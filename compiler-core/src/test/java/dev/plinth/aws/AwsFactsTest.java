package dev.plinth.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AwsFactsTest {
    private final AwsFacts facts = AwsFacts.bundled();

    @Test
    void theBundledFactsAreReadOnceAndNameTheirSources() {
        assertThat(AwsFacts.bundled()).isSameAs(facts);
        assertThat(facts.sources()).containsOnlyKeys("@aws-cdk/region-info", "moto", "cfn-lint");
    }

    @Test
    void theRegionsOfTheCommercialChinaAndGovCloudPartitionsAreKnown() {
        assertThat(facts.region("eu-west-1"))
                .get()
                .extracting(Region::partition)
                .isEqualTo("aws");
        assertThat(facts.region("cn-northwest-1"))
                .get()
                .extracting(Region::partition)
                .isEqualTo("aws-cn");
        assertThat(facts.region("us-gov-west-1"))
                .get()
                .extracting(Region::partition)
                .isEqualTo("aws-us-gov");
        assertThat(facts.regionNames())
                .contains("us-east-1", "ap-southeast-4", "il-central-1", "ca-west-1")
                .hasSizeGreaterThan(30);
        assertThat(facts.region("eu-west-4")).isEmpty();
        assertThat(facts.region("EU-WEST-1")).isEmpty();
    }

    @Test
    void aRegionKnowsItsZones() {
        Region euWest1 = facts.region("eu-west-1").orElseThrow();

        assertThat(euWest1.zones()).containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c");
        assertThat(euWest1.hasZone("eu-west-1b")).isTrue();
        assertThat(euWest1.hasZone("eu-west-1d")).isFalse();
        assertThat(euWest1.hasZone("us-east-1a")).isFalse();
        assertThat(facts.region("us-east-1").orElseThrow().zones()).hasSize(6).contains("us-east-1f");
    }

    @Test
    void zonesAreTheUnionOfEveryAccountsLetters() {
        // Accounts see two of us-west-1's three letters; the sources saw different pairs.
        assertThat(facts.region("us-west-1").orElseThrow().zones())
                .containsExactly("us-west-1a", "us-west-1b", "us-west-1c");
    }

    @Test
    void aRegionWithoutZoneDataAcceptsAnyOneLetterZoneOfItsOwn() {
        Region region = new Region("xx-test-1", "aws", java.util.List.of());

        assertThat(region.hasZone("xx-test-1a")).isTrue();
        assertThat(region.hasZone("xx-test-1")).isFalse();
        assertThat(region.hasZone("xx-test-1ab")).isFalse();
        assertThat(region.hasZone("yy-test-1a")).isFalse();
    }

    @Test
    void theNearestRegionIsSuggested() {
        assertThat(facts.nearestRegion("eu-west-4")).contains("eu-west-1");
        assertThat(facts.nearestRegion("us-esat-1")).contains("us-east-1");
        assertThat(facts.nearestRegion("mars-north-9")).isEmpty();
    }

    @Test
    void anInstanceTypeKnowsItsSizeArchitectureAndRegions() {
        InstanceType medium = facts.instanceType("t3.medium").orElseThrow();

        assertThat(medium.vCpus()).isEqualTo(2);
        assertThat(medium.memoryMib()).isEqualTo(4096);
        assertThat(medium.cpuUnits()).isEqualTo(2048);
        assertThat(medium.architectures()).containsExactly("x86_64");
        assertThat(medium.family()).isEqualTo("t3");
        assertThat(medium.described()).isTrue();
        assertThat(medium.regions()).contains("eu-west-1", "us-east-1");
        assertThat(facts.instanceType("m7g.large").orElseThrow().architectures())
                .containsExactly("arm64");
        assertThat(facts.instanceType("m6i.large").orElseThrow().memoryMib()).isEqualTo(8192);
    }

    @Test
    void typesThatDoNotExistAreUnknown() {
        assertThat(facts.instanceType("t3.gigantic")).isEmpty();
        assertThat(facts.instanceType("t3.medum")).isEmpty();
        assertThat(facts.instanceTypeNames()).hasSizeGreaterThan(1000).contains("t3.medium", "c7g.large");
    }

    @Test
    void theNearestInstanceTypeIsSuggested() {
        assertThat(facts.nearestInstanceType("t3.medum")).contains("t3.medium");
        assertThat(facts.nearestInstanceType("m6i.lrage")).contains("m6i.large");
        assertThat(facts.nearestInstanceType("t3.gigantic")).isEmpty();
    }

    @Test
    void aFamilyListsItsTypesSmallestFirst() {
        assertThat(facts.family("t3"))
                .extracting(InstanceType::name)
                .containsExactly("t3.nano", "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge", "t3.2xlarge");
        assertThat(facts.family("zz9")).isEmpty();
    }

    @Test
    void offeringsAreKnownForTheRegionsTheDataCovers() {
        assertThat(facts.hasOfferings("eu-west-1")).isTrue();
        assertThat(facts.offering("t3.medium", "eu-west-1")).isEqualTo(Offering.OFFERED);
        // The first Graviton generation never came to Paris.
        assertThat(facts.offering("a1.large", "eu-west-3")).isEqualTo(Offering.NOT_OFFERED);
        assertThat(facts.offering("t3.gigantic", "eu-west-1")).isEqualTo(Offering.UNKNOWN);
        // No offering data for China: the data cannot tell.
        assertThat(facts.hasOfferings("cn-north-1")).isFalse();
        assertThat(facts.offering("a1.large", "cn-north-1")).isEqualTo(Offering.UNKNOWN);
    }

    @Test
    void theNearestTypeARegionOffersIsSuggested() {
        assertThat(facts.nearestInstanceType("a1.large", "eu-west-3"))
                .isPresent()
                .get()
                .isNotEqualTo("a1.large");
        assertThat(facts.nearestInstanceType("t3.medum", "eu-west-1")).contains("t3.medium");
    }

    @Test
    void anAlternativeHasTheSameSizeAndArchitecture() {
        String alternative = facts.alternative("a1.large", "eu-west-3").orElseThrow();
        InstanceType a1 = facts.instanceType("a1.large").orElseThrow();
        InstanceType other = facts.instanceType(alternative).orElseThrow();

        assertThat(other.regions()).contains("eu-west-3");
        assertThat(other.vCpus()).isEqualTo(a1.vCpus());
        assertThat(other.memoryMib()).isEqualTo(a1.memoryMib());
        assertThat(other.architectures()).isEqualTo(a1.architectures());
        assertThat(facts.alternative("a1.large", "cn-north-1")).isEmpty();
        assertThat(facts.alternative("t3.gigantic", "eu-west-3")).isEmpty();
    }

    @Test
    void everyRegionWithOfferingsIsAKnownRegionAndEveryDescribedTypeIsOfferedSomewhere() {
        for (String type : facts.instanceTypeNames()) {
            InstanceType known = facts.instanceType(type).orElseThrow();
            assertThat(facts.regionNames()).containsAll(known.regions());
            if (known.described()) {
                assertThat(known.memoryMib()).as(type).isPositive();
            }
        }
    }

    @Test
    void readsFactsInTheFilesFormats() {
        AwsFacts small = AwsFacts.read(utf8("""
        {"format":"plinth-aws-regions/1","sources":{"test":"1"}}
        {"r":"xx-test-1","p":"aws","z":["xx-test-1a","xx-test-1b"]}
        {"r":"xx-test-2","p":"aws"}
        """), utf8("""
        {"format":"plinth-aws-instance-types/1","sources":{"test":"1"},"offeringRegions":["xx-test-1","xx-test-2"]}
        {"t":"q1.small","c":1,"m":2048,"a":["arm64"],"o":"+-"}
        {"t":"q2.small"}
        """));

        assertThat(small.sources()).containsExactly(java.util.Map.entry("test", "1"));
        assertThat(small.region("xx-test-2").orElseThrow().hasZone("xx-test-2c"))
                .isTrue();
        assertThat(small.offering("q1.small", "xx-test-1")).isEqualTo(Offering.OFFERED);
        assertThat(small.offering("q1.small", "xx-test-2")).isEqualTo(Offering.NOT_OFFERED);
        assertThat(small.offering("q2.small", "xx-test-2")).isEqualTo(Offering.UNKNOWN);
        assertThat(small.instanceType("q2.small").orElseThrow().described()).isFalse();
    }

    @Test
    void dataInAnotherFormatIsRefused() {
        assertThatThrownBy(() -> AwsFacts.read(utf8("{\"format\":\"other/1\"}\n"), utf8("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plinth-aws-regions/1");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
