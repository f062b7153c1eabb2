package dev.plinth.dsl.compile;

import dev.plinth.cfn.ecs.CfnCapacityProvider;
import dev.plinth.cfn.ecs.CfnCluster;
import dev.plinth.cfn.ecs.CfnClusterCapacityProviderAssociations;

/** What an ECS cluster's lowering publishes for the services that run on it. */
public record EcsClusterResources(
        CfnCluster cluster,
        CfnCapacityProvider capacityProvider,
        CfnClusterCapacityProviderAssociations capacityProviders) {}
