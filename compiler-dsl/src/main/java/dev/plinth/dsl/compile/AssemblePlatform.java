package dev.plinth.dsl.compile;

import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.Environment;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The last DSL step: the wired stacks and the rendered scripts, by role, as one compiled platform. */
public final class AssemblePlatform implements CompilerPass<List<WiredStack>, CompiledPlatform> {
    private final ResolvedPlatform platform;

    public AssemblePlatform(ResolvedPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "assemble";
    }

    @Override
    public CompiledPlatform run(List<WiredStack> wired, Diagnostics diagnostics) {
        Map<String, String> scripts = new TreeMap<>();
        for (Component component : platform.components()) {
            platform.userData(component)
                    .ifPresent(script -> scripts.put(Names.userDataRole(component, ComponentKind.SCRIPT), script));
            platform.roleUserData(component)
                    .forEach((role, script) -> scripts.put(Names.userDataRole(component, role), script));
        }
        Environment env = platform.environment();
        return new CompiledPlatform(
                platform.platform(),
                env.name(),
                env.region(),
                env.accountId(),
                env.production(),
                env.tags(),
                wired,
                scripts);
    }
}
