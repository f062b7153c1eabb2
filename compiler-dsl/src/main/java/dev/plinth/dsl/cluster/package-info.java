/**
 * Clusters: ECS clusters and the services (containers, task permissions) they run, and Mesos clusters. Public API: the model classes a platform is written with. It may import the DSL root, network, compute and loadbalancer model packages;
 * never the compiler ({@code dev.plinth.dsl.compile}).
 */
@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.cluster;
