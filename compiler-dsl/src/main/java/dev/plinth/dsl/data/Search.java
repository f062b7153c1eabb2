package dev.plinth.dsl.data;

import dev.plinth.dsl.Secured;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Amazon OpenSearch Service domain in the network's isolated tier (else its private one),
 * behind a security group open on 443 to {@link #allowFrom()} only: node-to-node encryption,
 * encryption at rest, HTTPS enforced with TLS 1.2 at least, gp3 storage, zone awareness over two
 * or three zones when the network has them, and an access policy that lets the platform's
 * account call the domain's HTTP API through IAM. Fine-grained access control is on when
 * {@link #masterUserArn()} names its IAM master user; without one, the access policy alone
 * decides who may call the domain.
 */
@Value.Immutable
public abstract class Search implements Secured {
    public static final int PORT = 443;
    /** OpenSearch spreads a domain over two or three zones. */
    public static final int MAX_ZONES = 3;

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "search";
    }

    public abstract Network network();

    public abstract Optional<String> tier();

    /** The OpenSearch domain name (3 to 28 characters); {@code <platform>-<environment>-<name>} unless given. */
    public abstract Optional<String> domainName();

    /** Such as {@code OpenSearch_2.13}. */
    @Value.Default
    public String engineVersion() {
        return "OpenSearch_2.13";
    }

    /** Such as {@code r7g.large.search}. */
    public abstract String nodeType();

    /** Data nodes, a multiple of the zones with zone awareness; one per zone unless given. */
    public abstract Optional<Integer> nodes();

    /** Dedicated master nodes: 3 or 5, or none unless given. */
    public abstract Optional<Integer> dedicatedMasters();

    /** The type of the dedicated masters; the data node type unless given. */
    public abstract Optional<String> masterType();

    /** gp3 storage of each data node, in GiB. */
    @Value.Default
    public int storageGib() {
        return 20;
    }

    /** A KMS key for encryption at rest; the AWS managed key ({@code aws/es}) unless given. */
    public abstract Optional<String> kmsKeyArn();

    /** The IAM role or user that masters fine-grained access control; none (and so no fine-grained access control) unless given. */
    public abstract Optional<String> masterUserArn();

    /** Components whose security group may reach the domain on 443. */
    public abstract List<Secured> allowFrom();

    /** The domain name given, else {@code <platform>-<environment>-<name>}. */
    public String effectiveDomainName(String platform, String environment) {
        return domainName().orElse(platform + "-" + environment + "-" + name());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Search}. */
    public static class Builder extends ImmutableSearch.Builder {
        /** Lets {@code source}'s security group reach the domain on 443. */
        public Builder allowFrom(Secured source) {
            addAllowFrom(source);
            return this;
        }
    }
}
