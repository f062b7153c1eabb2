package dev.plinth.dsl.cdn;

import dev.plinth.dsl.data.Bucket;
import org.immutables.value.Value;

/** Requests whose path matches {@link #pathPattern()} (such as {@code /assets/*}) are served from a bucket, cached. */
@Value.Immutable
public abstract class PathBehavior {

    public abstract String pathPattern();

    public abstract Bucket bucket();

    public static PathBehavior of(String pathPattern, Bucket bucket) {
        return ImmutablePathBehavior.builder()
                .pathPattern(pathPattern)
                .bucket(bucket)
                .build();
    }
}
