package dev.plinth.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.dsl.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user-data scripts and the templates name the resources instances signal from the same
 * symbols; this checks they agree: every {@code cfn-signal --stack S --resource X} in every
 * sample's scripts names a resource of stack S that waits for signals.
 */
class SignalTargetsTest {
    private static final Pattern SIGNAL =
            Pattern.compile("cfn-signal [^\\n]*?--stack '?([A-Za-z0-9-]+)'? --resource '?([A-Za-z0-9]+)'?");

    static Stream<Arguments> samples() {
        List<Arguments> all = new ArrayList<>();
        for (Platform platform : ServiceLoader.load(Platform.class)) {
            for (String environment : List.of("dev", "prod")) {
                all.add(Arguments.of(platform, environment));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samples")
    void everySignalNamesAResourceOfItsStackThatWaitsForIt(Platform platform, String environment) throws IOException {
        RenderedOutput output = SampleOutputs.compile(platform, environment);
        ObjectMapper json = new ObjectMapper();
        String prefix = platform.name() + "-" + environment + "-";
        int signals = 0;
        for (Map.Entry<String, byte[]> file : output.files().entrySet()) {
            if (!file.getKey().startsWith("userdata/")) {
                continue;
            }
            Matcher signal = SIGNAL.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
            while (signal.find()) {
                signals++;
                String stack = signal.group(1);
                assertThat(stack).as("the stack %s signals", file.getKey()).startsWith(prefix);
                byte[] template = output.files().get("stacks/" + stack.substring(prefix.length()) + ".json");
                assertThat(template)
                        .as("the template of stack %s, which %s signals", stack, file.getKey())
                        .isNotNull();
                JsonNode resource = json.readTree(template).path("Resources").path(signal.group(2));
                assertThat(resource.isObject())
                        .as("%s signals %s in %s", file.getKey(), signal.group(2), stack)
                        .isTrue();
                assertThat(resource.path("CreationPolicy")
                                .path("ResourceSignal")
                                .isObject())
                        .as("%s, which %s signals, waits for signals", signal.group(2), file.getKey())
                        .isTrue();
            }
        }
        boolean instances = output.files().keySet().stream().anyMatch(path -> path.startsWith("userdata/"));
        assertThat(signals > 0)
                .as("the scripts of %s/%s signal", platform.name(), environment)
                .isEqualTo(instances);
    }
}
