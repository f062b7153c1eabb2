package dev.plinth.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP endpoint that counts the requests it gets and refuses each with CloudFormation's
 * AccessDenied (not retried), so a test can tell whether a command called AWS at all. Sets dummy
 * credentials for the SDK while open, as {@link MotoServer} does.
 */
final class RecordingEndpoint implements AutoCloseable {
  private static final byte[] DENIED = ("<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">"
      + "<Error><Type>Sender</Type><Code>AccessDenied</Code><Message>refused by the test's recording endpoint</Message></Error>"
      + "<RequestId>recording-endpoint</RequestId></ErrorResponse>").getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, String> savedProperties = new HashMap<>();

  private RecordingEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      try (InputStream in = exchange.getRequestBody()) {
        in.readAllBytes();
      }
      exchange.getResponseHeaders().add("Content-Type", "text/xml");
      exchange.sendResponseHeaders(400, DENIED.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(DENIED);
      }
    });
    server.start();
    setProperty("aws.accessKeyId", "plinth-test");
    setProperty("aws.secretAccessKey", "plinth-test");
  }

  static RecordingEndpoint start() throws IOException {
    return new RecordingEndpoint();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many requests came in so far. */
  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
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
}
