package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What plan and materialize refuse about the credentials, the account and the region, each as
 * one coded line without a stack trace, and that each refusal made no call to CloudFormation
 * (nor to anything but the STS call it names): every command points at a {@link RecordingEndpoint},
 * which counts the calls and refuses them. Credential sources only the environment can give run
 * the command in a child JVM ({@link ChildPlinth}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityCliTest {
    private static final String NL = System.lineSeparator();
    private static final String ROLE = "arn:aws:iam::123456789012:role/deployer";

    @TempDir
    static Path temp;

    private Path compiled;
    private RecordingEndpoint endpoint;
    private final SystemProperties properties = new SystemProperties();
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    void compile() {
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

    @BeforeEach
    void listen() throws IOException {
        endpoint = RecordingEndpoint.start();
        out = new StringWriter();
        err = new StringWriter();
    }

    @AfterEach
    void stop() {
        properties.close();
        endpoint.close();
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aRegionOtherThanTheFoldersIsRefusedBeforeAnyCall() {
        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--region", "us-east-1"))
                .isEqualTo(1);
        assertThat(run(
                        "materialize",
                        compiled.toString(),
                        "--yes",
                        "--endpoint-url",
                        endpoint.url(),
                        "--region",
                        "us-east-1"))
                .isEqualTo(1);

        String line =
                "plinth: [WRONG_REGION] dev: --region us-east-1 but the folder was compiled for eu-west-1 (its templates pin that "
                        + "region's availability zones); compile for us-east-1 or drop --region" + NL;
        assertThat(err.toString()).isEqualTo(line + line);
        assertThat(endpoint.requests()).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theFoldersOwnRegionGivenAsRegionIsAccepted() throws IOException {
        endpoint.close();
        endpoint = RecordingEndpoint.answeringIdentity();

        run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--region", "eu-west-1");

        assertThat(err.toString()).startsWith("account 123456789012, user/ci, eu-west-1" + NL);
        assertThat(endpoint.calls()).startsWith("sts:GetCallerIdentity", "cloudformation:DescribeStacks");
    }

    @Test
    void aProfileTheConfigFilesDoNotHaveIsAUsageErrorThatListsTheirProfiles() throws IOException {
        Path config = Files.writeString(
                temp.resolve("config"), "[default]\nregion = eu-west-1\n\n[profile prod]\nregion = eu-west-1\n");
        Path credentials = Files.writeString(
                temp.resolve("credentials"), "[ci]\naws_access_key_id = AKIACI\naws_secret_access_key = s\n");
        properties.set("aws.configFile", config.toString()).set("aws.sharedCredentialsFile", credentials.toString());

        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--profile", "staging"))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo("plinth: [NO_PROFILE] --profile staging: no such profile in " + config + " or " + credentials
                        + " (they have ci, default, prod); pass one of those or add it with aws configure --profile staging"
                        + NL);
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void aRoleArnThatIsNotARolesArnIsAUsageError() {
        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--role-arn", "deployer"))
                .isEqualTo(2);
        assertThat(run(
                        "plan",
                        compiled.toString(),
                        "--endpoint-url",
                        endpoint.url(),
                        "--role-arn",
                        "arn:aws:iam::123456789012:user/ci"))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo(
                        "plinth: --role-arn takes a role's ARN such as arn:aws:iam::123456789012:role/deployer, not deployer"
                                + NL
                                + "plinth: --role-arn takes a role's ARN such as arn:aws:iam::123456789012:role/deployer, not arn:aws:iam::123456789012:user/ci"
                                + NL);
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void anExternalIdWithoutARoleOrWithCharactersStsRefusesIsAUsageError() {
        assertThat(run(
                        "materialize",
                        compiled.toString(),
                        "--yes",
                        "--endpoint-url",
                        endpoint.url(),
                        "--external-id",
                        "orders-prod"))
                .isEqualTo(2);
        assertThat(run(
                        "plan",
                        compiled.toString(),
                        "--endpoint-url",
                        endpoint.url(),
                        "--role-arn",
                        ROLE,
                        "--external-id",
                        "orders prod"))
                .isEqualTo(2);

        assertThat(err.toString())
                .isEqualTo(
                        "plinth: --external-id goes with --role-arn: it is what the role's trust policy asks of whoever assumes it"
                                + NL
                                + "plinth: --external-id takes 2 to 1224 of the characters A-Z a-z 0-9 _ + = , . @ : / -, not orders prod"
                                + NL);
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void aRoleThatCannotBeAssumedStopsTheCommandAfterTheAssumeRoleAlone() {
        assertThat(run(
                        "materialize",
                        compiled.toString(),
                        "--yes",
                        "--endpoint-url",
                        endpoint.url(),
                        "--role-arn",
                        ROLE,
                        "--external-id",
                        "orders-prod"))
                .isEqualTo(1);

        assertThat(err.toString())
                .isEqualTo(
                        "plinth: [ASSUME_ROLE_FAILED] cannot assume " + ROLE + ": AccessDenied: refused by the test's "
                                + "recording endpoint; check the role's trust policy and --external-id" + NL);
        assertThat(endpoint.calls()).containsExactly("sts:AssumeRole");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aProfileRoleThatCannotBeAssumedNamesTheRoleAndTheProfile() throws IOException {
        Path config = Files.writeString(
                temp.resolve("config"),
                "[profile deployer]\nrole_arn = " + ROLE + "\nsource_profile = ci\n" + "region = eu-west-1\n");
        Path credentials = Files.writeString(
                temp.resolve("credentials"), "[ci]\naws_access_key_id = AKIACIKEY\naws_secret_access_key = s\n");
        properties
                .set("aws.configFile", config.toString())
                .set("aws.sharedCredentialsFile", credentials.toString())
                .set("aws.endpointUrlSts", endpoint.url());

        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--profile", "deployer"))
                .isEqualTo(1);

        assertThat(err.toString())
                .isEqualTo("plinth: [ASSUME_ROLE_FAILED] cannot assume " + ROLE + " (profile deployer): AccessDenied: "
                        + "refused by the test's recording endpoint; check the role's trust policy and the profile's source_profile, credential_source "
                        + "and external_id" + NL);
        assertThat(endpoint.calls()).containsExactly("sts:AssumeRole");
    }

    @Test
    void aProfileWithoutCredentialsOrWithAnSsoSessionTheConfigLacksSaysWhatToAdd() throws IOException {
        Path config = Files.writeString(
                temp.resolve("config"),
                "[profile regional]\nregion = eu-west-1\n\n"
                        + "[profile sso-dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Deployer\n");
        properties
                .set("aws.configFile", config.toString())
                .set("aws.sharedCredentialsFile", temp.resolve("no-credentials").toString());

        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--profile", "regional"))
                .isEqualTo(1);
        assertThat(run("plan", compiled.toString(), "--endpoint-url", endpoint.url(), "--profile", "sso-dev"))
                .isEqualTo(1);

        assertThat(err.toString())
                .isEqualTo(
                        "plinth: [NO_CREDENTIALS] profile regional has no credentials (no aws_access_key_id, role_arn, "
                                + "sso_session, sso_start_url, web_identity_token_file, credential_process); add them with aws configure --profile regional "
                                + "(aws configure sso for SSO) or pick another profile" + NL
                                + "plinth: [NO_CREDENTIALS] profile sso-dev names sso_session corp but the AWS config has no [sso-session corp] section; add it "
                                + "with aws configure sso --profile sso-dev" + NL);
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void noCredentialsAnywhereIsOneLineThatNamesEveryWayToGiveThem() throws Exception {
        ChildPlinth.Result result = new ChildPlinth(temp.resolve("empty-home"))
                .run("plan", compiled.toString(), "--endpoint-url", endpoint.url());

        assertThat(result.code()).as(result.describe()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo(
                        "plinth: [NO_CREDENTIALS] no AWS credentials found; set AWS_PROFILE or pass --profile, run aws sso "
                                + "login --profile NAME for an SSO profile, or use --role-arn from a role you already have"
                                + NL);
        assertThat(result.out()).isEmpty();
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void anExpiredSsoTokenAsksForAnSsoLoginWithTheProfileAndMakesNoCall() throws Exception {
        ChildPlinth child = new ChildPlinth(temp.resolve("sso-home")).env("AWS_PROFILE", "legacy");
        Path aws = Files.createDirectories(child.home().resolve(".aws/sso/cache"));
        Files.writeString(
                child.home().resolve(".aws/config"),
                "[profile legacy]\nsso_start_url = https://corp.awsapps.com/start\n"
                        + "sso_region = eu-west-1\nsso_account_id = 123456789012\nsso_role_name = Deployer\n");
        // The AWS CLI names the cache file by the SHA-1 of the start URL.
        Files.writeString(
                aws.resolve("a51746d4aa793ae07b25e90c3a5db96fc7832bd7.json"),
                "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"eu-west-1\", \"accessToken\": \"expired\", "
                        + "\"expiresAt\": \"2020-01-01T00:00:00Z\"}");

        ChildPlinth.Result result =
                child.run("materialize", compiled.toString(), "--yes", "--endpoint-url", endpoint.url());

        assertThat(result.code()).as(result.describe()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("plinth: [SSO_TOKEN_EXPIRED] profile legacy: the SSO token for start URL "
                        + "https://corp.awsapps.com/start expired at 2020-01-01T00:00:00Z; run aws sso login --profile legacy"
                        + NL);
        assertThat(endpoint.requests()).isZero();
    }

    @Test
    void aWebIdentityTokenFileThatIsMissingNamesTheFileAndTheRole() throws Exception {
        ChildPlinth child = new ChildPlinth(temp.resolve("ci-home"));
        Path token = child.home().resolve("oidc-token");
        child.env("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString())
                .env("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/ci")
                .env("AWS_REGION", "eu-west-1")
                .env("AWS_ENDPOINT_URL_STS", endpoint.url());

        ChildPlinth.Result result = child.run("plan", compiled.toString(), "--endpoint-url", endpoint.url());

        assertThat(result.code()).as(result.describe()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo(
                        "plinth: [ASSUME_ROLE_FAILED] cannot assume arn:aws:iam::123456789012:role/ci with web identity: "
                                + "the token file " + token
                                + " (AWS_WEB_IDENTITY_TOKEN_FILE) does not exist or cannot be read; check that the job is given an "
                                + "OIDC token" + NL);
        assertThat(endpoint.requests()).isZero();
    }
}
