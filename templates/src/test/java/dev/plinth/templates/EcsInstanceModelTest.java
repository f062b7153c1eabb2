package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class EcsInstanceModelTest {
    private final UserDataRenderer renderer = new UserDataRenderer();

    private static EcsInstanceModel.Builder instance() {
        return EcsInstanceModel.builder().clusterName("shop-prod-containers").region("eu-west-1");
    }

    @Test
    void buildRefusesAMissingClusterName() {
        assertThatIllegalStateException()
                .isThrownBy(() -> EcsInstanceModel.builder().region("eu-west-1").build())
                .withMessage("clusterName is required; set it with clusterName(...)");
    }

    @Test
    void refusesValuesThatCouldBreakTheConfigFile() {
        assertThatIllegalArgumentException().isThrownBy(() -> instance().clusterName("shop\nECS_CLUSTER=other"));
        assertThatIllegalArgumentException().isThrownBy(() -> instance().clusterName("shop containers"));
        assertThatIllegalArgumentException().isThrownBy(() -> instance().containerStopTimeoutSeconds(0));
        assertThatIllegalArgumentException().isThrownBy(() -> instance().cfnSignal("prod stack", "Group"));
    }

    @Test
    void writesTheAgentConfigurationWithTaskRolesAndMetadataBlocked() {
        String script =
                renderer.render(instance().containerStopTimeoutSeconds(45).build());

        assertThat(script)
                .contains("cat > /etc/ecs/ecs.config <<'ECS'\n"
                        + "ECS_CLUSTER=shop-prod-containers\n"
                        + "ECS_ENABLE_SPOT_INSTANCE_DRAINING=true\n"
                        + "ECS_CONTAINER_STOP_TIMEOUT=45s\n"
                        + "ECS_ENABLE_TASK_IAM_ROLE=true\n"
                        + "ECS_AWSVPC_BLOCK_IMDS=true\n"
                        + "ECS_ENABLE_CONTAINER_METADATA=true\n"
                        + "ECS\n");
    }

    @Test
    void signalsCloudFormationOnlyWhenAskedTo() {
        assertThat(renderer.render(instance().build())).doesNotContain("cfn-signal");
        assertThat(renderer.render(instance()
                        .cfnSignal("shop-prod-cluster", "ContainersGroup")
                        .build()))
                .contains(
                        "trap '/opt/aws/bin/cfn-signal -e $? --stack shop-prod-cluster --resource ContainersGroup --region eu-west-1' ERR")
                .endsWith(
                        "/opt/aws/bin/cfn-signal -e 0 --stack 'shop-prod-cluster' --resource 'ContainersGroup' --region 'eu-west-1'\n");
    }
}
