package dev.plinth.dsl;

import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.data.Repository;
import dev.plinth.dsl.dns.DnsZone;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline {@link TestPlatform} with a data tier: an Aurora MySQL cluster {@code orders-db}
 * and a Redis cache {@code redis-cache} that the fleet may reach, an assets bucket, an image
 * repository (stack {@code data}), and a private zone {@code shop.internal} with {@code db.} and
 * {@code redis-cache.} records (stack {@code dns}).
 */
final class DataPlatform {
    final TestPlatform platform = TestPlatform.baseline();

    final Recipe<Database.Builder> database = new Recipe<Database.Builder>()
            .set("name", d -> d.name("orders-db"))
            .set("network", (d, built) -> d.network(built.network))
            .set("engine", d -> d.engine(Database.Engine.AURORA_MYSQL).engineVersion("8.0.mysql_aurora.3.08.0"))
            .set("instanceClass", d -> d.instanceClass("db.r6g.large"))
            .set("allowFrom", (d, built) -> d.allowFrom(built.fleet));

    final Recipe<Cache.Builder> cache = new Recipe<Cache.Builder>()
            .set("name", c -> c.name("redis-cache"))
            .set("network", (c, built) -> c.network(built.network))
            .set("nodeType", c -> c.nodeType("cache.r7g.large"))
            .set("allowFrom", (c, built) -> c.allowFrom(built.fleet));

    final Recipe<Bucket.Builder> bucket = new Recipe<Bucket.Builder>()
            .set("name", b -> b.name("assets"))
            .set("expire", b -> b.expireNoncurrentAfterDays(30))
            .set("transition", b -> b.transition(Bucket.StorageClass.STANDARD_IA, 30));

    final Recipe<Repository.Builder> repository = new Recipe<Repository.Builder>()
            .set("name", r -> r.name("web-images").repositoryName("shop/web"));

    /** Records are added by the platform from the database and cache; a step may add more. */
    final Recipe<DnsZone.Builder> zone = new Recipe<DnsZone.Builder>()
            .set("name", z -> z.name("internal"))
            .set("domain", z -> z.domain("shop.internal"))
            .set("network", (z, built) -> z.network(built.network));

    /** Components a test adds to the data stack. */
    final List<java.util.function.Function<TestPlatform.Built, Component>> extra = new ArrayList<>();

    Database builtDatabase;
    Cache builtCache;
    boolean placeDatabase = true;

    DataPlatform() {
        platform.stacks = built -> {
            builtDatabase = database.applyTo(Database.builder(), built).build();
            builtCache = cache.applyTo(Cache.builder(), built).build();
            List<Component> data = new ArrayList<>();
            if (placeDatabase) {
                data.add(builtDatabase);
            }
            data.add(builtCache);
            data.add(bucket.applyTo(Bucket.builder(), built).build());
            data.add(repository.applyTo(Repository.builder(), built).build());
            extra.forEach(f -> data.add(f.apply(built)));
            DnsZone dns = zone.applyTo(DnsZone.builder(), built)
                    .record("db", builtDatabase)
                    .record("redis-cache", builtCache)
                    .build();
            return List.of(
                    Stack.of("network", built.network),
                    Stack.of("bastion", built.bastion),
                    Stack.of("service", built.fleet, built.loadBalancer),
                    Stack.builder().name("data").addAllComponents(data).build(),
                    Stack.of("dns", dns));
        };
    }
}
