package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import dev.plinth.dsl.compute.Ingress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Secure defaults, checked over every resource of every stack of the compiled baseline. */
class SecureDefaultsTest {
    private final TestPlatform platform = TestPlatform.baseline();

    /** A node found in a template, with where it is: {@code service/WebLaunchTemplate/Properties/...}. */
    private static final class Found {
        final String stack;
        final String resource;
        final String type;
        final String path;
        final JsonNode node;

        Found(String stack, String resource, String type, String path, JsonNode node) {
            this.stack = stack;
            this.resource = resource;
            this.type = type;
            this.path = path;
            this.node = node;
        }

        @Override
        public String toString() {
            return path + " = " + node;
        }
    }

    private static List<Found> everyNode(CompiledPlatform compiled) {
        List<Found> all = new ArrayList<>();
        for (WiredStack stack : compiled.stacks()) {
            JsonNode resources =
                    TemplateAssert.assertThat(stack.stack().template()).json().path("Resources");
            for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> resource = it.next();
                String type = resource.getValue().path("Type").asText();
                walk(
                        stack.name() + "/" + resource.getKey(),
                        resource.getValue(),
                        (path, node) -> all.add(new Found(stack.name(), resource.getKey(), type, path, node)));
            }
        }
        return all;
    }

    private static void walk(String path, JsonNode node, BiConsumer<String, JsonNode> visit) {
        visit.accept(path, node);
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(path + "/" + e.getKey(), e.getValue(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "/" + i, node.get(i), visit);
            }
        }
    }

    private static List<Found> resources(CompiledPlatform compiled, String type) {
        List<Found> found = new ArrayList<>();
        for (Found f : everyNode(compiled)) {
            if (f.type.equals(type) && f.path.equals(f.stack + "/" + f.resource)) {
                found.add(f);
            }
        }
        return found;
    }

    /** Every ingress rule: inline on security groups, and standalone ingress resources. */
    private static List<Found> ingressRules(CompiledPlatform compiled) {
        List<Found> rules = new ArrayList<>();
        for (Found group : resources(compiled, "AWS::EC2::SecurityGroup")) {
            group.node
                    .path("Properties")
                    .path("SecurityGroupIngress")
                    .forEach(rule -> rules.add(new Found(
                            group.stack, group.resource, group.type, group.path + "/SecurityGroupIngress", rule)));
        }
        for (Found rule : resources(compiled, "AWS::EC2::SecurityGroupIngress")) {
            rules.add(new Found(rule.stack, rule.resource, rule.type, rule.path, rule.node.path("Properties")));
        }
        return rules;
    }

    private static boolean opensSshToTheWorld(JsonNode rule) {
        boolean world = "0.0.0.0/0".equals(rule.path("CidrIp").asText())
                || "::/0".equals(rule.path("CidrIpv6").asText());
        String protocol = rule.path("IpProtocol").asText();
        boolean allPorts = protocol.equals("-1") || protocol.equals("all");
        boolean tcp = protocol.equals("tcp") || protocol.equals("6");
        boolean covers22 = rule.path("FromPort").asInt(Integer.MAX_VALUE) <= 22
                && rule.path("ToPort").asInt(-1) >= 22;
        return world && (allPorts || (tcp && covers22));
    }

    /** Every IAM statement anywhere in any resource: inline role policies, policy resources, endpoint policies. */
    private static List<Found> statements(CompiledPlatform compiled) {
        List<Found> statements = new ArrayList<>();
        for (Found f : everyNode(compiled)) {
            if (f.path.endsWith("/PolicyDocument") && f.node.has("Statement")) {
                f.node.path("Statement")
                        .forEach(s -> statements.add(new Found(f.stack, f.resource, f.type, f.path, s)));
            }
        }
        return statements;
    }

    private static boolean isStar(JsonNode value) {
        return "*".equals(value.asText())
                || (value.isArray()
                        && value.size() == 1
                        && "*".equals(value.get(0).asText()));
    }

    @Test
    void everyLaunchTemplateAndInstanceRequiresImdsV2() {
        CompiledPlatform compiled = platform.compiled();

        List<Found> launchTemplates = resources(compiled, "AWS::EC2::LaunchTemplate");
        List<Found> instances = resources(compiled, "AWS::EC2::Instance");
        assertThat(launchTemplates).extracting(f -> f.resource).containsExactly("WebLaunchTemplate");
        assertThat(instances).extracting(f -> f.resource).containsExactly("BastionInstance");
        assertThat(launchTemplates)
                .allSatisfy(f -> assertThat(f.node.at("/Properties/LaunchTemplateData/MetadataOptions/HttpTokens")
                                .asText())
                        .as(f.path)
                        .isEqualTo("required"));
        assertThat(instances)
                .allSatisfy(f -> assertThat(f.node.at("/Properties/MetadataOptions/HttpTokens")
                                .asText())
                        .as(f.path)
                        .isEqualTo("required"));
    }

    @Test
    void everyEbsBlockDeviceIsEncrypted() {
        CompiledPlatform compiled = platform.compiled();

        List<Found> ebs = new ArrayList<>();
        everyNode(compiled).stream().filter(f -> f.path.endsWith("/Ebs")).forEach(ebs::add);
        resources(compiled, "AWS::EC2::Volume")
                .forEach(v -> ebs.add(new Found(v.stack, v.resource, v.type, v.path, v.node.path("Properties"))));

        assertThat(ebs).extracting(f -> f.resource).containsExactlyInAnyOrder("WebLaunchTemplate", "BastionInstance");
        assertThat(ebs)
                .allSatisfy(f -> assertThat(f.node.path("Encrypted").asBoolean(false))
                        .as(f.path)
                        .isTrue());
    }

    @Test
    void noIngressRuleOpensSshToTheWorldByDefault() {
        platform.fleet.set(
                "allowFrom",
                (f, built) ->
                        f.allowFrom(built.bastion, 22).addAllowFrom(Ingress.fromCidr("office", "203.0.113.0/24", 22)));

        List<Found> rules = ingressRules(platform.compiled());

        assertThat(rules)
                .extracting(f -> f.resource)
                .contains(
                        "BastionSecurityGroup",
                        "WebLbSecurityGroup",
                        "WebFromBastion22",
                        "WebFromOffice22",
                        "WebFromWebLb8080");
        assertThat(rules).filteredOn(f -> opensSshToTheWorld(f.node)).isEmpty();
    }

    @Test
    void onlyTheWrittenOutOverrideOpensSshToTheWorld() {
        platform.bastion.remove("sshFrom").set("anywhere", b -> b.sshFromAnywhere(true));

        List<Found> rules = ingressRules(platform.compiled());

        assertThat(rules)
                .filteredOn(f -> opensSshToTheWorld(f.node))
                .extracting(f -> f.stack + "/" + f.resource)
                .containsExactly("bastion/BastionSecurityGroup");
    }

    @Test
    void noPolicyStatementAllowsEveryActionOnEveryResource() {
        List<Found> statements = statements(platform.compiled());

        assertThat(statements).extracting(f -> f.resource).contains("WebRole", "BastionRole", "NetworkFlowLogRole");
        assertThat(statements)
                .filteredOn(f -> isStar(f.node.path("Action")) && isStar(f.node.path("Resource")))
                .isEmpty();
        assertThat(statements)
                .filteredOn(f -> f.node.path("Action").toString().contains("\"*\""))
                .isEmpty();
    }

    @Test
    void theFleetRoleReadsOnlyItsOwnArtifactAndNothingElseTouchesS3() {
        List<Found> s3 = new ArrayList<>();
        for (Found statement : statements(platform.compiled())) {
            if (statement.node.path("Action").toString().contains("\"s3:")) {
                s3.add(statement);
            }
        }

        assertThat(s3).extracting(f -> f.stack + "/" + f.resource).containsExactly("service/WebRole");
        JsonNode statement = s3.get(0).node;
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.path("Action").toString()).isEqualTo("[\"s3:GetObject\"]");
        assertThat(statement.path("Resource").toString())
                .isEqualTo(
                        "[{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::shop-artifacts-prod/releases/web/1.0.0/web-1.0.0.tar.gz\"}]");
    }

    @Test
    void noResourceOutsideTheFleetRoleNamesTheArtifactBucket() {
        List<Found> mentions = new ArrayList<>();
        for (Found f : everyNode(platform.compiled())) {
            if (f.node.isTextual() && f.node.asText().contains("arn:${AWS::Partition}:s3:::")) {
                mentions.add(f);
            }
        }

        assertThat(mentions).extracting(f -> f.resource).containsOnly("WebRole");
    }
}
