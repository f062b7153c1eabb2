/**
 * Compute: bastions and fleets of instances that run an artifact, their images, ingress and scaling, and {@link Target}, what a load balancer sends traffic to. Public API: the model classes a platform is written with. It may import the DSL root and network model packages;
 * never the compiler ({@code dev.plinth.dsl.compile}).
 */
@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.compute;
