package dev.plinth.dsl.compile.data;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.opensearchservice.CfnDomain;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.data.Search;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search domain becomes an OpenSearch domain in the first two or three subnets of its tier
 * (zone aware over them when there are two or more), encrypted node to node and at rest, HTTPS
 * only with TLS 1.2 at least, with an access policy that lets the platform's account (through
 * IAM) call its HTTP API and nobody else, fine-grained access control when a master user is
 * given, and its security group open on 443 to the components allowed in.
 */
final class SearchLowering {
    static final String TLS_POLICY = "Policy-Min-TLS-1-2-2019-07";

    private final LoweringContext context;
    private final Search search;

    SearchLowering(LoweringContext context, Search search) {
        this.context = context;
        this.search = search;
    }

    CfnSecurityGroup securityGroup() {
        return DataServices.securityGroup(context, search, search.network(), Search.PORT);
    }

    void lower() {
        DataServices.allowFrom(context, search, Search.PORT, search.allowFrom());
        String domain = search.effectiveDomainName(
                context.platform().platform(), context.platform().environment().name());
        List<Value<String>> subnets = DataServices.subnets(context, search.network(), search.tier());
        subnets = subnets.subList(0, Math.min(subnets.size(), Search.MAX_ZONES));
        int zones = subnets.size();
        CfnDomain.ClusterConfigProperty.Builder cluster = CfnDomain.ClusterConfigProperty.builder()
                .instanceType(search.nodeType())
                .instanceCount(search.nodes().orElse(zones))
                .zoneAwarenessEnabled(zones > 1);
        if (zones > 1) {
            cluster.zoneAwarenessConfig(CfnDomain.ZoneAwarenessConfigProperty.builder()
                    .availabilityZoneCount(zones)
                    .build());
        }
        search.dedicatedMasters()
                .ifPresentOrElse(
                        masters -> cluster.dedicatedMasterEnabled(true)
                                .dedicatedMasterCount(masters)
                                .dedicatedMasterType(search.masterType().orElse(search.nodeType())),
                        () -> cluster.dedicatedMasterEnabled(false));
        CfnDomain.EncryptionAtRestOptionsProperty.Builder atRest =
                CfnDomain.EncryptionAtRestOptionsProperty.builder().enabled(true);
        search.kmsKeyArn().ifPresent(atRest::kmsKeyId);
        CfnDomain.Builder built = CfnDomain.builder()
                .domainName(domain)
                .engineVersion(search.engineVersion())
                .clusterConfig(cluster.build())
                .ebsOptions(CfnDomain.EBSOptionsProperty.builder()
                        .ebsEnabled(true)
                        .volumeType("gp3")
                        .volumeSize(search.storageGib())
                        .build())
                .nodeToNodeEncryptionOptions(CfnDomain.NodeToNodeEncryptionOptionsProperty.builder()
                        .enabled(true)
                        .build())
                .encryptionAtRestOptions(atRest.build())
                .domainEndpointOptions(CfnDomain.DomainEndpointOptionsProperty.builder()
                        .enforceHTTPS(true)
                        .tlsSecurityPolicy(TLS_POLICY)
                        .build())
                .vpcOptions(CfnDomain.VPCOptionsProperty.builder()
                        .subnetIds(subnets)
                        .securityGroupIds(context.securityGroup(search).attrGroupId())
                        .build())
                .accessPolicies(accessPolicy(domain))
                .tags(Tag.of("Name", domain));
        search.masterUserArn()
                .ifPresent(arn -> built.advancedSecurityOptions(CfnDomain.AdvancedSecurityOptionsInputProperty.builder()
                        .enabled(true)
                        .internalUserDatabaseEnabled(false)
                        .masterUserOptions(CfnDomain.MasterUserOptionsProperty.builder()
                                .masterUserARN(arn)
                                .build())
                        .build()));
        context.add(search, "Domain", built.build());
    }

    /** The account's principals, through their own IAM policies, may call the domain's HTTP API; no one else. */
    private Map<String, Object> accessPolicy(String domain) {
        Map<String, Object> statement = Iam.statement(
                List.of("es:ESHttp*"),
                List.of(Fn.sub("arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/" + domain + "/*")));
        statement.put("Principal", Map.of("AWS", Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", List.of(statement));
        return document;
    }
}
