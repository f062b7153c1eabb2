/**
 * One home for the network kind: its rules, the allocation of subnet CIDRs ({@link AllocateCidrs}) and its lowering to a VPC, subnets, routes, NAT and flow logs. {@link NetworkKinds} registers each kind; everything else is package-private.
 * It imports the compiler's core ({@code dev.plinth.dsl.compile}), the DSL's model and the
 * CloudFormation model; never another kind's package: what one kind reads of another goes through
 * the typed hand-off records of the core.
 */
package dev.plinth.dsl.compile.network;
