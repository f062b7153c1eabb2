package dev.plinth.materializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Turns what the SDK throws while resolving credentials, assuming a role or asking STS who the
 * caller is into one {@link IdentityException} that says what to do. The SDK's messages (a dump
 * of the provider chain, "the SSO session associated with this profile has expired or is
 * otherwise invalid") are not shown as they are: the web identity of the environment, or else the
 * profile that was meant, its SSO token cache and the role it names ({@link ProfileCredentials}),
 * are looked at to tell which source failed and why.
 */
final class Credentials {
    static final String NO_CREDENTIALS =
            "no AWS credentials found; set AWS_PROFILE or pass --profile, run aws sso login --profile NAME "
                    + "for an SSO profile, or use --role-arn from a role you already have";

    /** STS's error codes for credentials it does not take. */
    private static final Set<String> REFUSED_CREDENTIALS = Set.of(
            "InvalidClientTokenId",
            "SignatureDoesNotMatch",
            "ExpiredToken",
            "ExpiredTokenException",
            "InvalidAccessKeyId",
            "UnrecognizedClientException",
            "IncompleteSignature",
            "InvalidToken");

    private Credentials() {}

    /** Why the profile or the default chain gave no credentials. */
    static IdentityException resolving(RuntimeException failure, Optional<String> explicit) {
        if (explicit.isEmpty()) {
            Optional<String> tokenFile = SdkSystemSetting.AWS_WEB_IDENTITY_TOKEN_FILE.getNonDefaultStringValue();
            Optional<String> roleArn = SdkSystemSetting.AWS_ROLE_ARN.getNonDefaultStringValue();
            if (tokenFile.isPresent() && roleArn.isPresent()) {
                return webIdentity(
                        roleArn.get(),
                        tokenFile.get(),
                        precise(
                                () -> WebIdentityTokenFileCredentialsProvider.create()
                                        .resolveCredentials(),
                                failure));
            }
        }
        return ProfileCredentials.resolving(failure, explicit);
    }

    /** Why {@code --role-arn} could not be assumed with the resolved credentials. */
    static IdentityException assuming(RuntimeException failure, AssumedRole role, String endpoint) {
        Optional<AwsServiceException> service = cause(failure, AwsServiceException.class);
        if (service.isPresent()) {
            return new IdentityException(
                    IdentityException.Code.ASSUME_ROLE_FAILED,
                    "cannot assume " + role.roleArn() + ": " + describe(service.get())
                            + "; check the role's trust policy and --external-id");
        }
        return new IdentityException(
                IdentityException.Code.STS_UNREACHABLE,
                "cannot reach " + endpoint + " to assume " + role.roleArn() + ": " + describe(failure)
                        + "; check --endpoint-url, --region and the network");
    }

    /** Why {@code sts:GetCallerIdentity} did not say who the caller is. */
    static IdentityException calling(RuntimeException failure, String endpoint) {
        Optional<AwsServiceException> service = cause(failure, AwsServiceException.class);
        if (service.isPresent()) {
            String code = service.get().awsErrorDetails() == null
                    ? null
                    : service.get().awsErrorDetails().errorCode();
            if (code != null && REFUSED_CREDENTIALS.contains(code)) {
                return new IdentityException(
                        IdentityException.Code.INVALID_CREDENTIALS,
                        endpoint + " does not take the credentials: " + describe(service.get())
                                + "; renew them (aws sso login, new keys or session token) or pick others with --profile");
            }
            return new IdentityException(
                    IdentityException.Code.IDENTITY_FAILED,
                    endpoint + " refused sts:GetCallerIdentity: " + describe(service.get())
                            + "; check --endpoint-url and --region");
        }
        if (unreachable(failure)) {
            return new IdentityException(
                    IdentityException.Code.STS_UNREACHABLE,
                    "cannot reach " + endpoint + ": " + describe(failure)
                            + "; check --endpoint-url, --region and the network");
        }
        return new IdentityException(
                IdentityException.Code.NO_CREDENTIALS,
                describe(failure)
                        + "; set AWS_PROFILE or pass --profile, or run aws sso login --profile NAME for an SSO profile");
    }

    /** Web identity from the environment (a CI job's OIDC token): the token file, then what STS said. */
    private static IdentityException webIdentity(String roleArn, String tokenFile, RuntimeException precise) {
        if (!Files.isReadable(Path.of(tokenFile))) {
            return new IdentityException(
                    IdentityException.Code.ASSUME_ROLE_FAILED,
                    "cannot assume " + roleArn + " with web identity: the token"
                            + " file " + tokenFile
                            + " (AWS_WEB_IDENTITY_TOKEN_FILE) does not exist or cannot be read; check that the job is given an"
                            + " OIDC token");
        }
        Optional<AwsServiceException> service = cause(precise, AwsServiceException.class);
        if (service.isPresent() || !unreachable(precise)) {
            return new IdentityException(
                    IdentityException.Code.ASSUME_ROLE_FAILED,
                    "cannot assume " + roleArn + " with the web identity token" + " in " + tokenFile + ": "
                            + describe(precise)
                            + "; check the role's trust policy (its OIDC provider, audience and subject)");
        }
        return new IdentityException(
                IdentityException.Code.STS_UNREACHABLE,
                "cannot reach STS to assume " + roleArn + " with web identity: " + describe(precise)
                        + "; check the network, AWS_REGION and AWS_ENDPOINT_URL_STS");
    }

    /** The failure of resolving again through one source alone: its own exception, not the chain's summary. */
    static RuntimeException precise(Supplier<?> resolve, RuntimeException otherwise) {
        try {
            resolve.get();
            return otherwise;
        } catch (RuntimeException e) {
            return e;
        }
    }

    static boolean unreachable(Throwable e) {
        return e instanceof SdkClientException
                && e.getMessage() != null
                && e.getMessage().startsWith("Unable to execute HTTP request");
    }

    static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** An error as a person reads it: an AWS error's code and message, or the message without the SDK's dumps and attempt counts. */
    static String describe(Throwable e) {
        Optional<AwsServiceException> service = cause(e, AwsServiceException.class);
        if (service.isPresent()) {
            AwsServiceException aws = service.get();
            if (aws.awsErrorDetails() != null && aws.awsErrorDetails().errorCode() != null) {
                String message = Optional.ofNullable(aws.awsErrorDetails().errorMessage())
                        .orElse("")
                        .trim();
                return aws.awsErrorDetails().errorCode()
                        + (message.isEmpty()
                                ? ""
                                : ": "
                                        + (message.endsWith(".")
                                                ? message.substring(0, message.length() - 1)
                                                : message));
            }
            return "HTTP " + aws.statusCode();
        }
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getMessage();
        message = message.replaceAll("\\s*\\(SDK Attempt Count: \\d+\\)", "");
        for (String dump :
                List.of(": ProfileFile(", " AwsCredentialsProviderChain(", ": [SystemPropertyCredentialsProvider")) {
            int at = message.indexOf(dump);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        message = message.lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" "));
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
