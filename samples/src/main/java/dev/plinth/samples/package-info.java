/**
 * The reference platforms ({@code stateless-service}, {@code mesos}, {@code ecs},
 * {@code image-delivery}, {@code web-cdn}), each registered as a {@link dev.plinth.dsl.Platform}
 * service and checked against golden outputs. It imports the DSL and the stacks.
 */
package dev.plinth.samples;
