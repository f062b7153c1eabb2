package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text of the engine's values, one line per property change and per banner entry: the one place that words them. */
public final class DiffText {
    /** How much of a long text's first line a property change's line shows. */
    private static final int EXCERPT = 40;

    private DiffText() {}

    /**
     * One property change: {@code MinSize: 2 → 3}, {@code CidrBlock: 10.0.0.0/16 → 10.1.0.0/16 (forces replacement)},
     * {@code SubnetId: subnet-1 → (known after apply: !Ref Subnet)}, {@code InstanceType: changed via InstanceTypeParam}.
     * A long value shows as {@code {…}}, {@code […]} or the start of its text; {@link ValueDiff} gives its diff.
     */
    public static String line(PropertyChange change) {
        StringBuilder out = new StringBuilder(change.path()).append(": ");
        if (change.before().isEmpty() && change.after().isEmpty()) {
            out.append(change.knownAfterApply() ? "(known after apply)" : "changed");
        } else {
            out.append(value(change.before())).append(" → ");
            out.append(
                    change.knownAfterApply() && change.after().isPresent()
                            ? "(known after apply: " + value(change.after()) + ")"
                            : value(change.after()));
        }
        change.causingEntity().ifPresent(cause -> out.append(" via ").append(cause));
        switch (change.requiresRecreation()) {
            case ALWAYS -> out.append(" (forces replacement)");
            case CONDITIONALLY -> out.append(" (may force replacement)");
            default -> {}
        }
        return out.toString();
    }

    /** The title of a kind of banner. */
    public static String title(Banner.Kind kind) {
        return switch (kind) {
            case DATA_LOSS -> "Data loss: stateful resources replaced or removed";
            case NETWORK_REPLACEMENT -> "Network replacement: connections drop while these are replaced";
            case DELETION -> "Deletion: resources removed";
            case IAM_WIDENING -> "IAM widening: permissions granted";
            case INGRESS_WIDENING -> "Ingress widening: network access opened";
        };
    }

    /**
     * A banner: its title, then one line per resource,
     * {@code - data/Database (AWS::RDS::DBInstance) replaced: StorageEncrypted}.
     */
    public static List<String> banner(Banner banner) {
        List<String> lines = new ArrayList<>();
        lines.add(title(banner.kind()));
        for (Banner.Entry entry : banner.entries()) {
            lines.add("- " + entry.stack().map(s -> s + "/").orElse("") + entry.logicalId() + " ("
                    + entry.resourceType() + ") " + entry.effect()
                    + (entry.causes().isEmpty() ? "" : ": " + String.join("; ", entry.causes())));
        }
        return lines;
    }

    private static String value(Optional<JsonNode> value) {
        if (value.isEmpty()) {
            return "(none)";
        }
        JsonNode node = value.get();
        if (!ValueDiff.isLong(node)) {
            return node.isTextual() && node.asText().isEmpty() ? "\"\"" : Json.display(node);
        }
        if (node.isTextual()) {
            String first = node.asText().lines().findFirst().orElse("");
            return first.substring(0, Math.min(first.length(), EXCERPT)) + "…";
        }
        return node.isArray() ? "[…]" : "{…}";
    }
}
