package dev.plinth.dsl.dns;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Route53 hosted zone, private to a network's VPC unless made public, with its records. The
 * zone is retained when its stack is deleted.
 */
@Value.Immutable
public abstract class DnsZone implements Component {

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "dns-zone";
    }

    /** The domain, such as {@code shop.internal}. */
    public abstract String domain();

    /** The network whose VPC resolves a private zone. */
    public abstract Optional<Network> network();

    @Value.Default
    public boolean privateZone() {
        return true;
    }

    public abstract List<DnsRecord> records();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DnsZone}. */
    public static class Builder extends ImmutableDnsZone.Builder {
        /** {@code name.<zone>} CNAME to the database's (writer) endpoint. */
        public Builder record(String name, Database database) {
            addRecord(DnsRecord.to(name, database));
            return this;
        }

        /** {@code name.<zone>} CNAME to the cache's primary endpoint. */
        public Builder record(String name, Cache cache) {
            addRecord(DnsRecord.to(name, cache));
            return this;
        }

        /** {@code name.<zone>} A alias to the load balancer. */
        public Builder record(String name, LoadBalancer loadBalancer) {
            addRecord(DnsRecord.to(name, loadBalancer));
            return this;
        }

        public Builder cname(String name, String host) {
            addRecord(DnsRecord.cname(name, host));
            return this;
        }

        public Builder a(String name, String... addresses) {
            addRecord(DnsRecord.a(name, addresses));
            return this;
        }
    }
}
