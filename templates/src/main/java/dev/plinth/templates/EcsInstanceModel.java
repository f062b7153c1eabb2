package dev.plinth.templates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of {@code ecs-instance.sh.ftl}: configures the ECS agent of a container instance
 * ({@code /etc/ecs/ecs.config}) to join its cluster, give tasks their own IAM roles, keep awsvpc
 * tasks away from the instance metadata service and drain before a Spot interruption.
 */
public final class EcsInstanceModel implements UserDataModel {
    public static final String TEMPLATE = "ecs-instance.sh.ftl";

    private final String clusterName;
    private final String region;
    private final int containerStopTimeoutSeconds;
    private final boolean spotDraining;
    private final boolean containerMetadata;
    private final CfnSignal cfnSignal;

    private EcsInstanceModel(Builder b) {
        clusterName = Checks.required("clusterName", b.clusterName);
        region = Checks.required("region", b.region);
        containerStopTimeoutSeconds = b.containerStopTimeoutSeconds;
        spotDraining = b.spotDraining;
        containerMetadata = b.containerMetadata;
        cfnSignal = b.cfnSignal;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String templateName() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> templateData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clusterName", clusterName);
        data.put("region", region);
        data.put("containerStopTimeoutSeconds", containerStopTimeoutSeconds);
        data.put("spotDraining", spotDraining);
        data.put("containerMetadata", containerMetadata);
        if (cfnSignal != null) {
            data.put("stackName", cfnSignal.stackName());
            data.put("resourceLogicalId", cfnSignal.resourceLogicalId());
        }
        return Collections.unmodifiableMap(data);
    }

    public String clusterName() {
        return clusterName;
    }

    public String region() {
        return region;
    }

    public int containerStopTimeoutSeconds() {
        return containerStopTimeoutSeconds;
    }

    public boolean spotDraining() {
        return spotDraining;
    }

    public boolean containerMetadata() {
        return containerMetadata;
    }

    public Optional<CfnSignal> cfnSignal() {
        return Optional.ofNullable(cfnSignal);
    }

    /** Builds an {@link EcsInstanceModel}; each setter checks its value at once. */
    public static final class Builder {
        private String clusterName;
        private String region;
        private int containerStopTimeoutSeconds = 30;
        private boolean spotDraining = true;
        private boolean containerMetadata = true;
        private CfnSignal cfnSignal;

        private Builder() {}

        public Builder clusterName(String clusterName) {
            this.clusterName = Checks.ecsClusterName("clusterName", clusterName);
            return this;
        }

        public Builder region(String region) {
            this.region = Checks.region("region", region);
            return this;
        }

        /** How long a container has after SIGTERM before the agent kills it: 1 to 7,200 s. */
        public Builder containerStopTimeoutSeconds(int seconds) {
            if (seconds < 1 || seconds > 7200) {
                throw new IllegalArgumentException(
                        "containerStopTimeoutSeconds " + seconds + " is invalid: use 1 to 7200 seconds");
            }
            this.containerStopTimeoutSeconds = seconds;
            return this;
        }

        /** On by default: a Spot instance drains its tasks when it is told of its interruption. */
        public Builder spotDraining(boolean spotDraining) {
            this.spotDraining = spotDraining;
            return this;
        }

        /** On by default: containers can read their task's metadata file. */
        public Builder containerMetadata(boolean containerMetadata) {
            this.containerMetadata = containerMetadata;
            return this;
        }

        /** Signals the outcome to this stack and resource (the cluster's auto scaling group). */
        public Builder cfnSignal(String stackName, String resourceLogicalId) {
            this.cfnSignal = CfnSignal.of(stackName, resourceLogicalId);
            return this;
        }

        public EcsInstanceModel build() {
            return new EcsInstanceModel(this);
        }
    }
}
