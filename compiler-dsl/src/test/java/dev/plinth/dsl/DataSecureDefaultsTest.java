package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import dev.plinth.dsl.data.Database;
import org.junit.jupiter.api.Test;

/** Secure defaults of the data tier, read from the compiled templates. */
class DataSecureDefaultsTest {
    private final DataPlatform data = new DataPlatform();

    private JsonNode data(CompiledPlatform compiled) {
        return TemplateAssert.assertThat(
                        TestPlatform.stack(compiled, "data").stack().template())
                .json()
                .path("Resources");
    }

    @Test
    void noTemplateHoldsAMasterPassword() {
        CompiledPlatform compiled = data.platform.compiled();
        for (WiredStack stack : compiled.stacks()) {
            assertThat(TemplateAssert.assertThat(stack.stack().template())
                            .json()
                            .toString())
                    .as(stack.name())
                    .doesNotContain("\"MasterUserPassword\"");
        }
        assertThat(data(compiled).toString()).contains("\"ManageMasterUserPassword\":true");
    }

    @Test
    void theAuroraClusterIsEncryptedManagedSnapshottedAndProtected() {
        JsonNode cluster = data(data.platform.compiled()).path("OrdersDbCluster");

        assertThat(cluster.path("Properties").path("StorageEncrypted").asBoolean())
                .isTrue();
        assertThat(cluster.path("Properties").path("ManageMasterUserPassword").asBoolean())
                .isTrue();
        assertThat(cluster.path("Properties").path("DeletionProtection").asBoolean())
                .isTrue();
        assertThat(cluster.path("Properties").path("BackupRetentionPeriod").asInt())
                .isEqualTo(7);
        assertThat(cluster.path("DeletionPolicy").asText()).isEqualTo("Snapshot");
        assertThat(cluster.path("UpdateReplacePolicy").asText()).isEqualTo("Snapshot");
        assertThat(data(data.platform.compiled())
                        .path("OrdersDbClusterParameters")
                        .path("Properties")
                        .path("Parameters")
                        .path("require_secure_transport")
                        .asText())
                .isEqualTo("ON");
        assertThat(data(data.platform.compiled()).has("OrdersDbInstance2")).isTrue();
    }

    @Test
    void anRdsInstanceIsEncryptedManagedAndSnapshotted() {
        data.database.set("engine", d -> d.engine(Database.Engine.POSTGRES).engineVersion("16.3"));
        JsonNode instance = data(data.platform.compiled()).path("OrdersDbInstance");

        assertThat(instance.path("Properties").path("StorageEncrypted").asBoolean())
                .isTrue();
        assertThat(instance.path("Properties").path("ManageMasterUserPassword").asBoolean())
                .isTrue();
        assertThat(instance.path("Properties").path("MultiAZ").asBoolean()).isTrue();
        assertThat(instance.path("Properties").path("PubliclyAccessible").asBoolean())
                .isFalse();
        assertThat(instance.path("DeletionPolicy").asText()).isEqualTo("Snapshot");
        assertThat(instance.path("UpdateReplacePolicy").asText()).isEqualTo("Snapshot");
    }

    @Test
    void theDatabaseLetsInOnlyTheFleetOnItsPort() {
        JsonNode resources = data(data.platform.compiled());

        assertThat(resources.path("OrdersDbSecurityGroup").path("Properties").has("SecurityGroupIngress"))
                .isFalse();
        JsonNode rule = resources.path("OrdersDbFromWeb3306").path("Properties");
        assertThat(rule.path("FromPort").asInt()).isEqualTo(3306);
        assertThat(rule.path("SourceSecurityGroupId").toString()).contains("Ref");
    }

    @Test
    void redisIsEncryptedBothWaysWithAGeneratedAuthToken() {
        JsonNode resources = data(data.platform.compiled());
        JsonNode group = resources.path("RedisCacheReplicationGroup").path("Properties");

        assertThat(group.path("TransitEncryptionEnabled").asBoolean()).isTrue();
        assertThat(group.path("AtRestEncryptionEnabled").asBoolean()).isTrue();
        assertThat(group.path("AutomaticFailoverEnabled").asBoolean()).isTrue();
        assertThat(group.path("MultiAZEnabled").asBoolean()).isTrue();
        assertThat(group.path("AuthToken").path("Fn::Sub").get(0).asText())
                .isEqualTo("{{resolve:secretsmanager:${Secret}:SecretString}}");
        assertThat(group.path("AuthToken")
                        .path("Fn::Sub")
                        .get(1)
                        .path("Secret")
                        .path("Ref")
                        .asText())
                .isEqualTo("RedisCacheAuthToken");
        JsonNode secret =
                resources.path("RedisCacheAuthToken").path("Properties").path("GenerateSecretString");
        assertThat(secret.path("ExcludeCharacters").asText()).contains("@", "\"", "/");
        assertThat(resources
                        .path("RedisCacheFromWeb6379")
                        .path("Properties")
                        .path("FromPort")
                        .asInt())
                .isEqualTo(6379);
    }

    @Test
    void theBucketIsEncryptedPrivateVersionedRetainedAndTlsOnly() {
        JsonNode resources = data(data.platform.compiled());
        JsonNode bucket = resources.path("AssetsBucket");

        assertThat(bucket.path("DeletionPolicy").asText()).isEqualTo("Retain");
        JsonNode block = bucket.path("Properties").path("PublicAccessBlockConfiguration");
        assertThat(block.path("BlockPublicAcls").asBoolean()
                        && block.path("BlockPublicPolicy").asBoolean()
                        && block.path("IgnorePublicAcls").asBoolean()
                        && block.path("RestrictPublicBuckets").asBoolean())
                .isTrue();
        assertThat(bucket.path("Properties")
                        .path("BucketEncryption")
                        .path("ServerSideEncryptionConfiguration")
                        .get(0)
                        .path("ServerSideEncryptionByDefault")
                        .path("SSEAlgorithm")
                        .asText())
                .isEqualTo("AES256");
        assertThat(bucket.path("Properties")
                        .path("VersioningConfiguration")
                        .path("Status")
                        .asText())
                .isEqualTo("Enabled");
        JsonNode deny = resources
                .path("AssetsPolicy")
                .path("Properties")
                .path("PolicyDocument")
                .path("Statement")
                .get(0);
        assertThat(deny.path("Effect").asText()).isEqualTo("Deny");
        assertThat(deny.path("Condition")
                        .path("Bool")
                        .path("aws:SecureTransport")
                        .asText())
                .isEqualTo("false");
    }

    @Test
    void theRepositoryScansOnPushWithImmutableTagsAndALifecycle() {
        JsonNode repository =
                data(data.platform.compiled()).path("WebImagesRepository").path("Properties");

        assertThat(repository
                        .path("ImageScanningConfiguration")
                        .path("ScanOnPush")
                        .asBoolean())
                .isTrue();
        assertThat(repository.path("ImageTagMutability").asText()).isEqualTo("IMMUTABLE");
        assertThat(repository
                        .path("EncryptionConfiguration")
                        .path("EncryptionType")
                        .asText())
                .isEqualTo("AES256");
        assertThat(repository
                        .path("LifecyclePolicy")
                        .path("LifecyclePolicyText")
                        .asText())
                .contains("\"countType\":\"imageCountMoreThan\",\"countNumber\":30", "\"tagStatus\":\"untagged\"");
    }

    @Test
    void theZoneIsPrivateToTheVpcAndRetained() {
        JsonNode zone = TemplateAssert.assertThat(TestPlatform.stack(data.platform.compiled(), "dns")
                        .stack()
                        .template())
                .json()
                .path("Resources")
                .path("InternalZone");

        assertThat(zone.path("DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(zone.path("Properties").path("VPCs").get(0).path("VPCId").toString())
                .contains("Ref");
    }
}
