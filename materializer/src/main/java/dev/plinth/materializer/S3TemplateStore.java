package dev.plinth.materializer;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Large templates in an S3 bucket under {@code plinth/templates/<sha-256>.template}: content
 * addressed, so an unchanged template is not uploaded again, and a reviewed plan's bytes are the
 * bytes applied.
 */
public final class S3TemplateStore implements TemplateStore {
    private final S3Client s3;
    private final String bucket;
    private final String region;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public S3TemplateStore(S3Client s3, String bucket, String region) {
        this.s3 = s3;
        this.bucket = bucket;
        this.region = region;
    }

    @Override
    public String put(String sha256, byte[] body) {
        String key = "plinth/templates/" + sha256 + ".template";
        if (!known.contains(key) && !exists(key)) {
            s3.putObject(
                    PutObjectRequest.builder()
                            .bucket(bucket)
                            .key(key)
                            .contentType("application/octet-stream")
                            .serverSideEncryption("AES256")
                            .build(),
                    RequestBody.fromBytes(body));
        }
        known.add(key);
        return url(key);
    }

    @Override
    public Optional<String> problem() {
        try {
            s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
            return Optional.empty();
        } catch (AwsServiceException e) {
            String why = e.statusCode() == 404
                    ? "it does not exist"
                    : e.statusCode() == 403
                            ? "access is denied (s3:ListBucket on it is needed)"
                            : e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                                    ? e.awsErrorDetails().errorMessage()
                                    : "HTTP " + e.statusCode();
            return Optional.of("template bucket " + bucket + " cannot be used: " + why
                    + "; pass --template-bucket with a bucket in " + region + " that these credentials can write to");
        } catch (SdkClientException e) {
            return Optional.of("template bucket " + bucket + " cannot be reached: " + e.getMessage());
        }
    }

    /**
     * The template's URL as CloudFormation reads it: the bucket's virtual-hosted S3 address in
     * the region's partition, whatever endpoint the client itself talks to.
     */
    String url(String key) {
        Region target = Region.of(region);
        String domain =
                target.metadata() == null ? "amazonaws.com" : target.metadata().domain();
        return "https://" + bucket + ".s3." + region + "." + domain + "/" + key;
    }

    private boolean exists(String key) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build());
            return true;
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
