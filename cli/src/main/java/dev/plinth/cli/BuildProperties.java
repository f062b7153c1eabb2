package dev.plinth.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Writes {@value #RESOURCE} while the cli module builds (exec-maven-plugin, process-classes):
 * Plinth's version and the Git commit the build was made from, which {@code plinth --version}
 * prints. The commit comes from the {@code git} command ({@code rev-parse HEAD}, and {@code
 * status} for changes not committed), which, unlike JGit, also reads linked worktrees. Nothing
 * here fails the build: outside a Git checkout, without a {@code git} command or when it does
 * not answer within ten seconds, the commit is {@code unknown}.
 */
public final class BuildProperties {
    static final String RESOURCE = "dev/plinth/cli/build.properties";
    static final String UNKNOWN = "unknown";
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40,64}");

    private BuildProperties() {}

    /** {@code DIR FILE VERSION}: asks Git about {@code DIR} and writes {@code FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BuildProperties CHECKOUT_DIR OUTPUT_FILE VERSION");
        }
        write(Path.of(args[0]), Path.of(args[1]), args[2]);
    }

    static void write(Path checkout, Path file, String version) throws IOException {
        Optional<String> commit = git(checkout, "rev-parse", "--verify", "HEAD")
                .filter(c -> COMMIT.matcher(c).matches());
        boolean modified = commit.isPresent()
                && git(checkout, "status", "--porcelain", "--untracked-files=no")
                        .map(s -> !s.isEmpty())
                        .orElse(false);
        String text = "# Written by dev.plinth.cli.BuildProperties while the cli module was built.\n"
                + "version=" + version + "\n"
                + "commit=" + commit.orElse(UNKNOWN) + "\n"
                + "modified=" + modified + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** What {@code git -C checkout ARGS} prints, trimmed; empty when it cannot be run, fails or hangs. */
    private static Optional<String> git(Path checkout, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", checkout.toString()));
        command.addAll(List.of(args));
        Path output = null;
        try {
            output = Files.createTempFile("plinth-git-", ".out");
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0
                    ? Optional.of(
                            Files.readString(output, StandardCharsets.UTF_8).trim())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
