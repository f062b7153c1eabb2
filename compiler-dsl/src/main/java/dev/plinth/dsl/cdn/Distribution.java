package dev.plinth.dsl.cdn;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CloudFront distribution in front of a load balancer (nothing cached, every viewer header,
 * cookie and query string forwarded) or a bucket (read through an origin access control, so the
 * bucket stays private; cached), with more buckets on path patterns: {@code /assets/*} to an
 * assets bucket. Viewers are redirected to HTTPS; HTTP/2 and HTTP/3 and IPv6 are on. With
 * aliases, an ACM certificate from us-east-1 serves them by SNI with TLS 1.2 at least; without,
 * the distribution answers on its {@code cloudfront.net} name and certificate.
 */
@Value.Immutable
public abstract class Distribution implements Component {

    /** Which edge locations serve the distribution, cheapest first. */
    public enum PriceClass {
        PRICE_CLASS_100("PriceClass_100"),
        PRICE_CLASS_200("PriceClass_200"),
        PRICE_CLASS_ALL("PriceClass_All");

        private final String awsName;

        PriceClass(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }
    }

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "distribution";
    }

    /** What the default behaviour serves: a {@link LoadBalancer} or a {@link Bucket}. */
    public abstract Component origin();

    /** Buckets served on path patterns, before the default behaviour. */
    public abstract List<PathBehavior> behaviors();

    @Value.Default
    public PriceClass priceClass() {
        return PriceClass.PRICE_CLASS_100;
    }

    /** Domain names viewers use, such as {@code www.example.com}; they need {@link #certificateArn()}. */
    public abstract List<String> aliases();

    /** An ACM certificate in us-east-1 that covers the aliases. */
    public abstract Optional<String> certificateArn();

    /** Where CloudFront writes standard access logs; the bucket then accepts the ACL CloudFront grants itself. */
    public abstract Optional<Bucket> logs();

    /** The object served for {@code /}, such as {@code index.html}. */
    public abstract Optional<String> defaultRootObject();

    /** Whether CloudFront reaches its load balancer over HTTPS: when the load balancer has an HTTPS (or TLS) listener. */
    public boolean originOverHttps() {
        return httpsListener().isPresent();
    }

    /** The load balancer's first listener that terminates TLS, which CloudFront connects to. */
    public Optional<Listener> httpsListener() {
        if (!(origin() instanceof LoadBalancer lb)) {
            return Optional.empty();
        }
        return lb.listeners().stream()
                .filter(l -> l.protocol() == Listener.Protocol.HTTPS || l.protocol() == Listener.Protocol.TLS)
                .findFirst();
    }

    /** Every bucket the distribution serves: the origin when it is one, then the buckets of the behaviours, once each. */
    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        if (origin() instanceof Bucket bucket) {
            buckets.add(bucket);
        }
        for (PathBehavior behavior : behaviors()) {
            if (buckets.stream().noneMatch(b -> b == behavior.bucket())) {
                buckets.add(behavior.bucket());
            }
        }
        return buckets;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Distribution}. */
    public static class Builder extends ImmutableDistribution.Builder {
        public Builder origin(LoadBalancer loadBalancer) {
            super.origin(loadBalancer);
            return this;
        }

        public Builder origin(Bucket bucket) {
            super.origin(bucket);
            return this;
        }

        /** Domain names the distribution answers on; {@link #certificateArn} must cover them. */
        public Builder alias(String... domains) {
            addAliases(domains);
            return this;
        }

        /** Serves {@code pathPattern} (such as {@code /assets/*}) from the bucket. */
        public Builder behavior(String pathPattern, Bucket bucket) {
            addBehavior(PathBehavior.of(pathPattern, bucket));
            return this;
        }
    }
}
