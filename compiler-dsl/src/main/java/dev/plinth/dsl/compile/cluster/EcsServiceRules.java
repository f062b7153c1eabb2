package dev.plinth.dsl.compile.cluster;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.cluster.ClusterCode;
import dev.plinth.dsl.cluster.Container;
import dev.plinth.dsl.cluster.EcsService;
import dev.plinth.dsl.cluster.TaskPermission;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.names.NameRules;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of an ECS service: counts, deployment, scaling, its containers (images, sizes,
 * secrets, health checks, ports), the load balancers that target it, its task role and ingress.
 */
final class EcsServiceRules {
    static final Pattern SSM_PARAMETER_ARN =
            Pattern.compile("arn:aws[a-z-]*:ssm:[a-z0-9-]+:[0-9]{12}:parameter/[A-Za-z0-9_.\\-/]+");
    static final Pattern SSM_PARAMETER_NAME = Pattern.compile("/[A-Za-z0-9_.\\-/]+");
    static final Pattern SECRET_ARN = Pattern.compile(
            "arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+(:[^:]*:[^:]*:[^:]*)?");
    private static final Pattern CONTAINER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,254}");
    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE_KEY|API_KEY|ACCESS_KEY).*");

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    EcsServiceRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(EcsService service) {
        DslPath path = platform.path(service);
        SharedRules.placed(platform, service, service.cluster(), out);
        counts(service, path);
        if (service.containers().isEmpty()) {
            out.report(
                    ClusterCode.NO_CONTAINERS,
                    path.child("containers"),
                    "the service's task has no containers",
                    "add a container");
        }
        Set<String> names = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        for (Container container : service.containers()) {
            DslPath at = path.child("container").child(container.name());
            if (!names.add(container.name())) {
                out.report(
                        ClusterCode.DUPLICATE_CONTAINER,
                        at,
                        "two containers are named '" + container.name() + "'",
                        "give each container its own name");
            }
            container.port().ifPresent(port -> {
                SharedRules.port(port, at.child("port"), out);
                if (!ports.add(port)) {
                    out.report(
                            ClusterCode.DUPLICATE_CONTAINER_PORT,
                            at.child("port"),
                            "two containers of the task serve port " + port,
                            "awsvpc tasks share one network interface: give each container its own port");
                }
            });
            new ContainerRules(out).check(container, at);
        }
        EcsPlacementRules.check(service, path, out);
        for (LoadBalancer lb : platform.components(LoadBalancer.class)) {
            for (Listener listener : lb.listeners()) {
                if (listener.target().isPresent() && listener.target().get() == service) {
                    listener(service, lb, listener, ports);
                }
            }
        }
        SharedRules.retention(service.logRetentionDays(), path.child("logRetentionDays"), out);
        for (int i = 0; i < service.taskPermissions().size(); i++) {
            permission(
                    service.taskPermissions().get(i),
                    path.child("taskPermission").child(i));
        }
        SharedRules.allowFrom(service.allowFrom(), path, platform, service, out);
    }

    private void counts(EcsService service, DslPath path) {
        if (service.minCount() < 0 || service.maxCount() < 1 || service.minCount() > service.maxCount()) {
            out.report(
                    ClusterCode.INVALID_SERVICE_COUNT,
                    path.child("count"),
                    "min " + service.minCount() + ", max " + service.maxCount() + " is not a task count range",
                    "give 0 <= min <= max and max >= 1");
        } else if (service.desiredCount() < service.minCount() || service.desiredCount() > service.maxCount()) {
            out.report(
                    ClusterCode.INVALID_SERVICE_COUNT,
                    path.child("desiredCount"),
                    "desired count " + service.desiredCount() + " is outside min " + service.minCount() + " to max "
                            + service.maxCount(),
                    "choose a desired count in that range");
        }
        int minHealthy = service.minimumHealthyPercent();
        int max = service.maximumPercent();
        if (minHealthy < 0 || minHealthy > 100 || max < 100 || max > 200 || minHealthy > max) {
            out.report(
                    ClusterCode.INVALID_DEPLOYMENT,
                    path.child("deployment"),
                    "minimum healthy " + minHealthy + "%, maximum " + max + "% is not a deployment ECS can run",
                    "give 0 <= minimum healthy <= 100 <= maximum <= 200");
        } else if (minHealthy == 100 && max == 100) {
            out.report(
                    ClusterCode.INVALID_DEPLOYMENT,
                    path.child("deployment"),
                    "with minimum healthy 100% and maximum 100% a deployment can neither stop an old task nor start a new one",
                    "raise the maximum above 100% or lower the minimum healthy percent");
        }
        if (service.cpuTarget() <= 0 || service.cpuTarget() > 100) {
            out.report(
                    ClusterCode.INVALID_SERVICE_SCALING,
                    path.child("cpuTarget"),
                    "target " + service.cpuTarget() + " is not a CPU percentage",
                    "choose a CPU target above 0 and at most 100");
        }
    }

    private void listener(EcsService service, LoadBalancer lb, Listener listener, Set<Integer> ports) {
        DslPath at = platform.path(lb).child("listener").child(listener.port());
        if (lb.type() == LoadBalancer.Type.CLASSIC) {
            out.report(
                    ClusterCode.LOAD_BALANCER_CANNOT_TARGET_TASKS,
                    at,
                    "a classic load balancer cannot send traffic to awsvpc tasks",
                    "use an application or network load balancer");
        }
        listener.targetPort()
                .filter(port -> !ports.contains(port))
                .ifPresent(port -> out.report(
                        ClusterCode.SERVICE_PORT_NOT_OPEN,
                        at.child("targetPort"),
                        "the listener sends traffic to port " + port + " but no container of ECS service "
                                + service.name() + " serves it ("
                                + (ports.isEmpty() ? "none serves a port" : "they serve " + new TreeSet<>(ports)) + ")",
                        "set the container's port to " + port + ", or target a port a container serves"));
    }

    private void permission(TaskPermission permission, DslPath path) {
        boolean anyResource = permission.resources().contains("*");
        boolean wildcardAction = permission.actions().stream().anyMatch(a -> a.equals("*") || a.endsWith(":*"));
        if (permission.actions().isEmpty() || permission.resources().isEmpty()) {
            out.report(
                    ClusterCode.WILDCARD_PERMISSION,
                    path,
                    "a task permission needs actions and resources",
                    "name both");
        } else if (anyResource && wildcardAction) {
            out.report(
                    ClusterCode.WILDCARD_PERMISSION,
                    path,
                    "the task role would get every action of a service on every resource",
                    "name the actions the application calls and the ARNs it uses");
        }
    }

    /** The rules of one container. */
    private static final class ContainerRules {
        private final Diagnostics out;

        ContainerRules(Diagnostics out) {
            this.out = out;
        }

        void check(Container container, DslPath path) {
            if (!CONTAINER_NAME.matcher(container.name()).matches()) {
                out.report(
                        ClusterCode.INVALID_CONTAINER_NAME,
                        path,
                        "'" + container.name() + "' is not a container name",
                        "use up to 255 letters, digits, '_' and '-'");
            }
            image(container.image(), path.child("image"));
            if (container.cpu() < 0 || container.cpu() > 10240) {
                out.report(
                        ClusterCode.INVALID_TASK_SIZE,
                        path.child("cpu"),
                        container.cpu() + " CPU units is outside 0 to 10,240",
                        "give the container's share in CPU units, 1,024 to a vCPU");
            }
            if (container.memoryMib() < 6) {
                out.report(
                        ClusterCode.INVALID_TASK_SIZE,
                        path.child("memoryMib"),
                        container.memoryMib() + " MiB is below Docker's 6 MiB",
                        "give the container more memory");
            } else if (container.memoryMib() < 2 * container.cpu()) {
                out.report(
                        ClusterCode.MEMORY_BELOW_CPU_RATIO,
                        path.child("memoryMib"),
                        container.memoryMib() + " MiB is below 2 MiB per CPU unit for " + container.cpu()
                                + " CPU units",
                        "give at least " + 2 * container.cpu() + " MiB, or fewer CPU units");
            }
            container.environment().forEach((name, value) -> {
                variable(name, path.child("environment").child(name));
                if (SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches()) {
                    out.report(
                            ClusterCode.PLAINTEXT_SECRET,
                            path.child("environment").child(name),
                            name
                                    + " looks like a secret and its value would be written in plain text into the task definition",
                            "keep it in SSM Parameter Store or Secrets Manager and name it in the container's secrets");
                }
            });
            container.secrets().forEach((name, reference) -> {
                variable(name, path.child("secret").child(name));
                if (!SSM_PARAMETER_ARN.matcher(reference).matches()
                        && !SSM_PARAMETER_NAME.matcher(reference).matches()
                        && !SECRET_ARN.matcher(reference).matches()) {
                    out.report(
                            ClusterCode.SECRET_NOT_A_REFERENCE,
                            path.child("secret").child(name),
                            "the value is neither an SSM parameter (ARN or /name) nor a Secrets Manager secret ARN; a plaintext value would be written "
                                    + "into the task definition",
                            "store the value in SSM Parameter Store or Secrets Manager and give its ARN or parameter name");
                }
                if (container.environment().containsKey(name)) {
                    out.report(
                            ClusterCode.SECRET_NOT_A_REFERENCE,
                            path.child("secret").child(name),
                            name + " is both an environment variable and a secret",
                            "keep only the secret");
                }
            });
            if (!container.healthCheckCommand().isEmpty()) {
                String first = container.healthCheckCommand().get(0);
                if (!(first.equals("CMD") || first.equals("CMD-SHELL"))
                        || container.healthCheckCommand().size() < 2) {
                    out.report(
                            ClusterCode.INVALID_CONTAINER_HEALTH_CHECK,
                            path.child("healthCheckCommand"),
                            container.healthCheckCommand() + " is not a Docker health check command",
                            "start with CMD and the command's arguments, or CMD-SHELL and a shell command");
                }
            }
        }

        private void image(String image, DslPath path) {
            String last = image.substring(image.lastIndexOf('/') + 1);
            if (image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
                out.report(
                        ClusterCode.IMAGE_WITHOUT_TAG,
                        path,
                        "'" + image + "' is not an image reference",
                        "give REPOSITORY:TAG or REPOSITORY@sha256:DIGEST");
            } else if (!last.contains(":") && !image.contains("@sha256:")) {
                out.report(
                        ClusterCode.IMAGE_WITHOUT_TAG,
                        path,
                        "'" + image + "' has neither a tag nor a digest, so each deploy may run a different image",
                        "pin it with a version tag or an @sha256 digest");
            } else if (last.endsWith(":latest")) {
                out.report(
                        ClusterCode.IMAGE_LATEST_TAG,
                        path,
                        "'" + image + "' uses the moving tag latest, so tasks started later may run a newer image",
                        "pin it with a version tag or an @sha256 digest");
            }
        }

        private void variable(String name, DslPath path) {
            if (!NameRules.CONTAINER_ENV_NAME.accepts(name)) {
                out.report(
                        ClusterCode.INVALID_CONTAINER_NAME,
                        path,
                        "'" + name + "' is not " + NameRules.CONTAINER_ENV_NAME.what(),
                        NameRules.CONTAINER_ENV_NAME.fix());
            }
        }
    }
}
