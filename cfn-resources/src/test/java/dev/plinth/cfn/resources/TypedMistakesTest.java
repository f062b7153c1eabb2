package dev.plinth.cfn.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.diagnostics.Diagnostic;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The same mistakes through the two doors: the generated classes refuse them when the Java code
 * compiles, the generic resource when the template is validated.
 */
class TypedMistakesTest {

    @Test
    void aMisspelledPropertyDoesNotCompile() {
        List<String> errors = compile("CfnVPC.builder().cidrBlok(\"10.0.0.0/16\").build()");

        assertThat(errors)
                .singleElement()
                .asString()
                .contains("cannot find symbol")
                .contains("cidrBlok(java.lang.String)");
    }

    @Test
    void aWrongValueTypeDoesNotCompile() {
        List<String> errors = compile("CfnVPC.builder().cidrBlock(16).build()");

        assertThat(errors).singleElement().asString().contains("no suitable method found for cidrBlock(int)");
    }

    @Test
    void aListWhereOneValueIsWantedDoesNotCompile() {
        List<String> errors = compile("CfnSubnet.builder().vpcId(Fn.getAZs()).cidrBlock(\"10.0.0.0/24\").build()");

        assertThat(errors).singleElement().asString().contains("no suitable method found for vpcId");
    }

    @Test
    void aPropertyTypeOfAnotherPropertyDoesNotCompile() {
        List<String> errors = compile(
                "CfnSecurityGroup.builder().groupDescription(\"x\")"
                        + ".securityGroupIngress(CfnSecurityGroup.EgressProperty.builder().ipProtocol(\"-1\").build()).build()");

        assertThat(errors).singleElement().asString().contains("no suitable method found for securityGroupIngress");
    }

    @Test
    void aCorrectSnippetCompiles() {
        assertThat(compile("CfnVPC.builder().cidrBlock(\"10.0.0.0/16\").enableDnsSupport(true).build()"))
                .isEmpty();
    }

    @Test
    void aMissingRequiredPropertyIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> CfnSubnet.builder().cidrBlock("10.0.0.0/24").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("AWS::EC2::Subnet needs VpcId: set it on the builder before build()");
    }

    @Test
    void theGenericResourceReportsTheSameMistakesAsDiagnostics() {
        Template template = Template.builder()
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property("CidrBlok", "10.0.0.0/16")
                                .build())
                .resource(
                        "Subnet",
                        GenericResource.builder("AWS::EC2::Subnet")
                                .property("VpcId", "vpc-1")
                                .property("CidrBlock", "10.0.0.0/24")
                                .property("MapPublicIpOnLaunch", 5)
                                .build())
                .build();

        List<String> diagnostics = TemplateValidator.bundled().validate(template, "network").stream()
                .map(Diagnostic::format)
                .collect(Collectors.toList());

        assertThat(diagnostics)
                .containsExactly(
                        "[UNKNOWN_PROPERTY] network/Resources/Vpc/Properties/CidrBlok: AWS::EC2::VPC has no property 'CidrBlok'; use 'CidrBlock'.",
                        "[WRONG_PRIMITIVE_TYPE] network/Resources/Subnet/Properties/MapPublicIpOnLaunch: wants a boolean, got the number 5; give a boolean.");
    }

    /** Compiles {@code expression} in a method body with the generated classes on the class path. */
    private static List<String> compile(String expression) {
        String source = "package snippet;\n"
                + "import dev.plinth.cfn.*;\n"
                + "import dev.plinth.cfn.ec2.*;\n"
                + "class Snippet {\n"
                + "  Object run() {\n"
                + "    return " + expression + ";\n"
                + "  }\n"
                + "}\n";
        JavaFileObject file =
                new SimpleJavaFileObject(URI.create("string:///snippet/Snippet.java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                };
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of(
                "-classpath",
                System.getProperty("java.class.path"),
                "-proc:none",
                "-d",
                System.getProperty("java.io.tmpdir"),
                "-Xlint:none");
        compiler.getTask(new StringWriter(), null, diagnostics, options, null, List.of(file))
                .call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Kind.ERROR)
                .map(d -> d.getMessage(java.util.Locale.ROOT).replace('\n', ' '))
                .collect(Collectors.toList());
    }
}
