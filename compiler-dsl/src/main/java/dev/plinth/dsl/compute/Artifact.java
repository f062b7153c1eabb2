package dev.plinth.dsl.compute;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application as a tarball in S3, checked against its sha-256 before it is unpacked and
 * run as a systemd service.
 */
@Value.Immutable
public abstract class Artifact {

    public abstract String bucket();

    public abstract String key();

    /** The tarball's sha-256, 64 lower-case hex digits. */
    public abstract Optional<String> sha256();

    /** The executable, relative to the unpacked tarball: {@code bin/server}. */
    public abstract String command();

    public abstract List<String> args();

    /** The port the service listens on, when it serves traffic. */
    public abstract Optional<Integer> port();

    /** A path answered with 2xx once the service is ready; checked before the instance signals success. */
    public abstract Optional<String> healthCheckPath();

    /** The service's environment; never secrets (use Secrets Manager or SSM references). */
    public abstract Map<String, String> environment();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Artifact}. */
    public static class Builder extends ImmutableArtifact.Builder {}
}
