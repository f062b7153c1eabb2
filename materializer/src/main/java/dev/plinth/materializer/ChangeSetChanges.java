package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.Protection;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

/** Turns a change set's changes into the report's resource changes, protected resources (the manifest's) marked. */
final class ChangeSetChanges {
    private ChangeSetChanges() {}

    static List<ResourceChange> of(List<Change> changes, Manifest.Stack stack) {
        List<ResourceChange> result = new ArrayList<>();
        for (Change change : changes) {
            software.amazon.awssdk.services.cloudformation.model.ResourceChange rc = change.resourceChange();
            if (rc == null) {
                continue;
            }
            Set<String> changed = new TreeSet<>();
            Set<String> replacing = new TreeSet<>();
            for (ResourceChangeDetail detail : rc.details()) {
                if (detail.target() == null || detail.target().name() == null) {
                    continue;
                }
                String name = detail.target().name();
                changed.add(name);
                String recreation = detail.target().requiresRecreationAsString();
                if ("Always".equals(recreation) || "Conditionally".equals(recreation)) {
                    replacing.add(name);
                }
            }
            String type = rc.resourceType() == null ? "" : rc.resourceType();
            boolean isProtected = isProtected(stack, rc.logicalResourceId(), type, rc.actionAsString());
            Optional<String> replacement = "Modify".equals(rc.actionAsString())
                    ? Optional.ofNullable(rc.replacementAsString())
                    : Optional.empty();
            result.add(new ResourceChange(
                    rc.logicalResourceId(),
                    type,
                    rc.actionAsString(),
                    replacement,
                    new ArrayList<>(replacing),
                    new ArrayList<>(changed),
                    isProtected));
        }
        return result;
    }

    /**
     * As the manifest says for a resource of the new template; a resource the change set removes is
     * not in it, so the manifest cannot speak for it and its type decides.
     */
    static boolean isProtected(Manifest.Stack stack, String logicalId, String type, String action) {
        return stack.protectedResources().contains(logicalId)
                || ("Remove".equals(action) && Protection.protectsUnlisted(type));
    }
}
