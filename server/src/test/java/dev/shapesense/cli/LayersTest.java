package dev.shapesense.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Three layers, one way: nn <- analyzer <- server. The analyzer never sees protocol types. */
class LayersTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.shapesense");

  @Test
  void nnDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.shapesense.tensor..", "dev.shapesense.nn..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.shapesense.analyzer..",
            "dev.shapesense.cli..",
            "dev.shapesense.lsp..",
            "com.github.javaparser..")
        .check(CLASSES);
  }

  @Test
  void analyzerKnowsNoProtocolOrJson() {
    noClasses()
        .that()
        .resideInAPackage("dev.shapesense.analyzer..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.shapesense.cli..",
            "dev.shapesense.lsp..",
            "org.eclipse.lsp4j..",
            "com.fasterxml.jackson..",
            "com.google.gson..",
            "picocli..")
        .check(CLASSES);
  }
}
