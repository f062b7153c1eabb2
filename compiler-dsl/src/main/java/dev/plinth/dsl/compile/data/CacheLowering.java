package dev.plinth.dsl.compile.data;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.elasticache.CfnReplicationGroup;
import dev.plinth.cfn.elasticache.CfnSubnetGroup;
import dev.plinth.cfn.secretsmanager.CfnSecret;
import dev.plinth.dsl.compile.DataEndpoint;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.data.Cache;
import java.util.Map;

/**
 * A cache becomes a subnet group over its tier, a Secrets Manager secret with a generated AUTH
 * token, and a Redis replication group encrypted in transit and at rest that reads the token
 * through a dynamic reference (never in the template), Multi-AZ with automatic failover when it
 * has replicas, and its security group open on 6379 to the components allowed in.
 */
final class CacheLowering {
    /** Printable ASCII punctuation Redis AUTH does not accept; it allows only {@code ! & # $ ^ < > -}. */
    static final String AUTH_EXCLUDED = "\"%'()*+,./:;=?@[\\]_`{|}~";

    private final LoweringContext context;
    private final Cache cache;

    CacheLowering(LoweringContext context, Cache cache) {
        this.context = context;
        this.cache = cache;
    }

    CfnSecurityGroup securityGroup() {
        return DataServices.securityGroup(context, cache, cache.network(), Cache.PORT);
    }

    void lower() {
        DataServices.allowFrom(context, cache, Cache.PORT, cache.allowFrom());
        String name = Names.physicalName(context.platform(), cache);
        CfnSubnetGroup subnets = context.add(
                cache,
                "SubnetGroup",
                CfnSubnetGroup.builder()
                        .description("Cache " + cache.name() + ": its tier's subnets")
                        .subnetIds(DataServices.subnets(context, cache.network(), cache.tier()))
                        .build());
        boolean failover = cache.nodes() > 1;
        boolean encrypted = !cache.insecureWithoutEncryption();
        CfnReplicationGroup.Builder group = CfnReplicationGroup.builder()
                .replicationGroupDescription("Cache " + cache.name())
                .engine("redis")
                .engineVersion(cache.engineVersion())
                .cacheNodeType(cache.nodeType())
                .numCacheClusters(cache.nodes())
                .automaticFailoverEnabled(failover)
                .multiAZEnabled(failover)
                .port(Cache.PORT)
                .cacheSubnetGroupName(subnets.ref())
                .securityGroupIds(context.securityGroup(cache).attrGroupId())
                .transitEncryptionEnabled(encrypted)
                .atRestEncryptionEnabled(encrypted)
                .snapshotRetentionLimit(cache.snapshotRetentionDays())
                .autoMinorVersionUpgrade(true)
                .tags(Tag.of("Name", name));
        if (encrypted) {
            CfnSecret token = context.add(
                    cache,
                    "AuthToken",
                    CfnSecret.builder()
                            .description("The Redis AUTH token of cache " + cache.name())
                            .generateSecretString(CfnSecret.GenerateSecretStringProperty.builder()
                                    .passwordLength(64)
                                    .excludeCharacters(AUTH_EXCLUDED)
                                    .includeSpace(false)
                                    .build())
                            .tags(Tag.of("Name", name + "-auth"))
                            .build());
            group.authToken(Fn.sub("{{resolve:secretsmanager:${Secret}:SecretString}}", Map.of("Secret", token.ref())));
        }
        CfnReplicationGroup built = context.add(
                cache,
                "ReplicationGroup",
                group.deletionPolicy(DeletionPolicy.SNAPSHOT)
                        .updateReplacePolicy(DeletionPolicy.SNAPSHOT)
                        .build());
        // The primary endpoint's address, which follows failover.
        context.publish(cache, new DataEndpoint(built.attrPrimaryEndPointAddress()));
    }
}
