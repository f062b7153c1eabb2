package dev.plinth.manifest;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The contract between the compiler and everything downstream: {@code manifest.json} of a
 * compiled platform/environment. It names each stack's template file and hash, where each
 * parameter's value comes from, the outputs, the order between stacks, tags, capabilities and
 * the resources a deletion would lose; and each user-data script with its hash. The
 * materializer reads this and the files it names, never the Java model.
 */
public record Manifest(
        int schemaVersion,
        String platform,
        String environment,
        String region,
        Optional<String> accountId,
        boolean production,
        SortedMap<String, String> tags,
        List<Stack> stacks,
        List<UserData> userData) {

    /** The version this code writes and reads; a reader refuses any other. */
    public static final int SCHEMA_VERSION = 1;

    /** The file name inside the output folder. */
    public static final String FILE_NAME = "manifest.json";
    /** The stack tags that say which platform, environment and stack a CloudFormation stack belongs to. */
    public static final String PLATFORM_TAG = "plinth:platform";

    public static final String ENVIRONMENT_TAG = "plinth:environment";
    public static final String STACK_TAG = "plinth:stack";

    public Manifest {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        tags = ImmutableSortedMap.copyOf(tags);
        stacks = ImmutableList.copyOf(stacks);
        userData = ImmutableList.copyOf(userData);
    }

    /**
     * Reads a {@code manifest.json}. A file that is not JSON, misses or mistypes a field, or has
     * another schema version is an IOException whose message names the file and what is wrong
     * (with the line and column of a JSON syntax error), ready to show as it is.
     */
    public static Manifest read(Path file) throws IOException {
        return ManifestJson.read(Files.readAllBytes(file), file.toString());
    }

    public static Manifest parse(byte[] json) throws IOException {
        return ManifestJson.read(json, FILE_NAME);
    }

    /** The manifest as written: fixed field order, sorted maps, two-space indents, a final newline. */
    public byte[] toJson() {
        return ManifestJson.write(this);
    }

    /**
     * The CloudFormation stack name of a platform's stack: {@code <platform>-<environment>-<stack>}.
     * The one place it is made; the compiler names every stack with it and the manifest records it.
     */
    public static String stackName(String platform, String environment, String stack) {
        return platform + "-" + environment + "-" + stack;
    }

    /** The ownership tags of one of this manifest's stacks, as every stack Plinth deploys carries them. */
    public SortedMap<String, String> ownershipTags(Stack stack) {
        return ImmutableSortedMap.of(PLATFORM_TAG, platform, ENVIRONMENT_TAG, environment, STACK_TAG, stack.name());
    }

    public Optional<Stack> stack(String name) {
        return stacks.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** One stack: its template file and what deploying it needs. */
    public record Stack(
            String name,
            String stackName,
            String template,
            TemplateFormat format,
            String sha256,
            long bytes,
            boolean needsS3,
            int resources,
            SortedMap<String, StackParameter> parameters,
            List<StackOutput> outputs,
            SortedSet<String> dependsOn,
            SortedMap<String, String> tags,
            SortedSet<String> capabilities,
            boolean terminationProtection,
            List<String> protectedResources,
            List<String> notificationArns,
            Optional<String> stackPolicy) {

        public Stack {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(stackName, "stackName");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(sha256, "sha256");
            parameters = ImmutableSortedMap.copyOf(parameters);
            outputs = ImmutableList.copyOf(outputs);
            dependsOn = ImmutableSortedSet.copyOf(dependsOn);
            tags = ImmutableSortedMap.copyOf(tags);
            capabilities = ImmutableSortedSet.copyOf(capabilities);
            protectedResources = ImmutableList.copyOf(protectedResources);
            notificationArns = ImmutableList.copyOf(notificationArns);
            Objects.requireNonNull(stackPolicy, "stackPolicy");
        }
    }

    /** Where a parameter's value comes from when the stack is deployed. */
    public enum Source {
        /** An output of another stack of the platform. */
        OUTPUT,
        /** A value the compiler fixed. */
        VALUE,
        /** Nothing is passed: the template's default applies. */
        DEFAULT,
        /** Nothing is passed and there is no default: whoever deploys must supply it. */
        NONE;

        String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A stack parameter: its CloudFormation type and its source. {@code stack} and {@code output}
     * are set for {@link Source#OUTPUT}; {@code value} holds the fixed value for
     * {@link Source#VALUE} and the default for {@link Source#DEFAULT}.
     */
    public record StackParameter(
            String type, Source source, Optional<String> stack, Optional<String> output, Optional<String> value) {

        public StackParameter {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(source, "source");
            if (stack.isPresent() != (source == Source.OUTPUT) || output.isPresent() != (source == Source.OUTPUT)) {
                throw new IllegalArgumentException("stack and output are set exactly when the source is an output");
            }
            if (value.isPresent() != (source == Source.VALUE || source == Source.DEFAULT)) {
                throw new IllegalArgumentException("a value is set exactly when the source is a value or a default");
            }
        }

        public static StackParameter fromOutput(String type, String stack, String output) {
            return new StackParameter(type, Source.OUTPUT, Optional.of(stack), Optional.of(output), Optional.empty());
        }

        public static StackParameter fixed(String type, String value) {
            return new StackParameter(type, Source.VALUE, Optional.empty(), Optional.empty(), Optional.of(value));
        }

        public static StackParameter defaulted(String type, String defaultValue) {
            return new StackParameter(
                    type, Source.DEFAULT, Optional.empty(), Optional.empty(), Optional.of(defaultValue));
        }

        public static StackParameter unset(String type) {
            return new StackParameter(type, Source.NONE, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A stack output; {@code export} only when the template exports it under a literal name. */
    public record StackOutput(String name, Optional<String> description, Optional<String> export) {

        public StackOutput {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(export, "export");
        }
    }

    /** A rendered user-data script. */
    public record UserData(String role, String file, String sha256, long bytes) {

        public UserData {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
