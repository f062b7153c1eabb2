package dev.plinth.cli;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request an AWS client sent, as a test endpoint saw it: the service it was signed for (from
 * the SigV4 credential scope; {@code sts} for the unsigned AssumeRoleWithWebIdentity), the
 * action, the form parameters and the access key that signed it.
 */
record AwsRequest(String service, String action, Map<String, String> parameters, Optional<String> accessKeyId) {
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/[^/]+/[^/]+/([^/]+)/aws4_request");

    static AwsRequest of(HttpExchange exchange, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Map<String, String> parameters = new LinkedHashMap<>();
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                .orElse("");
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : text.split("&")) {
                int at = pair.indexOf('=');
                if (at > 0) {
                    parameters.put(
                            URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String action = parameters.getOrDefault(
                "Action",
                target == null ? exchange.getRequestURI().getPath() : target.substring(target.indexOf('.') + 1));
        Matcher credential = CREDENTIAL.matcher(
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
                        .orElse(""));
        if (credential.find()) {
            return new AwsRequest(credential.group(2), action, parameters, Optional.of(credential.group(1)));
        }
        return new AwsRequest(
                action.startsWith("AssumeRoleWith") ? "sts" : "unsigned", action, parameters, Optional.empty());
    }

    /** {@code service:Action}, as IAM names it: {@code sts:GetCallerIdentity}, {@code cloudformation:DescribeStacks}. */
    String call() {
        return service + ":" + action;
    }
}
