package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.compiler.CompiledPlatform;
import org.junit.jupiter.api.Test;

/** Kafka clusters and search domains: their diagnostics, and the secure defaults of the compiled templates. */
class ManagedDataTest {
    private final ManagedPlatform managed = new ManagedPlatform();
    private final TestPlatform platform = managed.platform;

    private JsonNode data() {
        CompiledPlatform compiled = platform.compiled();
        return TemplateAssert.assertThat(
                        TestPlatform.stack(compiled, "data").stack().template())
                .json()
                .path("Resources");
    }

    @Test
    void brokersNotAMultipleOfTheZonesAreRefused() {
        managed.kafka.set("brokers", k -> k.brokers(4));

        assertThat(formats(platform))
                .containsExactly(
                        "[BROKERS_NOT_MULTIPLE_OF_ZONES] prod/events/brokers: 4 brokers do not spread evenly over the "
                                + "3 zones of the cluster; use a multiple of 3 brokers.");
    }

    @Test
    void aBrokerTypeWithoutTheKafkaPrefixIsRefused() {
        managed.kafka.set("brokerType", k -> k.brokerType("m7g.large"));

        assertThat(formats(platform))
                .containsExactly("[INVALID_BROKER_TYPE] prod/events/brokerType: 'm7g.large' is not an MSK broker type; "
                        + "use a type with the kafka. prefix, such as kafka.m7g.large.");
    }

    @Test
    void aKafkaVersionOfAnotherFormatIsRefused() {
        managed.kafka.set("version", k -> k.kafkaVersion("kafka-3.6"));

        assertThat(codes(platform)).containsExactly("INVALID_ENGINE_VERSION prod/events/kafkaVersion");
    }

    @Test
    void kafkaInOneZoneAndInAPublicTierIsRefused() {
        platform.network.set("azCount", n -> n.azCount(1));
        managed.kafka.set("tier", k -> k.tier("public"));
        managed.search.set("nodes", s -> s.nodes(1));

        assertThat(codes(platform)).contains("DATA_IN_PUBLIC_TIER prod/events/tier", "TOO_FEW_ZONES prod/events");
    }

    @Test
    void anEvenNumberOfDedicatedMastersIsRefused() {
        managed.search.set("masters", s -> s.dedicatedMasters(4));

        assertThat(formats(platform))
                .containsExactly(
                        "[EVEN_DEDICATED_MASTERS] prod/catalog/dedicatedMasters: 4 dedicated masters cannot keep a "
                                + "quorum through a split: an even count tolerates no more failures than one fewer; use 3 or 5 dedicated masters.");
    }

    @Test
    void aSearchNodeTypeWithoutTheSearchSuffixIsRefused() {
        managed.search.set("nodeType", s -> s.nodeType("r7g.large"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_SEARCH_NODE_TYPE] prod/catalog/nodeType: 'r7g.large' is not an OpenSearch instance "
                                + "type; use a type with the .search suffix, such as r7g.large.search.");
    }

    @Test
    void dataNodesNotAMultipleOfTheZonesAreRefusedWithZoneAwareness() {
        managed.search.set("nodes", s -> s.nodes(4));

        assertThat(codes(platform)).containsExactly("NODES_NOT_MULTIPLE_OF_ZONES prod/catalog/nodes");
    }

    @Test
    void aBadSearchVersionStorageMasterUserAndDomainNameAreRefused() {
        managed.search.set(
                "version",
                s -> s.engineVersion("Elasticsearch_7.10")
                        .storageGib(5)
                        .masterUserArn("admin")
                        .domainName("a-domain-name-longer-than-28-characters"));

        assertThat(codes(platform))
                .containsExactly(
                        "INVALID_NAME prod/catalog/domainName",
                        "INVALID_ENGINE_VERSION prod/catalog/engineVersion",
                        "INVALID_SEARCH_STORAGE prod/catalog/storageGib",
                        "INVALID_MASTER_USER prod/catalog/masterUserArn");
    }

    @Test
    void aClientInNoStackIsRefused() {
        managed.kafka.set(
                "allowFrom",
                (k, built) -> k.allowFrom(dev.plinth.dsl.data.Cache.builder()
                        .name("orphan")
                        .network(built.network)
                        .nodeType("cache.r7g.large")
                        .build()));

        assertThat(formats(platform))
                .containsExactly("[COMPONENT_NOT_IN_STACK] prod/events: uses the cache 'orphan', which is in no stack; "
                        + "add the cache to one of the platform's stacks.");
    }

    @Test
    void kafkaIsEncryptedInTransitAndAtRestAndAuthenticatesWithIam() {
        JsonNode resources = data();
        JsonNode cluster = resources.path("EventsCluster").path("Properties");

        assertThat(cluster.path("EncryptionInfo")
                        .path("EncryptionInTransit")
                        .path("ClientBroker")
                        .asText())
                .isEqualTo("TLS");
        assertThat(cluster.path("EncryptionInfo")
                        .path("EncryptionInTransit")
                        .path("InCluster")
                        .asBoolean())
                .isTrue();
        assertThat(cluster.path("ClientAuthentication")
                        .path("Sasl")
                        .path("Iam")
                        .path("Enabled")
                        .asBoolean())
                .isTrue();
        assertThat(cluster.path("ClientAuthentication")
                        .path("Unauthenticated")
                        .path("Enabled")
                        .asBoolean())
                .isFalse();
        assertThat(cluster.path("EnhancedMonitoring").asText()).isEqualTo("PER_BROKER");
        assertThat(cluster.path("NumberOfBrokerNodes").asInt()).isEqualTo(3);
        assertThat(cluster.path("BrokerNodeGroupInfo").path("ClientSubnets").size())
                .isEqualTo(3);
        assertThat(cluster.path("LoggingInfo")
                        .path("BrokerLogs")
                        .path("CloudWatchLogs")
                        .path("LogGroup")
                        .path("Ref")
                        .asText())
                .isEqualTo("EventsLogGroup");
        assertThat(resources.path("EventsSecurityGroup").path("Properties").has("SecurityGroupIngress"))
                .isFalse();
        assertThat(resources
                        .path("EventsFromWeb9098")
                        .path("Properties")
                        .path("FromPort")
                        .asInt())
                .isEqualTo(9098);
    }

    @Test
    void aGivenKeyEncryptsKafkaAtRest() {
        managed.kafka.set(
                "key", k -> k.kmsKeyArn("arn:aws:kms:eu-west-1:123456789012:key/0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"));

        assertThat(data().path("EventsCluster")
                        .path("Properties")
                        .path("EncryptionInfo")
                        .path("EncryptionAtRest")
                        .path("DataVolumeKMSKeyId")
                        .asText())
                .startsWith("arn:aws:kms:eu-west-1");
    }

    @Test
    void searchIsEncryptedHttpsOnlyAndOpenToTheAccountOnly() {
        JsonNode resources = data();
        JsonNode domain = resources.path("CatalogDomain").path("Properties");

        assertThat(domain.path("NodeToNodeEncryptionOptions").path("Enabled").asBoolean())
                .isTrue();
        assertThat(domain.path("EncryptionAtRestOptions").path("Enabled").asBoolean())
                .isTrue();
        assertThat(domain.path("DomainEndpointOptions").path("EnforceHTTPS").asBoolean())
                .isTrue();
        assertThat(domain.path("DomainEndpointOptions")
                        .path("TLSSecurityPolicy")
                        .asText())
                .isEqualTo("Policy-Min-TLS-1-2-2019-07");
        assertThat(domain.path("EBSOptions").path("VolumeType").asText()).isEqualTo("gp3");
        assertThat(domain.path("ClusterConfig").path("ZoneAwarenessEnabled").asBoolean())
                .isTrue();
        assertThat(domain.path("ClusterConfig")
                        .path("ZoneAwarenessConfig")
                        .path("AvailabilityZoneCount")
                        .asInt())
                .isEqualTo(3);
        assertThat(domain.path("ClusterConfig").path("DedicatedMasterCount").asInt())
                .isEqualTo(3);
        assertThat(domain.path("DomainName").asText()).isEqualTo("shop-prod-catalog");
        assertThat(domain.has("AdvancedSecurityOptions")).isFalse();

        JsonNode statement = domain.path("AccessPolicies").path("Statement").get(0);
        assertThat(statement.path("Principal").toString())
                .doesNotContain("\"*\"")
                .contains(":root");
        assertThat(statement.path("Action").get(0).asText()).isEqualTo("es:ESHttp*");
        assertThat(statement.path("Resource").toString()).contains(":domain/shop-prod-catalog/*");
        assertThat(domain.path("VPCOptions").path("SecurityGroupIds").toString())
                .contains("CatalogSecurityGroup");
        assertThat(resources
                        .path("CatalogFromWeb443")
                        .path("Properties")
                        .path("FromPort")
                        .asInt())
                .isEqualTo(443);
    }

    @Test
    void aMasterUserTurnsOnFineGrainedAccessControl() {
        managed.search.set("master", s -> s.masterUserArn("arn:aws:iam::123456789012:role/search-admin"));
        JsonNode security = data().path("CatalogDomain").path("Properties").path("AdvancedSecurityOptions");

        assertThat(security.path("Enabled").asBoolean()).isTrue();
        assertThat(security.path("InternalUserDatabaseEnabled").asBoolean()).isFalse();
        assertThat(security.path("MasterUserOptions").path("MasterUserARN").asText())
                .isEqualTo("arn:aws:iam::123456789012:role/search-admin");
    }
}
