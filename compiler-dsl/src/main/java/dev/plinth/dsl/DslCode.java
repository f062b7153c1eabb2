package dev.plinth.dsl;

import dev.plinth.diagnostics.DiagnosticCode;
import dev.plinth.diagnostics.Severity;

/** The diagnostic codes of the platform DSL. Stable: tools and tests match on them. */
public enum DslCode implements DiagnosticCode {
    INVALID_NAME,
    DUPLICATE_NAME,
    DUPLICATE_STACK_NAME,
    EMPTY_STACK,
    COMPONENT_IN_TWO_STACKS,
    COMPONENT_NOT_IN_STACK,
    UNKNOWN_ENVIRONMENT,
    DEFINITION_FAILED,
    INVALID_ENVIRONMENT,
    UNKNOWN_REGION,
    NO_AVAILABILITY_ZONES,
    ZONE_NOT_IN_REGION,
    TOO_MANY_AZS,
    UNKNOWN_AVAILABILITY_ZONE,
    DUPLICATE_AVAILABILITY_ZONE,
    DUPLICATE_USER_DATA_FILE,
    LOGICAL_ID_COLLISION,
    INVALID_CIDR,
    INVALID_PREFIX_LENGTH,
    SUBNET_OUTSIDE_VPC,
    OVERLAPPING_SUBNETS,
    SUBNET_CIDR_COUNT,
    VPC_TOO_SMALL,
    NO_TIERS,
    NAT_WITHOUT_PUBLIC_TIER,
    UNKNOWN_TIER,
    WRONG_TIER_KIND,
    FLEET_WITHOUT_EGRESS,
    /** A fleet given public addresses without saying why. */
    PUBLIC_ADDRESSES_WITHOUT_REASON,
    /** A production fleet whose instances get public addresses, as written. */
    PUBLIC_ADDRESSES_IN_PRODUCTION(Severity.WARNING),
    ARTIFACT_UNREACHABLE,
    ARTIFACT_WITHOUT_CHECKSUM,
    INVALID_ARTIFACT,
    PLAINTEXT_SECRET,
    INVALID_FLEET_SIZE,
    INVALID_INSTANCE_TYPE,
    INVALID_PORT,
    INVALID_HEALTH_CHECK,
    INVALID_LIFECYCLE_HOOK,
    INVALID_SCALING,
    INVALID_RETENTION,
    IMAGE_NOT_FOR_REGION,
    SSH_OPEN_TO_WORLD,
    SSH_OPEN_TO_WORLD_ALLOWED(Severity.WARNING),
    BASTION_UNREACHABLE,
    LOAD_BALANCER_TOO_FEW_AZS,
    LISTENER_NEEDS_CERTIFICATE,
    LISTENER_PROTOCOL_MISMATCH,
    DUPLICATE_LISTENER_PORT,
    LISTENER_WITHOUT_TARGET,
    TARGET_PORT_MISMATCH,
    NETWORK_MISMATCH,
    INVALID_INGRESS,
    INVALID_CANARY,
    INVALID_ALARM,
    UNKNOWN_COMPONENT_KIND,
    /** A platform on the class path that could not be loaded: a wrong line in its services file, a constructor that threw. */
    PLATFORM_NOT_LOADED,
    /** The platform's code built a value (an environment, a component) without attributes it requires. */
    MISSING_ATTRIBUTES,
    /** A failure of the compiler itself, not of the platform: reported instead of a stack trace, to be reported as a bug. */
    INTERNAL_ERROR;

    private final Severity severity;

    DslCode() {
        this(Severity.ERROR);
    }

    DslCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
