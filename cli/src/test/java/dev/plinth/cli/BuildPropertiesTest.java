package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build writes for plinth --version: the commit of a checkout, or unknown outside one. */
class BuildPropertiesTest {
    @TempDir
    Path temp;

    @Test
    void outsideAGitCheckoutTheCommitIsUnknownAndTheBuildGoesOn() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("not-a-checkout"));
        Path file = temp.resolve("out/dev/plinth/cli/build.properties");

        BuildProperties.write(folder, file, "1.2.3");

        Properties written = read(file);
        assertThat(written.getProperty("version")).isEqualTo("1.2.3");
        assertThat(written.getProperty("commit")).isEqualTo("unknown");
        assertThat(written.getProperty("modified")).isEqualTo("false");
    }

    @Test
    void inACheckoutTheCommitIsHeadAndChangesNotCommittedAreFlagged() throws Exception {
        assumeTrue(git(temp, "--version") == 0, "no git command here");
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        assertThat(git(checkout, "init", "-q")).isZero();
        Files.writeString(checkout.resolve("README"), "one\n");
        assertThat(git(checkout, "add", "README")).isZero();
        assertThat(git(
                        checkout,
                        "-c",
                        "user.name=Plinth Test",
                        "-c",
                        "user.email=test@plinth.invalid",
                        "commit",
                        "-q",
                        "-m",
                        "one"))
                .isZero();
        String head = output(checkout, "rev-parse", "HEAD");
        Path file = temp.resolve("build.properties");

        Files.writeString(checkout.resolve("untracked"), "not part of the build's commit\n");
        BuildProperties.write(checkout, file, "1.2.3");
        assertThat(read(file).getProperty("commit")).isEqualTo(head).matches("[0-9a-f]{40}");
        assertThat(read(file).getProperty("modified")).isEqualTo("false");

        Files.writeString(checkout.resolve("README"), "two\n");
        BuildProperties.write(checkout, file, "1.2.3");
        assertThat(read(file).getProperty("commit")).isEqualTo(head);
        assertThat(read(file).getProperty("modified")).isEqualTo("true");
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return properties;
    }

    private static int git(Path dir, String... args) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command(dir, args))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String output(Path dir, String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(dir, args)).start();
        String text = new String(process.getInputStream().readAllBytes()).trim();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return text;
    }

    private static List<String> command(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        return command;
    }
}
