package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeBootstrapModelTest {
    private final UserDataRenderer renderer = new UserDataRenderer();

    @Test
    void buildRefusesAMissingRequiredFieldAndNamesIt() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        RuntimeBootstrapModel.builder().serviceName("orders").build())
                .withMessageContaining("region is required");
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        RuntimeBootstrapModel.builder().region("eu-west-1").build())
                .withMessage("serviceName is required; set it with serviceName(...)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactSha256(null))
                .withMessage("artifactSha256 must not be null");
    }

    @Test
    void buildNamesEachMissingFieldInTurn() {
        assertThatIllegalStateException()
                .isThrownBy(() -> RuntimeBootstrapModel.builder()
                        .serviceName("orders")
                        .region("eu-west-1")
                        .artifactBucket("acme-artifacts")
                        .artifactKey("orders.tar.gz")
                        .artifactSha256(Examples.SHA256)
                        .runCommand("bin/orders")
                        .logGroupName("/plinth/orders")
                        .build())
                .withMessage("cfnSignal is required; set it with cfnSignal(...)");
    }

    @Test
    void defaultsTheInstallFolderAndUserFromTheServiceName() {
        RuntimeBootstrapModel model = Examples.runtimeBuilder().build();

        assertThat(model.installDir()).isEqualTo("/opt/orders");
        assertThat(model.runAsUser()).isEqualTo("orders");
        assertThat(model.servicePort()).isEmpty();
        assertThat(model.healthCheckPath()).isEmpty();
    }

    @Test
    void asksForAUserWhenTheServiceNameIsNotAValidOne() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        Examples.runtimeBuilder().serviceName("Orders.API").build())
                .withMessageContaining("set runAsUser(...)");
        assertThat(Examples.runtimeBuilder()
                        .serviceName("Orders.API")
                        .runAsUser("orders")
                        .build()
                        .runAsUser())
                .isEqualTo("orders");
    }

    @Test
    void refusesABucketNameThatBreaksS3Rules() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactBucket("Acme-Artifacts"))
                .withMessageContaining("artifactBucket 'Acme-Artifacts' is invalid");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactBucket("ab"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactBucket("acme..artifacts"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactBucket("192.168.1.10"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactBucket("xn--acme"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactBucket("acme-"));
    }

    @Test
    void refusesAChecksumThatIsNot64LowercaseHexCharacters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactSha256(Examples.SHA256.substring(1)))
                .withMessageContaining("artifactSha256")
                .withMessageContaining("exactly 64 lowercase hexadecimal characters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactSha256(Examples.SHA256.toUpperCase()));
    }

    @Test
    void refusesKeysPathsAndArgumentsThatCouldEscapeTheScript() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactKey("orders/my app.tar.gz"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().artifactKey("orders/'x'.tar.gz"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().installDir("opt/orders"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().installDir("/opt/my orders"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().installDir("/opt/../etc"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().runCommand("/usr/bin/orders"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().runCommand("../bin/orders"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().runCommand("bin/orders", "--name=$USER"))
                .withMessageContaining("runCommand argument");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().healthCheckPath("/health?x=`id`"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().servicePort(0));
    }

    @Test
    void refusesAnEnvironmentNameWithADash() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().putEnvironment("LOG-LEVEL", "info"))
                .withMessageContaining("environment name 'LOG-LEVEL' is invalid");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().environment(Map.of("logLevel", "info")));
    }

    @Test
    void refusesAnEnvironmentValueOnMoreThanOneLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.runtimeBuilder().putEnvironment("MOTD", "hello\nENVIRONMENT\nrm -rf /"))
                .withMessageContaining("MOTD")
                .withMessageNotContaining("rm -rf");
    }

    @Test
    void needsAPortForAHealthCheck() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        Examples.runtimeBuilder().healthCheckPath("/healthz").build())
                .withMessageContaining("servicePort");
    }

    @Test
    void keepsTheEnvironmentSortedAndImmutable() {
        RuntimeBootstrapModel model = Examples.runtimeBuilder()
                .putEnvironment("ZONE", "z")
                .putEnvironment("APP", "a")
                .putEnvironment("MIDDLE", "m")
                .build();

        assertThat(model.environment().keySet()).containsExactly("APP", "MIDDLE", "ZONE");
        assertThat(renderer.render(model)).containsSubsequence("APP='a'", "MIDDLE='m'", "ZONE='z'");
    }

    @Test
    void rendersAnEnvironmentValueWithQuotesAndExpansionsSoBashReadsItBackUnchanged(@TempDir Path dir)
            throws Exception {
        String value = "it's \"${HOME}\" and `date` $(id) \\ 'twice'";
        String script = renderer.render(
                Examples.runtimeBuilder().putEnvironment("TRICKY", value).build());
        String body = script.substring(script.indexOf("<<'ENVIRONMENT'\n") + 16, script.indexOf("\nENVIRONMENT\n"));
        Path envFile = Files.writeString(dir.resolve("env"), body + "\n");

        Shell.Result result =
                Shell.run("/bin/bash", "-c", "set -a; . \"$1\"; printf '%s' \"$TRICKY\"", "bash", envFile.toString());

        assertThat(body).isEqualTo("TRICKY='it'\"'\"'s \"${HOME}\" and `date` $(id) \\ '\"'\"'twice'\"'\"''");
        assertThat(result.output()).isEqualTo(value);
    }

    @Test
    void keepsShellExpansionsLiteral() {
        String script = renderer.render(Examples.runtimeBuilder().build());

        assertThat(script)
                .contains("archive=\"${workdir}/artifact.tar.gz\"")
                .contains("trap 'rm -rf \"${workdir}\"' EXIT")
                .contains("-e $? --stack prod-orders --resource OrdersGroup --region eu-west-1' ERR");
    }

    @Test
    void verifiesTheChecksumBeforeUnpacking() {
        String script = renderer.render(Examples.runtimeBuilder().build());

        assertThat(script)
                .containsSubsequence(
                        "aws s3 cp --region 'eu-west-1' --no-progress 's3://acme-prod-artifacts/orders/1.4.2/orders-1.4.2.tar.gz' \"${archive}\"",
                        "echo \"" + Examples.SHA256 + "  ${archive}\" | sha256sum --check --strict -",
                        "tar -xzf \"${archive}\" -C '/opt/orders' --no-same-owner",
                        "systemctl enable --now 'orders.service'",
                        "/opt/aws/bin/cfn-signal -e 0 --stack 'prod-orders' --resource 'OrdersGroup' --region 'eu-west-1'");
    }

    @Test
    void waitsForTheHealthCheckOnlyWhenOneIsSet() {
        String withCheck = renderer.render(Examples.runtimeBuilder()
                .servicePort(9000)
                .healthCheckPath("/ready")
                .healthCheckTimeoutSeconds(60)
                .build());
        String withoutCheck =
                renderer.render(Examples.runtimeBuilder().servicePort(9000).build());

        assertThat(withCheck)
                .contains("deadline=$((SECONDS + 60))")
                .contains("until curl -fsS --max-time 5 -o /dev/null 'http://127.0.0.1:9000/ready'; do");
        assertThat(withoutCheck).doesNotContain("curl");
    }
}
