package dev.plinth.dsl.compile;

import dev.plinth.compiler.CompilerCode;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.UserDataLimits;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.DslCode;
import dev.plinth.templates.UserDataModel;
import dev.plinth.templates.UserDataRenderer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user-data pass: renders the scripts of every component whose kind declares user-data
 * models (a fleet's runtime bootstrap, a bastion's script, a Mesos node's role). Scripts hold
 * concrete values only (region, stack name, log group, the logical id to signal are all known
 * at compile time), so the file written to {@code userdata/} is exactly what the instance runs,
 * and shellcheck can read it. This is why the pass runs before lowering, which embeds the
 * scripts, rather than after wiring.
 *
 * <p>Validation has checked every value the user-data builders take (each kind's rules, with
 * the rules of {@link dev.plinth.names.NameRules}), so the builders' checks are guards that do
 * not fail here. Should one fail all the same, that is a bug of the compiler: it is reported as
 * {@link DslCode#INTERNAL_ERROR}, never as a problem of the platform, and never as a stack trace.
 */
public final class RenderUserData implements CompilerPass<ResolvedPlatform, ResolvedPlatform> {
    private final UserDataRenderer renderer = new UserDataRenderer();
    private final KindRegistry kinds;

    public RenderUserData(KindRegistry kinds) {
        this.kinds = kinds;
    }

    @Override
    public String name() {
        return "user-data";
    }

    @Override
    public ResolvedPlatform run(ResolvedPlatform platform, Diagnostics out) {
        Map<Component, String> scripts = new IdentityHashMap<>();
        Map<Component, Map<String, String>> roleScripts = new IdentityHashMap<>();
        Map<String, Component> files = new HashMap<>();
        for (Component component : platform.components()) {
            String stack = platform.stackOf(component).orElseThrow();
            try {
                Map<String, UserDataModel> models = kinds.known(component).userData(platform, component, stack);
                models.forEach((role, model) -> {
                    publishedOnce(platform, component, Names.userDataRole(component, role), files, out);
                    String script = render(platform, component, model, out);
                    if (role.equals(ComponentKind.SCRIPT)) {
                        scripts.put(component, script);
                    } else {
                        roleScripts
                                .computeIfAbsent(component, c -> new TreeMap<>())
                                .put(role, script);
                    }
                });
            } catch (RuntimeException e) {
                out.report(
                        DslCode.INTERNAL_ERROR,
                        platform.path(component).child("userData"),
                        "Plinth failed to render the " + component.kind()
                                + "'s user-data, although the platform passed validation ("
                                + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                        "this is a bug in Plinth, not in the platform: please report it with this message and the platform definition");
            }
        }
        return platform.withUserData(scripts, roleScripts);
    }

    /** Reports a script whose file another component's script already takes. */
    private static void publishedOnce(
            ResolvedPlatform platform,
            Component component,
            String role,
            Map<String, Component> files,
            Diagnostics out) {
        Component other = files.putIfAbsent(role, component);
        if (other != null && other != component) {
            out.report(
                    DslCode.DUPLICATE_USER_DATA_FILE,
                    platform.path(component).child("userData"),
                    "its user-data would be written to userdata/" + role + ".sh, as that of the " + other.kind() + " '"
                            + other.name() + "'",
                    "rename the " + component.kind() + " or the " + other.kind());
        }
    }

    private String render(ResolvedPlatform platform, Component component, UserDataModel model, Diagnostics out) {
        String script = renderer.render(model);
        int bytes = UserDataLimits.utf8Size(script);
        if (bytes > UserDataLimits.MAX_BYTES) {
            out.report(
                    CompilerCode.USER_DATA_TOO_LARGE,
                    platform.path(component).child("userData"),
                    "the rendered user-data is " + bytes + " bytes, over EC2's limit of " + UserDataLimits.MAX_BYTES,
                    "move configuration out of user-data (into the artifact, or SSM parameters it reads at boot)");
        }
        return script;
    }
}
