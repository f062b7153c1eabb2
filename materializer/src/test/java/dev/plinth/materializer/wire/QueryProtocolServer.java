package dev.plinth.materializer.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local HTTP server speaking CloudFormation's AWS Query protocol: form-encoded POSTs naming an
 * {@code Action}, XML answers in the 2010-05-15 namespace, errors as {@code ErrorResponse} with
 * an HTTP 4xx status. Each action answers from its own queue of scripted replies, in order; an
 * action with nothing scripted is a test error, answered with HTTP 500 and recorded.
 */
public final class QueryProtocolServer implements AutoCloseable {
    public static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unscripted = Collections.synchronizedList(new ArrayList<>());

    /** One scripted answer. */
    public record Reply(int status, String body) {}

    public QueryProtocolServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues answers to {@code action}, given in the order they are to be sent. */
    public QueryProtocolServer on(String action, Reply... answers) {
        Deque<Reply> queue = replies.computeIfAbsent(action, k -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(answers));
        }
        return this;
    }

    /** A successful answer: {@code result} is the XML inside {@code <ActionResult>}. */
    public static Reply ok(String action, String result) {
        return new Reply(
                200,
                "<" + action + "Response xmlns=\"" + NAMESPACE + "\">"
                        + "<" + action + "Result>" + result + "</" + action + "Result>"
                        + "<ResponseMetadata><RequestId>req-" + action + "</RequestId></ResponseMetadata>"
                        + "</" + action + "Response>");
    }

    /** An error as CloudFormation sends it. */
    public static Reply error(int status, String type, String code, String message) {
        return new Reply(
                status,
                "<ErrorResponse xmlns=\"" + NAMESPACE + "\">"
                        + "<Error><Type>" + type + "</Type><Code>" + code + "</Code><Message>" + escape(message)
                        + "</Message></Error>"
                        + "<RequestId>req-" + code + "</RequestId></ErrorResponse>");
    }

    /** Every request received, its form fields decoded, in arrival order. */
    public List<Map<String, String>> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests for one action. */
    public List<Map<String, String>> requests(String action) {
        return requests().stream().filter(r -> action.equals(r.get("Action"))).toList();
    }

    /** Actions that arrived with no reply scripted. */
    public List<String> unscripted() {
        synchronized (unscripted) {
            return List.copyOf(unscripted);
        }
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form =
                    decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(form);
            String action = form.getOrDefault("Action", "");
            Deque<Reply> queue = replies.get(action);
            Reply reply;
            if (queue == null) {
                reply = null;
            } else {
                synchronized (queue) {
                    reply = queue.poll();
                }
            }
            if (reply == null) {
                unscripted.add(action);
                reply = error(500, "Receiver", "InternalFailure", "no reply scripted for " + action);
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + requests.size());
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
