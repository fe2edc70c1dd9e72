package org.convscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE.md: data flows view -> view-model -> core, core is pure Java, jblas stays in one
 * package, and the command-line path never needs JavaFX.
 */
@AnalyzeClasses(packages = "org.convscope", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIoAndCliUseNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.convscope.core..", "org.convscope.io..", "org.convscope.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("the core, image I/O and the command line run without JavaFX");

    /** The launcher decides between app and command line before JavaFX may be touched. */
    @ArchTest
    static final ArchRule launcherPathUsesNoJavaFx = noClasses()
            .that().haveFullyQualifiedName("org.convscope.app.Launcher")
            .or().haveFullyQualifiedName("org.convscope.app.AppOptions")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("`convscope <command>` must start on a machine without a display or JavaFX natives");

    @ArchTest
    static final ArchRule jblasOnlyInCoreBlas = noClasses()
            .that().resideOutsideOfPackage("org.convscope.core.blas..")
            .should().dependOnClassesThat().resideInAPackage("org.jblas..")
            .because("core.blas probes the native library and falls back; nothing else may call jblas directly");

    @ArchTest
    static final ArchRule viewsGoThroughViewModels = noClasses()
            .that().resideInAPackage("org.convscope.view..")
            .should().dependOnClassesThat().resideInAPackage("org.convscope.core..")
            .because("a view talks to its view-model, never to the core");

    @ArchTest
    static final ArchRule viewModelsHaveNoScene = noClasses()
            .that().resideInAPackage("org.convscope.viewmodel..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view-models are tested without a toolkit and know nothing of nodes");

    @ArchTest
    static final ArchRule coreDependsOnNothingAbove = noClasses()
            .that().resideInAPackage("org.convscope.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.convscope.viewmodel..", "org.convscope.view..",
                    "org.convscope.app..", "org.convscope.cli..", "org.convscope.io..")
            .because("the core is the bottom layer");
}
