package dev.plinth.dsl.cluster;

import dev.plinth.diagnostics.DiagnosticCode;
import dev.plinth.diagnostics.Severity;

/** The diagnostic codes of ECS clusters and services. Stable: tools and tests match on them. */
public enum ClusterCode implements DiagnosticCode {
    INVALID_CLUSTER_SIZE,
    INVALID_TARGET_CAPACITY,
    INVALID_STOP_TIMEOUT,
    INVALID_VOLUME_SIZE,
    CLUSTER_WITHOUT_EGRESS,
    NO_CONTAINERS,
    DUPLICATE_CONTAINER,
    INVALID_CONTAINER_NAME,
    IMAGE_WITHOUT_TAG,
    IMAGE_LATEST_TAG(Severity.WARNING),
    INVALID_TASK_SIZE,
    MEMORY_BELOW_CPU_RATIO,
    TASK_FITS_NO_INSTANCE,
    ONE_TASK_PER_INSTANCE(Severity.WARNING),
    SECRET_NOT_A_REFERENCE,
    PLAINTEXT_SECRET,
    INVALID_CONTAINER_HEALTH_CHECK,
    SERVICE_PORT_NOT_OPEN,
    DUPLICATE_CONTAINER_PORT,
    LOAD_BALANCER_CANNOT_TARGET_TASKS,
    INVALID_SERVICE_COUNT,
    INVALID_DEPLOYMENT,
    INVALID_SERVICE_SCALING,
    WILDCARD_PERMISSION;

    private final Severity severity;

    ClusterCode() {
        this(Severity.ERROR);
    }

    ClusterCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
