package uk.gov.sli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The shape of the service: feature packages above three shared ones ({@code rules}, {@code tables},
 * {@code platform}); no package cycles; the rules in plain Java; resources and pages thin, calling services only.
 */
class ArchitectureTest {

    /** Imported once; ArchUnit's own JUnit engine does not run on this JUnit platform, so plain tests check the rules. */
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.gov.sli");

    private static final String[] FEATURES = { "uk.gov.sli.mou..", "uk.gov.sli.finance..", "uk.gov.sli.leadership..",
            "uk.gov.sli.headline..", "uk.gov.sli.dashboard..", "uk.gov.sli.report..", "uk.gov.sli.signoff..",
            "uk.gov.sli.returns.." };

    static final ArchRule noCyclesBetweenPackages = slices().matching("uk.gov.sli.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule noCyclesWithinThePlatform = slices().matching("uk.gov.sli.platform.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule rulesUseNothingButTheJdk = classes().that().resideInAPackage("uk.gov.sli.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "uk.gov.sli.rules..");

    static final ArchRule sharedPackagesImportNoFeature = noClasses()
            .that().resideInAnyPackage("uk.gov.sli.platform..", "uk.gov.sli.tables..", "uk.gov.sli.rules..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    static final ArchRule tablesKnowNothingOfThePlatform = noClasses().that().resideInAPackage("uk.gov.sli.tables..")
            .should().dependOnClassesThat().resideInAPackage("uk.gov.sli.platform..");

    private static final DescribedPredicate<JavaClass> EDGES = new DescribedPredicate<>("a JSON resource or a page") {
        @Override
        public boolean test(JavaClass c) {
            return c.getSimpleName().endsWith("Resource") || c.getSimpleName().endsWith("Pages");
        }
    };

    static final ArchRule edgesNeverCallEachOther = noClasses().that(EDGES)
            .should().dependOnClassesThat(new DescribedPredicate<>("another resource or page") {
                @Override
                public boolean test(JavaClass c) {
                    return EDGES.test(c) && !c.getName().contains("$");
                }
            })
            .allowEmptyShould(true)
            .because("pages and JSON resources call services, never each other");

    @Test
    void packagesHaveNoCycles() {
        noCyclesBetweenPackages.check(SERVICE);
        noCyclesWithinThePlatform.check(SERVICE);
    }

    @Test
    void theRulesAreJavaAndNothingElse() {
        rulesUseNothingButTheJdk.check(SERVICE);
    }

    @Test
    void sharedPackagesNeverReachUpIntoFeatures() {
        sharedPackagesImportNoFeature.check(SERVICE);
        tablesKnowNothingOfThePlatform.check(SERVICE);
    }

    @Test
    void resourcesAndPagesCallServicesNeverEachOther() {
        edgesNeverCallEachOther.check(SERVICE);
    }
}
