package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.testing.Conformance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackFactsTest {

    private static GenericResource handle() {
        return GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .build();
    }

    private static Map<String, Object> policy(String principalOrResource, String action) {
        Map<String, Object> statement = action.equals("sts:AssumeRole")
                ? Map.of("Effect", "Allow", "Principal", Map.of("Service", principalOrResource), "Action", action)
                : Map.of("Effect", "Allow", "Resource", principalOrResource, "Action", action);
        return Map.of("Version", "2012-10-17", "Statement", List.of(statement));
    }

    private static GenericResource role(String name) {
        GenericResource.Builder role = GenericResource.builder("AWS::IAM::Role")
                .propertyJson("AssumeRolePolicyDocument", policy("ec2.amazonaws.com", "sts:AssumeRole"));
        return (name == null ? role : role.property("RoleName", name)).build();
    }

    /** Every template here is a deployable one, so cfn-lint checks it too. */
    private static Template lint(String name, Template template) {
        Conformance.write("compiler-core/emit-facts-" + name, template);
        return template;
    }

    @Test
    void aTemplateWithoutIamNeedsNoCapability() {
        Template template =
                lint("none", Template.builder().resource("Handle", handle()).build());

        assertThat(StackFacts.capabilities(template)).isEmpty();
    }

    @Test
    void anIamResourceNeedsCapabilityIam() {
        Template template =
                lint("iam", Template.builder().resource("Role", role(null)).build());

        assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_IAM");
    }

    @Test
    void anIamResourceWithAnExplicitNameNeedsCapabilityNamedIamInstead() {
        Template template = lint(
                "named-iam",
                Template.builder()
                        .resource("Role", role("web"))
                        .resource("Other", role(null))
                        .build());

        assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_NAMED_IAM");
    }

    @Test
    void anInlinePolicyNameDoesNotMakeTheStackNamed() {
        GenericResource role = role(null);
        Template template = lint(
                "inline-policy",
                Template.builder()
                        .resource("Role", role)
                        .resource(
                                "Policy",
                                GenericResource.builder("AWS::IAM::Policy")
                                        .property("PolicyName", "read")
                                        .propertyJson("PolicyDocument", policy("arn:aws:s3:::demo/*", "s3:GetObject"))
                                        .property("Roles", Value.list(role.ref()))
                                        .build())
                        .build());

        assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_IAM");
    }

    @Test
    void aManagedPolicyNameMakesTheStackNamed() {
        Template template = lint(
                "managed-policy",
                Template.builder()
                        .resource(
                                "Policy",
                                GenericResource.builder("AWS::IAM::ManagedPolicy")
                                        .property("ManagedPolicyName", "read")
                                        .propertyJson("PolicyDocument", policy("arn:aws:s3:::demo/*", "s3:GetObject"))
                                        .build())
                        .build());

        assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_NAMED_IAM");
    }

    @Test
    void aTransformNeedsCapabilityAutoExpandBesideIam() {
        Template template = lint(
                "transform",
                Template.builder()
                        .transform("AWS::Serverless-2016-10-31")
                        .resource("Role", role(null))
                        .build());

        assertThat(StackFacts.capabilities(template)).containsExactly("CAPABILITY_AUTO_EXPAND", "CAPABILITY_IAM");
    }

    @Test
    void resourcesThatKeepDataAreProtectedAndSorted() {
        GenericResource cluster = GenericResource.builder("AWS::RDS::DBCluster")
                .property("Engine", "aurora-mysql")
                .property("MasterUsername", "admin")
                .property("ManageMasterUserPassword", true)
                .property("StorageEncrypted", true)
                .build();
        Template template = lint(
                "protected",
                Template.builder()
                        .resource("Plain", handle())
                        .resource(
                                "Kept",
                                GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                        .deletionPolicy(DeletionPolicy.RETAIN)
                                        .updateReplacePolicy(DeletionPolicy.RETAIN)
                                        .build())
                        .resource(
                                "KeptOnReplace",
                                GenericResource.builder("AWS::EC2::Volume")
                                        .property("AvailabilityZone", Fn.select(0, Fn.getAZs()))
                                        .property("Size", 10)
                                        .property("Encrypted", true)
                                        .updateReplacePolicy(DeletionPolicy.SNAPSHOT)
                                        .build())
                        .resource(
                                "KeptUnlessNew",
                                GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                        .deletionPolicy(DeletionPolicy.RETAIN_EXCEPT_ON_CREATE)
                                        .build())
                        .resource(
                                "Deleted",
                                GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                        .deletionPolicy(DeletionPolicy.DELETE)
                                        .updateReplacePolicy(DeletionPolicy.DELETE)
                                        .build())
                        .resource(
                                "Zone",
                                GenericResource.builder("AWS::Route53::HostedZone")
                                        .property("Name", "example.com")
                                        .build())
                        .resource(
                                "Table",
                                GenericResource.builder("AWS::DynamoDB::Table")
                                        .property("BillingMode", "PAY_PER_REQUEST")
                                        .propertyJson(
                                                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")))
                                        .propertyJson(
                                                "AttributeDefinitions",
                                                List.of(Map.of("AttributeName", "id", "AttributeType", "S")))
                                        .build())
                        .resource(
                                "Bucket",
                                GenericResource.builder("AWS::S3::Bucket")
                                        .deletionPolicy(DeletionPolicy.DELETE)
                                        .build())
                        .resource(
                                "Files",
                                GenericResource.builder("AWS::EFS::FileSystem")
                                        .property("Encrypted", true)
                                        .build())
                        .resource(
                                "Cache",
                                GenericResource.builder("AWS::ElastiCache::ReplicationGroup")
                                        .property("ReplicationGroupDescription", "cache")
                                        .property("Engine", "redis")
                                        .property("CacheNodeType", "cache.t3.micro")
                                        .property("NumCacheClusters", 1)
                                        .build())
                        .resource("Cluster", cluster)
                        .resource(
                                "Db",
                                GenericResource.builder("AWS::RDS::DBInstance")
                                        .property("Engine", "aurora-mysql")
                                        .property("DBInstanceClass", "db.t3.medium")
                                        .property("DBClusterIdentifier", cluster.ref())
                                        .build())
                        .build());

        assertThat(StackFacts.protectedResources(template))
                .containsExactly(
                        "Bucket",
                        "Cache",
                        "Cluster",
                        "Db",
                        "Files",
                        "Kept",
                        "KeptOnReplace",
                        "KeptUnlessNew",
                        "Table",
                        "Zone");
    }
}
