package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.cluster.MesosVersions;
import dev.plinth.dsl.network.SubnetTier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MesosClusterTest {
    private final TestPlatform platform = TestPlatform.baseline();

    private TestPlatform withMesos(UnaryOperator<MesosCluster.Builder> change) {
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of(
                        "mesos",
                        change.apply(MesosCluster.builder()
                                        .name("mesos")
                                        .network(built.network)
                                        .allowFrom(built.bastion, MesosCluster.MARATHON_PORT)
                                        .allowFrom(built.bastion, MesosCluster.PROMETHEUS_PORT)
                                        .allowFrom("office", "203.0.113.0/24", 80))
                                .build()));
        return platform;
    }

    @Test
    void aNodeRoleWhoseScriptFileAnotherComponentTakesIsReportedNotOverwritten() {
        platform.bastion.set("name", b -> b.name("mesos-agent"));

        assertThat(Diagnosed.formats(withMesos(m -> m)))
                .containsExactly("[DUPLICATE_USER_DATA_FILE] prod/mesos/userData: its user-data would be written to"
                        + " userdata/mesos-agent.sh, as that of the bastion 'mesos-agent'; rename the mesos cluster or"
                        + " the bastion.");
    }

    @Test
    void anEvenNumberOfMesosMastersIsRefused() {
        assertThat(Diagnosed.formats(withMesos(m -> m.masters(4))))
                .containsExactly(
                        "[EVEN_MASTER_COUNT] prod/mesos/masters: 4 masters tolerate no more failures than 3 while ZooKeeper's and Mesos's quorum of 3 "
                                + "is harder to keep; run an odd number of masters, such as 5.");
    }

    @Test
    void fewerThanThreeConsulServersInProductionAreRefused() {
        assertThat(codes(withMesos(m -> m.consulServers(1))))
                .containsExactly("TOO_FEW_CONSUL_SERVERS prod/mesos/consulServers");
    }

    @Test
    void moreConsulServersThanMastersAreRefused() {
        assertThat(codes(withMesos(m -> m.consulServers(5))))
                .containsExactly("CONSUL_SERVERS_EXCEED_MASTERS prod/mesos/consulServers");
    }

    @Test
    void agentsWithMinAboveMaxAreRefused() {
        assertThat(codes(withMesos(m -> m.agentMinSize(5).agentMaxSize(2))))
                .containsExactly("INVALID_AGENT_SIZE prod/mesos/agents");
    }

    @Test
    void mastersThatPutAQuorumInOneZoneAreRefused() {
        platform.network.set("azCount", n -> n.azCount(2));

        assertThat(Diagnosed.formats(withMesos(m -> m)))
                .containsExactly(
                        "[MASTERS_EXCEED_ZONES] prod/mesos/masters: 3 masters over 2 zones put 2 in one zone, a quorum: losing that zone stops the cluster; "
                                + "spread the network over more zones, or run fewer masters.");
    }

    @Test
    void moreMastersThanTheTiersSubnetsHaveAddressesForAreRefused() {
        platform.network.set(
                "tiers",
                n -> n.addTiers(
                        SubnetTier.publicTier("public"),
                        SubnetTier.builder()
                                .name("app")
                                .kind(SubnetTier.Kind.PRIVATE)
                                .prefixLength(28)
                                .build()));

        assertThat(codes(withMesos(m -> m.masters(17)))).containsExactly("TIER_TOO_SMALL_FOR_MASTERS prod/mesos/tier");
    }

    @Test
    void aNetworkWithoutAPrivateTierIsRefused() {
        platform.network.set("tiers", n -> n.addTiers(SubnetTier.publicTier("public")));

        assertThat(codes(withMesos(m -> m))).containsExactly("PRIVATE_TIER_REQUIRED prod/mesos/tier");
    }

    @Test
    void marathonOpenToTheWholeInternetIsRefused() {
        assertThat(Diagnosed.formats(withMesos(m -> m.allowFrom("world", "0.0.0.0/0", MesosCluster.MARATHON_PORT))))
                .containsExactly(
                        "[OPEN_TO_WORLD] prod/mesos/allowFrom/world:8080: Marathon's API, which starts any container, would be open to the whole internet; "
                                + "allow named ranges or components (a bastion, a load balancer) instead.");
    }

    @Test
    void aPortNoRoleServesCannotBeAllowed() {
        assertThat(codes(withMesos(m -> m.allowFrom("office-ssh", "203.0.113.0/24", 22))))
                .containsExactly("NOT_A_CLUSTER_PORT prod/mesos/allowFrom/office-ssh:22");
    }

    @Test
    void aVersionThatIsNotAReleaseNumberIsRefused() {
        assertThat(codes(withMesos(m -> m.versions(MesosVersions.builder()
                        .marathon("v1.11.24")
                        .prometheus("latest")
                        .build()))))
                .containsExactly(
                        "INVALID_VERSION prod/mesos/versions/marathon",
                        "INVALID_VERSION prod/mesos/versions/prometheus");
    }

    @Test
    void aProxyPortTheClusterAlreadyUsesIsRefused() {
        assertThat(codes(withMesos(m -> m.proxyPort(9100))))
                .containsExactly(
                        "PROXY_PORT_IN_USE prod/mesos/proxyPort", "NOT_A_CLUSTER_PORT prod/mesos/allowFrom/office:80");
    }

    @Test
    void securityGroupRulesAreExactlyThePortsEachRoleServesFromTheRolesThatUseThem() {
        Template mesos = TestPlatform.stack(withMesos(m -> m).compiled(), "mesos")
                .stack()
                .template();
        JsonNode resources = TemplateAssert.assertThat(mesos).json().path("Resources");

        List<String> rules = new ArrayList<>();
        resources.fields().forEachRemaining(e -> {
            JsonNode r = e.getValue();
            if (r.path("Type").asText().equals("AWS::EC2::SecurityGroupIngress")) {
                JsonNode p = r.path("Properties");
                String from = p.has("CidrIp") ? p.path("CidrIp").asText() : group(p.path("SourceSecurityGroupId"));
                rules.add(from + " -> " + group(p.path("GroupId")) + " "
                        + p.path("IpProtocol").asText() + " "
                        + p.path("FromPort").asInt()
                        + (p.path("FromPort").asInt() == p.path("ToPort").asInt()
                                ? ""
                                : "-" + p.path("ToPort").asInt()));
                assertThat(p.path("CidrIp").asText()).isNotEqualTo("0.0.0.0/0");
                assertThat(p.has("CidrIpv6")).isFalse();
            }
            if (r.path("Type").asText().equals("AWS::EC2::SecurityGroup")) {
                assertThat(r.path("Properties").has("SecurityGroupIngress")).isFalse();
            }
        });

        assertThat(new TreeSet<>(rules))
                .hasSameSizeAs(rules)
                .containsExactlyElementsOf(new TreeSet<>(List.of(
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 2181",
                        "MesosAgentsSecurityGroup -> MesosMastersSecurityGroup tcp 2181",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 2888",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 3888",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 5050",
                        "MesosAgentsSecurityGroup -> MesosMastersSecurityGroup tcp 5050",
                        "MesosMastersSecurityGroup -> MesosAgentsSecurityGroup tcp 5051",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 8080",
                        "BastionSecurityGroup -> MesosMastersSecurityGroup tcp 8080",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 8090",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 8300",
                        "MesosAgentsSecurityGroup -> MesosMastersSecurityGroup tcp 8300",
                        "MesosMonitoringSecurityGroup -> MesosMastersSecurityGroup tcp 8300",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 8301",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup udp 8301",
                        "MesosAgentsSecurityGroup -> MesosMastersSecurityGroup tcp 8301",
                        "MesosAgentsSecurityGroup -> MesosMastersSecurityGroup udp 8301",
                        "MesosMonitoringSecurityGroup -> MesosMastersSecurityGroup tcp 8301",
                        "MesosMonitoringSecurityGroup -> MesosMastersSecurityGroup udp 8301",
                        "MesosMastersSecurityGroup -> MesosAgentsSecurityGroup tcp 8301",
                        "MesosMastersSecurityGroup -> MesosAgentsSecurityGroup udp 8301",
                        "MesosAgentsSecurityGroup -> MesosAgentsSecurityGroup tcp 8301",
                        "MesosAgentsSecurityGroup -> MesosAgentsSecurityGroup udp 8301",
                        "MesosMonitoringSecurityGroup -> MesosAgentsSecurityGroup tcp 8301",
                        "MesosMonitoringSecurityGroup -> MesosAgentsSecurityGroup udp 8301",
                        "MesosMastersSecurityGroup -> MesosMonitoringSecurityGroup tcp 8301",
                        "MesosMastersSecurityGroup -> MesosMonitoringSecurityGroup udp 8301",
                        "MesosAgentsSecurityGroup -> MesosMonitoringSecurityGroup tcp 8301",
                        "MesosAgentsSecurityGroup -> MesosMonitoringSecurityGroup udp 8301",
                        "MesosMonitoringSecurityGroup -> MesosMonitoringSecurityGroup tcp 8301",
                        "MesosMonitoringSecurityGroup -> MesosMonitoringSecurityGroup udp 8301",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup tcp 8302",
                        "MesosMastersSecurityGroup -> MesosMastersSecurityGroup udp 8302",
                        "MesosMonitoringSecurityGroup -> MesosMastersSecurityGroup tcp 9100",
                        "MesosMonitoringSecurityGroup -> MesosAgentsSecurityGroup tcp 9100",
                        "BastionSecurityGroup -> MesosMonitoringSecurityGroup tcp 9090",
                        "MesosAgentsSecurityGroup -> MesosAgentsSecurityGroup tcp 31000-32000",
                        "203.0.113.0/24 -> MesosAgentsSecurityGroup tcp 80")));
    }

    private static String group(JsonNode value) {
        if (value.has("Fn::GetAtt")) {
            return value.path("Fn::GetAtt").path(0).asText();
        }
        return value.path("Ref").asText().replaceAll("GroupId$", "");
    }

    @Test
    void aPlatformWithAMesosClusterCompilesToValidTemplatesAndScripts() {
        CompiledPlatform compiled = withMesos(m -> m).compiled();

        assertThat(platform.compile().diagnostics()).isEmpty();
        for (WiredStack stack : compiled.stacks()) {
            Template template = stack.stack().template();
            assertThat(TemplateValidator.bundled().validate(template, stack.name()))
                    .as(stack.name())
                    .allSatisfy(d -> assertThat(d.code().name()).isEqualTo("TEMPLATE_NEEDS_S3"))
                    .noneMatch(dev.plinth.diagnostics.Diagnostic::isError);
            Conformance.write("dsl/mesos/" + stack.name(), template);
        }
        assertThat(compiled.userData().keySet())
                .containsExactly(
                        "bastion",
                        "mesos-agent",
                        "mesos-master-1",
                        "mesos-master-2",
                        "mesos-master-3",
                        "mesos-monitoring");
        assertThat(compiled.userData().get("mesos-master-2"))
                .contains(
                        "node_ip=10.0.4.10\n",
                        "-e ZOO_MY_ID=2 \\\n",
                        "retry_join = [\"10.0.3.10\", \"10.0.4.10\", \"10.0.5.10\"]");
        TemplateAssert mesos = TemplateAssert.assertThat(
                TestPlatform.stack(compiled, "mesos").stack().template());
        mesos.hasResource("AWS::EC2::Instance").times(4);
        mesos.resource("MesosMaster2")
                .hasProperty("PrivateIpAddress", "10.0.4.10")
                .hasProperty("MetadataOptions/HttpTokens", "required")
                .hasProperty("BlockDeviceMappings/0/Ebs/Encrypted", true);
        mesos.resource("MesosAgentGroup").hasProperty("MinSize", "3");
    }
}
