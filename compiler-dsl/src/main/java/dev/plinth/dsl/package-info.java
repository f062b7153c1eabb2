/**
 * The platform DSL's root: a {@link Platform} names its {@link Environment}s and, for each, the
 * {@link Stack}s of {@link Component}s it is made of. The component kinds live in the packages
 * below (network, compute, loadbalancer, cluster, data, dns, cdn, monitoring); all of them are
 * public API, immutable values with builders, and never import the compiler
 * ({@code dev.plinth.dsl.compile}).
 */
@PlinthStyle
package dev.plinth.dsl;
