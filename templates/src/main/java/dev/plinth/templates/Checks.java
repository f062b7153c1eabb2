package dev.plinth.templates;

import java.util.regex.Pattern;

/**
 * Argument checks shared by the model builders. Every value that reaches a script passes one of
 * these, which is what makes it safe to write into shell commands, unit files and JSON.
 */
final class Checks {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern HOST_NAME =
      Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern IP_ADDRESS = Pattern.compile("[0-9]+(\\.[0-9]+){3}");
  private static final Pattern S3_KEY = Pattern.compile("[A-Za-z0-9!_.*()=+,@/-]{1,1024}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern ARGUMENT = Pattern.compile("[A-Za-z0-9._,:=/@+-]+");
  private static final Pattern USER_NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
  private static final Pattern LOG_GROUP = Pattern.compile("[A-Za-z0-9._/#-]{1,512}");
  private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");
  private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");
  private static final Pattern URL_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

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

  static String name(String field, String value) {
    return matching(field, value, NAME, "1 to 64 letters, digits, '.', '_' or '-'");
  }

  static String hostName(String field, String value) {
    return matching(field, value, HOST_NAME, "a host name: dot-separated labels of letters, digits and inner '-'");
  }

  static String region(String field, String value) {
    return matching(field, value, REGION, "an AWS region such as eu-west-1");
  }

  static String bucket(String field, String value) {
    String rule = "an S3 bucket name: 3 to 63 lowercase letters, digits, '.' or '-', starting and ending with a letter or digit";
    matching(field, value, BUCKET, rule);
    if (value.contains("..") || value.contains(".-") || value.contains("-.")
        || IP_ADDRESS.matcher(value).matches()
        || value.startsWith("xn--") || value.startsWith("sthree-") || value.startsWith("amzn-s3-demo-")
        || value.endsWith("-s3alias") || value.endsWith("--ol-s3") || value.endsWith(".mrap") || value.endsWith("--x-s3")) {
      throw invalid(field, value, rule + ", not shaped like an IP address, without '..' or reserved prefixes and suffixes");
    }
    return value;
  }

  static String s3Key(String field, String value) {
    matching(field, value, S3_KEY, "an S3 key of letters, digits and !_.*()=+,@/- (no whitespace or quotes)");
    if (value.startsWith("/")) {
      throw invalid(field, value, "an S3 key without a leading '/'");
    }
    return value;
  }

  static String sha256(String field, String value) {
    return matching(field, value, SHA256, "exactly 64 lowercase hexadecimal characters");
  }

  static String envName(String field, String value) {
    return matching(field, value, ENV_NAME, "an environment variable name: uppercase letters, digits and '_', not starting with a digit");
  }

  /** Values are quoted when rendered; only characters that would break a line are refused. */
  static String envValue(String name, String value) {
    notNull("environment value of " + name, value);
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException(
          "environment value of " + name + " contains a control character or line break; keep it on one line or read it from SSM Parameter Store");
    }
    return value;
  }

  static String absolutePath(String field, String value) {
    notNull(field, value);
    if (!value.startsWith("/") || value.endsWith("/")) {
      throw invalid(field, value, "an absolute path such as /opt/app, without a trailing '/'");
    }
    segments(field, value.substring(1));
    return value;
  }

  static String relativePath(String field, String value) {
    notNull(field, value);
    if (value.startsWith("/") || value.endsWith("/")) {
      throw invalid(field, value, "a path relative to the unpacked artifact, such as bin/app");
    }
    return segments(field, value);
  }

  static String argument(String field, String value) {
    return matching(field, value, ARGUMENT, "letters, digits and ._,:=/@+- (no spaces, quotes, '$' or '%', which systemd would interpret)");
  }

  static String userName(String field, String value) {
    return matching(field, value, USER_NAME, "a Linux user name: up to 32 lowercase letters, digits, '_' or '-', not starting with a digit or '-'");
  }

  static String logGroupName(String field, String value) {
    return matching(field, value, LOG_GROUP, "a CloudWatch log group name: 1 to 512 letters, digits and ._/#-");
  }

  static String stackName(String field, String value) {
    return matching(field, value, STACK_NAME, "a CloudFormation stack name: a letter, then letters, digits or '-'");
  }

  static String logicalId(String field, String value) {
    return matching(field, value, LOGICAL_ID, "a CloudFormation logical id: letters and digits");
  }

  static String urlPath(String field, String value) {
    return matching(field, value, URL_PATH, "a URL path starting with '/' of letters, digits and ._~/-");
  }

  static int port(String field, int value) {
    if (value < 1 || value > 65535) {
      throw new IllegalArgumentException(field + " " + value + " is invalid: use a TCP port from 1 to 65535");
    }
    return value;
  }

  private static String segments(String field, String value) {
    for (String segment : value.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        throw invalid(field, value, "'/'-separated names of letters, digits, '.', '_' or '-', without '.' or '..' segments or spaces");
      }
    }
    return value;
  }

  private static String matching(String field, String value, Pattern pattern, String rule) {
    notNull(field, value);
    if (!pattern.matcher(value).matches()) {
      throw invalid(field, value, rule);
    }
    return value;
  }

  private static IllegalArgumentException invalid(String field, String value, String rule) {
    return new IllegalArgumentException(field + " '" + value + "' is invalid: use " + rule);
  }
}
