package dev.plinth.materializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.services.sso.model.SsoException;

/**
 * Turns what the SDK throws while resolving credentials, assuming a role or asking STS who the
 * caller is into one {@link IdentityException} that says what to do. The SDK's messages (a dump
 * of the provider chain, "the SSO session associated with this profile has expired or is
 * otherwise invalid") are not shown as they are: the profile that was meant, its SSO token cache
 * and the role it names are looked at to tell which source failed and why.
 */
final class Credentials {
    static final String NO_CREDENTIALS =
            "no AWS credentials found; set AWS_PROFILE or pass --profile, run aws sso login --profile NAME "
                    + "for an SSO profile, or use --role-arn from a role you already have";

    /** The profile properties that give a profile credentials of its own or through another source. */
    private static final List<String> CREDENTIAL_PROPERTIES = List.of(
            "aws_access_key_id",
            "role_arn",
            "sso_session",
            "sso_start_url",
            "web_identity_token_file",
            "credential_process");

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

    /**
     * Refuses a profile the AWS config files do not have, named by {@code --profile} (or else by
     * {@code AWS_PROFILE}): the AWS CLI refuses it too, rather than fall back on other credentials.
     *
     * @throws IdentityException NO_PROFILE
     */
    static void checkProfile(Optional<String> explicit) {
        Optional<String> named = explicit.or(ProfileFileSystemSetting.AWS_PROFILE::getNonDefaultStringValue);
        if (named.isEmpty()) {
            return;
        }
        String name = named.get();
        String flag = explicit.isPresent() ? "--profile " : "AWS_PROFILE ";
        String files = ProfileFileLocation.configurationFilePath() + " or " + ProfileFileLocation.credentialsFilePath();
        ProfileFile profiles;
        try {
            profiles = ProfileFile.defaultProfileFile();
        } catch (RuntimeException e) {
            throw new IdentityException(
                    IdentityException.Code.NO_PROFILE,
                    flag + name + ": the AWS config files (" + files + ") cannot be read: " + describe(e)
                            + "; fix them");
        }
        if (!profiles.profiles().containsKey(name)) {
            Set<String> known = new TreeSet<>(profiles.profiles().keySet());
            throw new IdentityException(
                    IdentityException.Code.NO_PROFILE,
                    flag + name + ": no such profile in " + files
                            + (known.isEmpty() ? " (they have none)" : " (they have " + String.join(", ", known) + ")")
                            + "; pass one of those or add it with aws configure --profile " + name);
        }
    }

    /** Why the profile or the default chain gave no credentials. */
    static IdentityException resolving(RuntimeException failure, Optional<String> explicit) {
        ProfileFile profiles = profiles();
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
        Optional<String> named = explicit.or(ProfileFileSystemSetting.AWS_PROFILE::getNonDefaultStringValue);
        String active = named.orElse("default");
        Optional<Profile> profile = profiles.profile(active);
        if (profile.isEmpty()) {
            return new IdentityException(IdentityException.Code.NO_CREDENTIALS, NO_CREDENTIALS);
        }
        List<Profile> chain = chain(profiles, profile.get());
        if (chain.stream()
                .noneMatch(p -> CREDENTIAL_PROPERTIES.stream()
                        .anyMatch(key -> p.property(key).isPresent()))) {
            return new IdentityException(
                    IdentityException.Code.NO_CREDENTIALS,
                    named.isEmpty()
                            ? NO_CREDENTIALS
                            : "profile " + active + " has no credentials (no "
                                    + String.join(", ", CREDENTIAL_PROPERTIES)
                                    + "); add them with aws configure --profile " + active
                                    + " (aws configure sso for SSO) or pick another profile");
        }
        RuntimeException precise = explicit.isPresent()
                ? failure
                : precise(
                        () -> ProfileCredentialsProvider.builder()
                                .profileFile(profiles)
                                .profileName(active)
                                .build()
                                .resolveCredentials(),
                        failure);
        Optional<Profile> sso = chain.stream().filter(SsoTokenCache::isSso).findFirst();
        Optional<String> session = sso.flatMap(p -> p.property("sso_session"));
        if (session.isPresent()
                && profiles.getSection("sso-session", session.get()).isEmpty()) {
            return new IdentityException(
                    IdentityException.Code.NO_CREDENTIALS,
                    "profile " + sso.get().name() + " names sso_session "
                            + session.get() + " but the AWS config has no [sso-session " + session.get()
                            + "] section; add it with aws configure sso "
                            + "--profile " + sso.get().name());
        }
        if (sso.isPresent()) {
            Optional<IdentityException> cache =
                    SsoTokenCache.problem(sso.get(), SsoTokenCache.directory(), Instant.now());
            if (cache.isPresent()) {
                return cache.get();
            }
        }
        Optional<AwsServiceException> service = cause(precise, AwsServiceException.class);
        Optional<Profile> role =
                chain.stream().filter(p -> p.property("role_arn").isPresent()).findFirst();
        if (sso.isPresent() && (service.isEmpty() || service.get() instanceof SsoException)) {
            Profile p = sso.get();
            return new IdentityException(
                    IdentityException.Code.SSO_FAILED,
                    "profile " + p.name() + ": IAM Identity Center gave no credentials"
                            + " for role " + p.property("sso_role_name").orElse("?") + " in account "
                            + p.property("sso_account_id").orElse("?") + ": "
                            + describe(precise) + "; run aws sso login --profile " + p.name()
                            + " or check its sso_account_id and sso_role_name");
        }
        if (role.isPresent() && service.isPresent()) {
            Profile p = role.get();
            return new IdentityException(
                    IdentityException.Code.ASSUME_ROLE_FAILED,
                    "cannot assume " + p.property("role_arn").get()
                            + " (profile " + p.name() + "): " + describe(service.get())
                            + "; check the role's trust policy and the profile's "
                            + "source_profile, credential_source and external_id");
        }
        if (role.isPresent() && unreachable(precise)) {
            Profile p = role.get();
            return new IdentityException(
                    IdentityException.Code.STS_UNREACHABLE,
                    "cannot reach STS to assume " + p.property("role_arn").get() + " (profile " + p.name() + "): "
                            + describe(precise) + "; check the network, the profile's region and AWS_ENDPOINT_URL_STS");
        }
        return new IdentityException(
                IdentityException.Code.NO_CREDENTIALS,
                "profile " + active + " gives no credentials: " + describe(precise)
                        + "; fix the profile or pick another with --profile");
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

    /** The profile and the profiles it takes its credentials from ({@code source_profile}), each once. */
    private static List<Profile> chain(ProfileFile profiles, Profile start) {
        List<Profile> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<Profile> next = Optional.of(start);
        while (next.isPresent() && seen.add(next.get().name())) {
            chain.add(next.get());
            next = next.get().property("source_profile").flatMap(profiles::profile);
        }
        return chain;
    }

    private static ProfileFile profiles() {
        try {
            return ProfileFile.defaultProfileFile();
        } catch (RuntimeException e) {
            return ProfileFile.aggregator().build();
        }
    }

    /** The failure of resolving again through one source alone: its own exception, not the chain's summary. */
    private static RuntimeException precise(Supplier<?> resolve, RuntimeException otherwise) {
        try {
            resolve.get();
            return otherwise;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static boolean unreachable(Throwable e) {
        return e instanceof SdkClientException
                && e.getMessage() != null
                && e.getMessage().startsWith("Unable to execute HTTP request");
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
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
