package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.dsl.compute.Fleet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentKindsTest {

    /** A component class of the platform's own, which no kind of the compiler accepts. */
    private record Queue(String name) implements Component {
        @Override
        public String kind() {
            return "queue";
        }
    }

    @Test
    void aComponentOfAKindThePlatformMadeUpIsADiagnosticNotACrash() {
        TestPlatform platform = TestPlatform.baseline();
        platform.stacks = built -> {
            List<Stack> stacks = new ArrayList<>(TestPlatform.baseline().stacks.apply(built));
            stacks.add(Stack.of("queues", new Queue("orders")));
            return stacks;
        };

        assertThat(formats(platform))
                .containsExactly(
                        "[UNKNOWN_COMPONENT_KIND] prod/orders: the queue 'orders' is a " + Queue.class.getName()
                                + ", a kind of component Plinth cannot compile; build components with the DSL's own classes"
                                + " (Network.builder(), Fleet.builder(), …).");
    }

    @Test
    void aComponentWithAnEmptyNameIsReportedNotACrash() {
        TestPlatform platform = TestPlatform.baseline();
        platform.bastion.set("name", b -> b.name(""));

        assertThat(Diagnosed.codes(platform)).contains("INVALID_NAME prod/");
    }

    @Test
    void twoComponentsWhoseResourcesShareALogicalIdAreReportedAtTheDslPath() {
        TestPlatform platform = TestPlatform.baseline();
        TestPlatform other = TestPlatform.baseline();
        other.fleet.set("name", f -> f.name("web-log"));
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of(
                        "service",
                        built.fleet,
                        built.loadBalancer,
                        other.fleet.applyTo(Fleet.builder(), built).build()));

        assertThat(formats(platform))
                .containsExactly(
                        "[LOGICAL_ID_COLLISION] prod/web-log: its resource WebLogGroup in stack service has the"
                                + " logical id of a resource of the fleet 'web', since logical ids are made from component names;"
                                + " rename one of the two fleets, so that neither name is the other's followed by a dash and more.");
    }
}
