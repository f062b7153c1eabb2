package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.PreflightException;
import dev.plinth.materializer.RunListener;
import dev.plinth.materializer.SdkCloudFormation;
import dev.plinth.materializer.fake.VirtualTicker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real SDK client against an endpoint nobody listens on: one short check up front names the URL, no stack is attempted. */
class UnreachableEndpointTest {
    @TempDir
    Path dir;

    private String savedKey;
    private String savedSecret;

    @BeforeEach
    void credentials() {
        savedKey = System.getProperty("aws.accessKeyId");
        savedSecret = System.getProperty("aws.secretAccessKey");
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret");
    }

    @AfterEach
    void restore() {
        restore("aws.accessKeyId", savedKey);
        restore("aws.secretAccessKey", savedSecret);
    }

    @Test
    void anEndpointThatCannotBeReachedIsReportedOnceWithItsUrlBeforeAnyStack() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        SdkCloudFormation client = new SdkCloudFormation(
                new AwsClients("eu-west-1", Optional.empty(), Optional.of(endpoint)).cloudFormation());
        VirtualTicker ticker = new VirtualTicker();
        CompiledOutputs outputs = CompiledOutputs.read(new Platforms().write(dir));
        CallCounter counter = new CallCounter();

        assertThatThrownBy(() -> new Materializer(client, ticker, counter)
                        .run(outputs, MaterializerOptions.apply("down"), new RunListener() {}))
                .isInstanceOf(PreflightException.class)
                .hasMessageStartingWith("cannot read stack shop-dev-network from " + endpoint + ": DescribeStacks to "
                        + endpoint + " failed after 3 attempts over ")
                .hasMessageEndingWith("; check --endpoint-url, --region, --profile and the network");
        assertThat(counter.total()).isEqualTo(3);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
