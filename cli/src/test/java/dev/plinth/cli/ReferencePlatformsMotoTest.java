package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.report.JsonReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every reference platform, production environment, materialized against moto: a create that
 * applies every stack, then a second run that executes nothing (one read per stack). Templates
 * over 51,200 bytes go through a bucket on moto's S3.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePlatformsMotoTest {
    private static final String BUCKET = "plinth-e2e-templates";

    @TempDir
    static Path temp;

    private MotoServer moto;

    @BeforeAll
    void startMoto() throws Exception {
        moto = MotoServer.start(temp);
        for (String region : new String[] {"eu-west-1", "eu-west-2", "eu-central-1", "us-east-1", "us-west-2"}) {
            try (S3Client s3 =
                    new AwsClients(region, Optional.empty(), Optional.of(URI.create(moto.endpoint()))).s3()) {
                s3.createBucket(b -> b.bucket(BUCKET + "-" + region)
                        .createBucketConfiguration(
                                region.equals("us-east-1")
                                        ? null
                                        : software.amazon.awssdk.services.s3.model.CreateBucketConfiguration.builder()
                                                .locationConstraint(region)
                                                .build()));
            }
        }
    }

    @AfterAll
    void stopMoto() throws InterruptedException {
        if (moto != null) {
            moto.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stateless-service", "ecs", "mesos", "web-cdn", "image-delivery"})
    void createsEveryStackThenConvergesWithoutExecutingAnything(String platform) throws IOException {
        Path dir = temp.resolve(platform);
        assertThat(plinth("compile", platform, "--env", "prod", "--out", dir.toString()))
                .isZero();
        dev.plinth.manifest.Manifest manifest = dev.plinth.manifest.Manifest.read(dir.resolve("manifest.json"));
        String region = manifest.region();

        StringWriter createOut = new StringWriter();
        int create = plinth(
                createOut,
                "materialize",
                dir.toString(),
                "--endpoint-url",
                moto.endpoint(),
                "--yes",
                "--template-bucket",
                BUCKET + "-" + region,
                "--report-json",
                temp.resolve(platform + "-create.json").toString());

        RunReport created = report(platform + "-create.json");
        assertThat(create).as("%s\n%s", createOut, moto.logTail()).isZero();
        assertThat(created.stacks()).allSatisfy(stack -> {
            assertThat(stack.action()).as(stack.stack()).isEqualTo(StackReport.Action.CREATE);
            assertThat(stack.outcome())
                    .as("%s: %s", stack.stack(), stack.message())
                    .isEqualTo(StackReport.Outcome.APPLIED);
        });

        int again = plinth(
                "materialize",
                dir.toString(),
                "--endpoint-url",
                moto.endpoint(),
                "--yes",
                "--template-bucket",
                BUCKET + "-" + region,
                "--report-json",
                temp.resolve(platform + "-again.json").toString());

        assertThat(again).isZero();
        assertThat(report(platform + "-again.json").stacks()).allSatisfy(stack -> {
            assertThat(stack.outcome()).as(stack.stack()).isEqualTo(StackReport.Outcome.UNCHANGED);
            // DescribeStacks, and GetStackPolicy where the stack must have a policy: a policy is converged only when
            // read back.
            int calls =
                    manifest.stack(stack.stack()).orElseThrow().stackPolicy().isPresent() ? 2 : 1;
            assertThat(stack.apiCalls()).as("calls for %s", stack.stack()).isEqualTo(calls);
        });
    }

    private int plinth(String... args) {
        return plinth(new StringWriter(), args);
    }

    private static int plinth(StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        out.append(err.toString());
        return code;
    }

    private static RunReport report(String file) throws IOException {
        return JsonReport.parse(Files.readString(temp.resolve(file)));
    }
}
