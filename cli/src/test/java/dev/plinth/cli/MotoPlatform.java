package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.AwsClients;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;

/** A moto of its own with the stateless-service dev platform compiled beside it, and what moto holds. */
final class MotoPlatform implements AutoCloseable {
    static final String REGION = "eu-west-1";

    final MotoServer moto;
    final CloudFormationClient cloudFormation;
    final Path dir;

    private MotoPlatform(MotoServer moto, Path dir) {
        this.moto = moto;
        this.cloudFormation =
                new AwsClients(REGION, Optional.empty(), Optional.of(URI.create(moto.endpoint()))).cloudFormation();
        this.dir = dir;
    }

    static MotoPlatform start(Path temp) throws Exception {
        MotoServer moto = MotoServer.start(temp);
        Path dir = temp.resolve("out");
        assertThat(Main.run(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "compile",
                        "stateless-service",
                        "--env",
                        "dev",
                        "--out",
                        dir.toString()))
                .isZero();
        return new MotoPlatform(moto, dir);
    }

    /** The stacks moto has that are not deleted, as {@code name (STATUS)}. */
    List<String> liveStacks() {
        List<String> names = new ArrayList<>();
        for (StackSummary summary : cloudFormation.listStacksPaginator(r -> {}).stackSummaries()) {
            if (!"DELETE_COMPLETE".equals(summary.stackStatusAsString())) {
                names.add(summary.stackName() + " (" + summary.stackStatusAsString() + ")");
            }
        }
        return names;
    }

    @Override
    public void close() throws InterruptedException {
        cloudFormation.close();
        moto.close();
    }
}
