package dev.plinth.dsl.compile;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.iam.CfnRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** IAM documents, least privilege: each statement names its actions and resources. */
public final class Iam {
    private Iam() {}

    public static Map<String, Object> assumeRole(String service) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("Service", service));
        statement.put("Action", "sts:AssumeRole");
        document.put("Statement", List.of(statement));
        return document;
    }

    public static Map<String, Object> statement(List<String> actions, List<Value<String>> resources) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Action", new ArrayList<>(actions));
        statement.put("Resource", new ArrayList<>(resources));
        return statement;
    }

    public static CfnRole.PolicyProperty policy(String name, List<Map<String, Object>> statements) {
        return CfnRole.PolicyProperty.builder()
                .policyName(name)
                .policyDocument(document(statements))
                .build();
    }

    /** A policy document holding the statements, in order. */
    public static Map<String, Object> document(List<Map<String, Object>> statements) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", statements);
        return document;
    }

    /** Writing to one log group: its streams and events, nothing else. */
    public static Map<String, Object> writeLogs(String logGroupName) {
        return statement(
                List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
                List.of(Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:" + logGroupName
                        + ":*")));
    }

    public static Value<String> managedPolicy(String name) {
        return Fn.sub("arn:${AWS::Partition}:iam::aws:policy/" + name);
    }
}
