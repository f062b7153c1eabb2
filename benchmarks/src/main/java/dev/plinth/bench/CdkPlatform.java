package dev.plinth.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ec2.BastionHostLinux;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AsgCapacityProvider;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.EcsOptimizedImage;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;

/**
 * {@link GeneratedPlatform} written with the AWS CDK for Java and synthesized in-process: a VPC
 * over three zones (public and private subnets, a NAT gateway per zone) with a bastion, an ECS
 * cluster on an auto scaling group capacity provider, and N app stacks, each an auto scaling group
 * of t3.medium (2 to 6, ~30 lines of user-data) behind an internet-facing ALB on port 80.
 * The zones come from context, so no AWS account is needed.
 * Usage: {@code CdkPlatform N OUTDIR}.
 */
public final class CdkPlatform {
    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "eu-west-1";

    private CdkPlatform() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CdkPlatform N OUTDIR");
            System.exit(2);
        }
        int stacks = synth(Integer.parseInt(args[0]), Path.of(args[1]));
        System.out.println(stacks + " stacks synthesized to " + args[1]);
    }

    static int synth(int services, Path outdir) {
        App app = App.Builder.create()
                .outdir(outdir.toString())
                .context(Map.of(
                        "availability-zones:account=" + ACCOUNT + ":region=" + REGION,
                        List.of(REGION + "a", REGION + "b", REGION + "c")))
                .build();
        StackProps props = StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region(REGION).build())
                .build();

        Stack network = new Stack(app, "network", props);
        Vpc vpc = Vpc.Builder.create(network, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.0.0.0/16"))
                .maxAzs(3)
                .natGateways(3)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder()
                                .name("public")
                                .subnetType(SubnetType.PUBLIC)
                                .cidrMask(24)
                                .build(),
                        SubnetConfiguration.builder()
                                .name("app")
                                .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                                .cidrMask(20)
                                .build()))
                .build();
        BastionHostLinux.Builder.create(network, "Bastion").vpc(vpc).build();

        Stack clusterStack = new Stack(app, "cluster", props);
        Cluster cluster =
                Cluster.Builder.create(clusterStack, "Cluster").vpc(vpc).build();
        AutoScalingGroup capacity = AutoScalingGroup.Builder.create(clusterStack, "Capacity")
                .vpc(vpc)
                .instanceType(new InstanceType("t3.large"))
                .machineImage(EcsOptimizedImage.amazonLinux2())
                .minCapacity(1)
                .maxCapacity(3)
                .build();
        cluster.addAsgCapacityProvider(AsgCapacityProvider.Builder.create(clusterStack, "CapacityProvider")
                .autoScalingGroup(capacity)
                .build());

        for (int i = 1; i <= services; i++) {
            app(app, props, GeneratedPlatform.stackName(i), vpc);
        }
        app.synth();
        return services + 2;
    }

    private static void app(App app, StackProps props, String name, IVpc vpc) {
        Stack stack = new Stack(app, name, props);
        UserData userData = UserData.forLinux();
        userData.addCommands(bootstrap(name).toArray(String[]::new));
        AutoScalingGroup fleet = AutoScalingGroup.Builder.create(stack, "Fleet")
                .vpc(vpc)
                .vpcSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .instanceType(new InstanceType("t3.medium"))
                .machineImage(MachineImage.latestAmazonLinux2023())
                .minCapacity(2)
                .maxCapacity(6)
                .userData(userData)
                .build();
        fleet.scaleOnCpuUtilization(
                "Cpu",
                CpuUtilizationScalingProps.builder()
                        .targetUtilizationPercent(60)
                        .build());
        ApplicationLoadBalancer lb = ApplicationLoadBalancer.Builder.create(stack, "Lb")
                .vpc(vpc)
                .internetFacing(true)
                .build();
        ApplicationListener listener = lb.addListener(
                "Http", BaseApplicationListenerProps.builder().port(80).build());
        listener.addTargets(
                "Fleet",
                AddApplicationTargetsProps.builder()
                        .port(8080)
                        .protocol(ApplicationProtocol.HTTP)
                        .targets(List.of(fleet))
                        .healthCheck(HealthCheck.builder()
                                .path("/health")
                                .interval(Duration.seconds(15))
                                .healthyThresholdCount(2)
                                .build())
                        .build());
    }

    private static List<String> bootstrap(String name) {
        List<String> lines = new ArrayList<>();
        lines.add("set -euo pipefail");
        lines.add("exec > >(tee /var/log/" + name + "-bootstrap.log) 2>&1");
        lines.add(
                "TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')");
        lines.add(
                "REGION=$(curl -s -H \"X-aws-ec2-metadata-token: $TOKEN\" http://169.254.169.254/latest/meta-data/placement/region)");
        lines.add("dnf install -y amazon-cloudwatch-agent awscli jq");
        lines.add("useradd --system --home /opt/" + name + " --shell /sbin/nologin app || true");
        lines.add("mkdir -p /opt/" + name + "/releases /opt/" + name + "/shared");
        lines.add("cd /opt/" + name + "/releases");
        lines.add("aws s3 cp s3://bench-artifacts/app-1.0.0.tar.gz app.tar.gz --region \"$REGION\"");
        lines.add(
                "echo '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  app.tar.gz' | sha256sum -c -");
        lines.add("mkdir -p current && tar -xzf app.tar.gz -C current");
        lines.add("chown -R app:app /opt/" + name);
        lines.add("cat > /etc/systemd/system/" + name + ".service <<'UNIT'");
        lines.add("[Unit]");
        lines.add("Description=" + name);
        lines.add("After=network-online.target");
        lines.add("[Service]");
        lines.add("User=app");
        lines.add("WorkingDirectory=/opt/" + name + "/releases/current");
        lines.add("ExecStart=/opt/" + name + "/releases/current/bin/app");
        lines.add("Environment=PORT=8080");
        lines.add("Restart=always");
        lines.add("LimitNOFILE=65536");
        lines.add("[Install]");
        lines.add("WantedBy=multi-user.target");
        lines.add("UNIT");
        lines.add("systemctl daemon-reload");
        lines.add("systemctl enable --now " + name);
        lines.add("for i in $(seq 1 30); do curl -fsS http://localhost:8080/health && break; sleep 2; done");
        lines.add("echo bootstrap of " + name + " done");
        return lines;
    }
}
