package dev.plinth.materializer;

import java.util.Objects;

/**
 * Why a run cannot act in AWS as the compiled folder asks, found before any call other than
 * STS's: the credentials (none, an SSO login to renew, a role that cannot be assumed, a profile
 * that does not exist), the account they are for, or the region. One line with its fix;
 * nothing has been read from or changed in CloudFormation or S3.
 */
public final class IdentityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as a stable code for scripts and the docs. */
    public enum Code {
        /** No credential source of the default chain (or the profile) gives credentials. */
        NO_CREDENTIALS,
        /** {@code --profile} or {@code AWS_PROFILE} names a profile the AWS config files do not have. */
        NO_PROFILE,
        /** An SSO profile whose token cache has no token: {@code aws sso login} was never run (for this session). */
        SSO_LOGIN_REQUIRED,
        /** An SSO profile whose cached token has expired. */
        SSO_TOKEN_EXPIRED,
        /** An SSO token cache file that cannot be read or is not a token. */
        SSO_CACHE_UNREADABLE,
        /** IAM Identity Center refused the role credentials of an SSO profile. */
        SSO_FAILED,
        /** STS refused to let the credentials assume a role: {@code --role-arn}, a profile's {@code role_arn}, web identity. */
        ASSUME_ROLE_FAILED,
        /** STS does not take the credentials: unknown keys, an expired session token. */
        INVALID_CREDENTIALS,
        /** STS cannot be reached at its endpoint. */
        STS_UNREACHABLE,
        /** {@code sts:GetCallerIdentity} failed for another reason. */
        IDENTITY_FAILED,
        /** The credentials are for another account than the one the manifest pins. */
        WRONG_ACCOUNT,
        /** {@code --region} is not the region the folder was compiled for. */
        WRONG_REGION
    }

    private final Code code;

    public IdentityException(Code code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public Code code() {
        return code;
    }

    /** The line a command prints: {@code [CODE] message}. */
    public String line() {
        return "[" + code + "] " + getMessage();
    }
}
