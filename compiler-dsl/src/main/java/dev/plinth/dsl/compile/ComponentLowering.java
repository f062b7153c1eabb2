package dev.plinth.dsl.compile;

import dev.plinth.cfn.ec2.CfnSecurityGroup;
import java.util.Optional;
import java.util.function.Supplier;

/** How one component becomes resources: its security group first, then the rest. */
public interface ComponentLowering {

    /** Networks first, then what others reference, then load balancers, then their targets. */
    enum Stage {
        NETWORK,
        SERVICES,
        LOAD_BALANCERS,
        TARGETS
    }

    /** The component's security group, made before anything is lowered so any rule can name it. */
    public default Optional<CfnSecurityGroup> securityGroup() {
        return Optional.empty();
    }

    void lower();

    /** A lowering that makes no security group of its own. */
    public static ComponentLowering of(Runnable lower) {
        return lower::run;
    }

    /** A lowering whose component has a security group, made (by {@code group}) before any component is lowered. */
    public static ComponentLowering of(Supplier<CfnSecurityGroup> group, Runnable lower) {
        return new ComponentLowering() {
            @Override
            public Optional<CfnSecurityGroup> securityGroup() {
                return Optional.of(group.get());
            }

            @Override
            public void lower() {
                lower.run();
            }
        };
    }
}
