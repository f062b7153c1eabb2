package dev.plinth.dsl.cluster;

import dev.plinth.diagnostics.DiagnosticCode;
import dev.plinth.diagnostics.Severity;

/** The diagnostic codes of Mesos clusters. Stable: tools and tests match on them. */
public enum MesosCode implements DiagnosticCode {
    EVEN_MASTER_COUNT,
    INVALID_MASTER_COUNT,
    TOO_FEW_CONSUL_SERVERS,
    CONSUL_SERVERS_EXCEED_MASTERS,
    INVALID_AGENT_SIZE,
    MASTERS_EXCEED_ZONES,
    TIER_TOO_SMALL_FOR_MASTERS,
    PRIVATE_TIER_REQUIRED,
    CLUSTER_WITHOUT_EGRESS,
    OPEN_TO_WORLD,
    NOT_A_CLUSTER_PORT,
    PROXY_PORT_IN_USE,
    INVALID_VERSION,
    INVALID_METRICS_RETENTION;

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
