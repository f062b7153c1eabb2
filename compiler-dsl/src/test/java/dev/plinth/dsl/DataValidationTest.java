package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.data.Database;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DataValidationTest {
    private final DataPlatform data = new DataPlatform();
    private final TestPlatform platform = data.platform;

    @Test
    void theDataPlatformIsValid() {
        assertThat(codes(platform)).isEmpty();
    }

    @Test
    void anAuroraVersionOfAnotherEngineIsRefused() {
        data.database.set("engine", d -> d.engine(Database.Engine.AURORA_MYSQL).engineVersion("15.4"));

        assertThat(formats(platform))
                .containsExactly("[INVALID_ENGINE_VERSION] prod/orders-db/engineVersion: '15.4' is not a version of "
                        + "aurora-mysql; use a version such as 8.0.mysql_aurora.3.08.0.");
    }

    @Test
    void anEc2InstanceTypeIsNotADatabaseClass() {
        data.database.set("instanceClass", d -> d.instanceClass("r6g.large"));

        assertThat(formats(platform))
                .containsExactly("[INVALID_DB_INSTANCE_CLASS] prod/orders-db/instanceClass: 'r6g.large' is not a "
                        + "database instance class; use a class such as db.r6g.large.");
    }

    @Test
    void anAuroraClusterInOneZoneIsRefused() {
        platform.network.set("azCount", n -> n.azCount(1));

        assertThat(formats(platform))
                .contains(
                        "[TOO_FEW_ZONES] prod/orders-db: an Aurora cluster's DB subnet group needs subnets in at least "
                                + "two availability zones; network network has 1; spread the network over two or more zones (azCount 2).");
    }

    @Test
    void anRdsInstanceInATierWithOneZoneIsRefused() {
        platform.network.set("azCount", n -> n.azCount(1));
        data.database.set("engine", d -> d.engine(Database.Engine.POSTGRES).engineVersion("16.3"));

        assertThat(codes(platform)).contains("TOO_FEW_ZONES prod/orders-db", "TOO_FEW_ZONES prod/redis-cache");
    }

    @Test
    void backupsKeptLongerThanRdsAllowsAreRefused() {
        data.database.set("backups", d -> d.backupRetentionDays(90));

        assertThat(codes(platform)).containsExactly("INVALID_BACKUP_RETENTION prod/orders-db/backupRetentionDays");
    }

    @Test
    void aDatabaseInAPublicTierIsRefused() {
        data.database.set("tier", d -> d.tier("public"));

        assertThat(formats(platform))
                .containsExactly("[DATA_IN_PUBLIC_TIER] prod/orders-db/tier: tier public is public; a database belongs "
                        + "in an isolated or private tier; name an isolated or private tier.");
    }

    @Test
    void redisWithoutEncryptionCompilesWithACodedWarning() {
        data.cache.set("insecure", c -> c.insecureWithoutEncryption(true));

        PlatformCompiler.Result result = platform.compile();

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly("[CACHE_UNENCRYPTED] "
                        + "prod/redis-cache/insecureWithoutEncryption: Redis runs without encryption in transit or at rest and without an AUTH token, "
                        + "as written; remove insecureWithoutEncryption and connect with TLS.");
    }

    @Test
    void anEc2TypeIsNotACacheNodeType() {
        data.cache.set("nodeType", c -> c.nodeType("r7g.large"));

        assertThat(formats(platform))
                .containsExactly("[INVALID_CACHE_NODE_TYPE] prod/redis-cache/nodeType: 'r7g.large' is not an "
                        + "ElastiCache node type; use a type such as cache.r7g.large.");
    }

    @Test
    void aPrivateZoneWithoutAVpcIsRefused() {
        data.zone.remove("network");

        assertThat(formats(platform))
                .containsExactly(
                        "[PRIVATE_ZONE_WITHOUT_VPC] prod/internal/network: a private hosted zone resolves in "
                                + "no VPC; give the zone the network whose VPC resolves it, or make it public with privateZone(false).");
    }

    @Test
    void aRecordPointingAtADatabaseInNoStackIsRefused() {
        data.placeDatabase = false;

        assertThat(formats(platform))
                .containsExactly(
                        "[COMPONENT_NOT_IN_STACK] prod/internal: uses the database 'orders-db', which is in no "
                                + "stack; add the database to one of the platform's stacks.");
    }

    @Test
    void twoRecordsOfOneNameAreRefused() {
        data.zone.set("more", z -> z.cname("db", "legacy.example.com"));

        assertThat(codes(platform)).containsExactly("DUPLICATE_RECORD prod/internal/record/db");
    }

    @Test
    void anARecordNeedsIpv4Addresses() {
        data.zone.set("more", z -> z.a("legacy", "10.0.0.300"));

        assertThat(codes(platform)).containsExactly("INVALID_RECORD prod/internal/record/legacy");
    }

    @Test
    void anInvalidBucketNameIsRefused() {
        data.bucket.set("bucketName", b -> b.bucketName("Shop_Assets"));

        assertThat(formats(platform))
                .containsExactly("[INVALID_BUCKET_NAME] prod/assets/bucketName: 'Shop_Assets' is not a valid S3 bucket "
                        + "name; use 3 to 63 lower-case letters, digits, dots and dashes, starting and ending with a letter or digit, with no dot "
                        + "next to another dot or a dash, not shaped like an IP address, and without the prefixes (xn--, sthree-, amzn-s3-demo-) "
                        + "and suffixes (-s3alias, --ol-s3, .mrap, --x-s3, --table-s3) S3 reserves.");
    }

    @Test
    void aTransitionToInfrequentAccessBefore30DaysIsRefused() {
        data.bucket.set("transition", b -> b.transition(Bucket.StorageClass.STANDARD_IA, 7));

        assertThat(codes(platform)).containsExactly("INVALID_LIFECYCLE prod/assets/transition/STANDARD_IA");
    }

    @Test
    void aKmsKeyForAnSseS3BucketIsRefused() {
        data.bucket.set("kms", b -> b.kmsKeyArn("arn:aws:kms:eu-west-1:123456789012:key/abcd"));

        assertThat(codes(platform)).containsExactly("INVALID_KMS_KEY prod/assets/kmsKeyArn");
    }

    @Test
    void anEcrLifecycleKeepingNoImagesIsRefused() {
        data.repository.set("keep", r -> r.keepLastImages(0));

        assertThat(formats(platform))
                .containsExactly("[INVALID_REPOSITORY_LIFECYCLE] prod/web-images/keepLastImages: the lifecycle would "
                        + "keep 0 images and delete every image pushed; keep at least 1 image (30 unless given).");
    }

    @Test
    void anInvalidRepositoryNameIsRefused() {
        data.repository.set("name", r -> r.name("web-images").repositoryName("Shop/Web"));

        assertThat(codes(platform)).containsExactly("INVALID_REPOSITORY_NAME prod/web-images/repositoryName");
    }

    @Test
    void anAllowFromSourceInNoStackIsRefused() {
        data.database.set(
                "allowFrom",
                (d, built) -> d.allowFrom(built.fleet)
                        .allowFrom(dev.plinth.dsl.compute.Bastion.builder()
                                .name("jump")
                                .network(built.network)
                                .sshFrom("office", "203.0.113.0/24")
                                .build()));

        assertThat(codes(platform)).containsExactly("COMPONENT_NOT_IN_STACK prod/orders-db");
    }

    @Test
    void aZoneNamingAnInvalidDomainIsRefused() {
        data.zone.set("domain", z -> z.domain("Shop Internal"));

        assertThat(codes(platform)).containsExactly("INVALID_ZONE_NAME prod/internal/domain");
    }

    @Test
    void aDatabaseNamingATierTheNetworkLacksIsReported() {
        data.database.set("tier", d -> d.tier("data"));

        assertThat(codes(platform)).containsExactly("UNKNOWN_TIER prod/orders-db/tier");
    }

    @Test
    void everyDataCodeIsAnErrorButTheWrittenOutInsecureCache() {
        assertThat(Arrays.stream(dev.plinth.dsl.data.DataCode.values())
                        .filter(c -> c.severity() != dev.plinth.diagnostics.Severity.ERROR))
                .containsExactly(dev.plinth.dsl.data.DataCode.CACHE_UNENCRYPTED);
    }
}
