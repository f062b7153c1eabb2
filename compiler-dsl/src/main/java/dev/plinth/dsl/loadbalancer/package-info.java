/**
 * Load balancers (application, network, classic), their listeners and health checks. Public API: the model classes a platform is written with. It may import the DSL root, network and compute model packages;
 * never the compiler ({@code dev.plinth.dsl.compile}).
 */
@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.loadbalancer;
