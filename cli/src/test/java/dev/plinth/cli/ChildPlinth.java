package dev.plinth.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The plinth command in a child JVM on the test class path, with an environment the test sets
 * whole: nothing of the test's own (no AWS_* variable, no HOME) reaches it. For credential
 * sources only the environment can give (keys, web identity, an SSO cache under HOME); each run
 * costs a JVM start, so there are few.
 */
final class ChildPlinth {
    /** What the child printed and how it exited. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        String describe() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private final Path home;
    private final Map<String, String> environment = new TreeMap<>();

    /** A child whose HOME is {@code home} (its ~/.aws lives there) and whose environment has nothing else yet. */
    ChildPlinth(Path home) throws IOException {
        this.home = Files.createDirectories(home);
        environment.put("HOME", home.toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    ChildPlinth env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Path home() {
        return home;
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(home, "stdout", ".txt");
        Path err = Files.createTempFile(home, "stderr", ".txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("plinth " + String.join(" ", args) + " did not end within 120 s");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
