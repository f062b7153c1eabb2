package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** IAM access of one resource: its policy documents' statements, managed policies and attachments. */
final class PolicyAccess {
    private static final String TRUST = "AssumeRolePolicyDocument";
    private static final String INLINE = "Policies";
    private static final String MANAGED = "ManagedPolicyArns";
    /** Where each type keeps its single policy document. */
    private static final Map<String, String> DOCUMENT = Map.ofEntries(
            Map.entry("AWS::IAM::Policy", "PolicyDocument"),
            Map.entry("AWS::IAM::ManagedPolicy", "PolicyDocument"),
            Map.entry("AWS::IAM::RolePolicy", "PolicyDocument"),
            Map.entry("AWS::IAM::UserPolicy", "PolicyDocument"),
            Map.entry("AWS::IAM::GroupPolicy", "PolicyDocument"),
            Map.entry("AWS::S3::BucketPolicy", "PolicyDocument"),
            Map.entry("AWS::SQS::QueuePolicy", "PolicyDocument"),
            Map.entry("AWS::SNS::TopicPolicy", "PolicyDocument"),
            Map.entry("AWS::KMS::Key", "KeyPolicy"));
    /** Identities: a role's trust policy, inline policies and managed policies. */
    private static final Set<String> IDENTITIES = Set.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group");
    /** A policy attached to more roles, users or groups grants more. */
    private static final Map<String, String> ATTACHMENTS =
            new TreeMap<>(Map.of("Groups", "group", "Roles", "role", "Users", "user"));

    private static final Set<String> ATTACHED = Set.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy");
    private static final List<String> ADMINISTRATOR = List.of(":policy/AdministratorAccess", ":policy/PowerUserAccess");

    /** One policy document: where it is, and which statements it can be compared with for coverage. */
    private record Document(String where, boolean trust, JsonNode body) {}

    private PolicyAccess() {}

    static boolean analyzes(String type) {
        return DOCUMENT.containsKey(type) || IDENTITIES.contains(type);
    }

    static List<AccessChange> between(String id, String type, JsonNode before, JsonNode after) {
        Map<String, Document> old = documents(type, before);
        Map<String, Document> now = documents(type, after);
        // Places in the new resource's order, then places only the old one had.
        List<String> places = new ArrayList<>(now.keySet());
        old.keySet().stream().filter(place -> !now.containsKey(place)).forEach(places::add);
        List<AccessChange> changes = new ArrayList<>();
        for (String place : places) {
            Document oldDoc = old.get(place);
            Document newDoc = now.get(place);
            Document either = newDoc != null ? newDoc : oldDoc;
            compare(id, either, oldDoc, newDoc, covering(old, either.trust()), changes);
        }
        if (IDENTITIES.contains(type)) {
            list(id, MANAGED, "managed policy ", field(before, MANAGED), field(after, MANAGED), changes);
        }
        if (ATTACHED.contains(type)) {
            ATTACHMENTS.forEach((property, label) -> list(
                    id,
                    property,
                    "attached to " + label + " ",
                    field(before, property),
                    field(after, property),
                    changes));
        }
        return changes;
    }

    private static void compare(
            String id,
            Document place,
            Document oldDoc,
            Document newDoc,
            List<Statement> covering,
            List<AccessChange> changes) {
        if (oldDoc != null && newDoc != null && Json.same(oldDoc.body(), newDoc.body())) {
            return;
        }
        String in = place.where().isEmpty() ? "" : " in " + place.where();
        Optional<List<Statement>> read = newDoc == null ? Optional.of(List.of()) : Statement.of(newDoc.body());
        if (read.isEmpty()) {
            changes.add(new AccessChange(
                    id,
                    AccessChange.Kind.IAM,
                    true,
                    false,
                    "~ policy" + in + " cannot be read before apply: " + Json.display(newDoc.body())));
            return;
        }
        List<Statement> now = read.get();
        // An old document that cannot be read granted nothing known: what the new one grants is added.
        List<Statement> old =
                oldDoc == null ? List.of() : Statement.of(oldDoc.body()).orElse(List.of());
        for (Statement statement : old) {
            if (!now.contains(statement)) {
                changes.add(change(id, "- ", statement, !statement.allows(), in));
            }
        }
        for (Statement statement : now) {
            if (!old.contains(statement)) {
                boolean covered = covering.stream().anyMatch(o -> o.covers(statement));
                changes.add(change(id, "+ ", statement, statement.allows() && !covered, in));
            }
        }
    }

    private static AccessChange change(String id, String sign, Statement statement, boolean widens, String in) {
        boolean wildcard = statement.wildcard();
        return new AccessChange(
                id,
                AccessChange.Kind.IAM,
                widens,
                wildcard,
                sign + statement.describe() + in + (wildcard ? " (wildcard)" : ""));
    }

    /** A list of names granting access (managed policy ARNs, attached roles): added ones widen. */
    private static void list(
            String id, String property, String label, JsonNode before, JsonNode after, List<AccessChange> changes) {
        if (Json.same(before, after)) {
            return;
        }
        Optional<List<String>> read = names(after);
        if (read.isEmpty()) {
            changes.add(new AccessChange(
                    id,
                    AccessChange.Kind.IAM,
                    true,
                    false,
                    "~ " + property + " cannot be read before apply: " + Json.display(after)));
            return;
        }
        List<String> now = read.get();
        List<String> old = names(before).orElse(List.of());
        old.stream()
                .filter(name -> !now.contains(name))
                .forEach(name -> changes.add(new AccessChange(
                        id,
                        AccessChange.Kind.IAM,
                        false,
                        administrator(name),
                        "- " + label + name + (administrator(name) ? " (administrator)" : ""))));
        now.stream()
                .filter(name -> !old.contains(name))
                .forEach(name -> changes.add(new AccessChange(
                        id,
                        AccessChange.Kind.IAM,
                        true,
                        administrator(name),
                        "+ " + label + name + (administrator(name) ? " (administrator)" : ""))));
    }

    private static boolean administrator(String arn) {
        return ADMINISTRATOR.stream().anyMatch(arn::endsWith);
    }

    private static Optional<List<String>> names(JsonNode node) {
        node = Json.present(node);
        if (node == null) {
            return Optional.of(List.of());
        }
        if (!node.isArray()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        node.forEach(element -> names.add(Json.display(element)));
        return Optional.of(names);
    }

    /** A resource's documents by place: the trust policy, then the single document, then inline policies by name. */
    private static Map<String, Document> documents(String type, JsonNode properties) {
        Map<String, Document> documents = new LinkedHashMap<>();
        if (properties == null) {
            return documents;
        }
        if (IDENTITIES.contains(type)) {
            Optional.ofNullable(Json.present(properties.get(TRUST)))
                    .ifPresent(trust -> documents.put("trust policy", new Document("trust policy", true, trust)));
            JsonNode policies = Json.present(properties.get(INLINE));
            if (policies != null && !policies.isArray()) {
                documents.put("policies", new Document("policies", false, policies));
            }
            Map<String, JsonNode> inline = new TreeMap<>();
            for (JsonNode policy : policies != null && policies.isArray() ? policies : List.<JsonNode>of()) {
                Optional.ofNullable(Json.present(policy.get("PolicyDocument")))
                        .ifPresent(doc -> inline.put("policy " + Json.display(policy.path("PolicyName")), doc));
            }
            inline.forEach((where, doc) -> documents.put(where, new Document(where, false, doc)));
        } else {
            Optional.ofNullable(Json.present(properties.get(DOCUMENT.get(type))))
                    .ifPresent(doc -> documents.put("", new Document("", false, doc)));
        }
        return documents;
    }

    /** The old statements an added one may be covered by: all trust statements, or all permission statements. */
    private static List<Statement> covering(Map<String, Document> old, boolean trust) {
        List<Statement> statements = new ArrayList<>();
        old.values().stream()
                .filter(d -> d.trust() == trust)
                .forEach(d -> Statement.of(d.body()).ifPresent(statements::addAll));
        return statements;
    }

    private static JsonNode field(JsonNode node, String name) {
        return node == null ? null : node.get(name);
    }
}
