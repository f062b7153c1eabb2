/**
 * DNS: Route 53 zones and their records. Public API: the model classes a platform is written with. It may import the DSL root, network, loadbalancer and data model packages;
 * never the compiler ({@code dev.plinth.dsl.compile}).
 */
@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.dns;
