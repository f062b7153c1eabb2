package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.IdentityException;
import dev.plinth.materializer.PreflightException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** What the command prints when a command throws: {@link Main#failed}, fed the exceptions commands throw. */
class MainTest {
    private final StringWriter err = new StringWriter();

    private int failed(Exception e) {
        PrintWriter writer = new PrintWriter(err);
        int code = Main.failed(e, writer);
        writer.flush();
        return code;
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    @Test
    void aRefusalBeforeTheFirstCallListsEveryProblemAndSaysNothingChanged() {
        int code = failed(
                new PreflightException(
                        List.of(
                                "stacks network and bastion both deploy to stack name demo-prod-network; give each stack its own name and compile again",
                                "stack mesos's template is 51,732 bytes, over the 51,200 CloudFormation takes inline; pass --template-bucket BUCKET")));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo(
                        lines(
                                "plinth: refused before the first change to AWS; nothing was changed:",
                                "  - stacks network and bastion both deploy to stack name demo-prod-network; give each stack its own name and compile again",
                                "  - stack mesos's template is 51,732 bytes, over the 51,200 CloudFormation takes inline; pass --template-bucket BUCKET"));
    }

    @Test
    void anIdentityRefusalIsOneCodedLineThatFailsAndAnUnknownProfileIsAUsageError() {
        assertThat(
                        failed(
                                new IdentityException(
                                        IdentityException.Code.WRONG_ACCOUNT,
                                        "prod: credentials are for account 111111111111 "
                                                + "but the platform's prod environment lives in 222222222222; use the prod profile or --role-arn")))
                .isEqualTo(1);
        assertThat(failed(
                        new IdentityException(IdentityException.Code.NO_PROFILE, "--profile staging: no such profile")))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo(lines(
                        "plinth: [WRONG_ACCOUNT] prod: credentials are for account 111111111111 but the platform's prod environment lives in "
                                + "222222222222; use the prod profile or --role-arn",
                        "plinth: [NO_PROFILE] --profile staging: no such profile"));
    }

    @Test
    void aUsageErrorExitsWithTwo() {
        assertThat(failed(new UsageException("--format is json or yaml, not xml")))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo(lines("plinth: --format is json or yaml, not xml"));
    }

    @Test
    void fileArgumentAndAwsErrorsShowTheirMessageAloneAndFail() {
        assertThat(failed(new IOException(
                        "out/x/prod/manifest.json is not a manifest Plinth can read: missing field 'region'")))
                .isEqualTo(1);
        assertThat(failed(new UncheckedIOException(
                        "cannot write the report to run.json: disk full", new IOException("disk full"))))
                .isEqualTo(1);
        assertThat(failed(new IllegalArgumentException("no stack named 'nope' in the manifest; it has network")))
                .isEqualTo(1);
        assertThat(failed(SdkClientException.create("Unable to execute HTTP request: Connect to 127.0.0.1:9 failed")))
                .isEqualTo(1);

        assertThat(err.toString())
                .isEqualTo(lines(
                        "plinth: out/x/prod/manifest.json is not a manifest Plinth can read: missing field 'region'",
                        "plinth: cannot write the report to run.json: disk full",
                        "plinth: no stack named 'nope' in the manifest; it has network",
                        "plinth: Unable to execute HTTP request: Connect to 127.0.0.1:9 failed"));
    }

    @Test
    void aFileSystemErrorWithoutAReasonSaysWhatHappenedToTheFile() {
        failed(new NoSuchFileException("out/x/prod/stacks/network.json"));
        failed(new UncheckedIOException(new AccessDeniedException("reports/run.json")));

        assertThat(err.toString())
                .isEqualTo(lines(
                        "plinth: out/x/prod/stacks/network.json does not exist",
                        "plinth: reports/run.json: permission denied"));
    }

    @Test
    void noExceptionClassNameReachesTheUserForTheseErrors() {
        failed(new IOException("bad"));
        failed(new UncheckedIOException(new IOException("worse")));
        failed(new IllegalArgumentException("wrong"));

        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("java.");
    }
}
