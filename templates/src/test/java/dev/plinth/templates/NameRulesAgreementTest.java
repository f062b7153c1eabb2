package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.plinth.compiler.LogicalIds;
import dev.plinth.names.NameRule;
import dev.plinth.names.NameRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The compiler validates a platform with {@link NameRules}; the builders check the values again.
 * These tests hold the two together: a value the rules accept is accepted by the builder that
 * takes it, and the names the compiler derives from valid Plinth names (stack names, log groups,
 * the ECS cluster name, host and user names) are accepted too, so a platform that passed
 * validation always renders.
 */
class NameRulesAgreementTest {
    private static final String LONGEST = "a".repeat(NameRules.MAX_NAME_LENGTH);

    @Test
    void eachBuilderAcceptsExactlyWhatItsRuleAccepts() {
        agree(
                NameRules.S3_BUCKET,
                v -> Examples.runtimeBuilder().artifactBucket(v),
                "acme-artifacts",
                "a.b-c",
                "123",
                "1.2.3",
                "Acme",
                "ab",
                "a..b",
                "a.-b",
                "a-.b",
                "10.0.0.1",
                "xn--a",
                "sthree-a",
                "amzn-s3-demo-a",
                "a-s3alias",
                "a--ol-s3",
                "a.mrap",
                "a--x-s3",
                "a--table-s3",
                "a".repeat(63),
                "a".repeat(64),
                "-ab",
                "ab-");
        agree(
                NameRules.S3_KEY,
                v -> Examples.runtimeBuilder().artifactKey(v),
                "a/b.tar.gz",
                "a,b@c=d+e!(f)*.tgz",
                "/a.tar.gz",
                "a b.tar.gz",
                "a'b",
                "",
                "k".repeat(1024),
                "k".repeat(1025));
        agree(
                NameRules.SHA256,
                v -> Examples.runtimeBuilder().artifactSha256(v),
                Examples.SHA256,
                Examples.SHA256.toUpperCase(),
                Examples.SHA256.substring(1),
                "");
        agree(
                NameRules.RELATIVE_PATH,
                v -> Examples.runtimeBuilder().runCommand(v),
                "bin/app",
                "app",
                "bin/.app",
                "./app",
                "bin/../app",
                "/bin/app",
                "bin/app/",
                "bin//app",
                "bin/my app",
                "");
        agree(
                NameRules.COMMAND_ARGUMENT,
                v -> Examples.runtimeBuilder().runCommand("bin/app", v),
                "--port=8080",
                "a,b:c/d@e+f",
                "$HOME",
                "%i",
                "a b",
                "'a'",
                "");
        agree(
                NameRules.ENV_NAME,
                v -> Examples.runtimeBuilder().putEnvironment(v, "x"),
                "LOG_LEVEL",
                "_X1",
                "log_level",
                "1X",
                "LOG-LEVEL",
                "");
        agree(
                NameRules.ENV_VALUE,
                v -> Examples.runtimeBuilder().putEnvironment("X", v),
                "it's ${HOME}",
                "",
                "a\nb",
                "a\tb",
                "a\u007fb");
        agree(
                NameRules.URL_PATH,
                v -> Examples.runtimeBuilder().healthCheckPath(v),
                "/",
                "/health/ready",
                "health",
                "/a?b",
                "/a b");
        agree(
                NameRules.ABSOLUTE_PATH,
                v -> Examples.runtimeBuilder().installDir(v),
                "/opt/app",
                "/",
                "/opt/",
                "/opt/../etc",
                "opt/app");
        agree(
                NameRules.LINUX_USER_NAME,
                v -> Examples.runtimeBuilder().runAsUser(v),
                "app",
                "_app",
                "app-1",
                "1app",
                "-app",
                "App",
                "a".repeat(33));
        agree(
                NameRules.SERVICE_NAME,
                v -> Examples.runtimeBuilder().serviceName(v),
                "orders",
                "Orders.API",
                "a b",
                "a".repeat(65));
        agree(
                NameRules.AWS_REGION,
                v -> Examples.runtimeBuilder().region(v),
                "eu-west-1",
                "us-gov-west-1",
                "us-isob-east-1",
                "cn-northwest-1",
                "eu-west",
                "eu-west-1'",
                "EU-WEST-1");
        agree(
                NameRules.LOG_GROUP_NAME,
                v -> Examples.runtimeBuilder().logGroupName(v),
                "/plinth/shop/prod/web",
                "/a#b",
                "/a\"b",
                "",
                "/".repeat(513));
        agree(
                NameRules.CLOUDFORMATION_STACK_NAME,
                v -> CfnSignal.of(v, "Group"),
                "shop-prod-web",
                "Shop1",
                "1shop",
                "shop_prod",
                "s".repeat(128),
                "s".repeat(129));
        agree(
                NameRules.LOGICAL_ID,
                v -> CfnSignal.of("stack", v),
                "WebGroup",
                "Web-Group",
                "",
                "G".repeat(255),
                "G".repeat(256));
        agree(
                NameRules.HOST_NAME,
                v -> BastionModel.builder().name(v),
                "bastion",
                "jump.dev.internal",
                "-bastion",
                "bastion-",
                "bastion host",
                "b_1");
        agree(NameRules.HOST_NAME, v -> Examples.mesosSettings().clusterName(v), "mesos", "mesos-", "Mesos_1");
        agree(
                NameRules.ECS_CLUSTER_NAME,
                v -> EcsInstanceModel.builder().clusterName(v),
                "shop-prod-containers",
                "Shop_1",
                "shop.containers",
                "shop containers",
                "c".repeat(255),
                "c".repeat(256));
        agree(
                NameRules.RELEASE_VERSION,
                v -> Examples.mesosSettings().consulVersion(v),
                "1.18.2",
                "7",
                "1.2.3.4",
                "1.2.3.4.5",
                "v1.18.2",
                "latest",
                "1234567890");
    }

    @Test
    void whatTheCompilerBuildsFromTheLongestValidNamesIsAccepted() {
        for (String name : List.of(LONGEST, "a1-b2-c3", "web", "w")) {
            assertThat(NameRules.PLINTH_NAME.accepts(name)).as(name).isTrue();
            String stackName = name + "-" + name + "-" + name;
            String logGroup = "/plinth/" + name + "/" + name + "/" + name;
            assertThatCode(() -> {
                        BastionModel.builder()
                                .name(name)
                                .region("eu-west-1")
                                .logGroupName(logGroup)
                                .cfnSignal(stackName, LogicalIds.pascal(name) + "Instance")
                                .build();
                        Examples.runtimeBuilder()
                                .serviceName(name)
                                .logGroupName(logGroup)
                                .cfnSignal(stackName, LogicalIds.pascal(name) + "Group")
                                .build();
                        EcsInstanceModel.builder()
                                .clusterName(stackName)
                                .region("eu-west-1")
                                .cfnSignal(stackName, LogicalIds.pascal(name) + "Group")
                                .build();
                        MesosClusterSettings settings = Examples.mesosSettings()
                                .clusterName(name)
                                .logGroupName(logGroup)
                                .build();
                        MesosMasterModel.of(settings, 1, CfnSignal.of(stackName, LogicalIds.pascal(name) + "Master1"));
                    })
                    .as(name)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theLongestReleaseNumbersMakePinnedImageTags() {
        String version = "999999999.999999999.999999999.999999999";
        assertThat(NameRules.RELEASE_VERSION.accepts(version)).isTrue();
        assertThatCode(() -> Examples.mesosSettings()
                        .image(MesosClusterSettings.Image.MARATHON, "mesosphere/marathon:v" + version)
                        .image(MesosClusterSettings.Image.ZOOKEEPER, "zookeeper:" + version))
                .doesNotThrowAnyException();
    }

    /** Random names over the characters that matter: each Plinth name is also every name derived from it. */
    @Test
    void everyPlinthNameIsAHostUserServiceClusterNameAndRole() {
        Random random = new Random(12);
        String alphabet = "az09-";
        List<NameRule> derived = List.of(
                NameRules.HOST_NAME,
                NameRules.LINUX_USER_NAME,
                NameRules.SERVICE_NAME,
                NameRules.ECS_CLUSTER_NAME,
                NameRules.USER_DATA_ROLE);
        int names = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(NameRules.MAX_NAME_LENGTH + 2);
            for (int j = 0; j < length; j++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (NameRules.PLINTH_NAME.accepts(name.toString())) {
                names++;
                for (NameRule rule : derived) {
                    assertThat(rule.accepts(name.toString()))
                            .as(rule + " of " + name)
                            .isTrue();
                }
            }
        }
        assertThat(names).as("Plinth names among the random strings").isGreaterThan(500);
    }

    private static void agree(NameRule rule, Consumer<String> builder, String... values) {
        List<String> disagreements = new ArrayList<>();
        for (String value : values) {
            boolean built;
            try {
                builder.accept(value);
                built = true;
            } catch (IllegalArgumentException e) {
                built = false;
            }
            if (built != rule.accepts(value)) {
                disagreements.add("'" + value + "': rule " + rule.accepts(value) + ", builder " + built);
            }
        }
        assertThat(disagreements).as(rule.toString()).isEmpty();
    }
}
