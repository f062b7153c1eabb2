package dev.plinth.dsl.compile.data;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Secured;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.DataCode;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules of databases and caches: engines, sizes, tiers, zones and who may connect. */
final class DataRules {
    private static final Pattern AURORA_MYSQL =
            Pattern.compile("(5\\.7|8\\.0)\\.mysql_aurora\\.[0-9]+\\.[0-9]+\\.[0-9]+");
    private static final Pattern MYSQL = Pattern.compile("(5\\.7|8\\.0|8\\.4)\\.[0-9]+");
    private static final Pattern POSTGRES = Pattern.compile("(1[1-9])(\\.[0-9]+)?");
    private static final Pattern DB_CLASS =
            Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[0-9]*(micro|small|medium|large|xlarge)");
    private static final Pattern CACHE_TYPE =
            Pattern.compile("cache\\.[a-z][a-z0-9-]*\\.[0-9]*(micro|small|medium|large|xlarge)");
    private static final Pattern REDIS_VERSION = Pattern.compile("[67]\\.[0-9]+|5\\.0\\.6");
    static final Pattern KMS_ARN = Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/.+");

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    DataRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(Database db) {
        DslPath path = platform.path(db);
        Pattern version = db.engine() == Database.Engine.AURORA_MYSQL
                ? AURORA_MYSQL
                : db.engine() == Database.Engine.MYSQL ? MYSQL : POSTGRES;
        if (!version.matcher(db.engineVersion()).matches()) {
            out.report(
                    DataCode.INVALID_ENGINE_VERSION,
                    path.child("engineVersion"),
                    "'" + db.engineVersion() + "' is not a version of "
                            + db.engine().awsName(),
                    "use a version such as " + example(db.engine()));
        }
        if (!DB_CLASS.matcher(db.instanceClass()).matches()) {
            out.report(
                    DataCode.INVALID_DB_INSTANCE_CLASS,
                    path.child("instanceClass"),
                    "'" + db.instanceClass() + "' is not a database instance class",
                    "use a class such as db.r6g.large");
        } else if (db.engine().aurora() && db.instanceClass().matches("db\\.t[234]\\.(micro|small)")) {
            out.report(
                    DataCode.INVALID_DB_INSTANCE_CLASS,
                    path.child("instanceClass"),
                    "Aurora does not run on " + db.instanceClass(),
                    "use db.t4g.medium or larger");
        }
        if (db.engine().aurora() && (db.instances() < 1 || db.instances() > 16)) {
            out.report(
                    DataCode.INVALID_DATABASE_SIZE,
                    path.child("instances"),
                    "an Aurora cluster has 1 to 16 instances, not " + db.instances(),
                    "set instances between 1 and 16 (2 or more for a standby)");
        }
        if (!db.engine().aurora() && (db.storageGib() < 20 || db.storageGib() > 65536)) {
            out.report(
                    DataCode.INVALID_DATABASE_SIZE,
                    path.child("storageGib"),
                    db.storageGib() + " GiB is outside the 20 to 65536 GiB of an RDS instance",
                    "allocate at least 20 GiB");
        }
        if (db.backupRetentionDays() < 1 || db.backupRetentionDays() > 35) {
            out.report(
                    DataCode.INVALID_BACKUP_RETENTION,
                    path.child("backupRetentionDays"),
                    db.backupRetentionDays() + " days is outside the 1 to 35 days RDS keeps backups",
                    "keep backups 7 days or more");
        }
        kmsKey(db.masterSecretKmsKeyArn(), path.child("masterSecretKmsKeyArn"), out);
        if (placedIn(db, db.network(), db.tier(), path)) {
            int zones = platform.zones(db.network()).size();
            if (zones < 2) {
                String what = db.engine().aurora() ? "an Aurora cluster" : "an RDS instance";
                out.report(
                        DataCode.TOO_FEW_ZONES,
                        path,
                        what + "'s DB subnet group needs subnets in at least two availability zones; network "
                                + db.network().name() + " has " + zones,
                        "spread the network over two or more zones (azCount 2)");
            }
        }
        allowFrom(db, db.allowFrom(), path);
    }

    void check(Cache cache) {
        DslPath path = platform.path(cache);
        if (!CACHE_TYPE.matcher(cache.nodeType()).matches()) {
            out.report(
                    DataCode.INVALID_CACHE_NODE_TYPE,
                    path.child("nodeType"),
                    "'" + cache.nodeType() + "' is not an ElastiCache node type",
                    "use a type such as cache.r7g.large");
        }
        if (!REDIS_VERSION.matcher(cache.engineVersion()).matches()) {
            out.report(
                    DataCode.INVALID_ENGINE_VERSION,
                    path.child("engineVersion"),
                    "'" + cache.engineVersion() + "' is not a Redis version with encryption",
                    "use 6.2 or 7.1");
        }
        if (cache.replicas() < 0 || cache.replicas() > 5) {
            out.report(
                    DataCode.INVALID_CACHE_SIZE,
                    path.child("replicas"),
                    "a Redis replication group has 0 to 5 replicas, not " + cache.replicas(),
                    "set replicas between 0 and 5");
        }
        if (cache.snapshotRetentionDays() < 0 || cache.snapshotRetentionDays() > 35) {
            out.report(
                    DataCode.INVALID_BACKUP_RETENTION,
                    path.child("snapshotRetentionDays"),
                    cache.snapshotRetentionDays() + " days is outside the 0 to 35 days ElastiCache keeps snapshots",
                    "keep snapshots 7 days");
        }
        if (cache.insecureWithoutEncryption()) {
            out.report(
                    DataCode.CACHE_UNENCRYPTED,
                    path.child("insecureWithoutEncryption"),
                    "Redis runs without encryption in transit or at rest and without an AUTH token, as written",
                    "remove insecureWithoutEncryption and connect with TLS");
        }
        if (placedIn(cache, cache.network(), cache.tier(), path)
                && cache.nodes() > 1
                && platform.zones(cache.network()).size() < 2) {
            out.report(
                    DataCode.TOO_FEW_ZONES,
                    path,
                    "Multi-AZ failover needs the network in at least two availability zones",
                    "spread the network over two or more zones, or set replicas 0");
        }
        allowFrom(cache, cache.allowFrom(), path);
    }

    /** Checks the network and tier of a data service; true when its zones can be checked further. */
    boolean placedIn(Component service, Network network, Optional<String> tier, DslPath path) {
        if (!SharedRules.placed(platform, service, network, out)) {
            return false;
        }
        Optional<SubnetTier> found = DataTiers.find(network, tier);
        if (found.isEmpty()) {
            out.report(
                    DslCode.UNKNOWN_TIER,
                    path.child("tier"),
                    tier.map(t -> "network " + network.name() + " has no tier '" + t + "'")
                            .orElse("network " + network.name() + " has no isolated or private tier for the "
                                    + service.kind()),
                    "add an isolated tier to the network, or name one of its private tiers");
            return false;
        }
        if (found.get().kind() == SubnetTier.Kind.PUBLIC) {
            out.report(
                    DataCode.DATA_IN_PUBLIC_TIER,
                    path.child("tier"),
                    "tier " + found.get().name() + " is public; a " + service.kind()
                            + " belongs in an isolated or private tier",
                    "name an isolated or private tier");
        }
        return true;
    }

    void allowFrom(Component service, List<Secured> sources, DslPath path) {
        for (Secured source : sources) {
            if (source == service) {
                out.report(
                        DslCode.INVALID_INGRESS,
                        path.child("allowFrom").child(source.name()),
                        "the " + service.kind() + " allows traffic from itself",
                        "allow the components that connect to it");
            } else {
                SharedRules.placed(platform, service, source, out);
            }
        }
    }

    static void kmsKey(Optional<String> arn, DslPath path, Diagnostics out) {
        arn.filter(k -> !KMS_ARN.matcher(k).matches())
                .ifPresent(k -> out.report(
                        DataCode.INVALID_KMS_KEY,
                        path,
                        "'" + k + "' is not a KMS key ARN",
                        "give a key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID)"));
    }

    private static String example(Database.Engine engine) {
        switch (engine) {
            case AURORA_MYSQL:
                return "8.0.mysql_aurora.3.08.0";
            case MYSQL:
                return "8.0.35";
            default:
                return "16.3";
        }
    }
}
