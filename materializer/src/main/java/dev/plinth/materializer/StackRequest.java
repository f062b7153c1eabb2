package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/**
 * Everything one stack's convergence needs: the manifest entry, the template bytes, the
 * parameter values resolved from upstream outputs (and which are not known yet), the tags, the
 * reviewed change set to execute when applying a plan file; and
 * from those, what the deployed stack should look like.
 */
record StackRequest(
        Manifest.Stack stack,
        byte[] template,
        Map<String, String> parameters,
        Set<String> unknownParameters,
        SortedMap<String, String> tags,
        Optional<String> reviewedChangeSet) {

    static final String HASH_TAG = "plinth:template-sha256";
    /** The policy that lets an allowed replacement through, set only while it executes. */
    static final String ALLOW_ALL_POLICY =
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"Update:*\",\"Principal\":\"*\",\"Resource\":\"*\"}]}";

    /**
     * Whether the deployed stack has this template, these parameters, tags and notification topics:
     * everything a change set would change. What protects it (policy, termination protection) is
     * compared apart.
     */
    boolean matches(StackState state) {
        if (!stack.sha256().equals(state.tags().get(HASH_TAG)) || !unknownParameters.isEmpty()) {
            return false;
        }
        if (!new TreeMap<>(state.tags()).equals(wantedTags())
                || !state.notificationArns().equals(new TreeSet<>(stack.notificationArns()))) {
            return false;
        }
        for (Map.Entry<String, String> wanted : wantedParameters().entrySet()) {
            if (!wanted.getValue().equals(state.parameters().get(wanted.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The value each parameter should have: resolved from upstream, fixed, or the template's default. */
    Map<String, String> wantedParameters() {
        Map<String, String> wanted = new TreeMap<>(parameters);
        stack.parameters().forEach((key, parameter) -> {
            if (parameter.source() == Manifest.Source.DEFAULT) {
                wanted.put(key, parameter.value().orElseThrow());
            }
        });
        return wanted;
    }

    /** The stack's tags: the manifest's, the ownership tags and the template hash. */
    SortedMap<String, String> wantedTags() {
        SortedMap<String, String> wanted = new TreeMap<>(tags);
        wanted.put(HASH_TAG, stack.sha256());
        return wanted;
    }

    /** Parameters whose value changes on an existing stack, old → new; "known after apply" where an upstream decides. */
    List<ParameterChange> parameterChanges(Optional<StackState> existing) {
        if (existing.isEmpty()) {
            return List.of();
        }
        Map<String, String> old = existing.get().parameters();
        List<ParameterChange> result = new ArrayList<>();
        Map<String, String> wanted = wantedParameters();
        unknownParameters.forEach(key -> wanted.put(key, ParameterResolver.KNOWN_AFTER_APPLY));
        wanted.forEach((key, value) -> {
            if (!value.equals(old.get(key))) {
                result.add(new ParameterChange(
                        key,
                        Optional.ofNullable(old.get(key)),
                        value.equals(ParameterResolver.KNOWN_AFTER_APPLY) ? Optional.empty() : Optional.of(value)));
            }
        });
        return result;
    }

    /**
     * The change set's parameters. A default-sourced parameter is left out, so the template's
     * current default applies; {@code UsePreviousValue} only for one the deployer supplies.
     */
    List<Parameter> changeSetParameters(Optional<StackState> state) {
        List<Parameter> result = new ArrayList<>();
        stack.parameters().forEach((key, source) -> {
            String value = parameters.get(key);
            if (value != null) {
                result.add(Parameter.builder()
                        .parameterKey(key)
                        .parameterValue(value)
                        .build());
            } else if (unknownParameters.contains(key)) {
                result.add(Parameter.builder()
                        .parameterKey(key)
                        .parameterValue(ParameterResolver.KNOWN_AFTER_APPLY)
                        .build());
            } else if (source.source() == Manifest.Source.NONE
                    && state.isPresent()
                    && state.get().parameters().containsKey(key)) {
                result.add(Parameter.builder()
                        .parameterKey(key)
                        .usePreviousValue(true)
                        .build());
            }
        });
        return result;
    }
}
