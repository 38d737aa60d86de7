package id.blitar.kiosk.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md: {@code server → kiosk-ui → workflows → bpmn}, Vaadin only in
 * kiosk-ui, and kiosk-ui talking to services and process facades, never to repositories or to the
 * engine's RuntimeService/TaskService. Classes are assigned to modules by where they were loaded
 * from (each module's classes directory or jar), so a class in the wrong module cannot hide behind
 * a package name.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
                // A module's tests reach this classpath as its test jar (workflows-…-tests.jar) in `mvn verify`.
                .withImportOption(location -> !location.asURI().toString().contains("-tests.jar"))
                .importPackages("id.blitar.kiosk");
    }

    private static boolean inModule(Location location, String module) {
        String uri = location.asURI().toString();
        return uri.contains("/" + module + "/target/classes/") || uri.contains("/" + module + "-0.");
    }

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> module(
            String module) {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "classes of module " + module,
                c -> c.getSource()
                        .map(s -> inModule(Location.of(s.getUri()), module))
                        .orElse(false));
    }

    @Test
    void shouldFindClassesOfEveryModule() {
        for (String module : new String[] {"workflows", "kiosk-ui", "server"}) {
            long count = classes.stream()
                    .filter(c -> c.getSource()
                            .map(s -> inModule(Location.of(s.getUri()), module))
                            .orElse(false))
                    .count();
            org.assertj.core.api.Assertions.assertThat(count)
                    .as("classes found in module %s", module)
                    .isPositive();
        }
    }

    @Test
    void modulesDependOneWayOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("id.blitar.kiosk..")
                .layer("server")
                .definedBy(module("server"))
                .layer("kiosk-ui")
                .definedBy(module("kiosk-ui"))
                .layer("workflows")
                .definedBy(module("workflows"))
                .whereLayer("server")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("kiosk-ui")
                .mayOnlyBeAccessedByLayers("server")
                .whereLayer("workflows")
                .mayOnlyBeAccessedByLayers("kiosk-ui", "server")
                .check(classes);
    }

    @Test
    void onlyKioskUiUsesVaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("every Vaadin view and component lives in kiosk-ui")
                .check(classes);
    }

    @Test
    void kioskUiUsesNoRepositoriesAndNoEngineServices() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .because("views talk to services and process facades, never to repositories")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(
                        org.camunda.bpm.engine.RuntimeService.class,
                        org.camunda.bpm.engine.TaskService.class,
                        org.camunda.bpm.engine.ProcessEngine.class,
                        org.camunda.bpm.engine.RepositoryService.class,
                        org.camunda.bpm.engine.HistoryService.class)
                .because("views reach the engine only through process facades such as VisitProcess")
                .check(classes);
    }

    @Test
    void uiPackagesLiveOnlyInKioskUi() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("..ui..")
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be loaded from kiosk-ui") {
                    @Override
                    public void check(
                            com.tngtech.archunit.core.domain.JavaClass item,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean fromKioskUi = item.getSource()
                                .map(s -> inModule(Location.of(s.getUri()), "kiosk-ui"))
                                .orElse(false);
                        if (!fromKioskUi) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                    item, item.getName() + " is a ui class outside kiosk-ui"));
                        }
                    }
                })
                .check(classes);
    }

    /**
     * Every BPMN delegate and listener lives in its feature's {@code process} package, is a Spring bean named in
     * the model, and is not public: only the engine calls it, through the model.
     */
    @Test
    void delegatesLiveInProcessPackagesAsPackagePrivateBeans() {
        classes()
                .that()
                .implement(org.camunda.bpm.engine.delegate.JavaDelegate.class)
                .or()
                .implement(org.camunda.bpm.engine.delegate.TaskListener.class)
                .or()
                .implement(org.camunda.bpm.engine.delegate.ExecutionListener.class)
                .should()
                .resideInAPackage("id.blitar.kiosk.*.process")
                .andShould()
                .notBePublic()
                .andShould()
                .beAnnotatedWith(org.springframework.stereotype.Component.class)
                .because("the models name delegates as beans (camunda:delegateExpression) in their feature's process"
                        + " package")
                .check(classes);
    }

    /**
     * Feature packages ({@code id.blitar.kiosk.<feature>..}, all modules together) depend on one another in one
     * direction only: a cycle means neither side can be understood, changed or tested without the other.
     * {@code base} is the shared kernel every feature may use, and it uses no feature.
     */
    @Test
    void featurePackagesHaveNoCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("id.blitar.kiosk.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
