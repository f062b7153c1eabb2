package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.util.Optional;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Who a run acts as, established before it reads or changes anything: the credentials are
 * resolved as the AWS CLI resolves them, the role of {@code --role-arn} is assumed with them, and
 * one {@code sts:GetCallerIdentity} says which account and principal they are. A folder compiled
 * for another region, or pinned to another account, is refused here; so is every credential
 * problem, as one {@link IdentityException} line that names its fix.
 *
 * <p>For the CLI, a build plugin or a CI step alike: {@link #check(AwsClients, Manifest)} with the
 * run's clients, or {@link #check(StsClient, Manifest, String)} with a client of one's own.
 */
public final class Identity {
    private Identity() {}

    /**
     * What can be refused without a call: a region other than the folder's, a profile that does not
     * exist ({@code --profile} or {@code AWS_PROFILE}).
     *
     * @throws IdentityException WRONG_REGION or NO_PROFILE
     */
    public static void checkOffline(AwsClients clients, Manifest manifest) {
        checkRegion(manifest, clients.region());
        ProfileCredentials.checkProfile(clients.profile());
    }

    /**
     * Refuses a region other than the one the folder was compiled for: every compiled folder pins
     * its region (the network stacks name its availability zones).
     *
     * @throws IdentityException WRONG_REGION
     */
    public static void checkRegion(Manifest manifest, String region) {
        if (!manifest.region().equals(region)) {
            throw new IdentityException(
                    IdentityException.Code.WRONG_REGION,
                    manifest.environment() + ": --region " + region
                            + " but the folder was compiled for " + manifest.region()
                            + " (its templates pin that region's availability zones); compile for "
                            + region + " or drop --region");
        }
    }

    /**
     * The offline checks, then the credentials (and the role, with {@code --role-arn}), then one
     * {@code sts:GetCallerIdentity} and the account the manifest pins, if it pins one. Nothing
     * else is called.
     *
     * @throws IdentityException whatever refuses the run, with its fix
     */
    public static CallerIdentity check(AwsClients clients, Manifest manifest) {
        checkOffline(clients, manifest);
        try {
            clients.resolvedCredentials().resolveCredentials();
        } catch (RuntimeException e) {
            throw Credentials.resolving(e, clients.profile());
        }
        clients.role().ifPresent(role -> {
            try {
                clients.credentials().resolveCredentials();
            } catch (RuntimeException e) {
                throw Credentials.assuming(e, role, clients.stsEndpoint());
            }
        });
        return check(clients.sts(), manifest, clients.region(), clients.stsEndpoint());
    }

    /**
     * One {@code sts:GetCallerIdentity} with this client, then the account the manifest pins.
     *
     * @param region the region the run uses, for the identity line
     * @throws IdentityException WRONG_ACCOUNT, or why STS did not answer
     */
    public static CallerIdentity check(StsClient sts, Manifest manifest, String region) {
        String endpoint = sts.serviceClientConfiguration()
                .endpointOverride()
                .map(uri -> "STS at " + uri)
                .orElse("STS in " + region);
        return check(sts, manifest, region, endpoint);
    }

    private static CallerIdentity check(StsClient sts, Manifest manifest, String region, String endpoint) {
        GetCallerIdentityResponse response;
        try {
            response = sts.getCallerIdentity(request -> {});
        } catch (RuntimeException e) {
            throw Credentials.calling(e, endpoint);
        }
        if (response.account() == null || response.arn() == null) {
            throw new IdentityException(
                    IdentityException.Code.IDENTITY_FAILED,
                    endpoint + " answered sts:GetCallerIdentity without an account"
                            + " or an ARN; check --endpoint-url");
        }
        CallerIdentity identity = new CallerIdentity(
                response.account(),
                response.arn(),
                Optional.ofNullable(response.userId()).orElse(""),
                region);
        manifest.accountId()
                .filter(pinned -> !pinned.equals(identity.account()))
                .ifPresent(pinned -> {
                    throw new IdentityException(
                            IdentityException.Code.WRONG_ACCOUNT,
                            manifest.environment() + ": credentials are for account "
                                    + identity.account() + " but the platform's " + manifest.environment()
                                    + " environment lives in " + pinned + "; use the "
                                    + manifest.environment() + " profile or --role-arn");
                });
        return identity;
    }
}
