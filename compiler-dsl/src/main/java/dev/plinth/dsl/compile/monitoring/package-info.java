/**
 * One home for the error-rate alarm kind: its rules and its lowering to CloudWatch alarms. {@link MonitoringKinds} registers each kind; everything else is package-private.
 * It imports the compiler's core ({@code dev.plinth.dsl.compile}), the DSL's model and the
 * CloudFormation model; never another kind's package: what one kind reads of another goes through
 * the typed hand-off records of the core.
 */
package dev.plinth.dsl.compile.monitoring;
