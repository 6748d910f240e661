package nl.kopgroep.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fixtures.architecture.PartlyProtectedService;
import fixtures.architecture.PeopleDirectory;
import fixtures.architecture.UnprotectedService;
import fixtures.architecture.UnprotectedView;
import fixtures.architecture.ui.DirectoryReadingView;
import fixtures.architecture.ui.SessionEndingView;
import org.junit.jupiter.api.Test;

/**
 * Keeps the security boundary and the feature layout from eroding. The second half proves that
 * the security rules really fail on an unprotected service method and an unprotected route.
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.kopgroep");

    @Test
    void everyServiceIsSecured() {
        ArchitectureRules.SERVICES_ARE_SECURED.check(APPLICATION);
    }

    @Test
    void everyPublicServiceMethodIsAuthorised() {
        ArchitectureRules.SERVICE_METHODS_ARE_AUTHORISED.check(APPLICATION);
    }

    @Test
    void everyRouteLayoutAndErrorViewHasAnAccessAnnotation() {
        ArchitectureRules.ROUTES_HAVE_ACCESS_ANNOTATIONS.check(APPLICATION);
    }

    @Test
    void viewsNeverTouchRepositories() {
        ArchitectureRules.VIEWS_DO_NOT_USE_REPOSITORIES.check(APPLICATION);
    }

    @Test
    void viewsNeverUseDirectoriesOrUnguardedInternals() {
        ArchitectureRules.VIEWS_DO_NOT_USE_DIRECTORIES.check(APPLICATION);
        ArchitectureRules.VIEWS_DO_NOT_USE_UNGUARDED_INTERNALS.check(APPLICATION);
    }

    @Test
    void repositoriesAndEntitiesStayInsideTheirFeature() {
        ArchitectureRules.REPOSITORIES_ARE_PACKAGE_PRIVATE.check(APPLICATION);
        ArchitectureRules.ENTITIES_STAY_INSIDE_THEIR_FEATURE.check(APPLICATION);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        ArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES.check(APPLICATION);
    }

    @Test
    void uiPackagesAreUsedOnlyWithinTheirFeature() {
        ArchitectureRules.UI_IS_USED_ONLY_WITHIN_ITS_FEATURE.check(APPLICATION);
    }

    // --- the rules bite ---------------------------------------------------------------------------

    @Test
    void serviceRuleRejectsAnUnprotectedService() {
        JavaClasses broken = new ClassFileImporter().importClasses(UnprotectedService.class);
        assertThatThrownBy(() -> ArchitectureRules.SERVICES_ARE_SECURED.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UnprotectedService");
        assertThatThrownBy(() -> ArchitectureRules.SERVICE_METHODS_ARE_AUTHORISED.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UnprotectedService.secrets()");
    }

    @Test
    void methodRuleRejectsAMethodThatReliesOnlyOnItsClass() {
        JavaClasses broken = new ClassFileImporter().importClasses(PartlyProtectedService.class);
        assertThatThrownBy(() -> ArchitectureRules.SERVICE_METHODS_ARE_AUTHORISED.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PartlyProtectedService.forgotten()")
                .hasMessageNotContaining("PartlyProtectedService.guarded()");
    }

    @Test
    void directoryRuleRejectsAViewThatReadsADirectory() {
        JavaClasses broken = new ClassFileImporter().importClasses(DirectoryReadingView.class, PeopleDirectory.class);
        assertThatThrownBy(() -> ArchitectureRules.VIEWS_DO_NOT_USE_DIRECTORIES.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DirectoryReadingView");
    }

    @Test
    void internalsRuleRejectsAViewThatEndsSessionsItself() {
        JavaClasses broken = new ClassFileImporter().importClasses(SessionEndingView.class);
        assertThatThrownBy(() -> ArchitectureRules.VIEWS_DO_NOT_USE_UNGUARDED_INTERNALS.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("SessionEndingView");
    }

    @Test
    void routeRuleRejectsAnUnprotectedRoute() {
        JavaClasses broken = new ClassFileImporter().importClasses(UnprotectedView.class);
        assertThatThrownBy(() -> ArchitectureRules.ROUTES_HAVE_ACCESS_ANNOTATIONS.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UnprotectedView");
    }
}
