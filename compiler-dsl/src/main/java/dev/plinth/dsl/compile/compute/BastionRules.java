package dev.plinth.dsl.compile.compute;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.NamedCidr;
import dev.plinth.dsl.network.SubnetTier;
import inet.ipaddr.IPAddressString;
import java.util.Locale;

/** The rules of a bastion: a public tier, SSH only from named ranges unless written out, some way in. */
final class BastionRules {
    private final ResolvedPlatform platform;
    private final Diagnostics out;

    BastionRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(Bastion bastion) {
        DslPath path = platform.path(bastion);
        SharedRules.instanceType(bastion.instanceType(), path.child("instanceType"), platform, out);
        SharedRules.image(bastion.image(), path.child("image"), platform, out);
        if (SharedRules.placed(platform, bastion, bastion.network(), out)) {
            SharedRules.tier(bastion.network(), bastion.tier(), SubnetTier.Kind.PUBLIC, path, "bastion", out)
                    .filter(t -> t.kind() != SubnetTier.Kind.PUBLIC)
                    .ifPresent(t -> out.report(
                            DslCode.WRONG_TIER_KIND,
                            path.child("tier"),
                            "tier " + t.name() + " is " + t.kind().name().toLowerCase(Locale.ROOT)
                                    + "; a bastion needs a public tier for its Elastic IP",
                            "put the bastion in a public tier"));
        }
        for (NamedCidr source : bastion.sshFrom()) {
            DslPath at = path.child("sshFrom").child(source.name());
            IPAddressString text = new IPAddressString(source.cidr());
            if (!text.isValid() || !source.cidr().contains("/")) {
                out.report(
                        DslCode.INVALID_INGRESS,
                        at,
                        "'" + source.cidr() + "' is not a CIDR range",
                        "give a range such as 203.0.113.0/24");
            } else if (text.getAddress().getNetworkPrefixLength() == 0 && !bastion.sshFromAnywhere()) {
                out.report(
                        DslCode.SSH_OPEN_TO_WORLD,
                        at,
                        "SSH is open to the whole internet through range " + source.name(),
                        "name the ranges that need SSH; to open it to everyone on purpose, write sshFromAnywhere(true)");
            }
        }
        if (bastion.sshFromAnywhere()) {
            out.report(
                    DslCode.SSH_OPEN_TO_WORLD_ALLOWED,
                    path.child("sshFromAnywhere"),
                    "SSH is open to the whole internet (0.0.0.0/0), as written",
                    "prefer named ranges or Session Manager");
        }
        if (bastion.sshFrom().isEmpty() && !bastion.sshFromAnywhere() && !bastion.sessionManager()) {
            out.report(
                    DslCode.BASTION_UNREACHABLE,
                    path,
                    "nobody can reach the bastion: no SSH range and no Session Manager",
                    "add sshFrom ranges or turn sessionManager on");
        }
        SharedRules.retention(bastion.logRetentionDays(), path.child("logRetentionDays"), out);
    }
}
