package dev.plinth.stacks;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Secured;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.dns.DnsZone;
import dev.plinth.dsl.network.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data services of a platform in one stack: an Aurora MySQL cluster and any number of Redis
 * replication groups in the isolated {@code data} tier, each open to the clients named, and a
 * private hosted zone with a record per service ({@code db.}, {@code redis-cache.}, …). Sizes
 * follow the environment; change them on {@link Settings}.
 */
public final class DataStack {
    private final Optional<Database> database;
    private final Map<String, Cache> caches;
    private final DnsZone zone;
    private final Stack stack;

    private DataStack(Optional<Database> database, Map<String, Cache> caches, DnsZone zone, Stack stack) {
        this.database = database;
        this.caches = caches;
        this.zone = zone;
        this.stack = stack;
    }

    public static Settings settings(Environment env, Network network, String domain) {
        return new Settings(env, network, domain);
    }

    public Optional<Database> database() {
        return database;
    }

    public Cache cache(String name) {
        return caches.get(name);
    }

    public DnsZone zone() {
        return zone;
    }

    public Stack stack() {
        return stack;
    }

    /** The choices of a data stack, defaulted from the environment. */
    public static final class Settings {
        private final Environment env;
        private final Network network;
        private final String domain;
        private final List<Secured> clients = new ArrayList<>();
        private final List<String> caches = new ArrayList<>();
        private Optional<String> databaseName = Optional.empty();
        private String stackName = "data";

        private Settings(Environment env, Network network, String domain) {
            this.env = env;
            this.network = network;
            this.domain = domain;
        }

        /** An Aurora MySQL cluster ({@code db.} in the zone) holding the named schema. */
        public Settings auroraMysql(String schema) {
            this.databaseName = Optional.of(schema);
            return this;
        }

        /** A Redis replication group named {@code redis-<purpose>} (and so in the zone). */
        public Settings redis(String purpose) {
            caches.add("redis-" + purpose);
            return this;
        }

        /** Who may connect to every service of the stack. */
        public Settings clients(Secured... sources) {
            clients.addAll(List.of(sources));
            return this;
        }

        public Settings stackName(String value) {
            this.stackName = value;
            return this;
        }

        public DataStack build() {
            boolean prod = env.production();
            DnsZone.Builder zone =
                    DnsZone.builder().name("internal").domain(domain).network(network);
            List<Component> components = new ArrayList<>();
            Optional<Database> database = databaseName.map(schema -> {
                Database.Builder db = Database.builder()
                        .name("db")
                        .network(network)
                        .tier(NetworkStack.DATA)
                        .engine(Database.Engine.AURORA_MYSQL)
                        .engineVersion("8.0.mysql_aurora.3.08.0")
                        .instanceClass(prod ? "db.r6g.large" : "db.t4g.medium")
                        .instances(prod ? 2 : 1)
                        .databaseName(schema);
                clients.forEach(db::allowFrom);
                return db.build();
            });
            database.ifPresent(db -> {
                components.add(db);
                zone.record("db", db);
            });
            Map<String, Cache> built = new LinkedHashMap<>();
            for (String name : caches) {
                Cache.Builder cache = Cache.builder()
                        .name(name)
                        .network(network)
                        .tier(NetworkStack.DATA)
                        .nodeType(prod ? "cache.r7g.large" : "cache.t4g.small")
                        .replicas(prod ? 2 : 1);
                clients.forEach(cache::allowFrom);
                Cache done = cache.build();
                built.put(name, done);
                components.add(done);
                zone.record(name, done);
            }
            DnsZone dns = zone.build();
            components.add(dns);
            return new DataStack(
                    database,
                    built,
                    dns,
                    Stack.builder().name(stackName).addAllComponents(components).build());
        }
    }
}
