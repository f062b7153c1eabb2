package dev.plinth.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.ResourceTypeSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtectionTest {
    private static final ResourceSpecification SPEC = ResourceSpecification.bundled();

    @Test
    void everyTypeTheSpecificationMarksStatefulLosesDataButNestedStacksAndAccounts() {
        List<String> stateful = SPEC.resourceTypeNames().stream()
                .filter(type ->
                        SPEC.resourceType(type).map(ResourceTypeSpec::stateful).orElse(false))
                .toList();

        assertThat(Protection.STATEFUL_TYPES)
                .containsAll(stateful.stream()
                        .filter(type -> !type.equals("AWS::CloudFormation::Stack")
                                && !type.equals("AWS::Organizations::Account"))
                        .toList());
        assertThat(Protection.STATEFUL_TYPES).contains("AWS::Route53::HostedZone", "AWS::MSK::Cluster");
    }

    @Test
    void everyProtectedTypeIsStateful() {
        assertThat(Protection.STATEFUL_TYPES).containsAll(Protection.PROTECTED_TYPES);
    }

    @Test
    void aResourceIsProtectedByItsTypeOrByAPolicyThatKeepsIt() {
        assertThat(Protection.protects("AWS::S3::Bucket", Optional.of("Delete"), Optional.empty()))
                .isTrue();
        assertThat(Protection.protects("AWS::SNS::Topic", Optional.of("Retain"), Optional.empty()))
                .isTrue();
        assertThat(Protection.protects("AWS::SNS::Topic", Optional.empty(), Optional.of("Snapshot")))
                .isTrue();
        assertThat(Protection.protects("AWS::SNS::Topic", Optional.of("RetainExceptOnCreate"), Optional.of("Delete")))
                .isTrue();
        assertThat(Protection.protects("AWS::SNS::Topic", Optional.of("Delete"), Optional.of("Delete")))
                .isFalse();
        assertThat(Protection.protects("AWS::SQS::Queue", Optional.empty(), Optional.empty()))
                .isFalse();
    }

    @Test
    void aResourceNoManifestListsIsProtectedByItsTypeAlone() {
        assertThat(Protection.protectsUnlisted("AWS::RDS::DBInstance")).isTrue();
        assertThat(Protection.protectsUnlisted("AWS::SQS::Queue")).isFalse();
    }
}
