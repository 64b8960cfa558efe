package org.balancingact.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md as tests: a change that breaks it fails the build with the rule's name
 * and the reason it exists. The product's classes are read from {@code target/classes}, because on
 * the module path their packages are not visible to a class-loader scan.
 */
class ArchitectureTest {
    private static final String ROOT = "org.balancingact";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductClasses() {
        Path compiled = Path.of("target", "classes");
        if (!Files.isDirectory(compiled)) {
            throw new IllegalStateException("run from the project root after compiling: " + compiled.toAbsolutePath());
        }
        classes = new ClassFileImporter().importPath(compiled);
    }

    @Test
    void modelDataAndIndexNeverImportJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".data..", ROOT + ".index..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .because("the model, the reader and the index are shared with the command line and tested without a"
                        + " toolkit; keeping JavaFX out of them keeps --check fast and the core portable")
                .check(classes);
    }

    @Test
    void noViewImportsAnotherView() {
        String[] views = {ROOT + ".timeline..", ROOT + ".network..", ROOT + ".quotes.."};
        for (String view : views) {
            String[] others = java.util.Arrays.stream(views).filter(v -> !v.equals(view)).toArray(String[]::new);
            noClasses().that().resideInAPackage(view)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("views are linked only through the ExplorerState; a view that calls another breaks as soon"
                            + " as either changes, and linking stops being testable as a pure function")
                    .check(classes);
        }
    }

    @Test
    void viewsReachTheDataOnlyThroughTheExplorerState() {
        noClasses().that().resideInAnyPackage(ROOT + ".timeline..", ROOT + ".network..", ROOT + ".quotes..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".data..", ROOT + ".shell..", ROOT + ".present..",
                        ROOT + ".app..")
                .because("a view gets its timeline, selection and filter from the ExplorerState; reading files or"
                        + " reaching into the window would give it a second source of truth")
                .check(classes);
    }

    @Test
    void presentingNeverReachesIntoTheWorkbench() {
        noClasses().that().resideInAPackage(ROOT + ".present..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".shell..", ROOT + ".data..", ROOT + ".app..")
                .because("the stage is its own composition of the views: the workbench hooks it in (shell → present),"
                        + " never the other way, so presenting is tested without the workbench and a workbench change"
                        + " cannot break the stage")
                .check(classes);
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy(ROOT + ".app..")
                .layer("shell").definedBy(ROOT + ".shell..")
                .layer("present").definedBy(ROOT + ".present..")
                .layer("views").definedBy(ROOT + ".timeline..", ROOT + ".network..", ROOT + ".quotes..")
                .layer("explore").definedBy(ROOT + ".explore..")
                .layer("index").definedBy(ROOT + ".index..")
                .layer("data").definedBy(ROOT + ".data..")
                .layer("model").definedBy(ROOT + ".model..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("shell").mayOnlyBeAccessedByLayers("app")
                .whereLayer("present").mayOnlyBeAccessedByLayers("shell", "app")
                .whereLayer("views").mayOnlyBeAccessedByLayers("present", "shell", "app")
                .whereLayer("explore").mayOnlyBeAccessedByLayers("views", "present", "shell", "app")
                .whereLayer("index").mayOnlyBeAccessedByLayers("explore", "views", "present", "shell", "app")
                .whereLayer("data").mayOnlyBeAccessedByLayers("shell", "app")
                .because("arrows point one way (app → shell → present → views → explore → index → model ← data), so each layer"
                        + " can be understood and tested with only the layers below it")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .because("a cycle between packages makes both impossible to change or test alone")
                .check(classes);
    }
}
