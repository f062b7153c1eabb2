package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import dev.plinth.dsl.data.Bucket;
import org.junit.jupiter.api.Test;

class ManagedPlatformTest {
    private final ManagedPlatform managed = new ManagedPlatform();

    @Test
    void cloudFrontInFrontOfTheLoadBalancerWithAssetsKafkaAndSearchCompilesCleanAndEveryTemplateValidates()
            throws Exception {
        managed.distribution.set(
                "aliases",
                d -> d.alias("shop.example.com")
                        .certificateArn(ManagedPlatform.CERTIFICATE)
                        .defaultRootObject("index.html"));
        Bucket logs = Bucket.builder().name("cdn-logs").build();
        managed.extra.add(built -> logs);
        managed.distribution.set("logs", d -> d.logs(logs));

        PlatformCompiler.Result result = managed.platform.compile();
        assertThat(result.diagnostics()).isEmpty();
        CompiledPlatform compiled = result.platform().orElseThrow();

        assertThat(compiled.stacks())
                .extracting(WiredStack::name)
                .containsExactly("network", "bastion", "service", "data", "edge");
        for (WiredStack stack : compiled.stacks()) {
            assertThat(TemplateValidator.bundled().validate(stack.stack().template(), stack.name()))
                    .as(stack.name())
                    .isEmpty();
            Conformance.write("dsl/managed/" + stack.name(), stack.stack().template());
        }
    }
}
