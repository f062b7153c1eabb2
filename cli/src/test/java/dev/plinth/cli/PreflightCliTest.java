package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.MaterializerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * What plan and materialize refuse before their first call to AWS: a malformed endpoint, a
 * non-positive timeout, a report that could not be written, stacks the manifest does not have,
 * a manifest that cannot be read. Each command here points at a {@link RecordingEndpoint}, so
 * "no AWS call" is counted, not assumed; the first tests show that a good command does reach it,
 * with sts:GetCallerIdentity first.
 */
class PreflightCliTest {
    @TempDir
    Path temp;

    private RecordingEndpoint endpoint;
    private Path compiled;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void compileAndListen() throws IOException {
        compiled = temp.resolve("out/stateless-service/dev");
        assertThat(Main.run(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "compile",
                        "stateless-service",
                        "--env",
                        "dev",
                        "--out",
                        compiled.toString()))
                .isZero();
        endpoint = RecordingEndpoint.start();
    }

    @AfterEach
    void stopListening() {
        endpoint.close();
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aCommandThatPassesTheLocalChecksReachesTheEndpointWhereRefusedCredentialsStopItBeforeAnyChange()
            throws IOException {
        endpoint.close();
        endpoint = RecordingEndpoint.answeringIdentity();

        int code = run(
                "materialize",
                compiled.toString(),
                "--yes",
                "--endpoint-url",
                endpoint.url(),
                "--report-json",
                temp.resolve("reports/run.json").toString());

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(endpoint.calls()).startsWith("sts:GetCallerIdentity", "cloudformation:DescribeStacks");
        assertThat(err.toString())
                .startsWith("account 123456789012, user/ci, eu-west-1" + System.lineSeparator()
                        + "plinth: refused before the first change to AWS; nothing was changed:"
                        + System.lineSeparator() + "  - cannot read stack ")
                .contains("AccessDenied")
                .doesNotContain("Exception");
        assertThat(temp.resolve("reports/run.json")).doesNotExist();
    }

    @Test
    void anEndpointThatRefusesTheIdentityCallStopsTheCommandAfterThatOneCall() {
        int code = run("plan", compiled.toString(), "--endpoint-url", endpoint.url());

        assertThat(code).isEqualTo(1);
        assertThat(endpoint.calls()).containsExactly("sts:GetCallerIdentity");
        assertThat(err.toString())
                .isEqualTo("plinth: [IDENTITY_FAILED] STS at " + endpoint.url() + " refused sts:GetCallerIdentity: "
                        + "AccessDenied: refused by the test's recording endpoint; check --endpoint-url and --region"
                        + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost:4566",
                "127.0.0.1:5000",
                "http://[bad",
                "ftp://127.0.0.1:5000",
                "http://",
                "http:///cloudformation",
                "//127.0.0.1:5000",
                "not a url"
            })
    void aMalformedEndpointIsAUsageErrorThatNamesTheFlagAndAnExample(String url) {
        assertThat(run("materialize", compiled.toString(), "--yes", "--endpoint-url", url))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("plinth: --endpoint-url takes an http(s) URL such as http://127.0.0.1:5000, not " + url
                        + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void planRefusesAMalformedEndpointToo() {
        assertThat(run("plan", compiled.toString(), "--endpoint-url", "localhost:4566"))
                .isEqualTo(2);
        assertThat(err.toString())
                .startsWith(
                        "plinth: --endpoint-url takes an http(s) URL such as http://127.0.0.1:5000, not localhost:4566");
    }

    @Test
    void anHttpsEndpointWithAPathIsAccepted() {
        AwsOptions options = new AwsOptions();
        options.endpointUrl = "HTTPS://emulator.internal:4566/aws";

        assertThat(options.endpoint()).hasValueSatisfying(uri -> {
            assertThat(uri.getHost()).isEqualTo("emulator.internal");
            assertThat(uri.getPort()).isEqualTo(4566);
        });
    }

    @Test
    void aReportPathUnderARegularFileIsRefusedBeforeAnyCall() throws IOException {
        Path file = Files.writeString(temp.resolve("somefile"), "not a folder", StandardCharsets.UTF_8);
        Path report = file.resolve("report.json");

        assertThat(run(
                        "materialize",
                        compiled.toString(),
                        "--yes",
                        "--endpoint-url",
                        endpoint.url(),
                        "--report-json",
                        report.toString()))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("plinth: cannot write the report to " + report + ": " + file + " is a file, not a folder"
                        + System.lineSeparator());
        assertThat(endpoint.requests()).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aReportPathDeeperUnderARegularFileNamesTheFile() throws IOException {
        Path file = Files.writeString(temp.resolve("somefile"), "", StandardCharsets.UTF_8);
        Path report = file.resolve("a/b/plan.md");

        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--report-md", report.toString()))
                .isEqualTo(2);

        assertThat(err.toString())
                .contains("plinth: cannot write the report to " + report + ": " + file + " is a file, not a folder");
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void aReportPathThatIsAFolderIsRefusedBeforeAnyCall() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("reports"));

        assertThat(run(
                        "materialize",
                        compiled.toString(),
                        "--yes",
                        "--endpoint-url",
                        endpoint.url(),
                        "--report-md",
                        folder.toString()))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo(
                        "plinth: cannot write the report to " + folder + ": it is a folder" + System.lineSeparator());
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void theOfflinePlanChecksItsReportPathBeforeComparing() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("reports"));

        assertThat(run(
                        "plan",
                        compiled.toString(),
                        "--against",
                        compiled.toString(),
                        "--report-json",
                        folder.toString()))
                .isEqualTo(2);

        assertThat(err.toString()).contains("cannot write the report to " + folder + ": it is a folder");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aReportPathWhoseFoldersDoNotExistYetIsAcceptedAndLeftUncreatedUntilTheReportIsWritten() {
        Path report = temp.resolve("new/folders/plan.md");
        AwsOptions options = new AwsOptions();
        options.timeout = "2h";
        options.parallelism = 1;
        options.reportMarkdown = report;

        options.check();

        assertThat(temp.resolve("new")).doesNotExist();
    }

    @Test
    void bothReportsNamingOneFileIsAUsageError() {
        Path report = temp.resolve("report");

        assertThat(run(
                        "plan",
                        compiled.toString(),
                        "--endpoint-url",
                        endpoint.url(),
                        "--report-md",
                        report.toString(),
                        "--report-json",
                        report.toString()))
                .isEqualTo(2);

        assertThat(err.toString()).contains("--report-md and --report-json both name " + report);
        assertThat(endpoint.requests()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0m", "-5m", "-1h", "soon", "5", ""})
    void aTimeoutThatIsNotAPositiveDurationIsAUsageError(String timeout) {
        assertThat(run(
                        "materialize",
                        compiled.toString(),
                        "--yes",
                        "--endpoint-url",
                        endpoint.url(),
                        "--timeout",
                        timeout))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("plinth: --timeout takes a positive duration such as 90m, 2h or 45s, not " + timeout
                        + System.lineSeparator());
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void aTimeoutIsReadInHoursMinutesAndSeconds() {
        assertThat(AwsOptions.duration("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(AwsOptions.duration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(AwsOptions.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(AwsOptions.duration("45S")).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void adoptIsRepeatableAndReachesTheMaterializerOptions() {
        CommandLine.ParseResult parsed = new CommandLine(new PlinthCommand())
                .parseArgs(
                        "materialize",
                        compiled.toString(),
                        "--adopt",
                        "network",
                        "--adopt",
                        "service",
                        "--timeout",
                        "30m");
        AwsOptions aws = ((MaterializeCommand) parsed.subcommand().commandSpec().userObject()).aws;

        MaterializerOptions options = aws.options(MaterializerOptions.apply("run1"), null, "eu-west-1");

        assertThat(options.adopt()).containsExactly("network", "service");
        assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void withoutAdoptNoStackMayBeTakenOver() {
        CommandLine.ParseResult parsed = new CommandLine(new PlinthCommand()).parseArgs("plan", compiled.toString());
        AwsOptions aws = ((PlanCommand) parsed.subcommand().commandSpec().userObject()).aws;

        assertThat(aws.options(MaterializerOptions.plan("run1"), null, "eu-west-1")
                        .adopt())
                .isEmpty();
    }

    @Test
    void adoptingAStackTheManifestDoesNotHaveIsAUsageErrorBeforeAnyCall() {
        assertThat(run(
                        "materialize",
                        compiled.toString(),
                        "--yes",
                        "--endpoint-url",
                        endpoint.url(),
                        "--adopt",
                        "nope"))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("plinth: --adopt nope: the manifest has no such stack; it has network, bastion, service"
                        + System.lineSeparator());
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void adoptingByTheCloudFormationNameSaysWhichNameItTakes() {
        assertThat(run(
                        "plan",
                        compiled.toString(),
                        "--endpoint-url",
                        endpoint.url(),
                        "--adopt",
                        "stateless-service-dev-network"))
                .isEqualTo(2);

        assertThat(err.toString())
                .contains("--adopt takes the manifest's name of the stack, not its CloudFormation name");
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void aStackTheManifestDoesNotHaveIsAUsageErrorBeforeAnyCall() {
        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--stack", "nope"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("plinth: --stack nope: the manifest has no such stack; it has network, bastion, service");

        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--only", "nope"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("plinth: --only nope: the manifest has no such stack");
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void aManifestThatIsNotJsonIsReportedWithItsFileLineAndColumnAndNoStackTrace() throws IOException {
        Path manifest = compiled.resolve("manifest.json");
        Files.writeString(
                manifest,
                "{\n  \"schemaVersion\": 1,\n  \"platform\": \"stateless-service\",,\n}\n",
                StandardCharsets.UTF_8);

        assertThat(run("materialize", compiled.toString(), "--yes", "--endpoint-url", endpoint.url()))
                .isEqualTo(1);

        assertThat(err.toString())
                .startsWith("plinth: " + manifest
                        + " is not a manifest Plinth can read: line 3, column 35: Unexpected character (','")
                .endsWith("; compile the platform again" + System.lineSeparator())
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void aManifestMissingAFieldIsReportedWithItsFileAndTheField() throws IOException {
        Path manifest = compiled.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"region\": \"eu-west-1\",", ""));

        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url()))
                .isEqualTo(1);

        assertThat(err.toString())
                .isEqualTo("plinth: " + manifest + " is not a manifest Plinth can read: missing field 'region'; "
                        + "compile the platform again" + System.lineSeparator());
    }

    @Test
    void aFolderWithoutAManifestIsReportedWithoutAnExceptionName() {
        Path nowhere = temp.resolve("nowhere");

        assertThat(run("plan", nowhere.toString(), "--endpoint-url", endpoint.url()))
                .isEqualTo(1);

        assertThat(err.toString())
                .isEqualTo("plinth: " + nowhere.resolve("manifest.json")
                        + ": no manifest.json: not a folder written by plinth compile" + System.lineSeparator());
    }

    @Test
    void aTemplateChangedAfterCompilingIsReportedWithoutAnExceptionName() throws IOException {
        Path template = compiled.resolve("stacks/network.json");
        Files.writeString(template, Files.readString(template) + " ");

        assertThat(run("materialize", compiled.toString(), "--yes", "--endpoint-url", endpoint.url()))
                .isEqualTo(1);

        assertThat(err.toString())
                .startsWith("plinth: refused before the first change to AWS; nothing was changed:"
                        + System.lineSeparator() + "  - stacks/network.json has sha-256 ")
                .contains("the folder was changed after it was compiled; compile again")
                .doesNotContain("Exception");
        assertThat(endpoint.requests()).isZero();
    }
}
