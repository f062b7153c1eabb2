package dev.plinth.materializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The role of {@code --role-arn}: its session name, from the CI run or the user, and what it accepts as an ARN and an external id. */
class AssumedRoleTest {
    @Test
    void theSessionNameIsTheGithubRunBeforeAnyOtherCiVariableOrTheUser() {
        assertThat(AssumedRole.sessionName(
                        Map.of("GITHUB_RUN_ID", "1234", "CI_JOB_ID", "99", "BUILD_TAG", "jenkins-x-1"), "alice"))
                .isEqualTo("plinth-1234");
        assertThat(AssumedRole.sessionName(Map.of("CI_JOB_ID", "99", "BUILD_TAG", "jenkins-x-1"), "alice"))
                .isEqualTo("plinth-99");
        assertThat(AssumedRole.sessionName(Map.of("BUILD_TAG", "jenkins-x-1"), "alice"))
                .isEqualTo("plinth-jenkins-x-1");
        assertThat(AssumedRole.sessionName(Map.of(), "alice")).isEqualTo("plinth-alice");
        assertThat(AssumedRole.sessionName(Map.of("GITHUB_RUN_ID", " "), "alice"))
                .isEqualTo("plinth-alice");
    }

    @Test
    void charactersStsDoesNotTakeInASessionNameBecomeDashes() {
        assertThat(AssumedRole.sessionName(Map.of("BUILD_TAG", "jenkins-team/orders/deploy-42"), ""))
                .isEqualTo("plinth-jenkins-team-orders-deploy-42");
        assertThat(AssumedRole.sessionName(Map.of(), "Jane Doé (CORP\\jd)")).isEqualTo("plinth-Jane-Do---CORP-jd-");
        assertThat(AssumedRole.sessionName(Map.of(), "ci+bot=1,a.b@c-d_e")).isEqualTo("plinth-ci+bot=1,a.b@c-d_e");
    }

    @Test
    void aLongSessionNameIsCutToStsSixtyFourCharactersAndAnUnknownUserLeavesPlinth() {
        String name = AssumedRole.sessionName(Map.of("BUILD_TAG", "jenkins-" + "a".repeat(100)), "alice");

        assertThat(name).hasSize(64).startsWith("plinth-jenkins-aaa").matches("[\\w+=,.@-]{2,64}");
        assertThat(AssumedRole.sessionName(Map.of(), "")).isEqualTo("plinth");
        assertThat(AssumedRole.sessionName(Map.of(), null)).isEqualTo("plinth");
    }

    @Test
    void aRoleArnIsAnIamRoleInAnyPartitionWithOrWithoutAPath() {
        assertThat(AssumedRole.isRoleArn("arn:aws:iam::123456789012:role/deployer"))
                .isTrue();
        assertThat(AssumedRole.isRoleArn("arn:aws:iam::123456789012:role/platform/ci/deployer"))
                .isTrue();
        assertThat(AssumedRole.isRoleArn("arn:aws-cn:iam::123456789012:role/deployer"))
                .isTrue();
        assertThat(AssumedRole.isRoleArn("arn:aws-us-gov:iam::123456789012:role/deployer"))
                .isTrue();

        assertThat(AssumedRole.isRoleArn("arn:aws:iam::123456789012:user/deployer"))
                .isFalse();
        assertThat(AssumedRole.isRoleArn("arn:aws:iam::12345:role/deployer")).isFalse();
        assertThat(AssumedRole.isRoleArn("arn:aws:sts::123456789012:assumed-role/deployer/s"))
                .isFalse();
        assertThat(AssumedRole.isRoleArn("deployer")).isFalse();
        assertThat(AssumedRole.isRoleArn("arn:aws:iam::123456789012:role/")).isFalse();
        assertThat(AssumedRole.isRoleArn(null)).isFalse();
    }

    @Test
    void anExternalIdIsTwoTo1224CharactersStsTakes() {
        assertThat(AssumedRole.isExternalId("orders-prod:7f3a/deploy=1")).isTrue();
        assertThat(AssumedRole.isExternalId("x")).isFalse();
        assertThat(AssumedRole.isExternalId("has space")).isFalse();
        assertThat(AssumedRole.isExternalId("a".repeat(1225))).isFalse();
    }

    @Test
    void aRoleRefusesWhatStsWouldRefuse() {
        assertThatThrownBy(() -> new AssumedRole("deployer", Optional.empty(), "plinth-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arn:aws:iam::123456789012:role/deployer");
        assertThatThrownBy(
                        () -> new AssumedRole("arn:aws:iam::123456789012:role/deployer", Optional.of("x"), "plinth-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an external id is 2 to 1224");
        assertThatThrownBy(
                        () -> new AssumedRole("arn:aws:iam::123456789012:role/deployer", Optional.empty(), "has space"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a role session name is 2 to 64");
    }
}
