package dev.plinth.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP endpoint that counts the requests it gets and refuses each with CloudFormation's
 * AccessDenied (not retried; STS reads it as its own AccessDenied), so a test can tell whether a
 * command called AWS at all, and which calls. Sets dummy credentials for the SDK while open, as
 * {@link MotoServer} does.
 */
final class RecordingEndpoint implements AutoCloseable {
    private static final byte[] DENIED =
            ("<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">"
                            + "<Error><Type>Sender</Type><Code>AccessDenied</Code><Message>refused by the test's recording endpoint</Message></Error>"
                            + "<RequestId>recording-endpoint</RequestId></ErrorResponse>")
                    .getBytes(StandardCharsets.UTF_8);

    private static final byte[] IDENTITY =
            ("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                            + "<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn><UserId>AIDAEXAMPLE</UserId>"
                            + "<Account>123456789012</Account></GetCallerIdentityResult>"
                            + "<ResponseMetadata><RequestId>recording-endpoint</RequestId></ResponseMetadata></GetCallerIdentityResponse>")
                    .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final List<AwsRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> savedProperties = new HashMap<>();

    private RecordingEndpoint(boolean answerIdentity) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            AwsRequest request;
            try (InputStream in = exchange.getRequestBody()) {
                request = AwsRequest.of(exchange, in.readAllBytes());
            }
            requests.add(request);
            boolean identity = answerIdentity && request.call().equals("sts:GetCallerIdentity");
            byte[] answer = identity ? IDENTITY : DENIED;
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(identity ? 200 : 400, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        setProperty("aws.accessKeyId", "plinth-test");
        setProperty("aws.secretAccessKey", "plinth-test");
    }

    static RecordingEndpoint start() throws IOException {
        return new RecordingEndpoint(false);
    }

    /** One that says who the caller is (account 123456789012, user/ci) and refuses every other call. */
    static RecordingEndpoint answeringIdentity() throws IOException {
        return new RecordingEndpoint(true);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests came in so far. */
    int requests() {
        return requests.size();
    }

    /** Each request's {@code service:Action}, in the order they came. */
    List<String> calls() {
        return requests.stream().map(AwsRequest::call).toList();
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
