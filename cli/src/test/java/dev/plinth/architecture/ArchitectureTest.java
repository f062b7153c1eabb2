package dev.plinth.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, over every module's main classes: lower layers
 * never reach up, the materializer reads compiled outputs only, the DSL's model never sees the
 * compiler, and no two packages depend on each other.
 */
class ArchitectureTest {
    private static JavaClasses plinth;

    @BeforeAll
    static void importClasses() {
        plinth = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.plinth");
    }

    private static void check(ArchRule rule) {
        rule.check(plinth);
    }

    @Test
    void theCloudFormationModelKnowsNothingOfTheCompilerOrTheDsl() {
        check(noClasses()
                .that()
                .resideInAPackage("dev.plinth.cfn..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.plinth.compiler..", "dev.plinth.dsl..", "dev.plinth.templates.."));
    }

    @Test
    void diagnosticsSitBelowEverything() {
        check(noClasses()
                .that()
                .resideInAPackage("dev.plinth.diagnostics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.plinth.cfn..",
                        "dev.plinth.compiler..",
                        "dev.plinth.dsl..",
                        "dev.plinth.manifest..",
                        "dev.plinth.materializer..",
                        "dev.plinth.templates.."));
    }

    @Test
    void theMaterializerReadsOnlyTheManifestAndTheSpecification() {
        check(noClasses()
                .that()
                .resideInAPackage("dev.plinth.materializer..")
                .should()
                .dependOnClassesThat(
                        plinthOutside("dev.plinth.materializer..", "dev.plinth.manifest..", "dev.plinth.cfn.spec..")));
    }

    @Test
    void theManifestIsAContractOfItsOwn() {
        check(noClasses()
                .that()
                .resideInAPackage("dev.plinth.manifest..")
                .should()
                .dependOnClassesThat(plinthOutside("dev.plinth.manifest..")));
    }

    /** Plinth's classes outside the packages given. */
    private static DescribedPredicate<JavaClass> plinthOutside(String... packages) {
        return resideInAPackage("dev.plinth..")
                .and(not(resideInAnyPackage(packages)))
                .as("Plinth classes outside " + String.join(", ", packages));
    }

    @Test
    void theDslModelNeverSeesTheCompilerNorItsFacade() {
        check(noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.plinth.dsl",
                        "dev.plinth.dsl.network..",
                        "dev.plinth.dsl.compute..",
                        "dev.plinth.dsl.loadbalancer..",
                        "dev.plinth.dsl.cluster..",
                        "dev.plinth.dsl.data..",
                        "dev.plinth.dsl.dns..",
                        "dev.plinth.dsl.cdn..",
                        "dev.plinth.dsl.monitoring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.plinth.dsl.compile..", "dev.plinth"));
    }

    @Test
    void aKindsPackageReadsNoOtherKindsPackage() {
        check(slices().matching("dev.plinth.dsl.compile.(*)..")
                .that(new DescribedPredicate<Slice>("hold a kind's rules and lowering") {
                    @Override
                    public boolean test(Slice slice) {
                        return !"kinds".equals(slice.getNamePart(1));
                    }
                })
                .should()
                .notDependOnEachOther());
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        check(slices().matching("dev.plinth.(**)").should().beFreeOfCycles());
    }
}
