package dev.plinth.dsl.compile.data;

import dev.plinth.dsl.compile.ComponentKind;
import dev.plinth.dsl.compile.ComponentLowering;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.data.Kafka;
import dev.plinth.dsl.data.Repository;
import dev.plinth.dsl.data.Search;

/** The data kinds: databases, caches, buckets, image repositories, Kafka and OpenSearch. */
public final class DataKinds {
    private DataKinds() {}

    public static final ComponentKind<Database> DATABASE = ComponentKind.of(Database.class)
            .stage(Stage.SERVICES)
            .rules((platform, db, out) -> new DataRules(platform, out).check(db))
            .lowering((context, db) -> {
                DatabaseLowering lowering = new DatabaseLowering(context, db);
                return ComponentLowering.of(lowering::securityGroup, lowering::lower);
            })
            .build();

    public static final ComponentKind<Cache> CACHE = ComponentKind.of(Cache.class)
            .stage(Stage.SERVICES)
            .rules((platform, cache, out) -> new DataRules(platform, out).check(cache))
            .lowering((context, cache) -> {
                CacheLowering lowering = new CacheLowering(context, cache);
                return ComponentLowering.of(lowering::securityGroup, lowering::lower);
            })
            .build();

    /** A bucket that logs its access into another is lowered after the buckets of the services stage. */
    public static final ComponentKind<Bucket> BUCKET = ComponentKind.of(Bucket.class)
            .stage(bucket -> bucket.accessLogs().isPresent() ? Stage.LOAD_BALANCERS : Stage.SERVICES)
            .rules((platform, bucket, out) -> new StorageRules(platform, out).check(bucket))
            .lowering((context, bucket) -> ComponentLowering.of(() -> new StorageLowering(context).lower(bucket)))
            .build();

    public static final ComponentKind<Repository> REPOSITORY = ComponentKind.of(Repository.class)
            .stage(Stage.SERVICES)
            .rules((platform, repository, out) -> new StorageRules(platform, out).check(repository))
            .lowering(
                    (context, repository) -> ComponentLowering.of(() -> new StorageLowering(context).lower(repository)))
            .build();

    public static final ComponentKind<Kafka> KAFKA = ComponentKind.of(Kafka.class)
            .stage(Stage.SERVICES)
            .rules((platform, kafka, out) -> new ManagedRules(platform, out).check(kafka))
            .lowering((context, kafka) -> {
                KafkaLowering lowering = new KafkaLowering(context, kafka);
                return ComponentLowering.of(lowering::securityGroup, lowering::lower);
            })
            .build();

    public static final ComponentKind<Search> SEARCH = ComponentKind.of(Search.class)
            .stage(Stage.SERVICES)
            .rules((platform, search, out) -> new ManagedRules(platform, out).check(search))
            .lowering((context, search) -> {
                SearchLowering lowering = new SearchLowering(context, search);
                return ComponentLowering.of(lowering::securityGroup, lowering::lower);
            })
            .build();
}
