package dev.plinth.materializer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.Profile;

/**
 * Why an SSO profile gave no credentials, read from the token cache {@code aws sso login} writes:
 * the file the SDK reads (named by the SHA-1 of the sso-session, or of the start URL in the older
 * profile form), missing, expired or not a token.
 */
class SsoTokenCacheTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** SHA-1 of "corp" and of "https://corp.awsapps.com/start": the names the AWS CLI and the SDK give these caches. */
    private static final String SESSION_FILE = "ee0bfd2552fbd840c02cc48b6e823320543c450f.json";

    private static final String START_URL_FILE = "a51746d4aa793ae07b25e90c3a5db96fc7832bd7.json";

    @TempDir
    Path cache;

    private static Profile sessionProfile() {
        return Profile.builder()
                .name("sso-dev")
                .properties(
                        Map.of("sso_session", "corp", "sso_account_id", "123456789012", "sso_role_name", "Deployer"))
                .build();
    }

    private static Profile startUrlProfile() {
        return Profile.builder()
                .name("legacy")
                .properties(Map.of(
                        "sso_start_url",
                        "https://corp.awsapps.com/start",
                        "sso_region",
                        "eu-west-1",
                        "sso_account_id",
                        "123456789012",
                        "sso_role_name",
                        "Deployer"))
                .build();
    }

    private void write(String file, String json) throws IOException {
        Files.writeString(cache.resolve(file), json);
    }

    @Test
    void aValidTokenForTheSessionIsNoProblem() throws IOException {
        write(
                SESSION_FILE,
                "{\"accessToken\": \"t\", \"expiresAt\": \"2026-06-01T13:00:00Z\", \"region\": \"eu-west-1\"}");

        assertThat(SsoTokenCache.problem(sessionProfile(), cache, NOW)).isEmpty();
    }

    @Test
    void noTokenFileMeansLoggingIn() {
        Optional<IdentityException> problem = SsoTokenCache.problem(sessionProfile(), cache, NOW);

        assertThat(problem).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo(IdentityException.Code.SSO_LOGIN_REQUIRED);
            assertThat(e.line())
                    .isEqualTo("[SSO_LOGIN_REQUIRED] profile sso-dev: no SSO token for sso-session corp in " + cache
                            + "; run aws sso login --profile sso-dev");
        });
    }

    @Test
    void anExpiredTokenNamesWhenItExpiredAndTheLogin() throws IOException {
        write(START_URL_FILE, "{\"accessToken\": \"t\", \"expiresAt\": \"2026-06-01T11:59:59Z\"}");

        assertThat(SsoTokenCache.problem(startUrlProfile(), cache, NOW))
                .hasValueSatisfying(e -> assertThat(e.line())
                        .isEqualTo(
                                "[SSO_TOKEN_EXPIRED] profile legacy: the SSO token for start URL https://corp.awsapps.com/start expired at 2026-06-01T11:59:59Z; "
                                        + "run aws sso login --profile legacy"));
    }

    @Test
    void theOlderUtcSuffixOfExpiresAtIsReadToo() throws IOException {
        write(START_URL_FILE, "{\"accessToken\": \"t\", \"expiresAt\": \"2026-06-01T12:30:00UTC\"}");

        assertThat(SsoTokenCache.problem(startUrlProfile(), cache, NOW)).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonIsUnreadableAndLoggingInAgainWritesIt() throws IOException {
        write(SESSION_FILE, "{not json");

        assertThat(SsoTokenCache.problem(sessionProfile(), cache, NOW))
                .hasValueSatisfying(e -> assertThat(e.line())
                        .isEqualTo("[SSO_CACHE_UNREADABLE] profile sso-dev: the SSO token cache "
                                + cache.resolve(SESSION_FILE)
                                + " cannot be read (not JSON); run aws sso login --profile sso-dev to write it again"));
    }

    @Test
    void jsonWithoutATokenOrWithABadTimeIsUnreadable() throws IOException {
        write(SESSION_FILE, "{\"startUrl\": \"https://corp.awsapps.com/start\"}");
        assertThat(SsoTokenCache.problem(sessionProfile(), cache, NOW)).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo(IdentityException.Code.SSO_CACHE_UNREADABLE);
            assertThat(e.getMessage()).contains("(no accessToken and expiresAt)");
        });

        write(SESSION_FILE, "{\"accessToken\": \"t\", \"expiresAt\": \"tomorrow\"}");
        assertThat(SsoTokenCache.problem(sessionProfile(), cache, NOW))
                .hasValueSatisfying(e -> assertThat(e.getMessage()).contains("(expiresAt is not a time: tomorrow)"));
    }

    @Test
    void aFolderWhereTheTokenFileShouldBeIsUnreadable() throws IOException {
        Files.createDirectory(cache.resolve(SESSION_FILE));

        assertThat(SsoTokenCache.problem(sessionProfile(), cache, NOW))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo(IdentityException.Code.SSO_CACHE_UNREADABLE));
    }

    @Test
    void aProfileWithoutSsoHasNoSsoProblem() {
        Profile keys = Profile.builder()
                .name("keys")
                .properties(Map.of("aws_access_key_id", "AKID"))
                .build();

        assertThat(SsoTokenCache.isSso(keys)).isFalse();
        assertThat(SsoTokenCache.isSso(sessionProfile())).isTrue();
        assertThat(SsoTokenCache.isSso(startUrlProfile())).isTrue();
        assertThat(SsoTokenCache.problem(keys, cache, NOW)).isEmpty();
    }
}
