package dev.plinth.templates;

import dev.plinth.names.NameRule;
import dev.plinth.names.NameRules;

/**
 * Argument checks shared by the model builders. Every value that reaches a script passes one of
 * these, which is what makes it safe to write into shell commands, unit files and JSON. The
 * rules are {@link NameRules}, which the compiler's validation checks first: for a platform that
 * compiled, these checks are guards that never fail.
 */
final class Checks {

    private Checks() {}

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalStateException(field + " is required; set it with " + field + "(...)");
        }
        return value;
    }

    static String serviceName(String field, String value) {
        return matching(field, value, NameRules.SERVICE_NAME);
    }

    static String ecsClusterName(String field, String value) {
        return matching(field, value, NameRules.ECS_CLUSTER_NAME);
    }

    static String hostName(String field, String value) {
        return matching(field, value, NameRules.HOST_NAME);
    }

    static String region(String field, String value) {
        return matching(field, value, NameRules.AWS_REGION);
    }

    static String bucket(String field, String value) {
        return matching(field, value, NameRules.S3_BUCKET);
    }

    static String s3Key(String field, String value) {
        return matching(field, value, NameRules.S3_KEY);
    }

    static String sha256(String field, String value) {
        return matching(field, value, NameRules.SHA256);
    }

    static String envName(String field, String value) {
        return matching(field, value, NameRules.ENV_NAME);
    }

    /** Values are quoted when rendered; only characters that would break a line are refused. */
    static String envValue(String name, String value) {
        notNull("environment value of " + name, value);
        if (!NameRules.ENV_VALUE.accepts(value)) {
            // The value is left out of the message: it may be a secret.
            throw new IllegalArgumentException("environment value of " + name
                    + " contains a control character or line break; " + NameRules.ENV_VALUE.fix());
        }
        return value;
    }

    static String absolutePath(String field, String value) {
        return matching(field, value, NameRules.ABSOLUTE_PATH);
    }

    static String relativePath(String field, String value) {
        return matching(field, value, NameRules.RELATIVE_PATH);
    }

    static String argument(String field, String value) {
        return matching(field, value, NameRules.COMMAND_ARGUMENT);
    }

    static String userName(String field, String value) {
        return matching(field, value, NameRules.LINUX_USER_NAME);
    }

    static String logGroupName(String field, String value) {
        return matching(field, value, NameRules.LOG_GROUP_NAME);
    }

    static String stackName(String field, String value) {
        return matching(field, value, NameRules.CLOUDFORMATION_STACK_NAME);
    }

    static String logicalId(String field, String value) {
        return matching(field, value, NameRules.LOGICAL_ID);
    }

    static String urlPath(String field, String value) {
        return matching(field, value, NameRules.URL_PATH);
    }

    static String releaseVersion(String field, String value) {
        return matching(field, value, NameRules.RELEASE_VERSION);
    }

    static int port(String field, int value) {
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException(field + " " + value + " is invalid: use a TCP port from 1 to 65535");
        }
        return value;
    }

    private static String matching(String field, String value, NameRule rule) {
        notNull(field, value);
        if (!rule.accepts(value)) {
            throw new IllegalArgumentException(
                    field + " '" + value + "' is invalid (not " + rule.what() + "): " + rule.fix());
        }
        return value;
    }
}
