package dev.plinth.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * moto, started from src/test/resources/moto with its patches, on a free loopback port, with
 * dummy credentials for the SDK. Skips the calling test class when python3 has no moto, unless
 * PLINTH_REQUIRE_MOTO=1, which makes that a failure (CI sets it).
 */
final class MotoServer implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final String endpoint;
    private final Map<String, String> savedProperties = new HashMap<>();

    private MotoServer(Process process, Path log, String endpoint) {
        this.process = process;
        this.log = log;
        this.endpoint = endpoint;
    }

    static MotoServer start(Path temp) throws IOException, InterruptedException {
        if (!pythonHasMoto()) {
            if ("1".equals(System.getenv("PLINTH_REQUIRE_MOTO"))) {
                fail("PLINTH_REQUIRE_MOTO=1 but python3 cannot import moto");
            }
            Assumptions.abort("python3 has no moto: the end-to-end test against it is skipped");
        }
        Path script = temp.resolve("plinth_moto_server.py");
        try (InputStream in = MotoServer.class.getResourceAsStream("/moto/plinth_moto_server.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = temp.resolve("moto.log");
        Process process = new ProcessBuilder("python3", script.toString(), "127.0.0.1", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        MotoServer server = new MotoServer(process, log, "http://127.0.0.1:" + port);
        server.awaitPort(port);
        server.setProperty("aws.accessKeyId", "plinth-e2e");
        server.setProperty("aws.secretAccessKey", "plinth-e2e");
        return server;
    }

    String endpoint() {
        return endpoint;
    }

    /** The end of moto's log, for failure messages. */
    String logTail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        savedProperties.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    private void setProperty(String key, String value) {
        savedProperties.put(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    private static boolean pythonHasMoto() throws InterruptedException {
        try {
            Process check = new ProcessBuilder("python3", "-c", "import moto")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitPort(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("moto exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        fail("moto did not listen on port " + port + " within 60 s:\n" + Files.readString(log));
    }
}
