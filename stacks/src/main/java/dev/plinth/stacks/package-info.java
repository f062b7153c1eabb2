/**
 * Reusable, opinionated compositions of DSL components: the network, bastion, ECS cluster, Mesos
 * cluster, stateless service and data stacks the reference platforms are built from. It imports the
 * DSL's model only.
 */
package dev.plinth.stacks;
