/**
 * CDN: CloudFront distributions in front of buckets and load balancers. Public API: the model classes a platform is written with. It may import the DSL root, loadbalancer and data model packages;
 * never the compiler ({@code dev.plinth.dsl.compile}).
 */
@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.cdn;
