package dev.plinth.dsl.compile.cluster;

import dev.plinth.cfn.ecs.CfnTaskDefinition;
import dev.plinth.cfn.iam.CfnRole;
import dev.plinth.dsl.cluster.Container;
import dev.plinth.dsl.cluster.EcsService;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ECS service's task definition: awsvpc on EC2 capacity, its containers with their ports,
 * environment, secrets (references, never values), health checks and logs to the service's log
 * group, and the task's size as the sum of its containers'.
 */
final class TaskDefinitions {
    private TaskDefinitions() {}

    static CfnTaskDefinition of(
            LoweringContext context, EcsService service, String logGroupName, CfnRole executionRole, CfnRole taskRole) {
        List<CfnTaskDefinition.ContainerDefinitionProperty> containers = new ArrayList<>();
        int cpu = 0;
        int memory = 0;
        for (Container container : service.containers()) {
            cpu += container.cpu();
            memory += container.memoryMib();
            containers.add(container(context, container, logGroupName));
        }
        return CfnTaskDefinition.builder()
                .family(Names.physicalName(context.platform(), service))
                .networkMode("awsvpc")
                .requiresCompatibilities("EC2")
                .cpu(Integer.toString(Math.max(cpu, 128)))
                .memory(Integer.toString(memory))
                .executionRoleArn(executionRole.attrArn())
                .taskRoleArn(taskRole.attrArn())
                .containerDefinitions(containers.toArray(new CfnTaskDefinition.ContainerDefinitionProperty[0]))
                .build();
    }

    private static CfnTaskDefinition.ContainerDefinitionProperty container(
            LoweringContext context, Container container, String logGroupName) {
        Map<String, String> logOptions = new LinkedHashMap<>();
        logOptions.put("awslogs-group", logGroupName);
        logOptions.put("awslogs-region", context.platform().environment().region());
        logOptions.put("awslogs-stream-prefix", container.name());
        CfnTaskDefinition.ContainerDefinitionProperty.Builder built =
                CfnTaskDefinition.ContainerDefinitionProperty.builder()
                        .name(container.name())
                        .image(container.image())
                        .essential(container.essential())
                        .cpu(container.cpu())
                        .memory(container.memoryMib())
                        .readonlyRootFilesystem(false)
                        .logConfiguration(CfnTaskDefinition.LogConfigurationProperty.builder()
                                .logDriver("awslogs")
                                .options(logOptions)
                                .build());
        container
                .port()
                .ifPresent(port -> built.portMappings(CfnTaskDefinition.PortMappingProperty.builder()
                        .containerPort(port)
                        .protocol("tcp")
                        .build()));
        if (!container.environment().isEmpty()) {
            List<CfnTaskDefinition.KeyValuePairProperty> environment = new ArrayList<>();
            container
                    .environment()
                    .forEach((name, value) -> environment.add(CfnTaskDefinition.KeyValuePairProperty.builder()
                            .name(name)
                            .value(value)
                            .build()));
            built.environment(environment.toArray(new CfnTaskDefinition.KeyValuePairProperty[0]));
        }
        if (!container.secrets().isEmpty()) {
            List<CfnTaskDefinition.SecretProperty> secrets = new ArrayList<>();
            container
                    .secrets()
                    .forEach((name, reference) -> secrets.add(CfnTaskDefinition.SecretProperty.builder()
                            .name(name)
                            .valueFrom(reference)
                            .build()));
            built.secrets(secrets.toArray(new CfnTaskDefinition.SecretProperty[0]));
        }
        if (!container.healthCheckCommand().isEmpty()) {
            built.healthCheck(CfnTaskDefinition.HealthCheckProperty.builder()
                    .command(container.healthCheckCommand().toArray(new String[0]))
                    .interval(30)
                    .timeout(5)
                    .retries(3)
                    .startPeriod(60)
                    .build());
        }
        return built.build();
    }
}
