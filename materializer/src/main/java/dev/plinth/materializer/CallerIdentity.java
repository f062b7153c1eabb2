package dev.plinth.materializer;

import java.util.Objects;

/**
 * Who a run acts as, from {@code sts:GetCallerIdentity}, and the region it acts in.
 *
 * @param account the 12-digit account id
 * @param arn the caller's ARN: {@code arn:aws:sts::123456789012:assumed-role/deployer/plinth-1234}
 * @param userId the caller's unique id
 * @param region the region the run uses
 */
public record CallerIdentity(String account, String arn, String userId, String region) {
    public CallerIdentity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(region, "region");
    }

    /** The part of the ARN after the account: {@code assumed-role/deployer/plinth-1234}, {@code user/ci}, {@code root}. */
    public String principal() {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 ? parts[5] : arn;
    }

    /** The line a command prints before it calls anything else: {@code account 123456789012, assumed-role/deployer/plinth-1234, eu-west-1}. */
    public String line() {
        return "account " + account + ", " + principal() + ", " + region;
    }
}
