package dev.plinth.dsl.compile.data;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.rds.CfnDBCluster;
import dev.plinth.cfn.rds.CfnDBClusterParameterGroup;
import dev.plinth.cfn.rds.CfnDBInstance;
import dev.plinth.cfn.rds.CfnDBParameterGroup;
import dev.plinth.cfn.rds.CfnDBSubnetGroup;
import dev.plinth.dsl.compile.DataEndpoint;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.data.Database;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database becomes a DB subnet group over its tier, a (cluster) parameter group that requires
 * TLS, and an Aurora cluster with its instances or a single RDS instance: storage encrypted with
 * the default KMS key, the master password generated and managed by RDS in Secrets Manager,
 * snapshots on deletion and replacement, deletion protection in production, and its security
 * group open on the engine port to the components allowed in.
 */
final class DatabaseLowering {
    private final LoweringContext context;
    private final Database db;

    DatabaseLowering(LoweringContext context, Database db) {
        this.context = context;
        this.db = db;
    }

    CfnSecurityGroup securityGroup() {
        return DataServices.securityGroup(context, db, db.network(), db.port());
    }

    void lower() {
        DataServices.allowFrom(context, db, db.port(), db.allowFrom());
        String name = Names.physicalName(context.platform(), db);
        CfnDBSubnetGroup subnets = context.add(
                db,
                "SubnetGroup",
                CfnDBSubnetGroup.builder()
                        .dbSubnetGroupDescription("Database " + db.name() + ": its tier's subnets")
                        .subnetIds(DataServices.subnets(context, db.network(), db.tier()))
                        .build());
        boolean production = context.platform().environment().production();
        boolean protect = db.deletionProtection().orElse(production);
        Value<String> securityGroup = context.securityGroup(db).attrGroupId();
        if (db.engine().aurora()) {
            CfnDBClusterParameterGroup parameters = context.add(
                    db,
                    "ClusterParameters",
                    CfnDBClusterParameterGroup.builder()
                            .description("Database " + db.name() + ": cluster parameters")
                            .family(db.parameterGroupFamily())
                            .parameters(parameters())
                            .build());
            CfnDBCluster.Builder cluster = CfnDBCluster.builder()
                    .engine(db.engine().awsName())
                    .engineVersion(db.engineVersion())
                    .port(db.port())
                    .dbSubnetGroupName(subnets.ref())
                    .dbClusterParameterGroupName(parameters.ref())
                    .vpcSecurityGroupIds(securityGroup)
                    .storageEncrypted(true)
                    .masterUsername(db.masterUsername())
                    .manageMasterUserPassword(true)
                    .backupRetentionPeriod(db.backupRetentionDays())
                    .deletionProtection(protect)
                    .copyTagsToSnapshot(true)
                    .tags(Tag.of("Name", name));
            db.masterSecretKmsKeyArn()
                    .ifPresent(key -> cluster.masterUserSecret(CfnDBCluster.MasterUserSecretProperty.builder()
                            .kmsKeyId(key)
                            .build()));
            db.databaseName().ifPresent(cluster::databaseName);
            CfnDBCluster built = context.add(db, "Cluster", snapshotted(cluster).build());
            for (int i = 1; i <= db.instances(); i++) {
                context.add(
                        db,
                        "Instance" + i,
                        CfnDBInstance.builder()
                                .engine(db.engine().awsName())
                                .dbClusterIdentifier(built.ref())
                                .dbInstanceClass(db.instanceClass())
                                .dbSubnetGroupName(subnets.ref())
                                .publiclyAccessible(false)
                                .autoMinorVersionUpgrade(true)
                                .tags(Tag.of("Name", name + "-" + i))
                                .build());
            }
            // The address other components connect to: the cluster's writer endpoint.
            context.publish(db, new DataEndpoint(built.attrEndpointAddress()));
            return;
        }
        CfnDBParameterGroup parameters = context.add(
                db,
                "Parameters",
                CfnDBParameterGroup.builder()
                        .description("Database " + db.name() + ": parameters")
                        .family(db.parameterGroupFamily())
                        .parameters(parameters())
                        .build());
        CfnDBInstance.Builder instance = CfnDBInstance.builder()
                .engine(db.engine().awsName())
                .engineVersion(db.engineVersion())
                .dbInstanceClass(db.instanceClass())
                .allocatedStorage(Integer.toString(db.storageGib()))
                .storageType("gp3")
                .storageEncrypted(true)
                .port(Integer.toString(db.port()))
                .dbSubnetGroupName(subnets.ref())
                .dbParameterGroupName(parameters.ref())
                .vpcSecurityGroups(securityGroup)
                .masterUsername(db.masterUsername())
                .manageMasterUserPassword(true)
                .multiAZ(db.multiAz().orElse(production))
                .publiclyAccessible(false)
                .backupRetentionPeriod(db.backupRetentionDays())
                .deletionProtection(protect)
                .copyTagsToSnapshot(true)
                .autoMinorVersionUpgrade(true)
                .tags(Tag.of("Name", name));
        db.masterSecretKmsKeyArn()
                .ifPresent(key -> instance.masterUserSecret(CfnDBInstance.MasterUserSecretProperty.builder()
                        .kmsKeyId(key)
                        .build()));
        db.databaseName().ifPresent(instance::dbName);
        CfnDBInstance built = context.add(db, "Instance", snapshotted(instance).build());
        // The address other components connect to: the instance's.
        context.publish(db, new DataEndpoint(built.attrEndpointAddress()));
    }

    private Map<String, String> parameters() {
        Map<String, String> all = new TreeMap<>();
        boolean mysql = db.engine() == Database.Engine.AURORA_MYSQL || db.engine() == Database.Engine.MYSQL;
        all.put(mysql ? "require_secure_transport" : "rds.force_ssl", mysql ? "ON" : "1");
        all.putAll(db.parameters());
        return all;
    }

    private static <B extends Resource.Builder<B, ?>> B snapshotted(B builder) {
        return builder.deletionPolicy(DeletionPolicy.SNAPSHOT).updateReplacePolicy(DeletionPolicy.SNAPSHOT);
    }
}
