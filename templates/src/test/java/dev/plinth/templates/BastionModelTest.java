package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class BastionModelTest {
    private final UserDataRenderer renderer = new UserDataRenderer();

    private static BastionModel.Builder bastion() {
        return BastionModel.builder().name("bastion").region("eu-west-1").logGroupName("/plinth/bastion");
    }

    @Test
    void buildRefusesAMissingRequiredFieldAndNamesIt() {
        assertThatIllegalStateException()
                .isThrownBy(() -> BastionModel.builder()
                        .name("bastion")
                        .region("eu-west-1")
                        .build())
                .withMessage("logGroupName is required; set it with logGroupName(...)");
    }

    @Test
    void refusesANameThatIsNotAHostName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> bastion().name("bastion host"))
                .withMessageContaining("name");
        assertThatIllegalArgumentException().isThrownBy(() -> bastion().name("-bastion"));
        assertThatIllegalArgumentException().isThrownBy(() -> bastion().name("bastion;reboot"));
    }

    @Test
    void refusesARegionOrLogGroupThatCouldBreakTheScript() {
        assertThatIllegalArgumentException().isThrownBy(() -> bastion().region("eu-west-1'"));
        assertThatIllegalArgumentException().isThrownBy(() -> bastion().logGroupName("/plinth/\"bastion\""));
        assertThatIllegalArgumentException().isThrownBy(() -> bastion().cfnSignal("prod network", "Bastion"));
        assertThatIllegalArgumentException().isThrownBy(() -> bastion().cfnSignal("prod-network", "Bastion-1"));
    }

    @Test
    void signalsCloudFormationOnlyWhenAskedTo() {
        String plain = renderer.render(bastion().build());
        String signalled = renderer.render(
                bastion().cfnSignal("prod-network", "BastionInstance").build());

        assertThat(plain).doesNotContain("cfn-signal").doesNotContain("trap");
        assertThat(signalled)
                .contains(
                        "trap '/opt/aws/bin/cfn-signal -e $? --stack prod-network --resource BastionInstance --region eu-west-1' ERR")
                .endsWith(
                        "/opt/aws/bin/cfn-signal -e 0 --stack 'prod-network' --resource 'BastionInstance' --region 'eu-west-1'\n");
    }

    @Test
    void startsOrStopsTheSsmAgent() {
        assertThat(bastion().build().ssmEnabled()).isTrue();
        assertThat(renderer.render(bastion().build())).contains("systemctl enable --now amazon-ssm-agent\n");
        assertThat(renderer.render(bastion().ssmEnabled(false).build()))
                .contains("systemctl disable --now amazon-ssm-agent\n")
                .doesNotContain("enable --now amazon-ssm-agent");
    }

    @Test
    void hardensSshdInADropInThatSshdReadsFirst() {
        String script = renderer.render(bastion().build());

        assertThat(script)
                .contains("cat > /etc/ssh/sshd_config.d/10-plinth-bastion.conf <<'SSHD'\n"
                        + "PermitRootLogin no\n"
                        + "PasswordAuthentication no\n"
                        + "KbdInteractiveAuthentication no\n"
                        + "X11Forwarding no\n"
                        + "MaxAuthTries 3\n"
                        + "AllowTcpForwarding yes\n");
        assertThat(script).containsSubsequence("sshd -t\n", "systemctl reload sshd\n");
    }

    @Test
    void appliesSecurityUpdatesNowAndAutomatically() {
        assertThat(renderer.render(bastion().build()))
                .contains("dnf -y update --security\n")
                .contains("upgrade_type = security\n")
                .contains("apply_updates = yes\n")
                .contains("systemctl enable --now dnf-automatic.timer\n")
                .doesNotContain("fail2ban");
    }

    @Test
    void shipsAuthAndSystemLogsToTheLogGroup() {
        assertThat(renderer.render(bastion().build()))
                .contains("\"file_path\": \"/var/log/secure\"")
                .contains("\"file_path\": \"/var/log/messages\"")
                .contains("\"log_group_name\": \"/plinth/bastion\"")
                .contains("\"log_stream_name\": \"{instance_id}/secure\"");
    }
}
