package dev.plinth.materializer;

import static dev.plinth.materializer.Credentials.cause;
import static dev.plinth.materializer.Credentials.describe;
import static dev.plinth.materializer.Credentials.precise;
import static dev.plinth.materializer.Credentials.unreachable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.services.sso.model.SsoException;

/**
 * The credentials of a profile of the AWS config files, named by {@code --profile}, by
 * {@code AWS_PROFILE} or else {@code default}, and why they fail: the profile is missing or gives
 * no credentials, its SSO session or token cache is wrong, IAM Identity Center refused, or the role
 * it (or a {@code source_profile}) names cannot be assumed. {@link Credentials} asks it once the
 * environment has no web identity to explain the failure.
 */
final class ProfileCredentials {
    /** The profile properties that give a profile credentials of its own or through another source. */
    private static final List<String> CREDENTIAL_PROPERTIES = List.of(
            "aws_access_key_id",
            "role_arn",
            "sso_session",
            "sso_start_url",
            "web_identity_token_file",
            "credential_process");

    private ProfileCredentials() {}

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

    /** Why the profile meant gave no credentials. */
    static IdentityException resolving(RuntimeException failure, Optional<String> explicit) {
        ProfileFile profiles = profiles();
        Optional<String> named = explicit.or(ProfileFileSystemSetting.AWS_PROFILE::getNonDefaultStringValue);
        String active = named.orElse("default");
        Optional<Profile> profile = profiles.profile(active);
        if (profile.isEmpty()) {
            return new IdentityException(IdentityException.Code.NO_CREDENTIALS, Credentials.NO_CREDENTIALS);
        }
        List<Profile> chain = chain(profiles, profile.get());
        if (chain.stream()
                .noneMatch(p -> CREDENTIAL_PROPERTIES.stream()
                        .anyMatch(key -> p.property(key).isPresent()))) {
            return new IdentityException(
                    IdentityException.Code.NO_CREDENTIALS,
                    named.isEmpty()
                            ? Credentials.NO_CREDENTIALS
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
}
