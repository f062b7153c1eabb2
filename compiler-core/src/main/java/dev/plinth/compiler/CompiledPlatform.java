package dev.plinth.compiler;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.plinth.manifest.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Everything a compile produces for one platform and environment, before it is written:
 * the wired stacks, the user-data scripts by role, and what identifies the environment.
 */
public final class CompiledPlatform {
    private final String platform;
    private final String environment;
    private final String region;
    private final Optional<String> accountId;
    private final boolean production;
    private final ImmutableSortedMap<String, String> tags;
    private final ImmutableList<WiredStack> stacks;
    private final ImmutableSortedMap<String, String> userData;

    public CompiledPlatform(
            String platform,
            String environment,
            String region,
            Optional<String> accountId,
            boolean production,
            Map<String, String> tags,
            List<WiredStack> stacks,
            Map<String, String> userData) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.region = Objects.requireNonNull(region, "region");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.production = production;
        this.tags = ImmutableSortedMap.copyOf(tags);
        this.stacks = ImmutableList.copyOf(stacks);
        this.userData = ImmutableSortedMap.copyOf(userData);
    }

    public String platform() {
        return platform;
    }

    public String environment() {
        return environment;
    }

    public String region() {
        return region;
    }

    public Optional<String> accountId() {
        return accountId;
    }

    public boolean production() {
        return production;
    }

    /** Tags on every stack (and so on every resource CloudFormation tags). */
    public SortedMap<String, String> tags() {
        return tags;
    }

    /** The stacks in the order the platform declares them. */
    public List<WiredStack> stacks() {
        return stacks;
    }

    /** Rendered user-data scripts by role ({@code web}, {@code bastion}), as the instances see them. */
    public SortedMap<String, String> userData() {
        return userData;
    }

    /** The CloudFormation stack name of a platform stack: {@code <platform>-<environment>-<stack>}. */
    public String stackName(String stack) {
        return Manifest.stackName(platform, environment, stack);
    }
}
