package dev.plinth.dsl.data;

import dev.plinth.diagnostics.DiagnosticCode;
import dev.plinth.diagnostics.Severity;

/** The diagnostic codes of the data tier (databases, caches, DNS zones, buckets, image repositories, Kafka, search). Stable. */
public enum DataCode implements DiagnosticCode {
    INVALID_ENGINE_VERSION,
    INVALID_DB_INSTANCE_CLASS,
    INVALID_DATABASE_SIZE,
    TOO_FEW_ZONES,
    INVALID_BACKUP_RETENTION,
    DATA_IN_PUBLIC_TIER,
    INVALID_CACHE_NODE_TYPE,
    INVALID_CACHE_SIZE,
    CACHE_UNENCRYPTED(Severity.WARNING),
    PRIVATE_ZONE_WITHOUT_VPC,
    INVALID_ZONE_NAME,
    INVALID_RECORD,
    DUPLICATE_RECORD,
    INVALID_BUCKET_NAME,
    INVALID_LIFECYCLE,
    INVALID_KMS_KEY,
    INVALID_REPOSITORY_NAME,
    INVALID_REPOSITORY_LIFECYCLE,
    INVALID_BROKER_TYPE,
    INVALID_BROKER_STORAGE,
    BROKERS_NOT_MULTIPLE_OF_ZONES,
    INVALID_SEARCH_NODE_TYPE,
    NODES_NOT_MULTIPLE_OF_ZONES,
    EVEN_DEDICATED_MASTERS,
    INVALID_DEDICATED_MASTERS,
    INVALID_SEARCH_STORAGE,
    INVALID_MASTER_USER;

    private final Severity severity;

    DataCode() {
        this(Severity.ERROR);
    }

    DataCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
