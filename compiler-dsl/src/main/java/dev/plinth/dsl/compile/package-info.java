/**
 * The DSL compiler's core: the passes every kind goes through ({@link ResolveDefaults}, {@link
 * ValidatePlatform}, {@link RenderUserData}, {@link LowerPlatform}, {@link AssemblePlatform}), the
 * {@link ResolvedPlatform} they share, the {@link LoweringContext} with its templates and typed
 * hand-off records ({@link LoadBalancerResources}, {@link BucketResources}, {@link
 * EcsClusterResources}, {@link DataEndpoint}), names ({@link Names}), shared rules ({@link
 * SharedRules}) and {@link ComponentKind}, the registration each kind of component is compiled
 * through, found in a {@link KindRegistry}. It imports the DSL's model, the compiler's frame, the
 * CloudFormation model, the user-data templates, {@code dev.plinth.names} and the manifest; never
 * a kind's package, which imports it.
 */
package dev.plinth.dsl.compile;
