package dev.shapesense.analyzer.jvm;

import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.analyzer.jvm.Differential.Outcome;
import dev.shapesense.analyzer.jvm.ProgramGenerator.Program;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A survey, run on demand ({@code -Djvm.survey=<programs per idiom>}): for each idiom of {@link
 * ProgramGenerator} alone (with the always-on Linear/ReLU/Sequential stages), how many generated
 * programs the analyzer and the JVM disagree on, and the shortest such program. This is how {@link
 * GeneratedProgramsTest#AGREEING} is chosen.
 */
class IdiomSurveyTest {
  @Test
  @EnabledIfSystemProperty(named = "jvm.survey", matches = "\\d+")
  void surveyIdioms() throws Exception {
    int n = Integer.getInteger("jvm.survey");
    String only = System.getProperty("jvm.idioms");
    StringBuilder report = new StringBuilder("idiom survey, " + n + " programs each:\n");
    for (String idiom : ProgramGenerator.IDIOMS) {
      if (only != null && !only.isBlank() && !Set.of(only.split(",")).contains(idiom)) {
        continue;
      }
      int failing = 0;
      int using = 0;
      String shortest = null;
      Map<String, Integer> kinds = new LinkedHashMap<>();
      for (int start = 0; start < n; start += GeneratedProgramsTest.BATCH) {
        Map<String, Program> programs = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < GeneratedProgramsTest.BATCH && start + i < n; i++) {
          Program p =
              ProgramGenerator.generate(
                  1000L * idiom.hashCode() + start + i, String.valueOf(i), Set.of(idiom));
          programs.put(p.className(), p);
          sources.put(p.className() + ".java", p.source());
        }
        Path out = Files.createTempDirectory("survey");
        List<String> errors = JvmOracle.compileSources(sources, out);
        if (!errors.isEmpty()) {
          throw new AssertionError("javac: " + errors + "\n" + sources.values());
        }
        try (URLClassLoader loader = JvmOracle.load(out)) {
          Set<String> classes = JvmOracle.compiledClasses(out);
          for (Program p : programs.values()) {
            if (!p.idioms().contains(idiom)) {
              continue;
            }
            using++;
            String file = p.className() + ".java";
            Workspace ws = Workspace.of(List.of(new SourceFile(file, p.source())));
            Outcome o =
                Differential.compare(
                    p.className(),
                    ws,
                    Map.of(file, p.source()),
                    file,
                    p.className(),
                    loader,
                    classes);
            if (o != null && o.differences().isEmpty()) {
              continue;
            }
            failing++;
            List<String> ks = new ArrayList<>();
            if (o != null) {
              o.differences().forEach(d -> ks.add(d.kind()));
            }
            kinds.merge(String.join("+", ks), 1, Integer::sum);
            String text = p.source() + "// " + (o == null ? "not a model" : o.differences()) + "\n";
            if (shortest == null || text.length() < shortest.length()) {
              shortest = text;
            }
          }
        }
      }
      report.append(String.format("%-12s %3d/%-3d disagree %s%n", idiom, failing, using, kinds));
      if (shortest != null) {
        report.append(shortest.indent(4));
      }
    }
    System.out.println(report);
  }
}
