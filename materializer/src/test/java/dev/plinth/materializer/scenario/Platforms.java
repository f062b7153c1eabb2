package dev.plinth.materializer.scenario;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CrossStackWiring;
import dev.plinth.compiler.Pipeline;
import dev.plinth.compiler.StackTemplate;
import dev.plinth.compiler.WiredStack;
import dev.plinth.compiler.emit.Emit;
import dev.plinth.compiler.emit.OutputWriter;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.manifest.TemplateFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled output folders for the scenarios, written by the real emit stage: a network stack,
 * an app stack that reads the network's VPC through wiring, and an independent data stack with
 * a protected database cluster. Each knob changes one thing between two compiles.
 */
final class Platforms {
    String appValue = "v1";
    String networkCidr = "10.0.0.0/16";
    String databaseName = "orders";
    String dataStatement = "v1";
    int padding = 0;
    boolean appOutputExtra = false;
    boolean production = false;
    List<String> notificationArns = List.of();
    /** When set, the app stack takes an image parameter with this default (a template default, sourced "default" in the manifest). */
    String imageDefault;

    Path write(Path dir) {
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", networkCidr)
                .build();
        GenericResource group = GenericResource.builder("AWS::EC2::SecurityGroup")
                .property("GroupDescription", "app")
                .property("VpcId", vpc.ref())
                .build();
        GenericResource setting = GenericResource.builder("AWS::SSM::Parameter")
                .property("Type", "String")
                .property("Value", appValue + "x".repeat(padding))
                .build();
        Template.Builder app = Template.builder()
                .resource("AppSecurityGroup", group)
                .resource("AppSetting", setting)
                .output("AppSettingName", Output.of(setting.ref()));
        if (imageDefault != null) {
            Parameter<String> image = Parameter.builder(ParameterType.STRING)
                    .defaultValue(imageDefault)
                    .build();
            app.parameter("ImageParameter", image)
                    .resource(
                            "AppImage",
                            GenericResource.builder("AWS::SSM::Parameter")
                                    .property("Type", "String")
                                    .property("Value", image.ref())
                                    .build());
        }
        if (appOutputExtra) {
            app.output("AppGroupId", Output.of(group.getAtt("GroupId")));
        }
        GenericResource cluster = GenericResource.builder("AWS::RDS::DBCluster")
                .property("Engine", "aurora-mysql")
                .property("DatabaseName", databaseName)
                .property("ManageMasterUserPassword", true)
                .property("MasterUsername", "admin")
                .deletionPolicy(DeletionPolicy.SNAPSHOT)
                .updateReplacePolicy(DeletionPolicy.SNAPSHOT)
                .build();
        GenericResource dataSetting = GenericResource.builder("AWS::SSM::Parameter")
                .property("Type", "String")
                .property("Value", dataStatement)
                .build();
        List<StackTemplate> stacks = List.of(
                StackTemplate.of(
                                "network",
                                Template.builder().resource("Vpc", vpc).build(),
                                Map.of("tier", "network"),
                                false)
                        .withNotificationArns(notificationArns),
                StackTemplate.of("app", app.build(), Map.of(), false),
                StackTemplate.of(
                        "data",
                        Template.builder()
                                .resource("Cluster", cluster)
                                .resource("DataSetting", dataSetting)
                                .build(),
                        Map.of(),
                        true));
        Diagnostics diagnostics = new Diagnostics();
        List<WiredStack> wired = new CrossStackWiring(ResourceSpecification.bundled()).run(stacks, diagnostics);
        CompiledPlatform platform = new CompiledPlatform(
                "shop", "dev", "eu-west-1", Optional.empty(), production, Map.of("team", "shop"), wired, Map.of());
        Pipeline<RenderedOutput> emitted = Emit.render(platform, TemplateFormat.JSON);
        diagnostics.addAll(emitted.diagnostics());
        emitted.value().flatMap(output -> OutputWriter.write(output, dir)).ifPresent(diagnostics::report);
        List<String> errors = new ArrayList<>();
        diagnostics.toList().stream().filter(Diagnostic::isError).forEach(d -> errors.add(d.format()));
        if (!errors.isEmpty()) {
            throw new IllegalStateException(String.join("\n", errors));
        }
        return dir;
    }
}
