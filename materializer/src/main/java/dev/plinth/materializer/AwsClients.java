package dev.plinth.materializer;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * The SDK clients of a run: one region, credentials as the AWS CLI resolves them (the default
 * chain: environment, web identity, the profile with its role, SSO session or process, the
 * container, the instance; or a named profile), optionally a role assumed with those
 * ({@code --role-arn}), an optional endpoint for a local emulator. CloudFormation retries are
 * left to {@link RetryingCloudFormation}, so the SDK client makes one attempt per call. Building
 * the clients calls nothing: credentials are resolved on the first call, which is
 * {@link Identity#check(AwsClients, dev.plinth.manifest.Manifest)}'s.
 */
public final class AwsClients {
    private final Region region;
    private final Optional<String> profile;
    private final Optional<URI> endpoint;
    private final Optional<AssumedRole> role;
    private final AwsCredentialsProvider resolved;
    private final AwsCredentialsProvider credentials;

    public AwsClients(String region, Optional<String> profile, Optional<URI> endpoint) {
        this(region, profile, endpoint, Optional.empty());
    }

    /** With {@code role}, every client signs with the role's credentials, assumed through STS with the resolved ones. */
    public AwsClients(String region, Optional<String> profile, Optional<URI> endpoint, Optional<AssumedRole> role) {
        this.region = Region.of(Objects.requireNonNull(region, "region"));
        this.profile = Objects.requireNonNull(profile, "profile");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.role = Objects.requireNonNull(role, "role");
        this.resolved = profile.<AwsCredentialsProvider>map(
                        p -> ProfileCredentialsProvider.builder().profileName(p).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        this.credentials = role.<AwsCredentialsProvider>map(r -> StsAssumeRoleCredentialsProvider.builder()
                        .stsClient(sts(resolved))
                        .refreshRequest(AssumeRoleRequest.builder()
                                .roleArn(r.roleArn())
                                .roleSessionName(r.sessionName())
                                .externalId(r.externalId().orElse(null))
                                .build())
                        .build())
                .orElse(resolved);
    }

    public CloudFormationClient cloudFormation() {
        var builder = CloudFormationClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.builder()
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public S3Client s3() {
        var builder = S3Client.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.builder().build())
                .forcePathStyle(endpoint.isPresent());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** STS in the run's region (or at the endpoint), signing as every other client does: with the assumed role's credentials when there is one. */
    public StsClient sts() {
        return sts(credentials);
    }

    private StsClient sts(AwsCredentialsProvider provider) {
        var builder = StsClient.builder()
                .region(region)
                .credentialsProvider(provider)
                .httpClient(UrlConnectionHttpClient.builder().build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public String region() {
        return region.id();
    }

    public Optional<String> profile() {
        return profile;
    }

    public Optional<URI> endpoint() {
        return endpoint;
    }

    public Optional<AssumedRole> role() {
        return role;
    }

    /** What every client signs with: the assumed role's credentials, or else the resolved ones. */
    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    /** The credentials as the profile or the default chain resolves them, before any role is assumed. */
    AwsCredentialsProvider resolvedCredentials() {
        return resolved;
    }

    /** Where STS is, for messages: STS at the endpoint, or STS in the region. */
    String stsEndpoint() {
        return endpoint.map(uri -> "STS at " + uri).orElse("STS in " + region.id());
    }
}
