package dev.plinth.samples;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.cdn.Distribution;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.data.Repository;
import dev.plinth.dsl.dns.DnsZone;
import dev.plinth.stacks.NetworkStack;
import dev.plinth.stacks.ServiceStack;
import java.util.List;

/**
 * Reference platform 4: web and CDN. CloudFront in front of a load balancer and a web fleet, with
 * static assets served from an S3 bucket on {@code /assets/*}; an RDS MySQL database and an
 * ElastiCache Redis group for the fleet; ECR repositories for the team's images.
 */
public final class WebCdn implements Platform {

    @Override
    public String name() {
        return "web-cdn";
    }

    @Override
    public List<Environment> environments() {
        return List.of(
                Environment.builder()
                        .name("dev")
                        .region("us-west-2")
                        .addAvailabilityZones("us-west-2a", "us-west-2b", "us-west-2c")
                        .putTag("team", "web")
                        .build(),
                Environment.builder()
                        .name("prod")
                        .region("us-west-2")
                        .addAvailabilityZones("us-west-2a", "us-west-2b", "us-west-2c")
                        .putTag("team", "web")
                        .production(true)
                        .build());
    }

    @Override
    public List<Stack> stacks(Environment env) {
        boolean prod = env.production();
        NetworkStack network = NetworkStack.settings(env, "10.80.0.0/16").build();
        ServiceStack web = ServiceStack.settings(
                        env,
                        network.network(),
                        "web",
                        prod ? "c6i.large" : "t3.medium",
                        Artifact.builder()
                                .bucket("web-artifacts-" + env.name())
                                .key("releases/web/3.14.0/web-3.14.0.tar.gz")
                                .sha256("e3b7c1a9d5f20486e1c3a5b7d9f1e3c5a7b9d1f3e5c7a9b1d3f5e7c9a1b3d5f7")
                                .command("bin/web")
                                .port(8080)
                                .healthCheckPath("/ping")
                                .putEnvironment("WEB_ENV", env.name())
                                .build())
                .withLoadBalancer()
                .build();
        Bucket assets = Bucket.builder()
                .name("assets")
                .bucketName("web-cdn-assets-" + env.name())
                .expireNoncurrentAfterDays(30)
                .build();
        Distribution cdn = Distribution.builder()
                .name("cdn")
                .origin(web.loadBalancer().orElseThrow())
                .behavior("/assets/*", assets)
                .build();
        Database db = Database.builder()
                .name("web-db")
                .network(network.network())
                .engine(Database.Engine.MYSQL)
                .engineVersion("8.4.3")
                .instanceClass(prod ? "db.m6g.large" : "db.t4g.micro")
                .storageGib(prod ? 100 : 20)
                .databaseName("web")
                .allowFrom(web.fleet())
                .build();
        Cache cache = Cache.builder()
                .name("web-cache")
                .network(network.network())
                .nodeType(prod ? "cache.r7g.large" : "cache.t4g.small")
                .replicas(prod ? 2 : 1)
                .allowFrom(web.fleet())
                .build();
        DnsZone zone = DnsZone.builder()
                .name("internal")
                .domain(env.name() + ".web.internal")
                .network(network.network())
                .record("db", db)
                .record("redis-cache", cache)
                .build();
        Repository webImages = Repository.builder()
                .name("web-images")
                .repositoryName("web-cdn/web")
                .build();
        Repository jobImages = Repository.builder()
                .name("job-images")
                .repositoryName("web-cdn/jobs")
                .build();
        return List.of(
                network.stack(),
                Stack.of("registry", webImages, jobImages),
                Stack.of("data", db, cache, zone),
                web.stack(),
                Stack.of("edge", assets, cdn));
    }
}
