package dev.plinth.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * IAM Identity Center's portal API as the SDK's SSO credential provider calls it:
 * {@code GET /federation/credentials?account_id=…&role_name=…} with the cached access token in
 * {@code x-amz-sso_bearer_token}, answered with the role credentials this stand-in was given.
 * The SDK reaches it through {@code AWS_ENDPOINT_URL_SSO}. Records each request it got.
 */
final class SsoPortal implements AutoCloseable {
    /** One GetRoleCredentials request: the bearer token and the query (account_id, role_name). */
    record Request(String path, String query, String bearerToken) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    SsoPortal(String accessKeyId, String secretAccessKey, String sessionToken) throws IOException {
        byte[] answer = ("{\"roleCredentials\":{\"accessKeyId\":\"" + accessKeyId + "\",\"secretAccessKey\":\""
                        + secretAccessKey + "\",\"sessionToken\":\"" + sessionToken + "\",\"expiration\":"
                        + Instant.now().plusSeconds(3600).toEpochMilli() + "}}")
                .getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                requests.add(new Request(
                        exchange.getRequestURI().getPath(),
                        exchange.getRequestURI().getQuery(),
                        exchange.getRequestHeaders().getFirst("x-amz-sso_bearer_token")));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
