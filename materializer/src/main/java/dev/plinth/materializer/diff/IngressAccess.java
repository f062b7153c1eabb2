package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Security-group ingress of one resource: a group's inline rules, or a standalone ingress rule. */
final class IngressAccess {
    private static final String GROUP = "AWS::EC2::SecurityGroup";
    private static final String INGRESS = "AWS::EC2::SecurityGroupIngress";
    private static final String RULES = "SecurityGroupIngress";
    private static final List<Integer> ADMIN_PORTS = List.of(22, 3389);
    private static final int LAST_PORT = 65535;

    /** Where traffic comes from. */
    private record Source(String kind, String value) {
        String describe() {
            return kind.isEmpty() ? value : kind + " " + value;
        }

        boolean worldOpen() {
            return kind.isEmpty() && (value.equals("0.0.0.0/0") || value.equals("::/0"));
        }

        boolean covers(Source other) {
            if (kind.isEmpty() && other.kind.isEmpty()) {
                Optional<Cidr> block = Cidr.parse(value);
                Optional<Cidr> inner = Cidr.parse(other.value);
                return block.isPresent() && inner.isPresent()
                        ? block.get().contains(inner.get())
                        : value.equals(other.value);
            }
            return equals(other);
        }
    }

    /** One ingress rule, without its description: {@code ports} as shown, {@code from}–{@code to} as compared. */
    private record Rule(String protocol, String ports, int from, int to, Source source, String group) {
        String describe() {
            return "ingress " + (protocol.equals("all") ? "all traffic" : protocol)
                    + (ports.isEmpty() ? "" : " " + ports) + " from " + source.describe()
                    + (group.isEmpty() ? "" : " to " + group);
        }

        boolean adminPort() {
            return (protocol.equals("all") || protocol.equals("tcp"))
                    && ADMIN_PORTS.stream().anyMatch(p -> from <= p && p <= to);
        }

        boolean covers(Rule other) {
            boolean ports = protocol.equals("all")
                    || protocol.equals(other.protocol)
                            && (from <= other.from && other.to <= to || this.ports.isEmpty());
            return group.equals(other.group) && ports && source.covers(other.source);
        }
    }

    private IngressAccess() {}

    static boolean analyzes(String type) {
        return type.equals(GROUP) || type.equals(INGRESS);
    }

    static List<AccessChange> between(String id, String type, JsonNode before, JsonNode after) {
        List<AccessChange> changes = new ArrayList<>();
        Optional<List<Rule>> read = rules(type, after);
        if (read.isEmpty()) {
            changes.add(new AccessChange(
                    id,
                    AccessChange.Kind.INGRESS,
                    true,
                    false,
                    "~ " + RULES + " cannot be read before apply: " + Json.display(after.get(RULES))));
            return changes;
        }
        List<Rule> now = read.get();
        // Old rules that cannot be read allowed nothing known: every new rule is added.
        List<Rule> old = rules(type, before).orElse(List.of());
        old.stream().filter(rule -> !now.contains(rule)).forEach(rule -> changes.add(change(id, "- ", rule, false)));
        for (Rule rule : now) {
            if (!old.contains(rule)) {
                changes.add(change(id, "+ ", rule, old.stream().noneMatch(o -> o.covers(rule))));
            }
        }
        return changes;
    }

    private static AccessChange change(String id, String sign, Rule rule, boolean widens) {
        boolean open = rule.source().worldOpen();
        String flag = !open ? "" : rule.adminPort() ? " (world-open admin port)" : " (world-open)";
        return new AccessChange(id, AccessChange.Kind.INGRESS, widens, open, sign + rule.describe() + flag);
    }

    /** The rules of a group's or a standalone rule's properties, in order; empty when they cannot be read before apply. */
    private static Optional<List<Rule>> rules(String type, JsonNode properties) {
        List<Rule> rules = new ArrayList<>();
        if (properties == null) {
            return Optional.of(rules);
        }
        if (type.equals(INGRESS)) {
            rules.add(rule(properties, group(properties)));
            return Optional.of(rules);
        }
        JsonNode list = Json.present(properties.get(RULES));
        if (list == null) {
            return Optional.of(rules);
        }
        if (!list.isArray()) {
            return Optional.empty();
        }
        for (JsonNode rule : list) {
            if (!rule.isObject() || Json.isIntrinsic(rule)) {
                return Optional.empty();
            }
            Rule parsed = rule(rule, "");
            if (!rules.contains(parsed)) {
                rules.add(parsed);
            }
        }
        return Optional.of(rules);
    }

    private static Rule rule(JsonNode rule, String group) {
        String protocol = protocol(text(rule, "IpProtocol").orElse("-1"));
        int from = port(rule, "FromPort");
        int to = port(rule, "ToPort");
        if (protocol.equals("all")) {
            return new Rule(protocol, "", 0, LAST_PORT, source(rule), group);
        }
        if (!numeric(rule, "FromPort") || !numeric(rule, "ToPort")) {
            // A port known only after apply may be any port.
            String ports = text(rule, "FromPort").orElse("") + "-"
                    + text(rule, "ToPort").orElse("");
            return new Rule(protocol, ports, 0, LAST_PORT, source(rule), group);
        }
        if (protocol.equals("tcp") || protocol.equals("udp")) {
            int low = from < 0 ? 0 : from;
            int high = to < 0 ? LAST_PORT : to;
            String ports =
                    low == high ? String.valueOf(low) : low == 0 && high == LAST_PORT ? "all ports" : low + "-" + high;
            return new Rule(protocol, ports, low, high, source(rule), group);
        }
        String ports = (from < 0 ? "" : "type " + from) + (to < 0 ? "" : (from < 0 ? "" : " ") + "code " + to);
        return new Rule(protocol, ports, from, to, source(rule), group);
    }

    private static String protocol(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "-1", "all" -> "all";
            case "6", "tcp" -> "tcp";
            case "17", "udp" -> "udp";
            case "1", "icmp" -> "icmp";
            case "58", "icmpv6" -> "icmpv6";
            default -> text.toLowerCase(Locale.ROOT);
        };
    }

    private static Source source(JsonNode rule) {
        for (String cidr : List.of("CidrIp", "CidrIpv6")) {
            if (text(rule, cidr).isPresent()) {
                return new Source("", text(rule, cidr).get());
            }
        }
        if (text(rule, "SourcePrefixListId").isPresent()) {
            return new Source("prefix list", text(rule, "SourcePrefixListId").get());
        }
        Optional<String> group = text(rule, "SourceSecurityGroupId").or(() -> text(rule, "SourceSecurityGroupName"));
        return group.map(g -> new Source(
                        "group",
                        g
                                + text(rule, "SourceSecurityGroupOwnerId")
                                        .map(o -> " of " + o)
                                        .orElse("")))
                .orElse(new Source("", "(no source)"));
    }

    private static String group(JsonNode properties) {
        return text(properties, "GroupId")
                .or(() -> text(properties, "GroupName"))
                .orElse("");
    }

    /** A port, or -1 for all. */
    private static int port(JsonNode rule, String name) {
        return numeric(rule, name) ? text(rule, name).map(Integer::parseInt).orElse(-1) : -1;
    }

    /** Absent, or a number (written as one or as text). */
    private static boolean numeric(JsonNode rule, String name) {
        return text(rule, name).map(t -> t.matches("-?\\d{1,5}")).orElse(true);
    }

    private static Optional<String> text(JsonNode node, String name) {
        return Optional.ofNullable(Json.present(node.get(name))).map(Json::display);
    }
}
