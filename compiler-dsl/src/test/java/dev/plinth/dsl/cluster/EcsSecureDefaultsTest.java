package dev.plinth.dsl.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secure defaults of ECS clusters and services, on the compiled templates. */
class EcsSecureDefaultsTest {
    private final CompiledPlatform compiled = new EcsPlatform().compiled();

    private JsonNode resources(String stack) {
        for (WiredStack wired : compiled.stacks()) {
            if (wired.name().equals(stack)) {
                return TemplateAssert.assertThat(wired.stack().template())
                        .json()
                        .path("Resources");
            }
        }
        throw new AssertionError("no stack " + stack);
    }

    private List<JsonNode> ofType(String type) {
        List<JsonNode> found = new ArrayList<>();
        for (WiredStack wired : compiled.stacks()) {
            resources(wired.name()).forEach(r -> {
                if (r.path("Type").asText().equals(type)) {
                    found.add(r.path("Properties"));
                }
            });
        }
        return found;
    }

    @Test
    void containerInstancesRequireImdsV2WithTwoHopsAndEncryptTheirVolumes() {
        JsonNode data = resources("cluster")
                .path("ContainersLaunchTemplate")
                .path("Properties")
                .path("LaunchTemplateData");

        assertThat(data.path("MetadataOptions").path("HttpTokens").asText()).isEqualTo("required");
        assertThat(data.path("MetadataOptions").path("HttpPutResponseHopLimit").asInt())
                .isEqualTo(2);
        assertThat(data.path("BlockDeviceMappings")
                        .get(0)
                        .path("Ebs")
                        .path("Encrypted")
                        .asBoolean())
                .isTrue();
        assertThat(data.path("BlockDeviceMappings")
                        .get(0)
                        .path("Ebs")
                        .path("VolumeSize")
                        .asInt())
                .isEqualTo(30);
    }

    @Test
    void theImageIsTheEcsOptimisedOneFromItsPublicParameter() {
        JsonNode parameter = TemplateAssert.assertThat(
                        compiled.stacks().get(1).stack().template())
                .json()
                .path("Parameters")
                .path("ContainersImageId");

        assertThat(parameter.path("Type").asText()).isEqualTo("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
        assertThat(parameter.path("Default").asText())
                .isEqualTo("/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id");
    }

    @Test
    void noRoleAllowsEveryActionOnEveryResource() {
        for (JsonNode role : ofType("AWS::IAM::Role")) {
            for (JsonNode policy : role.path("Policies")) {
                for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                    boolean anyResource = statement.path("Resource").toString().contains("\"*\"");
                    for (JsonNode action : statement.path("Action")) {
                        assertThat(anyResource
                                        && (action.asText().equals("*")
                                                || action.asText().endsWith(":*")))
                                .as("%s", statement)
                                .isFalse();
                        if (anyResource) {
                            assertThat(action.asText()).isEqualTo("ecr:GetAuthorizationToken");
                        }
                    }
                }
            }
        }
    }

    @Test
    void theInstanceRoleCarriesOnlyTheDocumentedContainerInstancePolicy() {
        JsonNode role = resources("cluster").path("ContainersInstanceRole").path("Properties");

        assertThat(role.path("Policies").isMissingNode()).isTrue();
        assertThat(role.path("ManagedPolicyArns").toString())
                .isEqualTo(
                        "[{\"Fn::Sub\":\"arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role\"}]");
    }

    @Test
    void theExecutionRoleReadsExactlyTheNamedSecretsAndParameters() {
        JsonNode statements = resources("services")
                .path("WebExecutionRole")
                .path("Properties")
                .path("Policies")
                .get(0)
                .path("PolicyDocument")
                .path("Statement");
        List<String> secretStatements = new ArrayList<>();
        for (JsonNode statement : statements) {
            String actions = statement.path("Action").toString();
            if (actions.contains("secretsmanager") || actions.contains("ssm")) {
                secretStatements.add(actions + " " + statement.path("Resource"));
            }
        }

        assertThat(secretStatements)
                .containsExactly(
                        "[\"ssm:GetParameters\"] [{\"Fn::Sub\":\"arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/shop/prod/api-key\"}]",
                        "[\"secretsmanager:GetSecretValue\"] [\"" + EcsPlatform.DB_SECRET + "\"]");
        JsonNode apiStatements = resources("services")
                .path("ApiExecutionRole")
                .path("Properties")
                .path("Policies")
                .get(0)
                .path("PolicyDocument")
                .path("Statement");
        assertThat(apiStatements.toString())
                .doesNotContain("secretsmanager")
                .doesNotContain("ssm:")
                .doesNotContain("ecr:");
    }

    @Test
    void theTaskRoleIsEmptyUnlessPermissionsAreGiven() {
        assertThat(resources("services")
                        .path("WebTaskRole")
                        .path("Properties")
                        .path("Policies")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void everyContainerLogsToItsServicesLogGroup() {
        for (String service : List.of("Web", "Api")) {
            JsonNode definition =
                    resources("services").path(service + "TaskDefinition").path("Properties");
            String logGroup = resources("services")
                    .path(service + "LogGroup")
                    .path("Properties")
                    .path("LogGroupName")
                    .asText();
            assertThat(definition.path("NetworkMode").asText()).isEqualTo("awsvpc");
            for (JsonNode container : definition.path("ContainerDefinitions")) {
                assertThat(container.path("LogConfiguration").path("LogDriver").asText())
                        .isEqualTo("awslogs");
                assertThat(container
                                .path("LogConfiguration")
                                .path("Options")
                                .path("awslogs-group")
                                .asText())
                        .isEqualTo(logGroup);
            }
        }
    }

    @Test
    void secretsAreReferencesAndNeverValuesInTheTaskDefinition() {
        JsonNode container = resources("services")
                .path("WebTaskDefinition")
                .path("Properties")
                .path("ContainerDefinitions")
                .get(0);

        assertThat(container.path("Secrets").toString())
                .isEqualTo("[{\"Name\":\"API_KEY\",\"ValueFrom\":\"/shop/prod/api-key\"},"
                        + "{\"Name\":\"DB_PASSWORD\",\"ValueFrom\":\"" + EcsPlatform.DB_SECRET + "\"}]");
        assertThat(container.path("Environment").toString())
                .isEqualTo("[{\"Name\":\"LOG_LEVEL\",\"Value\":\"info\"},{\"Name\":\"SHOP_ENV\",\"Value\":\"prod\"}]");
    }

    @Test
    void deploymentsRollBackThroughTheCircuitBreaker() {
        for (JsonNode service : ofType("AWS::ECS::Service")) {
            JsonNode breaker = service.path("DeploymentConfiguration").path("DeploymentCircuitBreaker");
            assertThat(breaker.path("Enable").asBoolean()).isTrue();
            assertThat(breaker.path("Rollback").asBoolean()).isTrue();
            assertThat(service.path("NetworkConfiguration")
                            .path("AwsvpcConfiguration")
                            .path("AssignPublicIp")
                            .asText())
                    .isEqualTo("DISABLED");
        }
    }

    @Test
    void tasksAreReachableOnlyFromTheirLoadBalancerAndTheSourcesAllowed() {
        JsonNode services = resources("services");
        List<String> rules = new ArrayList<>();
        services.fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals("AWS::EC2::SecurityGroupIngress")
                    && e.getKey().startsWith("Web")) {
                JsonNode p = e.getValue().path("Properties");
                rules.add(e.getKey() + " " + p.path("FromPort").asInt() + " " + p.path("SourceSecurityGroupId"));
            }
        });

        assertThat(rules)
                .containsExactlyInAnyOrder(
                        "WebFromWebLb8080 8080 {\"Fn::GetAtt\":[\"WebLbSecurityGroup\",\"GroupId\"]}",
                        "WebFromBastion8080 8080 {\"Ref\":\"ClusterBastionSecurityGroupGroupId\"}");
    }

    @Test
    void theCapacityProviderScalesManagesTerminationAndDrains() {
        JsonNode provider = resources("cluster")
                .path("ContainersCapacityProvider")
                .path("Properties")
                .path("AutoScalingGroupProvider");

        assertThat(provider.path("ManagedScaling").path("Status").asText()).isEqualTo("ENABLED");
        assertThat(provider.path("ManagedScaling").path("TargetCapacity").asInt())
                .isEqualTo(100);
        assertThat(provider.path("ManagedTerminationProtection").asText()).isEqualTo("ENABLED");
        assertThat(provider.path("ManagedDraining").asText()).isEqualTo("ENABLED");
        assertThat(resources("cluster")
                        .path("ContainersGroup")
                        .path("Properties")
                        .path("NewInstancesProtectedFromScaleIn")
                        .asBoolean())
                .isTrue();
        assertThat(resources("cluster")
                        .path("ContainersCluster")
                        .path("Properties")
                        .path("ClusterSettings")
                        .toString())
                .isEqualTo("[{\"Name\":\"containerInsights\",\"Value\":\"enabled\"}]");
    }

    @Test
    void theInstancesUserDataJoinsTheClusterAndBlocksTasksFromTheMetadataService() {
        String script = compiled.userData().entrySet().stream()
                .filter(e -> e.getKey().contains("containers"))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElseThrow();

        assertThat(script)
                .contains("ECS_CLUSTER=shop-prod-containers\n")
                .contains("ECS_AWSVPC_BLOCK_IMDS=true\n")
                .contains("--resource 'ContainersGroup'");
    }
}
