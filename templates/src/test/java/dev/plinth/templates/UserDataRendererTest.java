package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UserDataRendererTest {
    private final UserDataRenderer renderer = new UserDataRenderer();

    /** A model for the test templates in src/test/resources, whose data each test chooses. */
    private static UserDataModel model(String templateName, Map<String, Object> data) {
        return new UserDataModel() {
            @Override
            public String templateName() {
                return templateName;
            }

            @Override
            public Map<String, Object> templateData() {
                return data;
            }
        };
    }

    @Test
    void keepsShellAndCloudFormationExpansionsLiteral() {
        String script = renderer.render(model("renderer-test.sh.ftl", Map.of("greeting", "hi", "count", 12345)));

        assertThat(script).contains("echo \"${HOME} ${AWS::Region} $((1 + 2))\"\n");
    }

    @Test
    void printsNumbersWithoutGroupingWhateverTheDefaultLocale() {
        String script = renderer.render(model("renderer-test.sh.ftl", Map.of("greeting", "hi", "count", 1234567)));

        assertThat(script).contains("echo 1234567\n");
    }

    @Test
    void quotesValuesForBash() {
        String script = renderer.render(model("renderer-test.sh.ftl", Map.of("greeting", "it's $HOME", "count", 1)));

        assertThat(script).contains("echo 'it'\"'\"'s $HOME'\n");
    }

    @Test
    void stripsTrailingWhitespaceAndEndsWithExactlyOneNewline() {
        String script = renderer.render(model("renderer-test.sh.ftl", Map.of("greeting", "hi", "count", 1)));

        assertThat(script).contains("# Exercises the renderer: hi\n").endsWith("echo 1\n");
    }

    @Test
    void turnsWindowsLineEndingsIntoUnixOnes() {
        String script = renderer.render(model("renderer-test-crlf.sh.ftl", Map.of("greeting", "hi")));

        assertThat(script).isEqualTo("#!/bin/bash\necho 'hi'\n");
    }

    @Test
    void failsOnAMissingValueNamingTheTemplateAndTheValue() {
        assertThatThrownBy(() -> renderer.render(model("renderer-test.sh.ftl", Map.of("count", 1))))
                .isInstanceOf(UserDataRenderException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("renderer-test.sh.ftl")
                .hasMessageContaining("'greeting' is missing")
                .satisfies(e -> {
                    UserDataRenderException failure = (UserDataRenderException) e;
                    assertThat(failure.templateName()).isEqualTo("renderer-test.sh.ftl");
                    assertThat(failure.missingVariable()).contains("greeting");
                });
    }

    @Test
    void failsOnANullValueAsOnAMissingOne() {
        Map<String, Object> data = new HashMap<>();
        data.put("greeting", null);
        data.put("count", 1);

        assertThatThrownBy(() -> renderer.render(model("renderer-test.sh.ftl", data)))
                .isInstanceOf(UserDataRenderException.class)
                .hasMessageContaining("'greeting' is missing or null");
    }

    @Test
    void failsOnAnUnknownTemplateNamingIt() {
        assertThatThrownBy(() -> renderer.render(model("no-such.sh.ftl", Map.of())))
                .isInstanceOf(UserDataRenderException.class)
                .hasMessageContaining("no-such.sh.ftl");
    }

    @Test
    void rendersTheSameScriptFromManyThreads() throws Exception {
        UserDataModel model = Examples.all().get("runtime-bootstrap");
        String expected = renderer.render(model);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var futures = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> new UserDataRenderer().render(model)))
                    .collect(Collectors.toList());
            for (Future<String> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
