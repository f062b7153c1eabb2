package dev.plinth.materializer;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The SDK clients of a run: one region, credentials from the default chain (or a named
 * profile), an optional endpoint for a local emulator. CloudFormation retries are left to
 * {@link RetryingCloudFormation}, so the SDK client makes one attempt per call.
 */
public final class AwsClients {
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final Optional<URI> endpoint;

  public AwsClients(String region, Optional<String> profile, Optional<URI> endpoint) {
    this.region = Region.of(region);
    this.credentials = profile.<AwsCredentialsProvider>map(p -> ProfileCredentialsProvider.builder().profileName(p).build())
        .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    this.endpoint = endpoint;
  }

  public CloudFormationClient cloudFormation() {
    var builder = CloudFormationClient.builder()
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
        .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build());
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
}
