package dev.plinth.dsl.compile.cluster;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Value;
import dev.plinth.dsl.cluster.Container;
import dev.plinth.dsl.cluster.EcsService;
import dev.plinth.dsl.compile.Iam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of a service's execution role, least privilege: a registry token, pulling from
 * the ECR repositories its images name, writing its log group, and reading exactly the
 * parameters and secrets its containers name.
 */
final class TaskRoles {
    private static final Pattern ECR_IMAGE =
            Pattern.compile("([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?/([^:@]+)([:@].*)?");
    private static final Pattern SECRET_SUFFIX = Pattern.compile(".*-[A-Za-z0-9]{6}");

    private final EcsService service;
    private final String logGroupName;

    TaskRoles(EcsService service, String logGroupName) {
        this.service = service;
        this.logGroupName = logGroupName;
    }

    List<Map<String, Object>> executionStatements() {
        TreeSet<String> repositories = new TreeSet<>();
        TreeSet<String> parameters = new TreeSet<>();
        TreeSet<String> secrets = new TreeSet<>();
        for (Container container : service.containers()) {
            Matcher ecr = ECR_IMAGE.matcher(container.image());
            if (ecr.matches()) {
                repositories.add("arn:${AWS::Partition}:ecr:" + ecr.group(2) + ":" + ecr.group(1) + ":repository/"
                        + ecr.group(4));
            }
            for (String reference : container.secrets().values()) {
                if (reference.startsWith("/")) {
                    parameters.add("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter" + reference);
                } else if (reference.contains(":ssm:")) {
                    parameters.add(reference);
                } else {
                    secrets.add(secretArn(reference));
                }
            }
        }
        List<Map<String, Object>> statements = new ArrayList<>();
        if (!repositories.isEmpty()) {
            statements.add(Iam.statement(List.of("ecr:GetAuthorizationToken"), List.of(Value.of("*"))));
            statements.add(Iam.statement(
                    List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                    subs(repositories)));
        }
        statements.add(Iam.writeLogs(logGroupName));
        if (!parameters.isEmpty()) {
            statements.add(Iam.statement(List.of("ssm:GetParameters"), subs(parameters)));
        }
        if (!secrets.isEmpty()) {
            statements.add(Iam.statement(List.of("secretsmanager:GetSecretValue"), subs(secrets)));
        }
        return statements;
    }

    /** The secret's own ARN without a JSON key or version; a partial ARN (no random suffix) matches its suffix. */
    private static String secretArn(String reference) {
        String[] parts = reference.split(":");
        String arn = String.join(":", Arrays.copyOf(parts, Math.min(parts.length, 7)));
        return SECRET_SUFFIX.matcher(parts[6]).matches() ? arn : arn + "-??????";
    }

    private static List<Value<String>> subs(TreeSet<String> arns) {
        List<Value<String>> values = new ArrayList<>();
        arns.forEach(arn -> values.add(arn.contains("${") ? Fn.sub(arn) : Value.of(arn)));
        return values;
    }
}
