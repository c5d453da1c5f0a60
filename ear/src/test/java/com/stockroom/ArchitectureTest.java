package com.stockroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, checked on the compiled modules so they cannot rot: modules meet
 * only through their {@code api} packages and along the allowed edges, without cycles, and domain
 * code stays free of HTTP and persistence.
 */
class ArchitectureTest {

  private static final List<String> MODULES =
      List.of("identity", "catalog", "orders", "notifications");

  /** Which modules each module may use (through their api packages). */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "identity", Set.of(),
          "notifications", Set.of(),
          "catalog", Set.of("notifications"),
          "orders", Set.of("catalog", "identity", "notifications"));

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.stockroom");
  }

  @Test
  void everyModuleIsImported() {
    for (String module : MODULES) {
      assertThat(
              classes.stream()
                  .anyMatch(c -> c.getPackageName().startsWith("com.stockroom." + module + ".")))
          .as("%s must be on the classpath for the other rules to mean anything", module)
          .isTrue();
    }
  }

  /**
   * The console is a WAR, whose classes are no classpath entry; they come from its attached {@code
   * classes} jar (admin/pom.xml). Without them the rules below would pass on nothing.
   */
  @Test
  void theConsoleIsImported() {
    assertThat(
            classes.stream().anyMatch(c -> c.getPackageName().startsWith("com.stockroom.admin.")))
        .as("admin's classes jar must be on the test classpath")
        .isTrue();
  }

  /** DESIGN.md: the console obeys the modules' rules because it can only call their api. */
  @Test
  void theConsoleUsesTheModulesOnlyThroughTheirApiPackages() {
    noClasses()
        .that()
        .resideInAPackage("com.stockroom.admin..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in a module outside its api package",
                (JavaClass target) ->
                    MODULES.stream()
                        .anyMatch(
                            module ->
                                target.getPackageName().startsWith("com.stockroom." + module + ".")
                                    && !target
                                        .getPackageName()
                                        .startsWith("com.stockroom." + module + ".api"))))
        .check(classes);
  }

  @Test
  void modulesUseEachOtherOnlyThroughTheirApiPackages() {
    for (String module : MODULES) {
      String prefix = "com.stockroom." + module + ".";
      noClasses()
          .that()
          .resideOutsideOfPackage("com.stockroom." + module + "..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "are in " + module + " outside its api package",
                  (JavaClass target) ->
                      target.getPackageName().startsWith(prefix)
                          && !target.getPackageName().startsWith(prefix + "api")))
          .check(classes);
    }
  }

  @Test
  void modulesDependOnlyAlongTheAllowedEdges() {
    for (String module : MODULES) {
      String[] forbidden =
          MODULES.stream()
              .filter(other -> !other.equals(module) && !ALLOWED.get(module).contains(other))
              .map(other -> "com.stockroom." + other + "..")
              .toArray(String[]::new);
      if (forbidden.length > 0) {
        noClasses()
            .that()
            .resideInAPackage("com.stockroom." + module + "..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(forbidden)
            .check(classes);
      }
    }
  }

  @Test
  void commonDependsOnNoModule() {
    noClasses()
        .that()
        .resideInAPackage("com.stockroom.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            MODULES.stream().map(module -> "com.stockroom." + module + "..").toArray(String[]::new))
        .check(classes);
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("com.stockroom.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void domainCodeKnowsNeitherHttpNorPersistence() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.persistence..",
            "org.hibernate..",
            "com.stockroom..persistence..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void apiPackagesCarryNoPersistence() {
    noClasses()
        .that()
        .resideInAPackage("com.stockroom.*.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.persistence..", "org.hibernate..", "com.stockroom..persistence..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void jsonPFactoriesComeFromTheSharedProvider() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.json.Json")
        .because("Json's static methods look the provider up on every call; use Jsonp")
        .check(classes);
  }
}
