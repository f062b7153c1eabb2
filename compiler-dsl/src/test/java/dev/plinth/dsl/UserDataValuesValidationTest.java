package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.cluster.MesosVersions;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every value of a platform that ends up in a user-data script is checked by validation, against
 * the rule the script's builder checks: a platform with a value the builder would refuse gets
 * the coded diagnostic at the value's DSL path, never "its user-data cannot be rendered".
 */
class UserDataValuesValidationTest {
    private final TestPlatform platform = TestPlatform.baseline();

    @ParameterizedTest
    @ValueSource(strings = {"bastion-", "jump--host"})
    void aBastionNameThatIsNoHostNameIsAnInvalidName(String name) {
        platform.bastion.set("name", b -> b.name(name));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_NAME] prod/" + name + ": '" + name + "' is not a valid bastion name; "
                                + "use 1 to 32 lower-case letters, digits and single dashes, starting with a letter and not ending with a dash.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop_eu", "Shop", "shop-", "a-platform-name-of-thirty-three-c"})
    void aPlatformNameThatCannotStartAStackNameIsAnInvalidName(String name) {
        platform.name = name;

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_NAME] prod: '" + name + "' is not a valid platform name; "
                                + "use 1 to 32 lower-case letters, digits and single dashes, starting with a letter and not ending with a dash.");
    }

    @Test
    void anEnvironmentNameEndingInADashIsAnInvalidName() {
        platform.environment.set("name", e -> e.name("prod-"));

        PlatformCompiler.Result result = PlatformCompiler.bundled().compile(platform, "prod-");

        assertThat(result.platform()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(d -> d.code().name() + " " + d.path())
                .containsExactly("INVALID_NAME prod-");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "shop.-artifacts",
                "shop-.artifacts",
                "192.168.10.1",
                "xn--shop-artifacts",
                "sthree-shop",
                "shop-artifacts-s3alias",
                "shop--x-s3",
                "shop-artifacts.mrap"
            })
    void anArtifactBucketNameS3ReservesOrRefusesIsReportedAtTheBucket(String bucket) {
        platform.artifact.set("bucket", a -> a.bucket(bucket));

        assertThat(formats(platform))
                .containsExactly("[INVALID_ARTIFACT] prod/web/artifact/bucket: '" + bucket + "' is not an S3 "
                        + "bucket name; use 3 to 63 lower-case letters, digits, dots and dashes, starting and ending with a letter or digit, with "
                        + "no dot next to another dot or a dash, not shaped like an IP address, and without the prefixes (xn--, sthree-, "
                        + "amzn-s3-demo-) and suffixes (-s3alias, --ol-s3, .mrap, --x-s3, --table-s3) S3 reserves.");
    }

    @Test
    void anArtifactKeyOverS3sLengthIsReportedAtTheKey() {
        String key = "releases/" + "a".repeat(1020) + ".tar.gz";
        platform.artifact.set("key", a -> a.key(key));

        assertThat(codes(platform)).containsExactly("INVALID_ARTIFACT prod/web/artifact/key");
    }

    @Test
    void anArtifactKeyWithCharactersTheScriptTakesCompiles() {
        platform.artifact.set("key", a -> a.key("releases/web@1.0.0,build=7/web-1.0.0.tar.gz"));

        assertThat(codes(platform)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bin/my server", "./bin/web", "bin//web", "bin/web/", "bin/$NAME"})
    void aCommandThatIsNoPlainPathInsideTheTarballIsReportedAtTheCommand(String command) {
        platform.artifact.set("command", a -> a.command(command));

        assertThat(formats(platform))
                .containsExactly("[INVALID_ARTIFACT] prod/web/artifact/command: '" + command + "' is not a path "
                        + "inside the tarball; give a path relative to the unpacked tarball, such as bin/server: '/'-separated names of letters, "
                        + "digits, '.', '_' or '-', without '.' or '..' segments.");
    }

    @Test
    void anArgumentSystemdWouldExpandIsReportedByItsIndex() {
        platform.artifact.set("args", a -> a.addArgs("--port=8080", "--user=$USER", "two words"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_ARTIFACT] prod/web/artifact/args/1: '--user=$USER' cannot be passed to the command as it is; "
                                + "use letters, digits and ._,:=/@+- (no spaces, quotes, '$' or '%', which systemd would interpret).",
                        "[INVALID_ARTIFACT] prod/web/artifact/args/2: 'two words' cannot be passed to the command as it is; "
                                + "use letters, digits and ._,:=/@+- (no spaces, quotes, '$' or '%', which systemd would interpret).");
    }

    @Test
    void aLowerCaseEnvironmentVariableNameIsReportedAtTheVariable() {
        platform.artifact.set("environment", a -> a.putEnvironment("log_level", "info"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_ARTIFACT] prod/web/artifact/environment/log_level: 'log_level' is not an environment variable name; "
                                + "use upper-case letters, digits and underscores, not starting with a digit.");
    }

    @Test
    void anEnvironmentValueOnTwoLinesIsReportedWithoutTheValue() {
        platform.artifact.set("environment", a -> a.putEnvironment("MOTD", "hello\nrm -rf /"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_ARTIFACT] prod/web/artifact/environment/MOTD: the value of MOTD contains a line break or control character; "
                                + "keep it on one line, without control characters, or read it from SSM Parameter Store.");
    }

    @Test
    void anEnvironmentVariableWithoutANameIsReportedAtTheEnvironment() {
        platform.artifact.set("environment", a -> a.putEnvironment("", "x"));

        assertThat(codes(platform)).containsExactly("INVALID_ARTIFACT prod/web/artifact/environment");
    }

    @Test
    void aHealthCheckPathWithAQueryIsReportedAtThePath() {
        platform.artifact.set("healthCheckPath", a -> a.healthCheckPath("/health?deep=true"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_HEALTH_CHECK] prod/web/artifact/healthCheckPath: '/health?deep=true' is not a path the health check can call; "
                                + "give a path starting with '/' of letters, digits and ._~/-, without a query string.");
    }

    @Test
    void aMesosClusterNameThatIsNoHostNameIsAnInvalidName() {
        assertThat(codes(withMesos("mesos-", m -> m))).containsExactly("INVALID_NAME prod/mesos-");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3651})
    void aMetricsRetentionPrometheusIsNotGivenIsReported(int days) {
        assertThat(formats(withMesos(m -> m.metricsRetentionDays(days))))
                .containsExactly(
                        "[INVALID_METRICS_RETENTION] prod/mesos/metricsRetentionDays: Prometheus cannot keep metrics "
                                + days + " days; " + "keep metrics 1 to 3650 days.");
    }

    @Test
    void aReleaseNumberTooLongForAnImageTagIsReported() {
        assertThat(codes(withMesos(m -> m.versions(
                        MesosVersions.builder().consul("1" + "0".repeat(130)).build()))))
                .containsExactly("INVALID_VERSION prod/mesos/versions/consul");
    }

    @Test
    void namesOfThirtyTwoCharactersEverywhereCompile() {
        String longest = "a-name-of-thirty-two-characters-";
        platform.name = "p" + longest.substring(1, 31) + "x";
        String env = "e" + longest.substring(1, 31) + "x";
        platform.environment.set("name", e -> e.name(env));
        platform.bastion.set("name", b -> b.name("b" + longest.substring(1, 31) + "x"));
        platform.fleet.set("name", f -> f.name("f" + longest.substring(1, 31) + "x"));
        platform.stacks = built -> List.of(
                Stack.of("n" + longest.substring(1, 31) + "x", built.network),
                Stack.of(
                        "s" + longest.substring(1, 31) + "x",
                        built.bastion,
                        built.fleet,
                        built.loadBalancer,
                        MesosCluster.builder()
                                .name("m" + longest.substring(1, 31) + "x")
                                .network(built.network)
                                .build()));

        PlatformCompiler.Result result = PlatformCompiler.bundled().compile(platform, env);

        assertThat(platform.name).hasSize(32);
        assertThat(result.diagnostics()).extracting(Diagnostic::format).isEmpty();
        assertThat(result.platform()).isPresent();
    }

    private TestPlatform withMesos(UnaryOperator<MesosCluster.Builder> change) {
        return withMesos("mesos", change);
    }

    private TestPlatform withMesos(String name, UnaryOperator<MesosCluster.Builder> change) {
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of(
                        "mesos",
                        change.apply(MesosCluster.builder()
                                        .name(name)
                                        .network(built.network)
                                        .allowFrom(built.bastion, MesosCluster.MARATHON_PORT))
                                .build()));
        return platform;
    }
}
