package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import dev.plinth.dsl.compute.Runtime;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static Map<String, String> templates(CompiledPlatform compiled) {
        Map<String, String> json = new LinkedHashMap<>();
        for (WiredStack stack : compiled.stacks()) {
            json.put(stack.name(), new String(TemplateWriter.json(stack.stack().template()), StandardCharsets.UTF_8));
        }
        return json;
    }

    @Test
    void compilingTwiceGivesByteIdenticalTemplatesAndUserData() {
        CompiledPlatform first = TestPlatform.baseline().compiled();
        CompiledPlatform second = TestPlatform.baseline().compiled();

        for (WiredStack stack : first.stacks()) {
            assertThat(TemplateWriter.json(
                            TestPlatform.stack(second, stack.name()).stack().template()))
                    .as(stack.name())
                    .isEqualTo(TemplateWriter.json(stack.stack().template()));
        }
        assertThat(second.stacks()).hasSameSizeAs(first.stacks());
        assertThat(second.userData()).isEqualTo(first.userData());
    }

    @Test
    void theSamePlatformObjectCompiledTwiceGivesTheSameOutputs() {
        TestPlatform platform = TestPlatform.baseline();

        assertThat(templates(platform.compiled())).isEqualTo(templates(platform.compiled()));
    }

    @Test
    void changingOneFleetsInstanceTypeChangesOnlyThatFleetsStack() {
        TestPlatform changed = TestPlatform.baseline();
        changed.fleet.set("runtime", f -> f.runtime(Runtime.of("m6i.large")));

        Map<String, String> before = templates(TestPlatform.baseline().compiled());
        Map<String, String> after = templates(changed.compiled());

        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        assertThat(after.get("network")).isEqualTo(before.get("network"));
        assertThat(after.get("bastion")).isEqualTo(before.get("bastion"));
        assertThat(after.get("service"))
                .isNotEqualTo(before.get("service"))
                .isEqualTo(before.get("service")
                        .replace("\"InstanceType\": \"t3.medium\"", "\"InstanceType\": \"m6i.large\""));
    }

    @Test
    void changingOneFleetsInstanceTypeLeavesEveryUserDataScriptAlone() {
        TestPlatform changed = TestPlatform.baseline();
        changed.fleet.set("runtime", f -> f.runtime(Runtime.of("m6i.large")));

        assertThat(changed.compiled().userData())
                .isEqualTo(TestPlatform.baseline().compiled().userData());
    }
}
