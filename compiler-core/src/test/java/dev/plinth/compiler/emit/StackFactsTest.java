package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackFactsTest {

  private static GenericResource handle() {
    return GenericResource.builder("AWS::CloudFormation::WaitConditionHandle").build();
  }

  private static GenericResource role(String name) {
    GenericResource.Builder role = GenericResource.builder("AWS::IAM::Role")
        .propertyJson("AssumeRolePolicyDocument", Map.of("Version", "2012-10-17", "Statement", List.of()));
    return (name == null ? role : role.property("RoleName", name)).build();
  }

  @Test
  void aTemplateWithoutIamNeedsNoCapability() {
    Template template = Template.builder().resource("Handle", handle()).build();

    assertThat(StackFacts.capabilities(template)).isEmpty();
  }

  @Test
  void anIamResourceNeedsCapabilityIam() {
    Template template = Template.builder().resource("Role", role(null)).build();

    assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_IAM");
  }

  @Test
  void anIamResourceWithAnExplicitNameNeedsCapabilityNamedIamInstead() {
    Template template = Template.builder().resource("Role", role("web")).resource("Other", role(null)).build();

    assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_NAMED_IAM");
  }

  @Test
  void anInlinePolicyNameDoesNotMakeTheStackNamed() {
    GenericResource role = role(null);
    Template template = Template.builder()
        .resource("Role", role)
        .resource("Policy", GenericResource.builder("AWS::IAM::Policy").property("PolicyName", "read")
            .propertyJson("PolicyDocument", Map.of("Statement", List.of()))
            .property("Roles", Value.list(role.ref())).build())
        .build();

    assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_IAM");
  }

  @Test
  void aManagedPolicyNameMakesTheStackNamed() {
    Template template = Template.builder()
        .resource("Policy", GenericResource.builder("AWS::IAM::ManagedPolicy").property("ManagedPolicyName", "read")
            .propertyJson("PolicyDocument", Map.of("Statement", List.of())).build())
        .build();

    assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_NAMED_IAM");
  }

  @Test
  void aTransformNeedsCapabilityAutoExpandBesideIam() {
    Template template = Template.builder().transform("AWS::Serverless-2016-10-31").resource("Role", role(null)).build();

    assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_AUTO_EXPAND", "CAPABILITY_IAM");
  }

  @Test
  void resourcesThatKeepDataAreProtectedAndSorted() {
    Template template = Template.builder()
        .resource("Plain", handle())
        .resource("Kept", GenericResource.builder("AWS::CloudFormation::WaitConditionHandle").deletionPolicy(DeletionPolicy.RETAIN).build())
        .resource("KeptOnReplace", GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
            .updateReplacePolicy(DeletionPolicy.SNAPSHOT).build())
        .resource("KeptUnlessNew", GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
            .deletionPolicy(DeletionPolicy.RETAIN_EXCEPT_ON_CREATE).build())
        .resource("Deleted", GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
            .deletionPolicy(DeletionPolicy.DELETE).updateReplacePolicy(DeletionPolicy.DELETE).build())
        .resource("Zone", GenericResource.builder("AWS::Route53::HostedZone").property("Name", "example.com").build())
        .resource("Table", GenericResource.builder("AWS::DynamoDB::Table").build())
        .resource("Bucket", GenericResource.builder("AWS::S3::Bucket").deletionPolicy(DeletionPolicy.DELETE).build())
        .resource("Files", GenericResource.builder("AWS::EFS::FileSystem").build())
        .resource("Cache", GenericResource.builder("AWS::ElastiCache::ReplicationGroup").build())
        .resource("Cluster", GenericResource.builder("AWS::RDS::DBCluster").build())
        .resource("Db", GenericResource.builder("AWS::RDS::DBInstance").build())
        .build();

    assertThat(StackFacts.protectedResources(template)).containsExactly(
        "Bucket", "Cache", "Cluster", "Db", "Files", "Kept", "KeptOnReplace", "KeptUnlessNew", "Table", "Zone");
  }
}
