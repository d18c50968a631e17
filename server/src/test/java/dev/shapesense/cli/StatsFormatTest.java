package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.ModelSummary;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The footer of {@code trace --stats} prints what torchinfo 1.8.0 prints for the same model. */
class StatsFormatTest {

  @TestFactory
  Stream<DynamicTest> footerEqualsTorchinfos() throws Exception {
    Path root = Root.path();
    List<SourceFile> sources = new ArrayList<>();
    try (Stream<Path> java = Files.list(root.resolve("testdata/torchvision"))) {
      for (Path p : java.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.add(new SourceFile(p.toString(), Files.readString(p)));
      }
    }
    Workspace ws = Workspace.of(sources);
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("testdata/summaries"))) {
      for (Path p : files.sorted().toList()) {
        JsonNode want = Json.MAPPER.readTree(p.toFile());
        String cls = want.get("class").asText();
        tests.add(
            DynamicTest.dynamicTest(
                cls,
                () -> {
                  List<Long> dims = new ArrayList<>();
                  want.get("input").get(0).forEach(d -> dims.add(d.asLong()));
                  AnalysisOptions opts =
                      AnalysisOptions.DEFAULT
                          .withClassName(cls)
                          .withInput(Shape.of(dims.stream().mapToLong(Long::longValue).toArray()));
                  String path = root.resolve("testdata/torchvision/" + cls + ".java").toString();
                  ModelResult m = Analyzer.analyzeFile(ws, path, opts).models().get(0);
                  List<String> footer = new ArrayList<>();
                  want.get("footer").forEach(l -> footer.add(l.asText()));
                  assertEquals(footer, StatsFormat.footer(m.summary()));
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void symbolicCountsAndSizesArePrintedExactly() {
    Dim n = Dim.sym("N");
    assertEquals("357,504 * N", StatsFormat.count(n.times(357504)));
    assertEquals("64,432 * N + 248,024", StatsFormat.count(n.times(64432).plus(248024)));
    assertEquals("18,816 * N B", StatsFormat.bytes(n.times(18816)));
    assertEquals("?", StatsFormat.count(null));
    ModelSummary s =
        new ModelSummary(
            Dim.of(62006),
            Dim.of(62006),
            n.times(658238),
            n.times(12288),
            n.times(52144),
            Dim.of(248024),
            n.times(64432).plus(248024));
    assertEquals(
        List.of(
            "Total params: 62,006",
            "Trainable params: 62,006",
            "Non-trainable params: 0",
            "Total mult-adds: 658,238 * N",
            "Input size (bytes): 12,288 * N",
            "Forward/backward pass size (bytes): 52,144 * N",
            "Params size (MB): 0.25",
            "Estimated Total Size (bytes): 64,432 * N + 248,024"),
        StatsFormat.footer(s));
  }
}
