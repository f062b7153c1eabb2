package dev.plinth.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.plinth.cfn.spec.PropertySpec;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.ResourceTypeSpec;
import dev.plinth.cfn.spec.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates one {@code Cfn<Type>} class per resource type of the given services, with a builder
 * that has a typed setter per property, {@code attr…()} accessors for the GetAtt attributes and
 * a nested {@code <Name>Property} class (with its own builder) per property type.
 *
 * <p>Usage: {@code ResourceClassGenerator OUTPUT_DIR EC2,IAM,...}
 */
public final class ResourceClassGenerator {
    private static final ClassName RESOURCE = ClassName.get("dev.plinth.cfn", "Resource");
    private static final ClassName PROPERTY_OBJECT = ClassName.get("dev.plinth.cfn", "PropertyObject");
    private static final ClassName FN = ClassName.get("dev.plinth.cfn", "Fn");
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName STRING = ClassName.get(String.class);
    /** Names the builders inherit; a property with one of them gets a {@code Property} suffix. */
    private static final Set<String> RESERVED = Set.of(
            "build",
            "self",
            "set",
            "isSet",
            "properties",
            "requireProperties",
            "dependsOn",
            "condition",
            "deletionPolicy",
            "updateReplacePolicy",
            "updatePolicy",
            "creationPolicy",
            "metadata",
            "equals",
            "hashCode",
            "toString",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    private final ResourceSpecification spec;
    private int classes;

    private ResourceClassGenerator(ResourceSpecification spec) {
        this.spec = spec;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ResourceClassGenerator OUTPUT_DIR SERVICE[,SERVICE...]");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path out = Path.of(args[0]);
        Set<String> services =
                Arrays.stream(args[1].split(",")).map(String::trim).collect(Collectors.toSet());
        ResourceSpecification spec = ResourceSpecification.bundled();
        ResourceClassGenerator generator = new ResourceClassGenerator(spec);
        int types = 0;
        Set<String> seenServices = new HashSet<>();
        for (String name : spec.resourceTypeNames()) {
            String[] parts = name.split("::");
            if (parts.length == 3 && parts[0].equals("AWS") && services.contains(parts[1])) {
                seenServices.add(parts[1]);
                generator.generate(spec.resourceType(name).orElseThrow()).writeTo(out);
                types++;
            }
        }
        Set<String> missing = new HashSet<>(services);
        missing.removeAll(seenServices);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No resource types for services " + missing + " in the specification");
        }
        System.out.printf(
                "Generated %d resource classes (%d classes with nested property types) for %d services in %d ms%n",
                types, generator.classes, services.size(), (System.nanoTime() - start) / 1_000_000);
    }

    static String propertyClassName(String typeName) {
        return JavaNames.pascal(typeName) + "Property";
    }

    private JavaFile generate(ResourceTypeSpec type) {
        String packageName = JavaNames.packageOf(type.service());
        ClassName self = ClassName.get(packageName, "Cfn" + JavaNames.pascal(type.simpleName()));
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder resource = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RESOURCE)
                .addJavadoc(
                        "{@code $L}: build it with {@link #builder()}, add it to a template, and read its\n"
                                + "attributes with the {@code attr…()} methods.\n",
                        type.name())
                .addField(FieldSpec.builder(STRING, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", type.name())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(builder, "builder")
                        .addStatement("super(TYPE, builder)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build());
        Set<String> attributeNames = new HashSet<>();
        type.attributes().forEach((attribute, shape) -> {
            String method = "attr" + JavaNames.pascal(attribute);
            if (attributeNames.add(method)) {
                boolean list = shape instanceof Shape.ListShape;
                resource.addMethod(MethodSpec.methodBuilder(method)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(
                                Setters.VALUE, list ? ParameterizedTypeName.get(LIST, STRING) : STRING))
                        .addJavadoc("{@code Fn::GetAtt} $L.\n", attribute)
                        .addStatement("return $T.$L(this, $S)", FN, list ? "getAttList" : "getAtt", attribute)
                        .build());
            }
        });
        resource.addType(builderType(
                type.name(),
                type.name(),
                self,
                builder,
                ParameterizedTypeName.get(RESOURCE.nestedClass("Builder"), builder, self),
                type.properties(),
                false));
        type.propertyTypes()
                .forEach((name, properties) -> resource.addType(propertyType(type, self, name, properties)));
        classes += 2 + 2 * type.propertyTypes().size();
        return JavaFile.builder(packageName, resource.build())
                .addFileComment(
                        "Generated by dev.plinth.codegen.ResourceClassGenerator from @aws-cdk/aws-service-spec $L.\n"
                                + "Do not edit: change the generator or the specification data instead.",
                        spec.sourceVersion())
                .skipJavaLangImports(true)
                .indent("  ")
                .build();
    }

    private TypeSpec propertyType(
            ResourceTypeSpec type, ClassName outer, String name, Map<String, PropertySpec> properties) {
        ClassName self = outer.nestedClass(propertyClassName(name));
        ClassName builder = self.nestedClass("Builder");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(PROPERTY_OBJECT, self))
                .addJavadoc("The {@code $L} property type of {@code $L}.\n", name, type.name())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(builder, "builder")
                        .addStatement("super($S, builder)", name)
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addType(builderType(
                        type.name() + "." + name,
                        name,
                        outer,
                        builder,
                        ParameterizedTypeName.get(PROPERTY_OBJECT.nestedClass("Builder"), builder, self),
                        properties,
                        true))
                .build();
    }

    private TypeSpec builderType(
            String owner,
            String label,
            ClassName outer,
            ClassName builder,
            TypeName superclass,
            Map<String, PropertySpec> properties,
            boolean propertyType) {
        ClassName built = builder.enclosingClassName();
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass)
                .addJavadoc("Builds a {@link $T}; {@link #build()} refuses a missing required property.\n", built)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("self")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(builder)
                        .addStatement("return this")
                        .build());
        Setters setters = new Setters(outer, builder);
        Set<String> taken = new HashSet<>();
        for (PropertySpec property : properties.values()) {
            String javaName = JavaNames.member(property.name());
            if (RESERVED.contains(javaName) || !taken.add(javaName)) {
                javaName = javaName + "Property";
                taken.add(javaName);
            }
            setters.of(property, javaName, propertyType ? label : "resource").forEach(type::addMethod);
        }
        List<String> required = properties.values().stream()
                .filter(PropertySpec::required)
                .map(PropertySpec::name)
                .collect(Collectors.toList());
        CodeBlock.Builder build = CodeBlock.builder();
        if (!required.isEmpty()) {
            build.addStatement(
                    "requireProperties($S, $L)",
                    owner,
                    required.stream().map(r -> CodeBlock.of("$S", r).toString()).collect(Collectors.joining(", ")));
        }
        build.addStatement("return new $T(this)", built);
        type.addMethod(MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(built)
                .addCode(build.build())
                .build());
        return type.build();
    }
}
