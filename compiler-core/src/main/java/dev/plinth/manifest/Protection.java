package dev.plinth.manifest;

import java.util.Optional;
import java.util.Set;

/**
 * Which resources Plinth guards against losing, and which lose what they hold: the one owner of
 * both lists of types.
 *
 * <p>A stack's protected resources are the ones its manifest entry lists ({@link
 * Manifest.Stack#protectedResources()}): the compiler lists every resource {@link #protects}
 * says is protected, and the materializer goes by that list. Only for a resource no manifest
 * entry speaks for, one a deployed stack has and the new template no longer does, does the
 * materializer fall back on {@link #protectsUnlisted}: its type alone, as its policies are not
 * known then.
 */
public final class Protection {
    /** Types whose replacement or deletion loses data or a name others rely on, whatever their policies. */
    public static final Set<String> PROTECTED_TYPES = Set.of(
            "AWS::RDS::DBCluster",
            "AWS::RDS::DBInstance",
            "AWS::Route53::HostedZone",
            "AWS::DynamoDB::Table",
            "AWS::S3::Bucket",
            "AWS::ElastiCache::ReplicationGroup",
            "AWS::EFS::FileSystem");

    /** The DeletionPolicy and UpdateReplacePolicy values that keep the physical resource, or a snapshot of it. */
    public static final Set<String> KEEPING_POLICIES = Set.of("Retain", "Snapshot", "RetainExceptOnCreate");

    /**
     * Types whose replacement or removal loses what they hold, for a review's data-loss warning:
     * every type the resource specification marks stateful but nested stacks and organization
     * accounts, and a few it does not mark. It holds every protected type; a reviewer is warned
     * about all of these, while Plinth refuses to destroy only protected resources.
     */
    public static final Set<String> STATEFUL_TYPES = Set.of(
            "AWS::Backup::BackupVault",
            "AWS::Cognito::UserPool",
            "AWS::DocDB::DBCluster",
            "AWS::DocDB::DBInstance",
            "AWS::DynamoDB::GlobalTable",
            "AWS::DynamoDB::Table",
            "AWS::EC2::Volume",
            "AWS::ECR::Repository",
            "AWS::EFS::FileSystem",
            "AWS::EMR::Cluster",
            "AWS::ElastiCache::CacheCluster",
            "AWS::ElastiCache::ReplicationGroup",
            "AWS::ElastiCache::ServerlessCache",
            "AWS::Elasticsearch::Domain",
            "AWS::FSx::FileSystem",
            "AWS::KMS::Key",
            "AWS::Kinesis::Stream",
            "AWS::Logs::LogGroup",
            "AWS::MSK::Cluster",
            "AWS::MSK::ServerlessCluster",
            "AWS::MemoryDB::Cluster",
            "AWS::Neptune::DBCluster",
            "AWS::Neptune::DBInstance",
            "AWS::OpenSearchService::Domain",
            "AWS::QLDB::Ledger",
            "AWS::RDS::DBCluster",
            "AWS::RDS::DBInstance",
            "AWS::Redshift::Cluster",
            "AWS::Route53::HostedZone",
            "AWS::S3::Bucket",
            "AWS::SDB::Domain",
            "AWS::SQS::Queue",
            "AWS::SecretsManager::Secret");

    private Protection() {}

    /**
     * Whether a resource is protected, by its type and its policies as a template writes them
     * ({@code Retain}, {@code Snapshot}, ...): the rule by which the compiler lists a stack's
     * protected resources.
     */
    public static boolean protects(String type, Optional<String> deletionPolicy, Optional<String> updateReplacePolicy) {
        return PROTECTED_TYPES.contains(type)
                || deletionPolicy.filter(KEEPING_POLICIES::contains).isPresent()
                || updateReplacePolicy.filter(KEEPING_POLICIES::contains).isPresent();
    }

    /**
     * Whether a resource no manifest entry lists, one a deployed stack has and the new template
     * removes, is protected: by its type, its policies being unknown.
     */
    public static boolean protectsUnlisted(String type) {
        return PROTECTED_TYPES.contains(type);
    }
}
