package dev.plinth.dsl.lower;

import dev.plinth.cfn.ec2.CfnSecurityGroup;
import java.util.Optional;

/** How one kind of component becomes resources: its security group first, then the rest. */
interface ComponentLowering {

  /** Networks first, then what others reference, then load balancers, then their targets. */
  enum Stage {
    NETWORK,
    SERVICES,
    LOAD_BALANCERS,
    TARGETS
  }

  Stage stage();

  /** The component's security group, made before anything is lowered so any rule can name it. */
  default Optional<CfnSecurityGroup> securityGroup() {
    return Optional.empty();
  }

  void lower();
}
