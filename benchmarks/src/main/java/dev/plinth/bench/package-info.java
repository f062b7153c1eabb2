/**
 * The benchmarks (JMH and {@code benchmarks/run.sh}): compile time of the samples and of
 * synthetic platforms, and the materializer against a simulated CloudFormation. Not part of the
 * default build ({@code -Pbenchmarks}).
 */
package dev.plinth.bench;
