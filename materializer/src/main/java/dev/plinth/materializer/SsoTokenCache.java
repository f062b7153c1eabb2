package dev.plinth.materializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.utils.UserHomeDirectoryUtils;

/**
 * The token {@code aws sso login} leaves in {@code ~/.aws/sso/cache} for an SSO profile, read as
 * the SDK reads it (the file is named by the SHA-1 of the profile's {@code sso_session}, or of its
 * {@code sso_start_url} in the older form), to say why an SSO profile gave no credentials: no
 * token, a token that expired, a file that is not a token.
 */
final class SsoTokenCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SsoTokenCache() {}

    /** Where the AWS CLI and the SDK keep SSO tokens: {@code $HOME/.aws/sso/cache}. */
    static Path directory() {
        return Path.of(UserHomeDirectoryUtils.userHomeDirectory(), ".aws", "sso", "cache");
    }

    static boolean isSso(Profile profile) {
        return profile.property("sso_session").isPresent()
                || profile.property("sso_start_url").isPresent();
    }

    /** What is wrong with the cached token of this SSO profile, if anything. */
    static Optional<IdentityException> problem(Profile profile, Path directory, Instant now) {
        Optional<String> session = profile.property("sso_session");
        Optional<String> startUrl = profile.property("sso_start_url");
        if (session.isEmpty() && startUrl.isEmpty()) {
            return Optional.empty();
        }
        String of = session.map(s -> "sso-session " + s).orElseGet(() -> "start URL " + startUrl.get());
        String login = "run aws sso login --profile " + profile.name();
        Path file = directory.resolve(sha1(session.orElseGet(startUrl::get)) + ".json");
        String where = "profile " + profile.name() + ": ";
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.of(new IdentityException(
                    IdentityException.Code.SSO_LOGIN_REQUIRED,
                    where + "no SSO token for " + of + " in " + directory + "; " + login));
        } catch (IOException e) {
            return Optional.of(unreadable(
                    where, file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), login));
        }
        JsonNode token;
        try {
            token = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.of(unreadable(where, file, "not JSON", login));
        }
        if (token == null
                || !token.isObject()
                || !token.path("accessToken").isTextual()
                || !token.path("expiresAt").isTextual()) {
            return Optional.of(unreadable(where, file, "no accessToken and expiresAt", login));
        }
        Instant expires;
        try {
            expires = Instant.parse(token.get("expiresAt").asText().replaceFirst("UTC$", "Z"));
        } catch (DateTimeParseException e) {
            return Optional.of(unreadable(
                    where,
                    file,
                    "expiresAt is not a time: " + token.get("expiresAt").asText(),
                    login));
        }
        if (!expires.isAfter(now)) {
            return Optional.of(new IdentityException(
                    IdentityException.Code.SSO_TOKEN_EXPIRED,
                    where + "the SSO token for " + of + " expired at " + expires + "; " + login));
        }
        return Optional.empty();
    }

    private static IdentityException unreadable(String where, Path file, String why, String login) {
        return new IdentityException(
                IdentityException.Code.SSO_CACHE_UNREADABLE,
                where + "the SSO token cache " + file + " cannot be read (" + why + "); " + login
                        + " to write it again");
    }

    static String sha1(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
