package dev.plinth.templates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of {@code bastion.sh.ftl}: hardens a bastion host's sshd, keeps it patched with
 * security updates, ships its auth and system logs to CloudWatch and turns SSM Session Manager
 * on or off.
 */
public final class BastionModel implements UserDataModel {
    public static final String TEMPLATE = "bastion.sh.ftl";

    private final String name;
    private final String region;
    private final String logGroupName;
    private final boolean ssmEnabled;
    private final CfnSignal cfnSignal;

    private BastionModel(Builder b) {
        name = Checks.required("name", b.name);
        region = Checks.required("region", b.region);
        logGroupName = Checks.required("logGroupName", b.logGroupName);
        ssmEnabled = b.ssmEnabled;
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
        data.put("name", name);
        data.put("region", region);
        data.put("logGroupName", logGroupName);
        data.put("ssmEnabled", ssmEnabled);
        if (cfnSignal != null) {
            data.put("stackName", cfnSignal.stackName());
            data.put("resourceLogicalId", cfnSignal.resourceLogicalId());
        }
        return Collections.unmodifiableMap(data);
    }

    /** The host name the bastion gives itself. */
    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String logGroupName() {
        return logGroupName;
    }

    public boolean ssmEnabled() {
        return ssmEnabled;
    }

    public Optional<CfnSignal> cfnSignal() {
        return Optional.ofNullable(cfnSignal);
    }

    /** Builds a {@link BastionModel}; each setter checks its value at once. */
    public static final class Builder {
        private String name;
        private String region;
        private String logGroupName;
        private boolean ssmEnabled = true;
        private CfnSignal cfnSignal;

        private Builder() {}

        public Builder name(String name) {
            this.name = Checks.hostName("name", name);
            return this;
        }

        public Builder region(String region) {
            this.region = Checks.region("region", region);
            return this;
        }

        public Builder logGroupName(String logGroupName) {
            this.logGroupName = Checks.logGroupName("logGroupName", logGroupName);
            return this;
        }

        /** Session Manager is on by default: it gives shell access without opening port 22. */
        public Builder ssmEnabled(boolean ssmEnabled) {
            this.ssmEnabled = ssmEnabled;
            return this;
        }

        /**
         * Signals the outcome to this stack and resource. Leave unset for a bastion without a
         * creation policy: nothing would wait for the signal.
         */
        public Builder cfnSignal(String stackName, String resourceLogicalId) {
            this.cfnSignal = CfnSignal.of(stackName, resourceLogicalId);
            return this;
        }

        public BastionModel build() {
            return new BastionModel(this);
        }
    }
}
