package dev.plinth.dsl.compile;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.templates.UserDataModel;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the compiler knows about one kind of component, in one registration: its model
 * class, the rules that check it against the whole platform, the user-data its instances boot
 * with, the stage it is lowered in and its CloudFormation lowering. {@code dev.plinth.dsl.compile.kinds.ComponentKinds} lists
 * every registration; the passes dispatch only through it.
 *
 * @param <C> the component's model class
 */
public final class ComponentKind<C extends Component> {

    /** Checks one component of the kind; reports every problem found. */
    @FunctionalInterface
    public interface Rules<C> {
        void check(ResolvedPlatform platform, C component, Diagnostics out);
    }

    /**
     * The user-data models of a component whose instances boot from a rendered script, by role:
     * {@link #SCRIPT} for a component with one script, or roles such as {@code master-1}.
     */
    @FunctionalInterface
    public interface UserData<C> {
        Map<String, UserDataModel> models(ResolvedPlatform platform, C component, String stack);
    }

    /** Makes the lowering of one component; nothing is added to a template until it runs. */
    @FunctionalInterface
    public interface Lowering<C> {
        ComponentLowering of(LoweringContext context, C component);
    }

    /** The role of a component's only script: written to {@code userdata/<component>.sh}. */
    public static final String SCRIPT = "";

    private final Class<C> type;
    private final Function<C, Stage> stage;
    private final Rules<C> rules;
    private final UserData<C> userData;
    private final Lowering<C> lowering;

    private ComponentKind(Builder<C> builder) {
        this.type = builder.type;
        this.stage = Objects.requireNonNull(builder.stage, "stage");
        this.rules = builder.rules;
        this.userData = builder.userData;
        this.lowering = Objects.requireNonNull(builder.lowering, "lowering");
    }

    public static <C extends Component> Builder<C> of(Class<C> type) {
        return new Builder<>(type);
    }

    public Class<C> type() {
        return type;
    }

    public boolean accepts(Component component) {
        return type.isInstance(component);
    }

    public Stage stage(Component component) {
        return stage.apply(type.cast(component));
    }

    public void check(ResolvedPlatform platform, Component component, Diagnostics out) {
        rules.check(platform, type.cast(component), out);
    }

    public Map<String, UserDataModel> userData(ResolvedPlatform platform, Component component, String stack) {
        return userData.models(platform, type.cast(component), stack);
    }

    public ComponentLowering lowering(LoweringContext context, Component component) {
        return lowering.of(context, type.cast(component));
    }

    /** Declares a kind; the stage and the lowering are required, rules and user-data optional. */
    public static final class Builder<C extends Component> {
        private final Class<C> type;
        private Function<C, Stage> stage;
        private Rules<C> rules = (platform, component, out) -> {};
        private UserData<C> userData = (platform, component, stack) -> Map.of();
        private Lowering<C> lowering;

        private Builder(Class<C> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        public Builder<C> stage(Stage stage) {
            return stage(component -> stage);
        }

        /** For a kind whose stage depends on the component (a bucket that receives access logs). */
        public Builder<C> stage(Function<C, Stage> stage) {
            this.stage = stage;
            return this;
        }

        public Builder<C> rules(Rules<C> rules) {
            this.rules = rules;
            return this;
        }

        public Builder<C> userData(UserData<C> userData) {
            this.userData = userData;
            return this;
        }

        /** For a kind with one script: its model. */
        public Builder<C> script(Function<Context<C>, UserDataModel> model) {
            return userData((platform, component, stack) ->
                    Map.of(SCRIPT, model.apply(new Context<>(platform, component, stack))));
        }

        public Builder<C> lowering(Lowering<C> lowering) {
            this.lowering = lowering;
            return this;
        }

        public ComponentKind<C> build() {
            return new ComponentKind<>(this);
        }
    }

    /** What a one-script kind's model is made from. */
    public record Context<C>(ResolvedPlatform platform, C component, String stack) {}
}
