package nl.kopgroep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rules that keep the security boundary and the feature packages intact. */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Every application service is secured as a whole... */
    static final ArchRule SERVICES_ARE_SECURED = classes()
            .that().areAnnotatedWith(Service.class)
            .should().beAnnotatedWith(PreAuthorize.class)
            .because("the application service is the security boundary");

    /** ...and every one of its public methods states its own rule. */
    static final ArchRule SERVICE_METHODS_ARE_AUTHORISED = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic()
            .should().beAnnotatedWith(PreAuthorize.class)
            .because("every public service method must say who may call it (PRODUCT.md §4)");

    private static final DescribedPredicate<JavaClass> ACCESS_ANNOTATED = DescribedPredicate.describe(
            "an access annotation", c -> c.isAnnotatedWith(AnonymousAllowed.class) || c.isAnnotatedWith(PermitAll.class)
                    || c.isAnnotatedWith(RolesAllowed.class) || c.isAnnotatedWith(DenyAll.class));

    /** Every route, layout and error view says who may see it. */
    static final ArchRule ROUTES_HAVE_ACCESS_ANNOTATIONS = classes()
            .that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
            .or().implement(HasErrorParameter.class)
            .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(ACCESS_ANNOTATED))
            .because("a view without an access annotation is an unguarded door");

    static final ArchRule VIEWS_DO_NOT_USE_REPOSITORIES = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .because("views bind and format; services decide and guard");

    /**
     * A feature's directory (its facts for other features' services and the demo loaders) answers for
     * any id it is given; only code that has already authorised the caller may use it, never a view.
     */
    static final ArchRule VIEWS_DO_NOT_USE_DIRECTORIES = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Directory")
            .as("views never use a feature's directory (it is not a security boundary)");

    /**
     * Parts that act for any person they are given (ending sessions, writing the audit log, erasing or exporting
     * a person's rows, a second factor's secrets): only a service that has authorised the caller uses them.
     */
    static final ArchRule VIEWS_DO_NOT_USE_UNGUARDED_INTERNALS = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("unguarded internals",
                    (com.tngtech.archunit.core.domain.JavaClass target) ->
                            target.isAssignableTo("nl.kopgroep.privacy.PersonalDataPart")
                                    || java.util.Set.of("nl.kopgroep.security.AuditLog",
                                            "nl.kopgroep.security.PersonalRecords", "nl.kopgroep.security.AccountSessions",
                                            "nl.kopgroep.security.SecondFactors").contains(target.getName())))
            .as("views never use the parts that act for any person (they are not a security boundary)");

    static final ArchRule REPOSITORIES_ARE_PACKAGE_PRIVATE = classes()
            .that().areAssignableTo(Repository.class).or().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .should().notHaveModifier(JavaModifier.PUBLIC)
            .because("data is reached through the feature's service only");

    static final ArchRule ENTITIES_STAY_INSIDE_THEIR_FEATURE = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().notBePublic()
            .because("records cross boundaries, entities do not");

    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices()
            .matching("nl.kopgroep.(*)..")
            .should().beFreeOfCycles();

    /** A feature's ui package is its own business: other features never reach into it (base.ui is the shared kit). */
    static final ArchRule UI_IS_USED_ONLY_WITHIN_ITS_FEATURE = classes()
            .that().resideInAPackage("nl.kopgroep.*.ui..")
            .and().resideOutsideOfPackage("nl.kopgroep.base..")
            .should(new ArchCondition<>("be used only within their own feature") {
                @Override
                public void check(JavaClass uiClass, ConditionEvents events) {
                    String feature = featureOf(uiClass);
                    for (Dependency dependency : uiClass.getDirectDependenciesToSelf()) {
                        JavaClass origin = dependency.getOriginClass();
                        if (origin.getPackageName().startsWith("nl.kopgroep.") && !feature.equals(featureOf(origin))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .allowEmptyShould(true);

    private static String featureOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
