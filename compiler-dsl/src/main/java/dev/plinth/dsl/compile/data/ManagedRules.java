package dev.plinth.dsl.compile.data;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.data.DataCode;
import dev.plinth.dsl.data.Kafka;
import dev.plinth.dsl.data.Search;
import java.util.regex.Pattern;

/** The rules of managed Kafka clusters and search domains: versions, node types, counts over zones, storage. */
final class ManagedRules {
    private static final Pattern KAFKA_VERSION = Pattern.compile("[1-9]\\.[0-9]+\\.([0-9]+|x)(\\.[0-9]+)?(\\.tiered)?");
    private static final Pattern BROKER_TYPE =
            Pattern.compile("kafka\\.[a-z][a-z0-9-]*\\.[0-9]*(small|medium|large|xlarge)");
    private static final Pattern SEARCH_VERSION = Pattern.compile("OpenSearch_[1-9]\\.[0-9]+");
    private static final Pattern SEARCH_TYPE =
            Pattern.compile("[a-z][a-z0-9-]*\\.[0-9]*(micro|small|medium|large|xlarge)\\.search");
    private static final Pattern DOMAIN_NAME = Pattern.compile("[a-z][a-z0-9-]{2,27}");
    private static final Pattern MASTER_USER = Pattern.compile("arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/.+");

    private final ResolvedPlatform platform;
    private final Diagnostics out;
    private final DataRules data;

    ManagedRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
        this.data = new DataRules(platform, out);
    }

    void check(Kafka kafka) {
        DslPath path = platform.path(kafka);
        if (!KAFKA_VERSION.matcher(kafka.kafkaVersion()).matches()) {
            out.report(
                    DataCode.INVALID_ENGINE_VERSION,
                    path.child("kafkaVersion"),
                    "'" + kafka.kafkaVersion() + "' is not a Kafka version MSK runs",
                    "use a version such as 3.6.0 or 3.7.x");
        }
        if (!BROKER_TYPE.matcher(kafka.brokerType()).matches()) {
            out.report(
                    DataCode.INVALID_BROKER_TYPE,
                    path.child("brokerType"),
                    "'" + kafka.brokerType() + "' is not an MSK broker type",
                    "use a type with the kafka. prefix, such as kafka.m7g.large");
        }
        if (kafka.storageGib() < 1 || kafka.storageGib() > 16384) {
            out.report(
                    DataCode.INVALID_BROKER_STORAGE,
                    path.child("storageGib"),
                    kafka.storageGib() + " GiB is outside the 1 to 16384 GiB of a broker",
                    "give each broker 1 GiB or more");
        }
        DataRules.kmsKey(kafka.kmsKeyArn(), path.child("kmsKeyArn"), out);
        retention(kafka.logRetentionDays(), path);
        if (data.placedIn(kafka, kafka.network(), kafka.tier(), path)) {
            int zones = Math.min(platform.zones(kafka.network()).size(), Kafka.MAX_ZONES);
            if (zones < 2) {
                out.report(
                        DataCode.TOO_FEW_ZONES,
                        path,
                        "MSK spreads brokers over two or three availability zones; network "
                                + kafka.network().name() + " has " + zones,
                        "spread the network over two or more zones");
            } else {
                kafka.brokers()
                        .filter(b -> b < zones || b % zones != 0)
                        .ifPresent(b -> out.report(
                                DataCode.BROKERS_NOT_MULTIPLE_OF_ZONES,
                                path.child("brokers"),
                                b + " brokers do not spread evenly over the " + zones + " zones of the cluster",
                                "use a multiple of " + zones + " brokers"));
            }
        }
        data.allowFrom(kafka, kafka.allowFrom(), path);
    }

    void check(Search search) {
        DslPath path = platform.path(search);
        String domain = search.effectiveDomainName(
                platform.platform(), platform.environment().name());
        if (!DOMAIN_NAME.matcher(domain).matches()) {
            out.report(
                    DslCode.INVALID_NAME,
                    path.child("domainName"),
                    "'" + domain + "' is not an OpenSearch domain name",
                    "give a domainName of 3 to 28 lower-case letters, digits and dashes, starting with a letter");
        }
        if (!SEARCH_VERSION.matcher(search.engineVersion()).matches()) {
            out.report(
                    DataCode.INVALID_ENGINE_VERSION,
                    path.child("engineVersion"),
                    "'" + search.engineVersion() + "' is not an OpenSearch version",
                    "use a version such as OpenSearch_2.13");
        }
        nodeType(search.nodeType(), path.child("nodeType"));
        search.masterType().ifPresent(type -> nodeType(type, path.child("masterType")));
        search.dedicatedMasters().ifPresent(masters -> {
            if (masters % 2 == 0) {
                out.report(
                        DataCode.EVEN_DEDICATED_MASTERS,
                        path.child("dedicatedMasters"),
                        masters + " dedicated masters cannot keep a quorum "
                                + "through a split: an even count tolerates no more failures than one fewer",
                        "use 3 or 5 dedicated masters");
            } else if (masters != 3 && masters != 5) {
                out.report(
                        DataCode.INVALID_DEDICATED_MASTERS,
                        path.child("dedicatedMasters"),
                        masters + " dedicated masters is not a count OpenSearch " + "recommends",
                        "use 3 or 5 dedicated masters");
            }
        });
        if (search.masterType().isPresent() && search.dedicatedMasters().isEmpty()) {
            out.report(
                    DataCode.INVALID_DEDICATED_MASTERS,
                    path.child("masterType"),
                    "a master type is given but no dedicated masters",
                    "set dedicatedMasters 3, or remove the master type");
        }
        if (search.storageGib() < 10 || search.storageGib() > 16384) {
            out.report(
                    DataCode.INVALID_SEARCH_STORAGE,
                    path.child("storageGib"),
                    search.storageGib() + " GiB is outside the 10 to 16384 GiB of " + "a gp3 data node volume",
                    "give each data node 10 GiB or more");
        }
        DataRules.kmsKey(search.kmsKeyArn(), path.child("kmsKeyArn"), out);
        search.masterUserArn()
                .filter(arn -> !MASTER_USER.matcher(arn).matches())
                .ifPresent(arn -> out.report(
                        DataCode.INVALID_MASTER_USER,
                        path.child("masterUserArn"),
                        "'" + arn + "' is not an IAM role or user ARN",
                        "give arn:aws:iam::ACCOUNT:role/NAME"));
        if (data.placedIn(search, search.network(), search.tier(), path)) {
            int zones = Math.min(platform.zones(search.network()).size(), Search.MAX_ZONES);
            search.nodes()
                    .filter(n -> n < 1 || zones > 1 && n % zones != 0)
                    .ifPresent(n -> out.report(
                            DataCode.NODES_NOT_MULTIPLE_OF_ZONES,
                            path.child("nodes"),
                            n + " data nodes do not spread evenly over the " + zones + " zones of the domain",
                            "use a multiple of " + zones + " data nodes"));
        }
        data.allowFrom(search, search.allowFrom(), path);
    }

    private void nodeType(String type, DslPath path) {
        if (!SEARCH_TYPE.matcher(type).matches()) {
            out.report(
                    DataCode.INVALID_SEARCH_NODE_TYPE,
                    path,
                    "'" + type + "' is not an OpenSearch instance type",
                    "use a type with the .search suffix, such as r7g.large.search");
        } else if (type.startsWith("t2.")) {
            out.report(
                    DataCode.INVALID_SEARCH_NODE_TYPE,
                    path,
                    type + " cannot encrypt data at rest",
                    "use t3.medium.search or larger");
        }
    }

    private void retention(int days, DslPath path) {
        SharedRules.retention(days, path.child("logRetentionDays"), out);
    }
}
