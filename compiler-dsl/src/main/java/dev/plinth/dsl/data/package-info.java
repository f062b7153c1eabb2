/**
 * The data tier: databases, caches, buckets, image repositories, Kafka and OpenSearch. Public API: the model classes a platform is written with. It may import the DSL root, network and compute model packages;
 * never the compiler ({@code dev.plinth.dsl.compile}).
 */
@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.data;
