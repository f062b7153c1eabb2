/**
 * Monitoring: alarms on what the platform's components publish. Public API: the model classes a platform is written with. It may import the DSL root and loadbalancer model packages;
 * never the compiler ({@code dev.plinth.dsl.compile}).
 */
@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.monitoring;
