package dev.plinth.dsl.compile.cluster;

import dev.plinth.aws.AwsFacts;
import dev.plinth.aws.InstanceType;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.cluster.ClusterCode;
import dev.plinth.dsl.cluster.Container;
import dev.plinth.dsl.cluster.EcsService;
import dev.plinth.dsl.compile.AwsFactRules;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an ECS service's task fits on its cluster's instances: a task whose CPU or memory
 * exceeds the instance type's is never placed, so the deployment waits until CloudFormation
 * gives up; one that fits only once per instance leaves no room to start a new task beside an
 * old one. Sizes are the instance type's own (1,024 CPU units per vCPU, its memory); the OS and
 * the ECS agent keep some of that memory, so a task that fits exactly still does not.
 */
final class EcsPlacementRules {
    private EcsPlacementRules() {}

    static void check(EcsService service, DslPath path, Diagnostics out) {
        if (service.containers().isEmpty()) {
            return;
        }
        Optional<InstanceType> type = AwsFacts.bundled()
                .instanceType(service.cluster().instanceType())
                .filter(InstanceType::described);
        if (type.isEmpty()) {
            return;
        }
        int cpu =
                Math.max(service.containers().stream().mapToInt(Container::cpu).sum(), 128);
        int memory =
                service.containers().stream().mapToInt(Container::memoryMib).sum();
        if (memory <= 0) {
            return;
        }
        InstanceType instance = type.get();
        int fit = Math.min(instance.cpuUnits() / cpu, instance.memoryMib() / memory);
        String task = "a task of " + units(cpu) + " and " + AwsFactRules.mib(memory);
        String cluster = "ECS cluster " + service.cluster().name() + " (" + instance.name() + ": "
                + units(instance.cpuUnits()) + ", " + AwsFactRules.mib(instance.memoryMib()) + ")";
        if (fit == 0) {
            out.report(
                    ClusterCode.TASK_FITS_NO_INSTANCE,
                    path,
                    task + " does not fit on the instances of " + cluster + ", so ECS can never place it",
                    "give the task's containers less CPU and memory, or the cluster a larger instance type");
        } else if (fit == 1) {
            out.report(
                    ClusterCode.ONE_TASK_PER_INSTANCE,
                    path,
                    "only one " + task.substring(2) + " fits on an instance of " + cluster
                            + ": each task needs an instance of its own, and a deployment starts new tasks only on spare instances",
                    "give the task's containers less CPU and memory, or the cluster a larger instance type");
        }
    }

    private static String units(int units) {
        return String.format(Locale.ROOT, "%,d CPU units", units);
    }
}
