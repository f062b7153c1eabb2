package dev.plinth.compiler;

import dev.plinth.diagnostics.DiagnosticCode;
import dev.plinth.diagnostics.Severity;

/** Diagnostic codes of the platform-level passes of compiler-core (wiring, limits, emit). */
public enum CompilerCode implements DiagnosticCode {
    /** Two stacks of one platform with the same name. */
    DUPLICATE_STACK_NAME,
    /** A stack name that CloudFormation (or a file name) cannot take. */
    INVALID_STACK_NAME,
    /** A stack uses a resource that is in no stack of the platform. */
    STACK_REFERENCE_UNRESOLVED,
    /** Stacks that use each other's resources in a circle: no order can deploy them. */
    STACK_CYCLE,
    /** An output or parameter the wiring adds has the name of one the stack already has. */
    WIRING_NAME_COLLISION,
    /** A user-data script over EC2's 16 KB limit. */
    USER_DATA_TOO_LARGE,
    /** A user-data role that cannot name a file: {@code userdata/<role>.sh}. */
    INVALID_USER_DATA_ROLE,
    /** Two user-data scripts for the same role. */
    DUPLICATE_USER_DATA_ROLE,
    /** The output folder could not be written. */
    OUTPUT_NOT_WRITTEN;

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
