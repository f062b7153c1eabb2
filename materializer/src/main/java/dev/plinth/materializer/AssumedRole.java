package dev.plinth.materializer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A role a run assumes with the credentials it resolved ({@code --role-arn}): every client of the
 * run then signs with the role's temporary credentials, renewed before they expire.
 *
 * @param roleArn the role's ARN
 * @param externalId the external id the role's trust policy asks for, if any
 * @param sessionName the role session name: who or what assumed the role, as CloudTrail shows it
 */
public record AssumedRole(String roleArn, Optional<String> externalId, String sessionName) {
    /** The example the CLI gives for a role ARN. */
    public static final String ROLE_ARN_EXAMPLE = "arn:aws:iam::123456789012:role/deployer";

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-[a-z]+)*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern NOT_IN_SESSION_NAME = Pattern.compile("[^\\w+=,.@-]");
    /** The CI variables that name a run, in the order they are looked for: GitHub Actions, GitLab CI, Jenkins. */
    private static final List<String> CI_RUN_VARIABLES = List.of("GITHUB_RUN_ID", "CI_JOB_ID", "BUILD_TAG");

    public AssumedRole {
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(sessionName, "sessionName");
        if (!isRoleArn(roleArn)) {
            throw new IllegalArgumentException("not a role ARN such as " + ROLE_ARN_EXAMPLE + ": " + roleArn);
        }
        externalId.ifPresent(id -> {
            if (!isExternalId(id)) {
                throw new IllegalArgumentException(
                        "an external id is 2 to 1224 of the characters A-Z a-z 0-9 _ + = , . @ : / -, not " + id);
            }
        });
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw new IllegalArgumentException(
                    "a role session name is 2 to 64 of the characters A-Z a-z 0-9 _ + = , . @ -, not " + sessionName);
        }
    }

    /** The role, assumed under the session name of this run: {@link #sessionName(Map, String)} of the process's environment and user. */
    public static AssumedRole forThisRun(String roleArn, Optional<String> externalId) {
        return new AssumedRole(roleArn, externalId, sessionName(System.getenv(), System.getProperty("user.name", "")));
    }

    /**
     * {@code plinth-} and the CI run ({@code GITHUB_RUN_ID}, {@code CI_JOB_ID} or {@code BUILD_TAG},
     * the first set) or else the user's name; characters STS does not take in a session name
     * become {@code -}, and the name is cut to STS's 64 characters.
     */
    public static String sessionName(Map<String, String> environment, String userName) {
        String who = CI_RUN_VARIABLES.stream()
                .map(environment::get)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(userName == null ? "" : userName)
                .trim();
        String name = who.isEmpty()
                ? "plinth"
                : "plinth-" + NOT_IN_SESSION_NAME.matcher(who).replaceAll("-");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /** An IAM role's ARN, in any partition: {@code arn:aws:iam::123456789012:role/path/name}. */
    public static boolean isRoleArn(String text) {
        return text != null && ROLE_ARN.matcher(text).matches();
    }

    /** What STS takes as an external id: 2 to 1224 characters of {@code [\w+=,.@:/-]}. */
    public static boolean isExternalId(String text) {
        return text != null && EXTERNAL_ID.matcher(text).matches();
    }
}
