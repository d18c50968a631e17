package dev.shapesense.analyzer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random damage to every testdata model (truncation, deletion, a duplicated line, swapped tokens):
 * the analyzer never throws, never swallows an internal error, keeps every range inside the text,
 * answers within its time budget, and stops at its step budget whatever the budget.
 */
class SourceFuzzTest {
  @AfterContainer
  static void figures() {
    System.out.println(Checked.figuresOfClass());
  }

  private static final List<SourceFile> CORPUS = Corpus.all();
  private static final Map<String, Workspace> WORKSPACES = new HashMap<>();
  private static final Pattern TOKEN =
      Pattern.compile("[A-Za-z_][A-Za-z_0-9]*|[0-9]+[Ll]?|\"[^\"\\n]*\"|[^\\s]");

  static {
    for (String f : Corpus.FOLDERS) {
      WORKSPACES.put(f, Workspace.of(Corpus.folder(f)));
    }
  }

  enum Kind {
    TRUNCATE,
    DELETE,
    DUPLICATE_LINE,
    SWAP_ADJACENT_TOKENS,
    SWAP_ANY_TOKENS
  }

  /** One damaged file: which file, how, and where (positions are taken modulo the text's size). */
  record Damage(int file, Kind kind, int a, int b) {
    SourceFile source() {
      return CORPUS.get(file % CORPUS.size());
    }

    String apply() {
      String t = source().text();
      switch (kind) {
        case TRUNCATE:
          return t.substring(0, a % (t.length() + 1));
        case DELETE:
          {
            int s = a % (t.length() + 1);
            int e = Math.min(t.length(), s + 1 + b % 120);
            return t.substring(0, s) + t.substring(e);
          }
        case DUPLICATE_LINE:
          {
            String[] lines = t.split("\n", -1);
            int i = a % lines.length;
            List<String> out = new ArrayList<>(List.of(lines));
            out.add(i, lines[i]);
            return String.join("\n", out);
          }
        default:
          {
            List<int[]> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(t);
            while (m.find()) {
              tokens.add(new int[] {m.start(), m.end()});
            }
            if (tokens.size() < 2) {
              return t;
            }
            int i = a % (tokens.size() - 1);
            int j = kind == Kind.SWAP_ADJACENT_TOKENS ? i + 1 : b % tokens.size();
            if (i == j) {
              return t;
            }
            int[] x = tokens.get(Math.min(i, j));
            int[] y = tokens.get(Math.max(i, j));
            return t.substring(0, x[0])
                + t.substring(y[0], y[1])
                + t.substring(x[1], y[0])
                + t.substring(x[0], x[1])
                + t.substring(y[1]);
          }
      }
    }

    @Override
    public String toString() {
      return kind + " of " + source().path() + " at " + a + "/" + b;
    }
  }

  @Provide
  Arbitrary<Damage> damage() {
    Arbitrary<Integer> pos = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    return Combinators.combine(
            Arbitraries.integers().between(0, CORPUS.size() - 1),
            Arbitraries.of(Kind.class),
            pos,
            pos)
        .as(Damage::new);
  }

  private static Workspace workspaceWith(SourceFile damaged) {
    String folder = damaged.path().substring(0, damaged.path().lastIndexOf('/'));
    return WORKSPACES.get(folder).with(damaged);
  }

  @Property(shrinking = net.jqwik.api.ShrinkingMode.OFF)
  @FuzzCount.Share(60)
  void damagedModelsNeverBreakTheAnalyzer(
      @ForAll("damage") Damage d, @ForAll("budgets") int budget) {
    SourceFile damaged = new SourceFile(d.source().path(), d.apply());
    Workspace ws = workspaceWith(damaged);
    FileAnalysis full = Checked.analyze(ws, damaged.path(), AnalysisOptions.DEFAULT, d.toString());
    // The file that builds the damaged one (BasicBlock in ResNet18...) is analysed too.
    for (SourceFile other :
        Corpus.folder(damaged.path().substring(0, damaged.path().lastIndexOf('/')))) {
      String cls =
          damaged.path().substring(damaged.path().lastIndexOf('/') + 1).replace(".java", "");
      if (!other.path().equals(damaged.path()) && other.text().contains("new " + cls + "(")) {
        Checked.analyze(
            ws, other.path(), AnalysisOptions.DEFAULT, d + " (seen from " + other.path() + ")");
        break;
      }
    }
    FileAnalysis small =
        Checked.analyze(
            ws,
            damaged.path(),
            AnalysisOptions.DEFAULT.withStepBudget(budget),
            d + " with budget " + budget);
    assertBudgetHonoured(full, small, budget, d.toString());
  }

  @Provide
  Arbitrary<Integer> budgets() {
    return Arbitraries.integers().between(1, 3000);
  }

  /**
   * With a budget of {@code budget} steps the analysis either stops with the step-budget notice
   * that names that budget, or it needed no more: then it says exactly what the full analysis says.
   */
  static void assertBudgetHonoured(FileAnalysis full, FileAnalysis small, int budget, String what) {
    List<Diagnostic> stops =
        small.diagnostics().stream().filter(x -> x.code().equals("analysis/step-budget")).toList();
    for (Diagnostic s : stops) {
      assertTrue(
          s.message()
                  .equals(
                      "analysis stopped here after "
                          + budget
                          + " steps: shapes from here on are not shown")
              || (s.message().startsWith("analysis of ")
                  && s.message()
                      .endsWith(
                          ", which uses this file's classes, stopped after "
                              + budget
                              + " steps: shapes here may be incomplete")),
          what + ": " + s.message());
    }
    // A full analysis that met its deadline (2 s: a loaded machine) said less than it could.
    boolean fullTimedOut =
        full.diagnostics().stream()
            .anyMatch(x -> x.code().equals("analysis/step-budget") && x.message().contains(" s: "));
    if (stops.isEmpty() && !fullTimedOut) {
      assertEquals(
          full.diagnostics(), small.diagnostics(), what + ": finished within budget " + budget);
      assertEquals(full.hints(), small.hints(), what + ": finished within budget " + budget);
    }
  }

  @Example
  void everyUndamagedModelFinishesWellWithinTheDefaultBudget() {
    for (SourceFile f : CORPUS) {
      Workspace ws = WORKSPACES.get(f.path().substring(0, f.path().lastIndexOf('/')));
      FileAnalysis a = Checked.analyze(ws, f.path(), AnalysisOptions.DEFAULT, f.path());
      assertTrue(
          a.diagnostics().stream().noneMatch(x -> x.code().equals("analysis/step-budget")),
          f.path() + ": " + a.diagnostics());
    }
  }
}
