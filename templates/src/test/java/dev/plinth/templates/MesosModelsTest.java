package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MesosModelsTest {
    private final UserDataRenderer renderer = new UserDataRenderer();

    @Test
    void aMasterKnowsItsZookeeperIdTheEnsembleAndAMajorityQuorum() {
        MesosMasterModel master =
                MesosMasterModel.of(Examples.mesosSettings().build(), 3, CfnSignal.of("s", "MesosMaster3"));

        assertThat(master.ip()).isEqualTo("10.0.3.10");
        assertThat(master.quorum()).isEqualTo(2);
        assertThat(master.zookeeperServers())
                .isEqualTo(
                        "server.1=10.0.1.10:2888:3888;2181 server.2=10.0.2.10:2888:3888;2181 server.3=10.0.3.10:2888:3888;2181");
        assertThat(renderer.render(master))
                .contains(
                        "-e ZOO_MY_ID=3 \\\n",
                        "-e MESOS_QUORUM=2 \\\n",
                        "retry_join = [\"10.0.1.10\", \"10.0.2.10\", \"10.0.3.10\"]",
                        "bootstrap_expect = 3");
    }

    @Test
    void mastersPastTheConsulServerCountRunAConsulAgent() {
        MesosClusterSettings five = Examples.mesosSettings()
                .masterIps(List.of("10.0.1.10", "10.0.2.10", "10.0.3.10", "10.0.1.11", "10.0.2.11"))
                .build();

        String script = renderer.render(MesosMasterModel.of(five, 4, CfnSignal.of("s", "MesosMaster4")));

        assertThat(MesosMasterModel.of(five, 4, CfnSignal.of("s", "MesosMaster4"))
                        .quorum())
                .isEqualTo(3);
        assertThat(script)
                .doesNotContain("server = true")
                .contains("retry_join = [\"10.0.1.10\", \"10.0.2.10\", \"10.0.3.10\"]");
    }

    @Test
    void theSettingsRefuseUnpinnedImagesRepeatedAddressesAndMoreConsulServersThanMasters() {
        assertThatThrownBy(() -> Examples.mesosSettings().image(MesosClusterSettings.Image.HAPROXY, "haproxy:latest"))
                .hasMessageContaining("pinned tag");
        assertThatThrownBy(() -> Examples.mesosSettings().image(MesosClusterSettings.Image.HAPROXY, "haproxy"))
                .hasMessageContaining("repository:tag");
        assertThatThrownBy(() -> Examples.mesosSettings().masterIps(List.of("10.0.1.10", "10.0.1.10")))
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> Examples.mesosSettings().masterIps(List.of("10.0.1.300")))
                .hasMessageContaining("IPv4");
        assertThatThrownBy(() -> Examples.mesosSettings().consulServers(5).build())
                .hasMessageContaining("consulServers 5");
        assertThatThrownBy(() -> Examples.mesosSettings().consulVersion("1.18.2; rm -rf /"))
                .hasMessageContaining("release number");
    }

    @Test
    void aMasterIndexOutsideTheClusterIsRefused() {
        assertThatThrownBy(() -> MesosMasterModel.of(Examples.mesosSettings().build(), 4, CfnSignal.of("s", "M")))
                .hasMessageContaining("use 1 to 3");
    }
}
