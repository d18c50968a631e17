package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Per-call and total statistics equal torchinfo 1.8.0's formulas applied to the real PyTorch models
 * (testdata/summaries/, written by testdata/pytorch/torchinfo_stats.py), number for number: with
 * the recorded input, and with the symbolic {@code @Dims} input once its symbols ({@code N}, {@code
 * T}) are given the recorded values. A layer without children has torchinfo's own count; a
 * container ours, the sum of the layers called inside it.
 */
class TorchinfoStatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> statisticsEqualTorchinfo() throws Exception {
    Path root = Fixtures.root();
    Workspace ws = Fixtures.workspace(root.resolve("testdata/torchvision"));
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("testdata/summaries"))) {
      for (Path p : files.sorted().toList()) {
        JsonNode want = JSON.readTree(p.toFile());
        String cls = want.get("class").asText();
        String path = root.resolve("testdata/torchvision/" + cls + ".java").toString();
        long[] dims = new long[want.get("input").get(0).size()];
        for (int i = 0; i < dims.length; i++) {
          dims[i] = want.get("input").get(0).get(i).asLong();
        }
        AnalysisOptions opts = AnalysisOptions.DEFAULT.withClassName(cls).withEval(true);
        tests.add(
            DynamicTest.dynamicTest(
                cls + " " + Shape.of(dims),
                () -> check(want, model(ws, path, opts.withInput(Shape.of(dims))), Map.of())));
        tests.add(
            DynamicTest.dynamicTest(
                cls + " symbolic",
                () -> {
                  ModelResult m = model(ws, path, opts);
                  assertNotNull(m, "not analysed");
                  // The @Dims symbols (N, T) take the recorded input's values.
                  Map<String, Dim> symbols = new java.util.HashMap<>();
                  Shape declared = m.inputs().get(0);
                  for (int i = 0; i < declared.rank(); i++) {
                    for (String sym : declared.get(i).symbols()) {
                      symbols.put(sym, Dim.of(dims[i]));
                    }
                  }
                  check(want, m, symbols);
                }));
      }
    }
    return tests.stream();
  }

  private static void check(JsonNode want, ModelResult m, Map<String, Dim> symbols) {
    assertNotNull(m, "not analysed");
    assertEquals(List.of(), m.diagnostics(), "diagnostics");
    JsonNode layers = want.get("layers");
    assertEquals(layers.size(), m.trace().size(), "calls");
    for (int i = 0; i < layers.size(); i++) {
      JsonNode w = layers.get(i);
      TraceEntry e = m.trace().get(i);
      String at = i + " " + w.get("path").asText();
      assertEquals(w.get("path").asText(), e.path(), at);
      LayerStats s = e.stats();
      assertEquals(w.get("leaf").asBoolean(), s.leaf(), at + " leaf");
      assertEquals(w.get("recursive").asBoolean(), s.recursive(), at + " recursive");
      assertEquals(w.get("params").asLong(), value(e.params(), symbols), at + " params");
      assertEquals(
          w.get("trainableParams").asLong(),
          value(s.trainableParams(), symbols),
          at + " trainable");
      assertEquals(
          w.get("paramBytes").asLong(), value(s.paramBytes(), symbols), at + " param bytes");
      assertEquals(
          w.get("outputBytes").asLong(), value(s.outputBytes(), symbols), at + " output bytes");
      assertEquals(expectedMacs(layers, i), value(s.macs(), symbols), at + " mult-adds");
    }
    JsonNode t = want.get("total");
    ModelSummary s = m.summary();
    assertEquals(t.get("params").asLong(), value(s.params(), symbols), "Total params");
    assertEquals(
        t.get("trainableParams").asLong(), value(s.trainableParams(), symbols), "Trainable params");
    assertEquals(
        t.get("nonTrainableParams").asLong(),
        value(s.nonTrainableParams(), symbols),
        "Non-trainable");
    assertEquals(t.get("macs").asLong(), value(s.macs(), symbols), "Total mult-adds");
    assertEquals(t.get("inputBytes").asLong(), value(s.inputBytes(), symbols), "Input size");
    assertEquals(
        t.get("forwardBackwardBytes").asLong(),
        value(s.forwardBackwardBytes(), symbols),
        "Forward/backward");
    assertEquals(t.get("paramBytes").asLong(), value(s.paramBytes(), symbols), "Params size");
    assertEquals(
        t.get("inputBytes").asLong()
            + t.get("forwardBackwardBytes").asLong()
            + t.get("paramBytes").asLong(),
        value(s.totalBytes(), symbols),
        "Estimated Total Size");
  }

  /**
   * torchinfo's count for a layer without children; for a container, the sum of the layers without
   * children called inside it (after its previous call, before this one).
   */
  private static long expectedMacs(JsonNode layers, int i) {
    JsonNode w = layers.get(i);
    if (w.get("leaf").asBoolean()) {
      return w.get("macs").asLong();
    }
    String path = w.get("path").asText();
    int start = 0;
    for (int j = i - 1; j >= 0; j--) {
      if (layers.get(j).get("path").asText().equals(path)) {
        start = j + 1;
        break;
      }
    }
    long sum = 0;
    for (int j = start; j < i; j++) {
      JsonNode x = layers.get(j);
      String xp = x.get("path").asText();
      if (x.get("leaf").asBoolean() && (path.isEmpty() || xp.startsWith(path + "."))) {
        sum += x.get("macs").asLong();
      }
    }
    return sum;
  }

  private static long value(Dim d, Map<String, Dim> symbols) {
    assertNotNull(d, "unknown");
    return d.substitute(symbols).value();
  }

  private static ModelResult model(Workspace ws, String path, AnalysisOptions opts) {
    FileAnalysis a = Analyzer.analyzeFile(ws, path, opts);
    return a.models().isEmpty() ? null : a.models().get(0);
  }
}
