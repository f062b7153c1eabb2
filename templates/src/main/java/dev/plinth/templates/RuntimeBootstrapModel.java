package dev.plinth.templates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The values of {@code runtime-bootstrap.sh.ftl}: boots a base image into one service by
 * fetching a checksummed tarball from S3, running it under systemd as a system user, shipping its
 * logs to CloudWatch and signalling CloudFormation.
 */
public final class RuntimeBootstrapModel implements UserDataModel {
    public static final String TEMPLATE = "runtime-bootstrap.sh.ftl";

    private final String serviceName;
    private final String region;
    private final String artifactBucket;
    private final String artifactKey;
    private final String artifactSha256;
    private final String installDir;
    private final String executable;
    private final List<String> arguments;
    private final String runAsUser;
    private final Integer servicePort;
    private final SortedMap<String, String> environment;
    private final String logGroupName;
    private final CfnSignal cfnSignal;
    private final String healthCheckPath;
    private final int healthCheckTimeoutSeconds;

    private RuntimeBootstrapModel(Builder b) {
        serviceName = Checks.required("serviceName", b.serviceName);
        region = Checks.required("region", b.region);
        artifactBucket = Checks.required("artifactBucket", b.artifactBucket);
        artifactKey = Checks.required("artifactKey", b.artifactKey);
        artifactSha256 = Checks.required("artifactSha256", b.artifactSha256);
        executable = Checks.required("runCommand", b.executable);
        arguments = b.arguments;
        logGroupName = Checks.required("logGroupName", b.logGroupName);
        cfnSignal = Checks.required("cfnSignal", b.cfnSignal);
        installDir = b.installDir != null ? b.installDir : "/opt/" + serviceName;
        runAsUser = b.runAsUser != null ? b.runAsUser : defaultUser(serviceName);
        servicePort = b.servicePort;
        environment = Collections.unmodifiableSortedMap(new TreeMap<>(b.environment));
        healthCheckPath = b.healthCheckPath;
        healthCheckTimeoutSeconds = b.healthCheckTimeoutSeconds;
        if (healthCheckPath != null && servicePort == null) {
            throw new IllegalStateException(
                    "healthCheckPath needs servicePort: set servicePort(...) to the port the check calls");
        }
    }

    private static String defaultUser(String serviceName) {
        try {
            return Checks.userName("runAsUser", serviceName);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "runAsUser defaults to serviceName '" + serviceName
                            + "', which is not a valid Linux user name; set runAsUser(...)",
                    e);
        }
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
        data.put("serviceName", serviceName);
        data.put("region", region);
        data.put("artifactBucket", artifactBucket);
        data.put("artifactKey", artifactKey);
        data.put("artifactSha256", artifactSha256);
        data.put("installDir", installDir);
        data.put("executable", executable);
        data.put("arguments", arguments);
        data.put("runAsUser", runAsUser);
        if (servicePort != null) {
            data.put("servicePort", servicePort);
        }
        data.put("environment", environment);
        data.put("logGroupName", logGroupName);
        data.put("stackName", cfnSignal.stackName());
        data.put("resourceLogicalId", cfnSignal.resourceLogicalId());
        if (healthCheckPath != null) {
            data.put("healthCheckPath", healthCheckPath);
            data.put("healthCheckTimeoutSeconds", healthCheckTimeoutSeconds);
        }
        return Collections.unmodifiableMap(data);
    }

    public String serviceName() {
        return serviceName;
    }

    public String region() {
        return region;
    }

    public String artifactBucket() {
        return artifactBucket;
    }

    public String artifactKey() {
        return artifactKey;
    }

    public String artifactSha256() {
        return artifactSha256;
    }

    public String installDir() {
        return installDir;
    }

    /** The program to run, relative to the unpacked artifact. */
    public String executable() {
        return executable;
    }

    public List<String> arguments() {
        return arguments;
    }

    public String runAsUser() {
        return runAsUser;
    }

    public OptionalInt servicePort() {
        return servicePort == null ? OptionalInt.empty() : OptionalInt.of(servicePort);
    }

    public SortedMap<String, String> environment() {
        return environment;
    }

    public String logGroupName() {
        return logGroupName;
    }

    public CfnSignal cfnSignal() {
        return cfnSignal;
    }

    public Optional<String> healthCheckPath() {
        return Optional.ofNullable(healthCheckPath);
    }

    public int healthCheckTimeoutSeconds() {
        return healthCheckTimeoutSeconds;
    }

    /** Builds a {@link RuntimeBootstrapModel}; each setter checks its value at once. */
    public static final class Builder {
        private String serviceName;
        private String region;
        private String artifactBucket;
        private String artifactKey;
        private String artifactSha256;
        private String installDir;
        private String executable;
        private List<String> arguments = List.of();
        private String runAsUser;
        private Integer servicePort;
        private final Map<String, String> environment = new TreeMap<>();
        private String logGroupName;
        private CfnSignal cfnSignal;
        private String healthCheckPath;
        private int healthCheckTimeoutSeconds = 300;

        private Builder() {}

        /** Names the systemd unit, the log folder and, by default, the user and install folder. */
        public Builder serviceName(String serviceName) {
            this.serviceName = Checks.serviceName("serviceName", serviceName);
            return this;
        }

        public Builder region(String region) {
            this.region = Checks.region("region", region);
            return this;
        }

        public Builder artifactBucket(String artifactBucket) {
            this.artifactBucket = Checks.bucket("artifactBucket", artifactBucket);
            return this;
        }

        /** The key of a gzip-compressed tarball. */
        public Builder artifactKey(String artifactKey) {
            this.artifactKey = Checks.s3Key("artifactKey", artifactKey);
            return this;
        }

        /** The tarball's SHA-256; a download with any other checksum fails the boot. */
        public Builder artifactSha256(String artifactSha256) {
            this.artifactSha256 = Checks.sha256("artifactSha256", artifactSha256);
            return this;
        }

        /** Where the tarball is unpacked; {@code /opt/<serviceName>} by default. */
        public Builder installDir(String installDir) {
            this.installDir = Checks.absolutePath("installDir", installDir);
            return this;
        }

        /** The program, relative to the unpacked tarball, and its arguments. */
        public Builder runCommand(String executable, String... arguments) {
            return runCommand(executable, List.of(Checks.notNull("runCommand arguments", arguments)));
        }

        public Builder runCommand(String executable, List<String> arguments) {
            String checked = Checks.relativePath("runCommand executable", executable);
            Checks.notNull("runCommand arguments", arguments).forEach(a -> Checks.argument("runCommand argument", a));
            this.executable = checked;
            this.arguments = List.copyOf(arguments);
            return this;
        }

        /** The system user the service runs as; the service name by default. */
        public Builder runAsUser(String runAsUser) {
            this.runAsUser = Checks.userName("runAsUser", runAsUser);
            return this;
        }

        public Builder servicePort(int servicePort) {
            this.servicePort = Checks.port("servicePort", servicePort);
            return this;
        }

        public Builder putEnvironment(String name, String value) {
            environment.put(Checks.envName("environment name", name), Checks.envValue(name, value));
            return this;
        }

        /** Replaces the whole environment. */
        public Builder environment(Map<String, String> environment) {
            Map<String, String> checked = new TreeMap<>();
            Checks.notNull("environment", environment)
                    .forEach((name, value) ->
                            checked.put(Checks.envName("environment name", name), Checks.envValue(name, value)));
            this.environment.clear();
            this.environment.putAll(checked);
            return this;
        }

        public Builder logGroupName(String logGroupName) {
            this.logGroupName = Checks.logGroupName("logGroupName", logGroupName);
            return this;
        }

        /** The stack and resource (usually the auto scaling group) whose creation policy waits. */
        public Builder cfnSignal(String stackName, String resourceLogicalId) {
            this.cfnSignal = CfnSignal.of(stackName, resourceLogicalId);
            return this;
        }

        /** When set, success is signalled only once the service answers on this path. */
        public Builder healthCheckPath(String healthCheckPath) {
            this.healthCheckPath = Checks.urlPath("healthCheckPath", healthCheckPath);
            return this;
        }

        public Builder healthCheckTimeoutSeconds(int seconds) {
            if (seconds < 5 || seconds > 3600) {
                throw new IllegalArgumentException("healthCheckTimeoutSeconds " + seconds
                        + " is invalid: use 5 to 3600, within the creation policy's timeout");
            }
            this.healthCheckTimeoutSeconds = seconds;
            return this;
        }

        public RuntimeBootstrapModel build() {
            return new RuntimeBootstrapModel(this);
        }
    }
}
