package dev.plinth.cfn.testing;

import java.util.List;

/** The resources of one type in a template. */
public final class ResourceTypeAssert {
    private final TemplateAssert template;
    private final String type;
    private final List<String> ids;

    ResourceTypeAssert(TemplateAssert template, String type, List<String> ids) {
        this.template = template;
        this.type = type;
        this.ids = ids;
        if (ids.isEmpty()) {
            template.fail("Expected at least one %s resource, found none", type);
        }
    }

    public TemplateAssert times(int count) {
        if (ids.size() != count) {
            template.fail("Expected %d %s resources, found %d: %s", count, type, ids.size(), ids);
        }
        return template;
    }

    public TemplateAssert atLeastOnce() {
        return template;
    }

    public List<String> logicalIds() {
        return ids;
    }
}
