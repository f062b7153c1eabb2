package dev.plinth.dsl;

/**
 * A component with a security group of its own, which other components' rules can name as a
 * source: a bastion, a load balancer, a fleet, a cluster, a database.
 */
public interface Secured extends Component {}
