package dev.plinth.names;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every naming and format rule that more than one part of Plinth checks, each written once. The
 * DSL's validation reports a value a rule refuses as a coded diagnostic at its DSL path; the
 * user-data builders ({@code dev.plinth.templates}) and the emit stage check the same rules again
 * as guards, so a value that passed validation is never refused later.
 */
public final class NameRules {
    /** The longest platform, environment, stack or component name. */
    public static final int MAX_NAME_LENGTH = 32;

    /** Lower-case words of letters and digits joined by single dashes: {@code web}, {@code app-tier-2}. */
    private static final String WORDS = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    private static final Pattern IP_SHAPED = Pattern.compile("[0-9]+(\\.[0-9]+){3}");
    private static final List<String> BUCKET_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> BUCKET_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");
    private static final String SEGMENT = "[A-Za-z0-9._-]+";

    /**
     * Platform, environment, stack and component names, and the names of a network's tiers and a
     * fleet's lifecycle hooks. They make DSL paths, logical ids, stack names ({@code
     * <platform>-<environment>-<stack>}, at most 98 characters), file names and host names: lower
     * case so two never differ only in case on a case-insensitive file system, and no double dash so
     * graph ids stay unique when dashes become underscores.
     */
    public static final NameRule PLINTH_NAME = NameRule.of(
            "a Plinth name",
            "(?=.{1," + MAX_NAME_LENGTH + "}$)" + WORDS,
            "use 1 to 32 lower-case letters, digits and single dashes, starting with a letter and not ending with a dash");

    /** A user-data role, the file name {@code userdata/<role>.sh}: a component name, or one with its role ({@code mesos-master-1}). */
    public static final NameRule USER_DATA_ROLE = NameRule.of(
            "a user-data role", WORDS, "use lower-case letters and digits, in words joined by single dashes");

    /** An AWS region: {@code eu-west-1}, {@code us-gov-west-1}, {@code us-isob-east-1}. */
    public static final NameRule AWS_REGION = NameRule.of(
            "an AWS region name", "[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]", "use a region such as eu-west-1");

    public static final NameRule ACCOUNT_ID =
            NameRule.of("an AWS account id", "[0-9]{12}", "give the 12-digit account id");

    /** A general purpose S3 bucket name, with every restriction S3 documents. */
    public static final NameRule S3_BUCKET = NameRule.of(
                    "an S3 bucket name",
                    "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]",
                    "use 3 to 63 lower-case letters, digits, dots and dashes, starting and ending with a letter or digit, with no dot "
                            + "next to another dot or a dash, not shaped like an IP address, and without the prefixes (xn--, sthree-, "
                            + "amzn-s3-demo-) and suffixes (-s3alias, --ol-s3, .mrap, --x-s3, --table-s3) S3 reserves")
            .and(name -> !name.contains("..") && !name.contains(".-") && !name.contains("-."))
            .and(name -> !IP_SHAPED.matcher(name).matches())
            .and(name -> BUCKET_PREFIXES.stream().noneMatch(name::startsWith)
                    && BUCKET_SUFFIXES.stream().noneMatch(name::endsWith));

    /** An S3 object key that is safe in a shell command and a URL without quoting. */
    public static final NameRule S3_KEY = NameRule.of(
                    "an S3 key",
                    "[A-Za-z0-9!_.*()=+,@/-]{1,1024}",
                    "use 1 to 1,024 letters, digits and !_.*()=+,@/- (no spaces or quotes), without a leading '/'")
            .and(key -> !key.startsWith("/"));

    public static final NameRule SHA256 = NameRule.of(
            "a sha-256", "[0-9a-f]{64}", "give exactly 64 lowercase hexadecimal characters, as sha256sum prints them");

    /** The name of a variable in a service's environment file, which the runtime bootstrap writes. */
    public static final NameRule ENV_NAME = NameRule.of(
            "an environment variable name",
            "[A-Z_][A-Z0-9_]*",
            "use upper-case letters, digits and underscores, not starting with a digit");

    /** The name of a variable in a container's environment or secrets, which ECS passes to Docker. */
    public static final NameRule CONTAINER_ENV_NAME = NameRule.of(
            "an environment variable name",
            "[A-Za-z_][A-Za-z0-9_]*",
            "use letters, digits and underscores, not starting with a digit");

    /** A value of a service's environment file: quoted when written, so only a line break or control character breaks it. */
    public static final NameRule ENV_VALUE = NameRule.of(
            "a one-line value",
            "\\P{Cntrl}*",
            "keep it on one line, without control characters, or read it from SSM Parameter Store");

    public static final NameRule HOST_NAME = NameRule.of(
            "a host name",
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*",
            "use a host name: dot-separated labels of letters, digits and inner dashes");

    public static final NameRule LOG_GROUP_NAME = NameRule.of(
            "a CloudWatch log group name", "[A-Za-z0-9._/#-]{1,512}", "use 1 to 512 letters, digits and ._/#-");

    public static final NameRule CLOUDFORMATION_STACK_NAME = NameRule.of(
            "a CloudFormation stack name",
            "[A-Za-z][A-Za-z0-9-]{0,127}",
            "use a letter, then at most 127 letters, digits or dashes");

    public static final NameRule LOGICAL_ID =
            NameRule.of("a CloudFormation logical id", "[A-Za-z0-9]{1,255}", "use 1 to 255 letters and digits");

    public static final NameRule ECS_CLUSTER_NAME =
            NameRule.of("an ECS cluster name", "[A-Za-z0-9_-]{1,255}", "use 1 to 255 letters, digits, '_' or '-'");

    /** The systemd unit a runtime bootstrap installs, and its log folder. */
    public static final NameRule SERVICE_NAME =
            NameRule.of("a service name", "[A-Za-z0-9._-]{1,64}", "use 1 to 64 letters, digits, '.', '_' or '-'");

    public static final NameRule LINUX_USER_NAME = NameRule.of(
            "a Linux user name",
            "[a-z_][a-z0-9_-]{0,31}",
            "use up to 32 lower-case letters, digits, '_' or '-', not starting with a digit or '-'");

    /** A path inside an unpacked artifact, such as {@code bin/server}. */
    public static final NameRule RELATIVE_PATH = NameRule.of(
                    "a relative path",
                    SEGMENT + "(/" + SEGMENT + ")*",
                    "give a path relative to the unpacked tarball, such as bin/server: '/'-separated names of letters, digits, "
                            + "'.', '_' or '-', without '.' or '..' segments")
            .and(NameRules::noDotSegments);

    public static final NameRule ABSOLUTE_PATH = NameRule.of(
                    "an absolute path",
                    "(/" + SEGMENT + ")+",
                    "give an absolute path such as /opt/app: '/'-separated names of letters, digits, '.', '_' or '-', without "
                            + "'.' or '..' segments or a trailing '/'")
            .and(path -> noDotSegments(path.substring(1)));

    /** An argument of a command systemd runs: nothing it would expand or split. */
    public static final NameRule COMMAND_ARGUMENT = NameRule.of(
            "a command argument",
            "[A-Za-z0-9._,:=/@+-]+",
            "use letters, digits and ._,:=/@+- (no spaces, quotes, '$' or '%', which systemd would interpret)");

    /** The path of an HTTP health check. */
    public static final NameRule URL_PATH = NameRule.of(
            "a URL path",
            "/[A-Za-z0-9._~/-]*",
            "give a path starting with '/' of letters, digits and ._~/-, without a query string");

    /** A release of a program Plinth installs, which also makes its image tag. */
    public static final NameRule RELEASE_VERSION = NameRule.of(
            "a release number",
            "[0-9]{1,9}(\\.[0-9]{1,9}){0,3}",
            "give the release number as up to four dot-separated numbers, such as 1.18.2, without a 'v' or a suffix");

    private NameRules() {}

    private static boolean noDotSegments(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
