package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users run it: the real jar in its own process. */
class CliIT {

  @Test
  void traceOfTheSeedNetPrintsTheTable() throws Exception {
    Cli.Result r = Cli.run("trace", "testdata/models/Net.java");
    assertEquals(0, r.exit(), r.err());
    Snapshots.assertMatches("trace-net.txt", r.out());
  }

  @Test
  void theLauncherTracesTheSeedNetBeforeAndAfterWritingItsArchive(@TempDir Path saved)
      throws Exception {
    // The build wrote the class-data archive of a server session; the launcher maps it. Without
    // one, a run writes it at exit and later runs map that. Every run prints nothing but the table.
    Path jsa = Root.path().resolve("server/target/shapesense.jsa");
    Path stamp = Root.path().resolve("server/target/shapesense.jsa.java");
    boolean built = Files.exists(jsa) && Files.exists(stamp);
    if (built) {
      Files.copy(jsa, saved.resolve("shapesense.jsa"));
      Files.copy(stamp, saved.resolve("shapesense.jsa.java"));
      Cli.Result r = Cli.runLauncher("trace", "testdata/models/Net.java");
      assertEquals(0, r.exit(), r.err());
      assertEquals("", r.err());
      Snapshots.assertMatches("trace-net.txt", r.out());
    }
    try {
      Files.deleteIfExists(jsa);
      for (int run = 1; run <= 2; run++) {
        Cli.Result r = Cli.runLauncher("trace", "testdata/models/Net.java");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        Snapshots.assertMatches("trace-net.txt", r.out());
      }
      assertTrue(Files.size(jsa) > 0);
    } finally {
      if (built) {
        Files.copy(
            saved.resolve("shapesense.jsa"),
            jsa,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
            saved.resolve("shapesense.jsa.java"),
            stamp,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void traceWithAConcreteInputAndJsonLines() throws Exception {
    Cli.Result r =
        Cli.run(
            "trace", "--format", "json", "--input", "1024, 3, 32, 32", "testdata/models/Net.java");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(1, lines.size());
    JsonNode m = Json.MAPPER.readTree(lines.get(0));
    assertEquals("Net", m.get("class").asText());
    assertEquals("[[1024,3,32,32]]", m.get("input").toString());
    assertEquals("[1024,10]", m.get("output").toString());
    assertEquals(62006, m.get("params").asLong());
    assertEquals(8, m.get("trace").size());
    assertEquals(
        "{\"path\":\"conv1\",\"type\":\"Conv2d\",\"line\":14,\"inputs\":[[1024,3,32,32]],\"output\":[1024,6,28,28],"
            + "\"params\":456,\"trainableParams\":456,\"macs\":366084096,\"outputBytes\":19267584,\"paramBytes\":1824,\"leaf\":true}",
        m.get("trace").get(0).toString());
    assertEquals("", m.get("trace").get(7).get("path").asText());
    assertEquals(
        "{\"params\":62006,\"trainableParams\":62006,\"nonTrainableParams\":0,\"macs\":674035712,"
            + "\"inputBytes\":12582912,\"forwardBackwardBytes\":53395456,\"paramBytes\":248024,\"totalBytes\":66226392}",
        m.get("summary").toString());
  }

  @Test
  void traceStatsPrintsTorchinfosColumnsAndFooter() throws Exception {
    Cli.Result r =
        Cli.run(
            "trace", "--stats", "testdata/models/Net.java", "testdata/models/HandAttention.java");
    assertEquals(0, r.exit(), r.err());
    Snapshots.assertMatches("trace-stats.txt", r.out());
  }

  @Test
  void traceStatsOfTorchvisionsResNet18EqualsTorchinfosFooter() throws Exception {
    Cli.Result r =
        Cli.run(
            "trace",
            "--stats",
            "--input",
            "2, 3, 224, 224",
            "--class",
            "ResNet",
            "testdata/torchvision/ResNet.java",
            "testdata/torchvision/BasicBlock.java");
    assertEquals(0, r.exit(), r.err());
    JsonNode want =
        Json.MAPPER.readTree(Root.path().resolve("testdata/summaries/ResNet.json").toFile());
    List<String> footer = new java.util.ArrayList<>();
    want.get("footer").forEach(l -> footer.add(l.asText()));
    List<String> lines = r.out().lines().toList();
    assertEquals(footer, lines.subList(lines.size() - footer.size(), lines.size()), r.out());
    assertTrue(
        r.out()
            .contains(
                "  conv1                  Conv2d             [2, 3, 224, 224]   [2, 64, 112, 112]       9,408       9,408"
                    + "    236,027,904     6,422,528\n"),
        r.out());
  }

  @Test
  void aFailingInputExitsOneWithPyTorchsMessage() throws Exception {
    Cli.Result r = Cli.run("trace", "--input", "1024, 3, 28, 28", "testdata/models/Net.java");
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "testdata/models/Net.java:22:20: error: mat1 and mat2 shapes cannot be multiplied (1024x256 and 400x120)"),
        r.out());
  }

  @Test
  void symbolsInADeclaredShapeStandForEverySize() throws Exception {
    // The seed Net at every size: its exact domain under the input line, in text and JSON.
    Cli.Result t = Cli.run("trace", "testdata/symbolic/SeedNetAnySize.java");
    assertEquals(0, t.exit(), t.err());
    assertTrue(
        t.out()
            .startsWith(
                "SeedNetAnySize (testdata/symbolic/SeedNetAnySize.java)\nInput: [N, 3, H, W]\nValid for:"
                    + " 16 <= H <= 19 and 112 <= W <= 115, or 32 <= H <= 35 and 32 <= W <= 35, or"
                    + " 112 <= H <= 115 and 16 <= W <= 19\n"),
        t.out());
    // An --input outside the declared domain says so before the first failing layer.
    Cli.Result out =
        Cli.run("trace", "--input", "2, 3, 28, 28", "testdata/symbolic/SeedNetAnySize.java");
    assertEquals(1, out.exit(), out.err());
    assertTrue(
        out.out()
            .startsWith(
                "SeedNetAnySize (testdata/symbolic/SeedNetAnySize.java)\nInput: [2, 3, 28, 28]\nValid for:"
                    + " 16 <= H <= 19 and 112 <= W <= 115, or 32 <= H <= 35 and 32 <= W <= 35, or"
                    + " 112 <= H <= 115 and 16 <= W <= 19 (the input is outside it: N = 2, H = 28, W = 28)\n"),
        out.out());
    Cli.Result j = Cli.run("trace", "--format", "json", "testdata/symbolic/GuardedPositions.java");
    assertEquals("T <= 64", Json.MAPPER.readTree(j.out()).get("valid").asText(), j.out());
    // A check that holds for some sizes only is a warning (exit 0); one no size meets, an error.
    Cli.Result c =
        Cli.run("check", "testdata/symbolic/QuarterView.java", "testdata/symbolic/NeverFits.java");
    assertEquals(1, c.exit(), c.err());
    assertEquals(
        "testdata/symbolic/NeverFits.java:10:16: error: needs 3 * H * H == 1000, which no declared"
            + " size satisfies; for H = 2: mat1 and mat2 shapes cannot be multiplied (2x12 and"
            + " 1000x10) [shape/linear-in-features]\n"
            + "testdata/symbolic/QuarterView.java:8:16: warning: needs N % 4 == 0; for N = 2: shape"
            + " '[-1, 256, 8, 8]' is invalid for input of size 8192 [shape/value-dependent]\n",
        c.out());
  }

  @Test
  void serverSelfTestRunsAnEditorSessionInProcessAndExitsZero() throws Exception {
    Cli.Result r = Cli.run("server", "--self-test");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals(
        "shapesense: self-test passed (initialize, diagnostics, 4 inlay hints, hover, shutdown)\n",
        r.out());
  }

  @Test
  void checkOfEveryTorchvisionPortTogetherFindsNoError() throws Exception {
    // 15 ports in their own folders, several with classes of one name (MLP, SqueezeExcitation,
    // Conv2dNormActivation...): each model must use its own folder's class.
    Cli.Result r = Cli.run("check", "testdata/torchvision", "testdata/models/MLP.java");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().lines().noneMatch(l -> l.contains(": error: ")), r.out());
  }

  @Test
  void checkReportsCompilerStyleAndExitsOne() throws Exception {
    Cli.Result r = Cli.run("check", "testdata/models/BuggyNet.java");
    assertEquals(1, r.exit(), r.err());
    assertEquals(
        "testdata/models/BuggyNet.java:23:20: error: mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120) [shape/linear-in-features]\n",
        r.out());
  }

  @Test
  void checkReportsAnErrorOfAPositionalTupleFormInPyTorchsWords() throws Exception {
    // F.maxPool2d(x, new int[] {4, 2}, 1, new int[] {3, 1}): kernel, stride, padding positional.
    Cli.Result bad = Cli.run("check", "testdata/models/PositionalPoolBug.java");
    assertEquals(1, bad.exit(), bad.err());
    assertEquals(
        "testdata/models/PositionalPoolBug.java:16:13: error: pad should be at most half of kernel size, but got pad=3 and kernel_size=4 [shape/op]\n",
        bad.out());
    // The same forms, valid, chained: the model's output as PyTorch computes it.
    Cli.Result ok = Cli.run("trace", "--format", "json", "testdata/models/PositionalPoolNet.java");
    assertEquals(0, ok.exit(), ok.err());
    JsonNode m = Json.MAPPER.readTree(ok.out().lines().findFirst().orElseThrow());
    assertEquals("[\"N\",8,5,7]", m.get("output").toString());
  }

  @Test
  void checkOfCleanModelsExitsZero() throws Exception {
    Cli.Result r = Cli.run("check", "testdata/models/Net.java", "testdata/models/LeNet5.java");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
  }

  @Test
  void checkJsonAndSarifAreWellFormed() throws Exception {
    Cli.Result json = Cli.run("check", "--format", "json", "testdata/models/BuggyView.java");
    assertEquals(1, json.exit());
    JsonNode d = Json.MAPPER.readTree(json.out()).get("files").get(0).get("diagnostics").get(0);
    assertEquals("shape/view-size", d.get("code").asText());
    assertEquals(19, d.get("line").asInt());
    assertEquals(13, d.get("column").asInt());
    Cli.Result sarif = Cli.run("check", "--format", "sarif", "testdata/models/BuggyView.java");
    JsonNode s = Json.MAPPER.readTree(sarif.out());
    assertEquals("2.1.0", s.get("version").asText());
    JsonNode result = s.get("runs").get(0).get("results").get(0);
    assertEquals("shape/view-size", result.get("ruleId").asText());
    assertEquals("error", result.get("level").asText());
    assertEquals(19, result.at("/locations/0/physicalLocation/region/startLine").asInt());
  }

  @Test
  void versionIsTheBuildsVersion() throws Exception {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exit(), r.err());
    assertEquals("shapesense " + System.getProperty("shapesense.version") + "\n", r.out());
  }

  @Test
  void serverOptionsTheServerDoesNotReadItselfGoToPicocli() throws Exception {
    // `server` and its own options start the server without picocli; anything else is picocli's,
    // which explains the mistake and exits 2, as before.
    Cli.Result bad = Cli.run("server", "--clientProcessId", "x");
    assertEquals(2, bad.exit());
    assertTrue(
        bad.err().contains("Invalid value for option '--clientProcessId': 'x' is not a long"),
        bad.err());
    Cli.Result unknown = Cli.run("server", "--frobnicate");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.err());
    assertTrue(
        unknown
            .err()
            .contains("Usage: shapesense server [--self-test] [--stdio] [--clientProcessId=PID]"),
        unknown.err());
  }

  @Test
  void badUsageExitsTwo() throws Exception {
    assertEquals(2, Cli.run("check", "no/such/file.java").exit());
    assertEquals(2, Cli.run("trace", "--input", "3, (", "testdata/models/Net.java").exit());
    assertEquals(2, Cli.run("frobnicate").exit());
    assertEquals(2, Cli.run("trace", "--class", "NoSuchModel", "testdata/models/Net.java").exit());
  }

  @Test
  void anInputNoTensorCanHaveIsBadUsage() throws Exception {
    Cli.Result negative = Cli.run("trace", "--input", "-5, 3, 32, 32", "testdata/models/Net.java");
    assertEquals(2, negative.exit());
    assertEquals(
        "shapesense: --input: Trying to create tensor with negative dimension -5: [-5, 3, 32, 32]\n",
        negative.err());
    Cli.Result huge =
        Cli.run(
            "trace",
            "--input",
            "9223372036854775807, 3, 1073741824, 1073741824",
            "testdata/models/Net.java");
    assertEquals(2, huge.exit());
    assertEquals(
        "shapesense: --input: Storage size calculation overflowed with sizes=[9223372036854775807, 3,"
            + " 1073741824, 1073741824]\n",
        huge.err());
  }

  @Test
  void malformedJavaGivesAWarningNotACrash(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("Half.java");
    Files.writeString(
        f,
        "import dev.shapesense.nn.*;\npublic class Half extends Module {\n  private final Linear fc = new Linear(4, 2);\n  public Tensor forward(Tensor x) {\n    return fc.forward(x\n");
    Cli.Result r = Cli.run("check", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("warning:"), r.out());
    assertTrue(r.out().contains("[java/syntax]"), r.out());
  }

  @Test
  void aThousandFilesInOneRun(@TempDir Path dir) throws Exception {
    String net = Files.readString(Root.path().resolve("testdata/models/Net.java"));
    for (int i = 0; i < 1000; i++) {
      Files.writeString(
          dir.resolve("Net" + i + ".java"), net.replace("class Net ", "class Net" + i + " "));
    }
    Cli.Result r = Cli.run("trace", "--format", "json", dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1000, r.out().lines().count());
  }

  @Test
  void aThousandNestedCallsParseAndTrace() throws Exception {
    Cli.Result r = Cli.run("trace", "testdata/deep/DeepRelu.java", "testdata/deep/DeepChain.java");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("  (model)  DeepRelu  [N, 4]             36\n"), r.out());
    assertTrue(r.out().contains("  (model)  DeepChain  [N, 4]             36\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void stridesGuessedInputsAndRecordOutputsAsTheCommandLineShowsThem() throws Exception {
    Cli.Result c =
        Cli.run(
            "check",
            "testdata/models/BuggyTransposeView.java",
            "testdata/models/UnfitGuessNet.java");
    assertEquals(1, c.exit(), c.err());
    assertEquals(
        "testdata/models/BuggyTransposeView.java:31:13: error: view size is not compatible with input tensor's"
            + " size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...)"
            + " instead. [shape/view-size]\n"
            + "testdata/models/UnfitGuessNet.java:14:27: info: the shape of 'x' was guessed as [N, 16] from the"
            + " first layer it goes through, and forward does not accept it (mat1 and mat2 shapes cannot be"
            + " multiplied (Nx16 and 32x8)): declare it with @Dims(\"N, ...\") to check this model"
            + " [analysis/no-input-shape]\n",
        c.out());
    Cli.Result t = Cli.run("trace", "--format", "json", "testdata/models/RecordOutputVAE.java");
    assertEquals(0, t.exit(), t.err());
    assertEquals(
        "[[\"N\",784],[\"N\",20],[\"N\",20]]",
        Json.MAPPER.readTree(t.out()).get("output").toString());
  }
}
