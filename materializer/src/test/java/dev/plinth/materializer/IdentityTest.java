package dev.plinth.materializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.manifest.Manifest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsServiceClientConfiguration;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** {@link Identity} with an STS client of the caller's own: the identity line, the pinned account, the region, STS's refusals. */
class IdentityTest {
    private final AtomicInteger calls = new AtomicInteger();

    private static Manifest manifest(String region, Optional<String> account) {
        return new Manifest(1, "orders", "prod", region, account, true, new TreeMap<>(), List.of(), List.of());
    }

    private StsClient sts(Supplier<GetCallerIdentityResponse> answer) {
        return new StsClient() {
            @Override
            public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
                calls.incrementAndGet();
                return answer.get();
            }

            @Override
            public StsServiceClientConfiguration serviceClientConfiguration() {
                return StsServiceClientConfiguration.builder()
                        .region(Region.EU_WEST_1)
                        .endpointOverride(URI.create("http://127.0.0.1:4566"))
                        .build();
            }

            @Override
            public String serviceName() {
                return "sts";
            }

            @Override
            public void close() {}
        };
    }

    private static GetCallerIdentityResponse caller(String account, String arn) {
        return GetCallerIdentityResponse.builder()
                .account(account)
                .arn(arn)
                .userId("AROAEXAMPLE:plinth-1234")
                .build();
    }

    @Test
    void theIdentityLineIsTheAccountThePrincipalAfterItAndTheRegion() {
        CallerIdentity identity = Identity.check(
                sts(() -> caller("123456789012", "arn:aws:sts::123456789012:assumed-role/deployer/plinth-1234")),
                manifest("eu-west-1", Optional.empty()),
                "eu-west-1");

        assertThat(identity.line()).isEqualTo("account 123456789012, assumed-role/deployer/plinth-1234, eu-west-1");
        assertThat(calls).hasValue(1);
        assertThat(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/ci/deployer", "AIDA", "us-east-1")
                        .line())
                .isEqualTo("account 123456789012, user/ci/deployer, us-east-1");
        assertThat(new CallerIdentity("123456789012", "arn:aws-cn:iam::123456789012:root", "123456789012", "cn-north-1")
                        .principal())
                .isEqualTo("root");
    }

    @Test
    void credentialsForThePinnedAccountPass() {
        CallerIdentity identity = Identity.check(
                sts(() -> caller("222222222222", "arn:aws:sts::222222222222:assumed-role/deployer/s")),
                manifest("eu-west-1", Optional.of("222222222222")),
                "eu-west-1");

        assertThat(identity.account()).isEqualTo("222222222222");
    }

    @Test
    void credentialsForAnotherAccountThanThePinnedOneAreRefusedWithTheEnvironmentsProfile() {
        assertThatThrownBy(() -> Identity.check(
                        sts(() -> caller("111111111111", "arn:aws:iam::111111111111:user/alice")),
                        manifest("eu-west-1", Optional.of("222222222222")),
                        "eu-west-1"))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.code()).isEqualTo(IdentityException.Code.WRONG_ACCOUNT);
                    assertThat(e.line())
                            .isEqualTo(
                                    "[WRONG_ACCOUNT] prod: credentials are for account 111111111111 but the platform's prod environment "
                                            + "lives in 222222222222; use the prod profile or --role-arn");
                });
    }

    @Test
    void aRegionOtherThanTheFoldersIsRefusedWithoutACall() {
        assertThatThrownBy(() -> Identity.checkRegion(manifest("eu-west-1", Optional.empty()), "us-east-1"))
                .isInstanceOfSatisfying(
                        IdentityException.class,
                        e -> assertThat(e.line())
                                .isEqualTo(
                                        "[WRONG_REGION] prod: --region us-east-1 but "
                                                + "the folder was compiled for eu-west-1 (its templates pin that region's availability zones); compile for us-east-1 or drop --region"));
        Identity.checkRegion(manifest("eu-west-1", Optional.empty()), "eu-west-1");
        assertThat(calls).hasValue(0);
    }

    @Test
    void credentialsStsDoesNotTakeAskToBeRenewed() {
        StsException expired = (StsException) StsException.builder()
                .statusCode(403)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ExpiredToken")
                        .errorMessage("The security token included in the request is expired")
                        .serviceName("Sts")
                        .build())
                .build();

        assertThatThrownBy(() -> Identity.check(
                        sts(() -> {
                            throw expired;
                        }),
                        manifest("eu-west-1", Optional.empty()),
                        "eu-west-1"))
                .isInstanceOfSatisfying(
                        IdentityException.class,
                        e -> assertThat(e.line())
                                .isEqualTo(
                                        "[INVALID_CREDENTIALS] STS at "
                                                + "http://127.0.0.1:4566 does not take the credentials: ExpiredToken: The security token included in the request is expired; "
                                                + "renew them (aws sso login, new keys or session token) or pick others with --profile"));
    }

    @Test
    void anUnreachableStsNamesItsEndpoint() {
        assertThatThrownBy(() -> Identity.check(
                        sts(() -> {
                            throw SdkClientException.create(
                                    "Unable to execute HTTP request: Connection refused (SDK Attempt Count: 3)");
                        }),
                        manifest("eu-west-1", Optional.empty()),
                        "eu-west-1"))
                .isInstanceOfSatisfying(
                        IdentityException.class,
                        e -> assertThat(e.line())
                                .isEqualTo(
                                        "[STS_UNREACHABLE] cannot reach STS at "
                                                + "http://127.0.0.1:4566: Unable to execute HTTP request: Connection refused; check --endpoint-url, --region and the network"));
    }

    @Test
    void anAnswerWithoutAnAccountIsRefusedRatherThanShownAsNobody() {
        assertThatThrownBy(() -> Identity.check(
                        sts(() ->
                                GetCallerIdentityResponse.builder().userId("x").build()),
                        manifest("eu-west-1", Optional.of("123456789012")),
                        "eu-west-1"))
                .isInstanceOfSatisfying(
                        IdentityException.class,
                        e -> assertThat(e.line())
                                .isEqualTo(
                                        "[IDENTITY_FAILED] STS at "
                                                + "http://127.0.0.1:4566 answered sts:GetCallerIdentity without an account or an ARN; check --endpoint-url"));
    }

    @Test
    void credentialsThatCouldNotBeLoadedAreSaidWithoutTheProviderChainDump() {
        assertThatThrownBy(() -> Identity.check(
                        sts(() -> {
                            throw SdkClientException.create(
                                    "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain("
                                            + "credentialsProviders=[SystemPropertyCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load]");
                        }),
                        manifest("eu-west-1", Optional.empty()),
                        "eu-west-1"))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.code()).isEqualTo(IdentityException.Code.NO_CREDENTIALS);
                    assertThat(e.getMessage())
                            .startsWith("Unable to load credentials from any of the providers in the chain;")
                            .doesNotContain("SystemPropertyCredentialsProvider");
                });
    }
}
