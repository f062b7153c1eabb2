package dev.plinth.cfn.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** One resource of a template, as written. */
public final class ResourceAssert {
    private final TemplateAssert template;
    private final String logicalId;
    private final JsonNode resource;

    ResourceAssert(TemplateAssert template, String logicalId, JsonNode resource) {
        this.template = template;
        this.logicalId = logicalId;
        this.resource = resource;
    }

    public String logicalId() {
        return logicalId;
    }

    public ResourceAssert hasType(String type) {
        if (!type.equals(resource.path("Type").asText())) {
            template.fail(
                    "Expected %s to be a %s, it is a %s",
                    logicalId, type, resource.path("Type").asText());
        }
        return this;
    }

    /**
     * A property equals the expected value, given as Java data (strings, numbers, booleans, maps,
     * lists) compared with the written JSON. {@code path} may go into nested objects and lists:
     * {@code "LaunchTemplateData/MetadataOptions/HttpTokens"}, {@code "Tags/0/Key"}.
     */
    public ResourceAssert hasProperty(String path, Object expected) {
        JsonNode actual = property(path);
        JsonNode wanted = TemplateAssert.JSON.valueToTree(expected);
        if (!wanted.equals(actual)) {
            template.fail("Expected %s property %s to be%n  %s%nbut was%n  %s", logicalId, path, wanted, actual);
        }
        return this;
    }

    public ResourceAssert hasNoProperty(String path) {
        JsonNode node = at(resource.path("Properties"), path);
        if (!node.isMissingNode()) {
            template.fail("Expected %s to have no property %s, it is %s", logicalId, path, node);
        }
        return this;
    }

    /** An attribute of the resource entry itself: DeletionPolicy, DependsOn, Condition, … */
    public ResourceAssert hasAttribute(String name, Object expected) {
        JsonNode actual = resource.path(name);
        JsonNode wanted = TemplateAssert.JSON.valueToTree(expected);
        if (!wanted.equals(actual)) {
            template.fail("Expected %s %s to be %s but was %s", logicalId, name, wanted, actual);
        }
        return this;
    }

    /** The written value of a property, for assertions this class does not have. */
    public JsonNode property(String path) {
        JsonNode node = at(resource.path("Properties"), path);
        if (node.isMissingNode()) {
            template.fail(
                    "Expected %s to have property %s; its properties are %s",
                    logicalId, path, TemplateAssert.names(resource.path("Properties")));
        }
        return node;
    }

    public TemplateAssert and() {
        return template;
    }

    private static JsonNode at(JsonNode start, String path) {
        JsonNode node = start;
        for (String part : path.split("/")) {
            node = node.isArray() && part.matches("[0-9]+") ? node.path(Integer.parseInt(part)) : node.path(part);
        }
        return node;
    }
}
