package dev.plinth.materializer;

import java.util.Optional;

/**
 * Where templates too large to send inline go: an S3 bucket, under their sha-256, so the same
 * bytes are uploaded once. Returns the URL CloudFormation reads the template from.
 */
public interface TemplateStore {

    String put(String sha256, byte[] body);

    /** Why templates cannot be stored (the bucket is missing, or not ours to write), checked before the first change. */
    default Optional<String> problem() {
        return Optional.empty();
    }
}
