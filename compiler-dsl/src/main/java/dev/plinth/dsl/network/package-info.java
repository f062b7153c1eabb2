/**
 * Networks: a VPC across availability zones, its subnet tiers, NAT and flow logs. Public API: the model classes a platform is written with. It may import the DSL root model packages;
 * never the compiler ({@code dev.plinth.dsl.compile}).
 */
@dev.plinth.dsl.PlinthStyle
package dev.plinth.dsl.network;
