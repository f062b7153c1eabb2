package dev.plinth.dsl.compile.data;

import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.Secured;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.SecurityGroups;
import dev.plinth.dsl.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What data services share: a security group with no ingress of its own, rules from the sources allowed in, subnets. */
final class DataServices {
    private DataServices() {}

    static CfnSecurityGroup securityGroup(LoweringContext context, Component service, Network network, int port) {
        return SecurityGroups.create(
                context,
                service,
                network,
                capitalized(service.kind()) + " " + service.name() + ": port " + port
                        + " from the components allowed in only");
    }

    /** One {@code AWS::EC2::SecurityGroupIngress} per source, from its security group on the service port. */
    static void allowFrom(LoweringContext context, Component service, int port, List<? extends Secured> sources) {
        for (Secured source : sources) {
            SecurityGroups.from(context, service, source, port);
        }
    }

    static List<Value<String>> subnets(LoweringContext context, Network network, Optional<String> tier) {
        List<Value<String>> ids = new ArrayList<>();
        for (CfnSubnet subnet : context.subnets(
                network, DataTiers.find(network, tier).orElseThrow().name())) {
            ids.add(subnet.ref());
        }
        return ids;
    }

    private static String capitalized(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('-', ' ');
    }
}
