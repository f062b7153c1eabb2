package dev.plinth.materializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.materializer.diff.AccessChange;
import dev.plinth.materializer.diff.AccessDiff;
import dev.plinth.materializer.diff.Banner;
import dev.plinth.materializer.diff.Banners;
import dev.plinth.materializer.diff.DiffText;
import dev.plinth.materializer.diff.PropertyChange;
import dev.plinth.materializer.diff.PropertyDiff;
import dev.plinth.materializer.diff.ResourceChange;
import dev.plinth.materializer.diff.ResourceReview;
import dev.plinth.materializer.diff.ValueDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

/**
 * A change set reviewed as a person would: each resource's properties old → new (the deployed
 * template, as {@code GetTemplate} returns it, against the new one, merged with what the change
 * set's details say CloudFormation will do), the permissions and ingress it adds or removes,
 * and the banners a reviewer must not miss.
 */
public final class Reviews {
    /** How many lines of a long value's diff a plan shows before "… n more lines". */
    static final int VALUE_LINES = 40;
    /**
     * A change set's tag detail: the stack's tags changed (Plinth's template hash tag does with
     * every template change) and reach every taggable resource; said once, not as a property.
     */
    private static final String STACK_TAGS = "(attribute) Tags";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    /** The changes with their property and access lines, and the stack's banners. */
    public record Reviewed(List<ResourceChange> changes, List<ReviewBanner> banners) {}

    private Reviews() {}

    static Reviewed of(
            List<ResourceChange> changes, List<Change> raw, Optional<String> deployedTemplate, byte[] newTemplate) {
        return of(
                changes,
                raw,
                deployedTemplate.map(Reviews::parse),
                parse(new String(newTemplate, StandardCharsets.UTF_8)));
    }

    /**
     * Reviews changes between two parsed templates (the offline plan's, with no change set: {@code
     * raw} empty); {@code deployed} empty when the old template could not be read.
     */
    public static Reviewed of(
            List<ResourceChange> changes, List<Change> raw, Optional<JsonNode> deployed, JsonNode newTemplate) {
        Optional<String> deployedTemplate = deployed.map(Object::toString);
        JsonNode before = deployed.orElse(MissingNode.getInstance()).path("Resources");
        JsonNode after = newTemplate.path("Resources");
        Map<String, List<ResourceChangeDetail>> details = new HashMap<>();
        raw.stream()
                .map(Change::resourceChange)
                .filter(rc -> rc != null && rc.logicalResourceId() != null)
                .forEach(rc -> details.put(rc.logicalResourceId(), rc.details()));
        PropertyDiff properties = new PropertyDiff(ResourceSpecification.bundled());
        List<ResourceChange> reviewed = new ArrayList<>();
        List<ResourceReview> reviews = new ArrayList<>();
        for (ResourceChange change : changes) {
            JsonNode old = before.path(change.logicalId());
            JsonNode now = after.path(change.logicalId());
            List<PropertyChange> changed = new ArrayList<>(
                    change.action().equals("Modify")
                            ? properties.between(old, now, details.getOrDefault(change.logicalId(), List.of()))
                            : List.of());
            boolean stackTags = changed.removeIf(p -> p.path().equals(STACK_TAGS));
            boolean known = deployedTemplate.isPresent() || !change.action().equals("Modify");
            List<AccessChange> access = known && AccessDiff.analyzes(change.resourceType())
                    ? AccessDiff.between(change.logicalId(), old, now)
                    : List.of();
            List<String> propertyLines = new ArrayList<>();
            if (stackTags && changed.isEmpty()) {
                propertyLines.add(
                        "tags only: the stack's tags change, and CloudFormation gives them to every taggable resource");
            }
            for (PropertyChange property : changed) {
                propertyLines.add(DiffText.line(property));
                if (ValueDiff.isLong(property)) {
                    ValueDiff.lines(property, VALUE_LINES).forEach(line -> propertyLines.add("    " + line));
                }
            }
            List<String> accessLines = new ArrayList<>();
            access.forEach(a -> accessLines.add(a.description()));
            reviewed.add(change.reviewed(propertyLines, accessLines));
            reviews.add(
                    known
                            ? ResourceReview.of(change, changed, access)
                            : ResourceReview.withoutTemplates(change, changed));
        }
        List<ReviewBanner> banners = new ArrayList<>();
        for (Banner banner : Banners.of(reviews)) {
            List<String> lines = DiffText.banner(banner);
            banners.add(new ReviewBanner(banner.kind().name(), lines.get(0), lines.subList(1, lines.size())));
        }
        return new Reviewed(reviewed, banners);
    }

    private static JsonNode parse(String body) {
        try {
            String trimmed = body.stripLeading();
            return (trimmed.startsWith("{") ? JSON : YAML).readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
