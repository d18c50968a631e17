package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The analyzer's trace equals PyTorch's forward-hook trace, module for module, with the exact
 * parameter count: for every correct testdata model (recorded by testdata/pytorch/trace.py) and for
 * every Java port of the oracle's whole-model traces (testdata/oracle/models-public.jsonl).
 */
class PyTorchTraceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Java class of each model source recorded in models-public.jsonl. */
  private static final Map<String, String> PORTS =
      Map.of(
          "seed_net", "Net",
          "torchvision.models.alexnet", "AlexNet",
          "torchvision.models.vgg11", "VGG",
          "torchvision.models.resnet18", "ResNet",
          "torchvision.models.mobilenet_v2", "MobileNetV2",
          "torchvision.models.vit_b_16", "VisionTransformer",
          "nets.mlp", "MlpSequential",
          "nets.LSTMTextClassifier", "LSTMTextClassifier",
          "nets.TinyTransformerClassifier", "TinyTransformerClassifier");

  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of(
          "BasicBlock", "Bottleneck", "ConvBNReLU", "DoubleConv", "InvertedResidualBlock");

  @TestFactory
  Stream<DynamicTest> testdataModelsTraceLikePyTorch() throws Exception {
    Path root = Fixtures.root();
    Workspace ws = Fixtures.workspace(root.resolve("testdata/models"));
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("testdata/traces"))) {
      for (Path p : files.sorted().toList()) {
        JsonNode want = JSON.readTree(p.toFile());
        String model = want.get("model").asText();
        tests.add(
            DynamicTest.dynamicTest(
                model,
                () -> {
                  Map<String, Dim> symbols = new HashMap<>();
                  want.path("symbols")
                      .fields()
                      .forEachRemaining(
                          e -> symbols.put(e.getKey(), Dim.of(e.getValue().asLong())));
                  String path = root.resolve("testdata/models/" + model + ".java").toString();
                  ModelResult m =
                      model(ws, path, AnalysisOptions.DEFAULT.withClassName(model).withEval(true));
                  if (BLOCKS.contains(model)) {
                    // Built with different arguments in different places, a block alone is
                    // analysed with symbolic arguments; its concrete calls are checked inside the
                    // traces of the models that build them.
                    assertNotNull(m, model + " was not analysed");
                    assertTrue(
                        m.params() == null || !m.params().symbols().isEmpty(),
                        model + " params " + m.params());
                    return;
                  }
                  assertNotNull(m, model + " was not analysed");
                  assertEquals(
                      want.get("params").asLong(),
                      m.params().substitute(symbols).value(),
                      "params");
                  assertEquals(
                      render(want.get("trace")), render(m.trace(), symbols), model + " trace");
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> oracleModelsTraceLikePyTorch() throws Exception {
    Path root = Fixtures.root();
    Workspace ws = Fixtures.workspace(root.resolve("testdata/torchvision"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("testdata/oracle/models-public.jsonl"))) {
      JsonNode want = JSON.readTree(line);
      String cls = PORTS.get(want.get("source").asText());
      tests.add(
          DynamicTest.dynamicTest(
              want.get("id").asText(),
              () -> {
                assertNotNull(cls, "no Java port for " + want.get("source"));
                List<Long> in = new ArrayList<>();
                want.get("input").forEach(x -> in.add(x.asLong()));
                Shape input = Shape.of(in.stream().mapToLong(Long::longValue).toArray());
                String path = root.resolve("testdata/torchvision/" + cls + ".java").toString();
                AnalysisOptions opts =
                    AnalysisOptions.DEFAULT.withClassName(cls).withInput(input).withEval(true);
                ModelResult m = model(ws, path, opts);
                assertNotNull(m, cls + " was not analysed");
                assertEquals(want.get("params").asLong(), m.params().value(), "params");
                List<String> expected = renderWithInputs(want.get("trace"));
                List<String> actual = renderWithInputs(m.trace(), want.get("trace"));
                if (cls.equals("MlpSequential")) {
                  // PyTorch's nets.mlp is a bare nn.Sequential; the port is a named subclass.
                  actual.set(
                      actual.size() - 1,
                      actual.get(actual.size() - 1).replace("MlpSequential", "Sequential"));
                }
                if (want.has("error")) {
                  assertEquals(
                      expected, actual.subList(0, expected.size()), "trace before the error");
                  TraceEntry failed = m.trace().get(expected.size());
                  assertEquals(want.get("error_path").asText(), failed.path());
                  assertEquals(want.get("error").asText(), failed.error());
                  assertTrue(m.hasErrors());
                } else {
                  assertEquals(expected, actual, cls + " trace");
                  assertTrue(!m.hasErrors(), () -> "unexpected errors: " + m.diagnostics());
                }
              }));
    }
    return tests.stream();
  }

  /**
   * Java ports of further torchvision models, one folder of classes each
   * (testdata/torchvision/&lt;model&gt;/), against PyTorch's traces recorded beside them by
   * testdata/pytorch/torchvision_traces.py: a valid input, and for some models an input where the
   * CPU run raises (the same error text at the same module, the modules before it as PyTorch ran
   * them).
   */
  @TestFactory
  Stream<DynamicTest> torchvisionPortsTraceLikePyTorch() throws Exception {
    Path root = Fixtures.root();
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> s = Files.list(root.resolve("testdata/torchvision"))) {
      folders = s.filter(d -> Files.isRegularFile(d.resolve("traces.jsonl"))).sorted().toList();
    }
    for (Path folder : folders) {
      Workspace ws = Fixtures.workspace(folder);
      for (String line : Files.readAllLines(folder.resolve("traces.jsonl"))) {
        JsonNode want = JSON.readTree(line);
        String cls = want.get("class").asText();
        tests.add(
            DynamicTest.dynamicTest(
                want.get("id").asText(),
                () -> {
                  List<Long> in = new ArrayList<>();
                  want.get("input").forEach(x -> in.add(x.asLong()));
                  Shape input = Shape.of(in.stream().mapToLong(Long::longValue).toArray());
                  String path = folder.resolve(cls + ".java").toString();
                  AnalysisOptions opts =
                      AnalysisOptions.DEFAULT.withClassName(cls).withInput(input).withEval(true);
                  ModelResult m = model(ws, path, opts);
                  assertNotNull(m, cls + " was not analysed");
                  assertEquals(want.get("params").asLong(), m.params().value(), "params");
                  List<String> expected = renderWithInputs(want.get("trace"));
                  List<String> actual = renderWithInputs(m.trace(), want.get("trace"));
                  if (want.has("error")) {
                    assertTrue(
                        actual.size() > expected.size(), () -> "no failing call after " + actual);
                    assertEquals(
                        expected, actual.subList(0, expected.size()), "trace before the error");
                    TraceEntry failed = m.trace().get(expected.size());
                    assertEquals(want.get("error_path").asText(), failed.path());
                    assertEquals(want.get("error_module_type").asText(), failed.type());
                    assertEquals(want.get("error").asText(), failed.error());
                    assertTrue(m.hasErrors());
                  } else {
                    assertEquals(
                        String.join("\n", expected), String.join("\n", actual), cls + " trace");
                    assertEquals(
                        want.get("output").toString(), json(m.output(), Map.of()), "output");
                    assertTrue(!m.hasErrors(), () -> "unexpected errors: " + m.diagnostics());
                  }
                }));
      }
    }
    return tests.stream();
  }

  /**
   * The unseen-model corpus (testdata/corpus/&lt;id&gt;/, well-known public models ported as their
   * originals are written) against PyTorch's traces of their twins (testdata/corpus/traces.jsonl,
   * by corpus/record.py): every module call with its input and output shapes, the parameter count
   * and the output, no error. Models with several inputs (ddpm_unet, pygcn, seq2seq_attention,
   * siamese) are compared through the JVM differential test instead, whose runs of the same Java
   * equal PyTorch's (corpus/README.md).
   */
  @TestFactory
  Stream<DynamicTest> corpusTracesLikePyTorch() throws Exception {
    Path root = Fixtures.root().resolve("testdata/corpus");
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("traces.jsonl"))) {
      JsonNode want = JSON.readTree(line);
      if (want.get("input").get(0).isArray()) {
        continue;
      }
      String id = want.get("id").asText();
      String cls = want.get("class").asText();
      Path folder = root.resolve(id.startsWith("dcgan_") ? "dcgan" : id);
      tests.add(
          DynamicTest.dynamicTest(
              id,
              () -> {
                Workspace ws = Fixtures.workspace(folder);
                List<Long> in = new ArrayList<>();
                want.get("input").forEach(x -> in.add(x.asLong()));
                Shape input = Shape.of(in.stream().mapToLong(Long::longValue).toArray());
                AnalysisOptions opts =
                    AnalysisOptions.DEFAULT
                        .withClassName(cls)
                        .withInput(input)
                        .withEval(want.get("mode").asText().equals("eval"));
                ModelResult m = model(ws, folder.resolve(cls + ".java").toString(), opts);
                assertNotNull(m, cls + " was not analysed");
                assertEquals(want.get("params").asLong(), m.params().value(), "params");
                List<String> expected = renderWithInputs(want.get("trace"));
                List<String> actual = renderWithLeadingInputs(m.trace(), want.get("trace"));
                assertEquals(
                    String.join("\n", expected), String.join("\n", actual), cls + " trace");
                assertTrue(!m.hasErrors(), () -> "unexpected errors: " + m.diagnostics());
              }));
    }
    return tests.stream();
  }

  /**
   * Entries with as many leading inputs as PyTorch's hook saw: the twins pass masks and position
   * biases by keyword (Whisper's, T5's attention), which hooks do not see; Java passes them
   * positionally.
   */
  private static List<String> renderWithLeadingInputs(List<TraceEntry> trace, JsonNode want) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < trace.size(); i++) {
      TraceEntry e = trace.get(i);
      int seen = i < want.size() ? want.get(i).get("inputs").size() : e.inputs().size();
      String in =
          seen == 0
              ? "(by keyword)"
              : json(e.inputs().subList(0, Math.min(seen, e.inputs().size())), Map.of());
      out.add(e.path() + " " + e.type() + " " + in + " -> " + json(e.output(), Map.of()));
    }
    return out;
  }

  /**
   * Entries with their inputs. PyTorch's hooks see only positional arguments: where a model passed
   * all of them by keyword (torchvision's attention) the recorded inputs are empty, and the
   * comparison of that entry's inputs is left out on both sides.
   */
  private static List<String> renderWithInputs(JsonNode trace) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : trace) {
      String in = e.get("inputs").isEmpty() ? "(by keyword)" : e.get("inputs").toString();
      out.add(
          e.get("path").asText()
              + " "
              + e.get("type").asText()
              + " "
              + in
              + " -> "
              + e.get("output"));
    }
    return out;
  }

  private static List<String> renderWithInputs(List<TraceEntry> trace, JsonNode want) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < trace.size(); i++) {
      TraceEntry e = trace.get(i);
      boolean byKeyword = i < want.size() && want.get(i).get("inputs").isEmpty();
      String in = byKeyword ? "(by keyword)" : json(e.inputs(), Map.of());
      out.add(e.path() + " " + e.type() + " " + in + " -> " + json(e.output(), Map.of()));
    }
    return out;
  }

  private static ModelResult model(Workspace ws, String path, AnalysisOptions opts) {
    FileAnalysis a = Analyzer.analyzeFile(ws, path, opts);
    return a.models().isEmpty() ? null : a.models().get(0);
  }

  private static List<String> render(JsonNode trace) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : trace) {
      out.add(e.get("path").asText() + " " + e.get("type").asText() + " " + e.get("output"));
    }
    return out;
  }

  private static List<String> render(List<TraceEntry> trace, Map<String, Dim> symbols) {
    List<String> out = new ArrayList<>();
    for (TraceEntry e : trace) {
      out.add(e.path() + " " + e.type() + " " + json(e.output(), symbols));
    }
    return out;
  }

  private static String json(Object o, Map<String, Dim> symbols) {
    if (o instanceof Shape s) {
      List<String> dims = new ArrayList<>();
      for (Dim d : s.substitute(symbols)) {
        dims.add(d.isConst() ? String.valueOf(d.value()) : "\"" + d + "\"");
      }
      return "[" + String.join(",", dims) + "]";
    }
    if (o instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(json(x, symbols)));
      return "[" + String.join(",", parts) + "]";
    }
    return "null";
  }
}
