package dev.plinth.dsl.data;

import dev.plinth.dsl.Secured;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Aurora cluster (MySQL or PostgreSQL) of N instances, or a single RDS instance, in the
 * network's isolated tier (else its private one). Storage is always encrypted, the master
 * password is generated and kept by AWS in Secrets Manager, snapshots are taken on delete and
 * replacement, and only the components in {@link #allowFrom()} reach the engine port.
 */
@Value.Immutable
public abstract class Database implements Secured {

    /** The database engines, with their port and whether they run as an Aurora cluster. */
    public enum Engine {
        AURORA_MYSQL("aurora-mysql", 3306, true),
        AURORA_POSTGRESQL("aurora-postgresql", 5432, true),
        MYSQL("mysql", 3306, false),
        POSTGRES("postgres", 5432, false);

        private final String awsName;
        private final int port;
        private final boolean aurora;

        Engine(String awsName, int port, boolean aurora) {
            this.awsName = awsName;
            this.port = port;
            this.aurora = aurora;
        }

        public String awsName() {
            return awsName;
        }

        public int port() {
            return port;
        }

        public boolean aurora() {
            return aurora;
        }
    }

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "database";
    }

    public abstract Network network();

    /** The subnet tier; the network's first isolated tier, else its first private one, unless named. */
    public abstract Optional<String> tier();

    public abstract Engine engine();

    /** Such as {@code 8.0.mysql_aurora.3.08.0}, {@code 15.4}, {@code 8.0.35} or {@code 16.3}. */
    public abstract String engineVersion();

    /** Such as {@code db.r6g.large}. */
    public abstract String instanceClass();

    /** Instances of an Aurora cluster (a writer and readers); 2 unless given. */
    @Value.Default
    public int instances() {
        return 2;
    }

    /** Allocated storage of an RDS instance, in GiB. */
    @Value.Default
    public int storageGib() {
        return 20;
    }

    /** Standby in a second zone, for an RDS instance; on in production environments unless set. */
    public abstract Optional<Boolean> multiAz();

    /** Parameters of the (cluster) parameter group. */
    public abstract Map<String, String> parameters();

    @Value.Default
    public String masterUsername() {
        return "dbadmin";
    }

    /** A KMS key for the Secrets Manager secret that holds the generated master password; the AWS managed key otherwise. */
    public abstract Optional<String> masterSecretKmsKeyArn();

    public abstract Optional<String> databaseName();

    @Value.Default
    public int backupRetentionDays() {
        return 7;
    }

    /** On in production environments unless set. */
    public abstract Optional<Boolean> deletionProtection();

    /** Components whose security group may reach the engine port. */
    public abstract List<Secured> allowFrom();

    public int port() {
        return engine().port();
    }

    /** The parameter group family: {@code aurora-mysql8.0}, {@code postgres16}. */
    public String parameterGroupFamily() {
        String[] parts = engineVersion().split("\\.");
        boolean mysql = engine() == Engine.AURORA_MYSQL || engine() == Engine.MYSQL;
        String major = mysql && parts.length > 1 ? parts[0] + "." + parts[1] : parts[0];
        return engine().awsName() + major;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Database}. */
    public static class Builder extends ImmutableDatabase.Builder {
        /** Lets {@code source}'s security group reach the database on its engine port. */
        public Builder allowFrom(Secured source) {
            addAllowFrom(source);
            return this;
        }
    }
}
