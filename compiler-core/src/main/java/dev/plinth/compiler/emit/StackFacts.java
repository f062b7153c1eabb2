package dev.plinth.compiler.emit;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Literal;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Template;
import dev.plinth.compiler.ParameterSource;
import dev.plinth.compiler.WiredStack;
import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.Protection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the manifest says about one stack that is read off its template. Which resources are
 * protected is {@link Protection}'s rule, applied here.
 */
final class StackFacts {
    static final String CAPABILITY_IAM = "CAPABILITY_IAM";
    static final String CAPABILITY_NAMED_IAM = "CAPABILITY_NAMED_IAM";
    static final String CAPABILITY_AUTO_EXPAND = "CAPABILITY_AUTO_EXPAND";

    /** The IAM types whose name property makes CloudFormation ask for CAPABILITY_NAMED_IAM. */
    private static final Map<String, String> IAM_NAME_PROPERTIES = Map.of(
            "AWS::IAM::Role", "RoleName",
            "AWS::IAM::User", "UserName",
            "AWS::IAM::Group", "GroupName",
            "AWS::IAM::ManagedPolicy", "ManagedPolicyName",
            "AWS::IAM::InstanceProfile", "InstanceProfileName");

    private StackFacts() {}

    static SortedSet<String> capabilities(Template template) {
        SortedSet<String> capabilities = new TreeSet<>();
        boolean iam = false;
        boolean named = false;
        for (Resource resource : template.resources().values()) {
            if (resource.type().startsWith("AWS::IAM::")) {
                iam = true;
                String nameProperty = IAM_NAME_PROPERTIES.get(resource.type());
                named |= nameProperty != null && resource.properties().containsKey(nameProperty);
            }
        }
        if (named) {
            capabilities.add(CAPABILITY_NAMED_IAM);
        } else if (iam) {
            capabilities.add(CAPABILITY_IAM);
        }
        if (!template.transforms().isEmpty()) {
            capabilities.add(CAPABILITY_AUTO_EXPAND);
        }
        return capabilities;
    }

    static List<String> protectedResources(Template template) {
        SortedSet<String> ids = new TreeSet<>();
        template.resources().forEach((id, resource) -> {
            if (Protection.protects(
                    resource.type(),
                    resource.deletionPolicy().map(DeletionPolicy::templateName),
                    resource.updateReplacePolicy().map(DeletionPolicy::templateName))) {
                ids.add(id);
            }
        });
        return new ArrayList<>(ids);
    }

    /**
     * In production, the stack policy that keeps updates from replacing or deleting the protected
     * resources (a change set that would is refused by CloudFormation too, not only by Plinth's
     * check); everything else may be updated. None outside production or without such resources.
     */
    static Optional<String> stackPolicy(Template template, boolean production) {
        List<String> protectedIds = protectedResources(template);
        if (!production || protectedIds.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder resources = new StringBuilder();
        for (String id : protectedIds) {
            resources
                    .append(resources.length() == 0 ? "" : ",")
                    .append("\"LogicalResourceId/")
                    .append(id)
                    .append('"');
        }
        return Optional.of(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"Update:*\",\"Principal\":\"*\",\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Deny\",\"Action\":[\"Update:Replace\",\"Update:Delete\"],\"Principal\":\"*\",\"Resource\":["
                        + resources + "]}]}");
    }

    /** Each parameter's source: the wiring's when it has one, else the template's default, else none. */
    static SortedMap<String, Manifest.StackParameter> parameters(WiredStack stack) {
        SortedMap<String, Manifest.StackParameter> parameters = new TreeMap<>();
        stack.stack()
                .template()
                .parameters()
                .forEach((name, parameter) -> parameters.put(
                        name,
                        parameter(
                                parameter,
                                Optional.ofNullable(stack.parameterSources().get(name)))));
        return parameters;
    }

    private static Manifest.StackParameter parameter(Parameter<?> parameter, Optional<ParameterSource> source) {
        String type = parameter.type().name();
        if (source.isPresent() && source.get().value().isPresent()) {
            return Manifest.StackParameter.fixed(type, source.get().value().get());
        }
        if (source.isPresent()) {
            return Manifest.StackParameter.fromOutput(
                    type,
                    source.get().stack().orElseThrow(),
                    source.get().output().orElseThrow());
        }
        return parameter
                .defaultValue()
                .map(d -> Manifest.StackParameter.defaulted(type, d))
                .orElseGet(() -> Manifest.StackParameter.unset(type));
    }

    static List<Manifest.StackOutput> outputs(Template template) {
        List<Manifest.StackOutput> outputs = new ArrayList<>();
        new TreeMap<>(template.outputs())
                .forEach((name, output) ->
                        outputs.add(new Manifest.StackOutput(name, output.description(), literalExport(output))));
        return outputs;
    }

    /** An export named by an intrinsic is only known once deployed, so the manifest leaves it out. */
    private static Optional<String> literalExport(Output output) {
        return output.exportName()
                .flatMap(e -> e instanceof Literal<?> literal && literal.value() instanceof String name
                        ? Optional.of(name)
                        : Optional.empty());
    }
}
