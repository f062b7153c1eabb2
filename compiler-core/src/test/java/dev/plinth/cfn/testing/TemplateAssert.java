package dev.plinth.cfn.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a template as CloudFormation will read it (the written JSON, logical ids
 * resolved): {@code assertThat(template).hasResource("AWS::EC2::NatGateway").times(3)},
 * {@code assertThat(template).resource("Vpc").hasProperty("CidrBlock", "10.0.0.0/16")}.
 */
public final class TemplateAssert extends AbstractAssert<TemplateAssert, Template> {
    static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode tree;

    private TemplateAssert(Template template) {
        super(template, TemplateAssert.class);
        try {
            this.tree = JSON.readTree(TemplateWriter.json(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TemplateAssert assertThat(Template template) {
        return new TemplateAssert(template);
    }

    /** The template as written, for assertions this class does not have. */
    public JsonNode json() {
        return tree;
    }

    /** Resources of a type; chain {@code .times(n)} or {@code .atLeastOnce()}. */
    public ResourceTypeAssert hasResource(String type) {
        List<String> ids = resourceIds(type);
        return new ResourceTypeAssert(this, type, ids);
    }

    public TemplateAssert hasNoResource(String type) {
        List<String> ids = resourceIds(type);
        if (!ids.isEmpty()) {
            failWithMessage("Expected no %s resource, found %s", type, ids);
        }
        return this;
    }

    /** The resource with this logical id. */
    public ResourceAssert resource(String logicalId) {
        JsonNode resource = tree.path("Resources").get(logicalId);
        if (resource == null) {
            failWithMessage("Expected a resource %s; the template has %s", logicalId, names(tree.path("Resources")));
        }
        return new ResourceAssert(this, logicalId, resource);
    }

    /** Every resource of a type, in logical id order. */
    public List<ResourceAssert> resources(String type) {
        List<ResourceAssert> resources = new ArrayList<>();
        for (String id : resourceIds(type)) {
            resources.add(new ResourceAssert(this, id, tree.path("Resources").get(id)));
        }
        return resources;
    }

    public TemplateAssert hasParameter(String logicalId) {
        return hasEntry("Parameters", logicalId);
    }

    public TemplateAssert hasOutput(String logicalId) {
        return hasEntry("Outputs", logicalId);
    }

    public TemplateAssert hasCondition(String logicalId) {
        return hasEntry("Conditions", logicalId);
    }

    /** No diagnostic at all from the validator over the bundled specification. */
    public TemplateAssert isValid() {
        List<Diagnostic> diagnostics = TemplateValidator.bundled().validate(actual, "template");
        if (!diagnostics.isEmpty()) {
            failWithMessage(
                    "Expected a valid template, got:%n%s",
                    diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        return this;
    }

    private TemplateAssert hasEntry(String section, String logicalId) {
        if (!tree.path(section).has(logicalId)) {
            failWithMessage("Expected %s to have %s; it has %s", section, logicalId, names(tree.path(section)));
        }
        return this;
    }

    private List<String> resourceIds(String type) {
        List<String> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (type.equals(entry.getValue().path("Type").asText())) {
                ids.add(entry.getKey());
            }
        }
        return ids;
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    void fail(String message, Object... args) {
        failWithMessage(message, args);
    }
}
