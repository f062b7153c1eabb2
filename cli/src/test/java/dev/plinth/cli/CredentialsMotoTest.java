package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.AssumedRole;
import dev.plinth.materializer.AwsClients;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Each credential source the AWS CLI knows, end to end against moto (which serves STS too)
 * through a {@link RecordingProxy} that records every call: which, in which order, signed with
 * which access key. Every command asks sts:GetCallerIdentity once, before anything else, and
 * prints who it is as its first line; a pinned account it is not is refused after that one call.
 * Skipped when python3 has no moto, unless PLINTH_REQUIRE_MOTO=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialsMotoTest {
    private static final String NL = System.lineSeparator();
    private static final String REGION = "eu-west-1";

    @TempDir
    static Path temp;

    private MotoServer moto;
    private RecordingProxy proxy;
    private Path compiled;
    private final SystemProperties properties = new SystemProperties();

    @BeforeAll
    void start() throws Exception {
        moto = MotoServer.start(temp);
        proxy = RecordingProxy.to(moto.endpoint());
        compiled = temp.resolve("out/stateless-service/dev");
        assertThat(Main.run(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "compile",
                        "stateless-service",
                        "--env",
                        "dev",
                        "--out",
                        compiled.toString()))
                .isZero();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (proxy != null) {
            proxy.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @BeforeEach
    void forget() {
        proxy.clear();
    }

    @AfterEach
    void restore() {
        properties.close();
    }

    private Run plinth(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
        String describe() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private List<AwsRequest> cloudFormationCalls() {
        return proxy.requests().stream()
                .filter(r -> r.service().equals("cloudformation"))
                .toList();
    }

    private AwsRequest only(String call) {
        return proxy.requests().stream()
                .filter(r -> r.call().equals(call))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + call + ": " + proxy.calls());
                })
                .orElseThrow(() -> new AssertionError("no " + call + ": " + proxy.calls()));
    }

    @Test
    void planAsksStsWhoItIsOnceBeforeAnyOtherCallAndPrintsItFirst() {
        Run run = plinth("plan", compiled.toString(), "--endpoint-url", proxy.url());

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.err()).startsWith("account 123456789012, user/moto, eu-west-1" + NL);
        assertThat(proxy.calls().get(0)).isEqualTo("sts:GetCallerIdentity");
        assertThat(proxy.calls()).filteredOn(call -> call.startsWith("sts:")).containsExactly("sts:GetCallerIdentity");
        assertThat(cloudFormationCalls()).isNotEmpty();
        assertThat(run.out()).contains("## Plinth Plan: stateless-service / dev / eu-west-1");
    }

    @Test
    void environmentKeysAssumeTheRoleArnUnderTheCiRunsSessionNameAndTheRunSignsAsTheRole() throws Exception {
        ChildPlinth child = new ChildPlinth(temp.resolve("env-home"))
                .env("AWS_ACCESS_KEY_ID", "AKIAENVKEYS0TEST")
                .env("AWS_SECRET_ACCESS_KEY", "s")
                .env("GITHUB_RUN_ID", "1234");

        ChildPlinth.Result result = child.run(
                "plan",
                compiled.toString(),
                "--endpoint-url",
                proxy.url(),
                "--stack",
                "network",
                "--role-arn",
                "arn:aws:iam::123456789012:role/deployer");

        assertThat(result.code()).as(result.describe()).isZero();
        assertThat(result.errLines().get(0))
                .isEqualTo("account 123456789012, assumed-role/deployer/plinth-1234, eu-west-1");
        assertThat(result.errLines()).noneMatch(line -> line.startsWith("SLF4J"));
        assertThat(proxy.calls())
                .startsWith("sts:AssumeRole", "sts:GetCallerIdentity", "cloudformation:DescribeStacks");
        AwsRequest assume = only("sts:AssumeRole");
        assertThat(assume.accessKeyId()).contains("AKIAENVKEYS0TEST");
        assertThat(assume.parameters())
                .containsEntry("RoleArn", "arn:aws:iam::123456789012:role/deployer")
                .containsEntry("RoleSessionName", "plinth-1234")
                .doesNotContainKey("ExternalId");
        String roleKey = only("sts:GetCallerIdentity").accessKeyId().orElseThrow();
        assertThat(roleKey).isNotEqualTo("AKIAENVKEYS0TEST");
        assertThat(cloudFormationCalls())
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.accessKeyId()).contains(roleKey));
    }

    @Test
    void roleArnWithAnExternalIdSendsItAndNamesTheSessionAfterTheUser() {
        Run run = plinth(
                "plan",
                compiled.toString(),
                "--endpoint-url",
                proxy.url(),
                "--stack",
                "network",
                "--role-arn",
                "arn:aws:iam::123456789012:role/deployer",
                "--external-id",
                "orders-prod-7f3a");

        String session = AssumedRole.sessionName(System.getenv(), System.getProperty("user.name"));
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.err()).startsWith("account 123456789012, assumed-role/deployer/" + session + ", eu-west-1" + NL);
        AwsRequest assume = only("sts:AssumeRole");
        assertThat(assume.parameters())
                .containsEntry("ExternalId", "orders-prod-7f3a")
                .containsEntry("RoleSessionName", session);
        assertThat(assume.accessKeyId()).contains("plinth-e2e");
        assertThat(proxy.calls()).startsWith("sts:AssumeRole", "sts:GetCallerIdentity");
    }

    @Test
    void aProfileWithRoleArnAndSourceProfileAssumesItsRoleWithTheSourceProfilesKeys() throws IOException {
        Path config = Files.writeString(
                temp.resolve("config"),
                "[profile deployer]\nrole_arn = arn:aws:iam::123456789012:role/deployer\n"
                        + "source_profile = ci\nrole_session_name = plinth-profile\nregion = eu-west-1\n");
        Path credentials = Files.writeString(
                temp.resolve("credentials"), "[ci]\naws_access_key_id = AKIAPROFILE0TEST\naws_secret_access_key = s\n");
        // The profile's AssumeRole is the SDK's own STS client: the AWS CLI's endpoint setting reaches it, not
        // --endpoint-url.
        properties
                .set("aws.configFile", config.toString())
                .set("aws.sharedCredentialsFile", credentials.toString())
                .set("aws.endpointUrlSts", proxy.url());

        Run run = plinth(
                "plan",
                compiled.toString(),
                "--endpoint-url",
                proxy.url(),
                "--stack",
                "network",
                "--profile",
                "deployer");

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.err()).startsWith("account 123456789012, assumed-role/deployer/plinth-profile, eu-west-1" + NL);
        assertThat(proxy.calls())
                .startsWith("sts:AssumeRole", "sts:GetCallerIdentity", "cloudformation:DescribeStacks");
        AwsRequest assume = only("sts:AssumeRole");
        assertThat(assume.accessKeyId()).contains("AKIAPROFILE0TEST");
        assertThat(assume.parameters()).containsEntry("RoleArn", "arn:aws:iam::123456789012:role/deployer");
    }

    @Test
    void aWebIdentityTokenFromTheEnvironmentIsExchangedForTheRolesCredentials() throws Exception {
        ChildPlinth child = new ChildPlinth(temp.resolve("oidc-home"));
        Path token = Files.writeString(child.home().resolve("token"), "eyJhbGciOiJSUzI1NiJ9.ci-job.signature");
        child.env("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString())
                .env("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/ci")
                .env("AWS_ROLE_SESSION_NAME", "gha-42")
                .env("AWS_REGION", REGION)
                .env("AWS_ENDPOINT_URL_STS", proxy.url());

        ChildPlinth.Result result =
                child.run("plan", compiled.toString(), "--endpoint-url", proxy.url(), "--stack", "network");

        assertThat(result.code()).as(result.describe()).isZero();
        assertThat(result.errLines().get(0)).isEqualTo("account 123456789012, assumed-role/ci/gha-42, eu-west-1");
        assertThat(proxy.calls())
                .startsWith("sts:AssumeRoleWithWebIdentity", "sts:GetCallerIdentity", "cloudformation:DescribeStacks");
        assertThat(only("sts:AssumeRoleWithWebIdentity").parameters())
                .containsEntry("WebIdentityToken", "eyJhbGciOiJSUzI1NiJ9.ci-job.signature")
                .containsEntry("RoleArn", "arn:aws:iam::123456789012:role/ci");
    }

    @Test
    void anSsoProfileTradesTheCachedTokenForRoleCredentialsThatSignTheRun() throws Exception {
        Credentials role = new AwsClients(REGION, Optional.empty(), Optional.of(URI.create(moto.endpoint())))
                .sts()
                .assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/AWSReservedSSO_Deployer_0123abcd")
                        .roleSessionName("alice"))
                .credentials();
        ChildPlinth child = new ChildPlinth(temp.resolve("sso-home"));
        Path cache = Files.createDirectories(child.home().resolve(".aws/sso/cache"));
        Files.writeString(
                child.home().resolve(".aws/config"),
                "[profile sso-dev]\nsso_session = corp\nsso_account_id = 123456789012\n"
                        + "sso_role_name = Deployer\nregion = eu-west-1\n\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
                        + "sso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n");
        // What aws sso login --profile sso-dev writes: the file is named by the SHA-1 of the session's name.
        Files.writeString(
                cache.resolve("ee0bfd2552fbd840c02cc48b6e823320543c450f.json"),
                "{\"startUrl\": \"https://corp.awsapps.com/start\", "
                        + "\"region\": \"eu-west-1\", \"accessToken\": \"sso-access-token\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}");

        try (SsoPortal portal = new SsoPortal(role.accessKeyId(), role.secretAccessKey(), role.sessionToken())) {
            child.env("AWS_ENDPOINT_URL_SSO", portal.url());

            ChildPlinth.Result result = child.run(
                    "plan",
                    compiled.toString(),
                    "--endpoint-url",
                    proxy.url(),
                    "--stack",
                    "network",
                    "--profile",
                    "sso-dev");

            assertThat(result.code()).as(result.describe()).isZero();
            assertThat(result.errLines().get(0))
                    .isEqualTo("account 123456789012, assumed-role/AWSReservedSSO_Deployer_0123abcd/alice, eu-west-1");
            assertThat(portal.requests()).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo("/federation/credentials");
                assertThat(request.query()).contains("account_id=123456789012").contains("role_name=Deployer");
                assertThat(request.bearerToken()).isEqualTo("sso-access-token");
            });
            assertThat(proxy.calls()).startsWith("sts:GetCallerIdentity", "cloudformation:DescribeStacks");
            assertThat(only("sts:GetCallerIdentity").accessKeyId()).contains(role.accessKeyId());
        }
    }

    @Test
    void credentialsForAnotherAccountThanTheManifestPinsAreRefusedAfterTheIdentityCallAlone() throws IOException {
        Path pinned = temp.resolve("pinned");
        assertThat(Main.run(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "compile",
                        "stateless-service",
                        "--env",
                        "dev",
                        "--out",
                        pinned.toString()))
                .isZero();
        Path manifest = pinned.resolve("manifest.json");
        String json = Files.readString(manifest);
        assertThat(json).doesNotContain("accountId");
        Files.writeString(
                manifest,
                json.replace(
                        "\"region\": \"eu-west-1\",",
                        "\"region\": \"eu-west-1\",\n  \"accountId\": \"222222222222\","));

        Run run = plinth("materialize", pinned.toString(), "--yes", "--endpoint-url", proxy.url());

        assertThat(run.code()).as(run.describe()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo(
                        "plinth: [WRONG_ACCOUNT] dev: credentials are for account 123456789012 but the platform's dev "
                                + "environment lives in 222222222222; use the dev profile or --role-arn" + NL);
        assertThat(run.out()).isEmpty();
        assertThat(proxy.calls()).containsExactly("sts:GetCallerIdentity");
    }
}
