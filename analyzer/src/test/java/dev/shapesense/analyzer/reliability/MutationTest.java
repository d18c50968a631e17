package dev.shapesense.analyzer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.analyzer.Workspace;
import dev.shapesense.analyzer.reliability.Mutants.Mutant;
import dev.shapesense.analyzer.reliability.Mutants.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation testing against PyTorch: every one-site size mutant of the correct testdata models
 * ({@code testdata/mutants/mutants.json}) gets ShapeSense's verdict, which must be PyTorch's: the
 * same error message at the call of the module PyTorch names, or no error at all. A mutant listed
 * in {@code known-mutation-differences.tsv} (with the reason) must still differ, and every
 * difference must be listed. Recall and precision go to {@code target/mutation-report.txt}.
 */
class MutationTest {
  private static final String KNOWN = "testdata/mutants/known-mutation-differences.tsv";
  private static final List<Outcome> OUTCOMES = new ArrayList<>();

  @BeforeAll
  static void judgeAll() throws IOException {
    Workspace base = Workspace.of(Corpus.folder("testdata/models"));
    for (Mutant m : Mutants.load()) {
      OUTCOMES.add(Mutants.judge(base, m));
    }
    Files.writeString(Path.of("target", "mutation-report.txt"), report());
    System.out.println(summary());
  }

  private static Map<String, String> known() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Corpus.read(KNOWN).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      assertEquals(2, cols.length, "id<TAB>reason expected: " + line);
      out.put(cols[0], cols[1]);
    }
    return out;
  }

  @Test
  void everyMutantIsJudgedAsPyTorchJudgesItOrIsAListedDifference() throws IOException {
    Map<String, String> known = known();
    Map<String, String> unexpected = new TreeMap<>();
    for (Outcome o : OUTCOMES) {
      if (!o.agrees() && !known.containsKey(o.mutant().id())) {
        unexpected.put(
            o.mutant().id(),
            o.detail()
                + (o.mutant().rejected()
                    ? " (PyTorch: " + o.mutant().error() + ")"
                    : " (PyTorch: ok)"));
      }
    }
    assertEquals(Map.of(), unexpected, "differences from PyTorch not in " + KNOWN);
  }

  @Test
  void everyListedDifferenceStillDiffers() throws IOException {
    Map<String, Boolean> agrees = new LinkedHashMap<>();
    OUTCOMES.forEach(o -> agrees.put(o.mutant().id(), o.agrees()));
    List<String> stale = new ArrayList<>();
    for (String id : known().keySet()) {
      if (!agrees.containsKey(id) || agrees.get(id)) {
        stale.add(id);
      }
    }
    assertEquals(
        List.of(), stale, "listed in " + KNOWN + " but no longer a difference: remove them");
  }

  @Test
  void theMutantsCoverEveryKindOfSizeMutationAndBothVerdicts() {
    List<String> kinds =
        List.of(
            "Linear",
            "Conv1d",
            "Conv2d",
            "ConvTranspose2d",
            "LSTM",
            "GRU",
            "view",
            "reshape",
            "flatten");
    for (String k : kinds) {
      assertTrue(
          OUTCOMES.stream().anyMatch(o -> o.mutant().id().contains(": " + k + " #")),
          "no " + k + " mutant");
    }
    assertTrue(OUTCOMES.stream().filter(o -> o.mutant().rejected()).count() > 300, summary());
    assertTrue(OUTCOMES.stream().filter(o -> !o.mutant().rejected()).count() > 50, summary());
  }

  static String summary() {
    long rejected = OUTCOMES.stream().filter(o -> o.mutant().rejected()).count();
    long found = OUTCOMES.stream().filter(o -> o.mutant().rejected() && o.agrees()).count();
    long flagged = OUTCOMES.stream().filter(Outcome::flagged).count();
    long truePositive = OUTCOMES.stream().filter(o -> o.flagged() && o.mutant().rejected()).count();
    return String.format(
        "mutants: %d, rejected by PyTorch: %d; recall %d/%d = %.1f%% (same message, same layer); precision %d/%d = %.1f%%",
        OUTCOMES.size(),
        rejected,
        found,
        rejected,
        100.0 * found / Math.max(1, rejected),
        truePositive,
        flagged,
        100.0 * truePositive / Math.max(1, flagged));
  }

  private static String report() {
    StringBuilder sb = new StringBuilder(summary()).append("\n\n");
    for (Outcome o : OUTCOMES) {
      if (!o.agrees()) {
        sb.append(o.mutant().id())
            .append('\t')
            .append(o.detail())
            .append("\tPyTorch: ")
            .append(
                o.mutant().rejected()
                    ? o.mutant().error()
                        + " at '"
                        + o.mutant().pytorch().path("path").asText()
                        + "'"
                    : "ok")
            .append('\n');
      }
    }
    return sb.toString();
  }
}
