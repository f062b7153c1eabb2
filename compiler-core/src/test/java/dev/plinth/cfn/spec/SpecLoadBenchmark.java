package dev.plinth.cfn.spec;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long loading the specification takes, as a compile sees it. Not a test: run it with
 * {@code mvn -q -pl compiler-core exec:java -Dexec.mainClass=dev.plinth.cfn.spec.SpecLoadBenchmark
 * -Dexec.classpathScope=test}. Prints the first (cold, in a fresh JVM) open, then medians over
 * repeated runs of: reading and indexing the data, parsing the 40 types a platform typically
 * uses, and parsing every type.
 */
public final class SpecLoadBenchmark {
    private static final List<String> TYPICAL = List.of(
            "AWS::EC2::VPC",
            "AWS::EC2::Subnet",
            "AWS::EC2::RouteTable",
            "AWS::EC2::Route",
            "AWS::EC2::SubnetRouteTableAssociation",
            "AWS::EC2::InternetGateway",
            "AWS::EC2::VPCGatewayAttachment",
            "AWS::EC2::EIP",
            "AWS::EC2::NatGateway",
            "AWS::EC2::SecurityGroup",
            "AWS::EC2::SecurityGroupIngress",
            "AWS::EC2::SecurityGroupEgress",
            "AWS::EC2::LaunchTemplate",
            "AWS::EC2::VPCEndpoint",
            "AWS::EC2::FlowLog",
            "AWS::EC2::Instance",
            "AWS::AutoScaling::AutoScalingGroup",
            "AWS::AutoScaling::LifecycleHook",
            "AWS::AutoScaling::ScalingPolicy",
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            "AWS::ElasticLoadBalancingV2::TargetGroup",
            "AWS::ElasticLoadBalancingV2::Listener",
            "AWS::ElasticLoadBalancingV2::ListenerRule",
            "AWS::ElasticLoadBalancing::LoadBalancer",
            "AWS::IAM::Role",
            "AWS::IAM::InstanceProfile",
            "AWS::IAM::Policy",
            "AWS::Logs::LogGroup",
            "AWS::S3::Bucket",
            "AWS::S3::BucketPolicy",
            "AWS::ECS::Cluster",
            "AWS::ECS::Service",
            "AWS::ECS::TaskDefinition",
            "AWS::RDS::DBCluster",
            "AWS::RDS::DBInstance",
            "AWS::ElastiCache::ReplicationGroup",
            "AWS::Route53::HostedZone",
            "AWS::Route53::RecordSet",
            "AWS::SecretsManager::Secret",
            "AWS::CloudWatch::Alarm");

    private SpecLoadBenchmark() {}

    public static void main(String[] args) throws IOException {
        long coldStart = System.nanoTime();
        ResourceSpecification cold = ResourceSpecification.bundled();
        long coldOpen = System.nanoTime() - coldStart;
        TYPICAL.forEach(t -> cold.resourceType(t).orElseThrow());
        long coldTypical = System.nanoTime() - coldStart - coldOpen;

        byte[] data;
        try (InputStream in = ResourceSpecification.class.getResourceAsStream("resource-spec.jsonl")) {
            data = in.readAllBytes();
        }
        int runs = 30;
        double[] index = new double[runs];
        double[] typical = new double[runs];
        double[] all = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ResourceSpecification spec = ResourceSpecification.read(data);
            long t1 = System.nanoTime();
            TYPICAL.forEach(t -> spec.resourceType(t).orElseThrow());
            long t2 = System.nanoTime();
            List<String> names = new ArrayList<>(spec.resourceTypeNames());
            names.forEach(t -> spec.resourceType(t).orElseThrow());
            long t3 = System.nanoTime();
            index[i] = (t1 - t0) / 1e6;
            typical[i] = (t2 - t1) / 1e6;
            all[i] = (t3 - t1) / 1e6;
        }
        System.out.printf(
                "data: %,d bytes, %d resource types, %,d properties, %,d property types (aws-service-spec %s)%n",
                data.length,
                cold.resourceTypeCount(),
                cold.propertyCount(),
                cold.propertyTypeCount(),
                cold.sourceVersion());
        System.out.printf(
                "cold, first use in this JVM: open %.1f ms, then %d typical types %.1f ms%n",
                coldOpen / 1e6, TYPICAL.size(), coldTypical / 1e6);
        System.out.printf(
                "warm medians over %d runs: read+index %.2f ms, %d typical types %.2f ms, all %d types %.1f ms%n",
                runs, median(index), TYPICAL.size(), median(typical), cold.resourceTypeCount(), median(all));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
