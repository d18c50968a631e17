package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's shapesense.json, found from the working directory, as the real jar reads it. */
class ConfigIT {

  private static void copy(Path dir, String model) throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(
        dir.resolve("src/" + model),
        Files.readString(Root.path().resolve("testdata/models/" + model)));
  }

  @Test
  void severityOffSilencesACode(@TempDir Path dir) throws Exception {
    copy(dir, "BuggyNet.java");
    assertEquals(1, Cli.runIn(dir, "check", "src").exit());
    Files.writeString(
        dir.resolve("shapesense.json"), "{\"severity\": {\"shape/linear-in-features\": \"off\"}}");
    Cli.Result r = Cli.runIn(dir, "check", "src");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
    Files.writeString(
        dir.resolve("shapesense.json"),
        "{\"severity\": {\"shape/linear-in-features\": \"warning\"}}");
    Cli.Result w = Cli.runIn(dir, "check", "src");
    assertEquals(0, w.exit());
    assertTrue(w.out().startsWith("src/BuggyNet.java:23:20: warning: mat1 and mat2"), w.out());
  }

  @Test
  void inputsGiveShapesToModelsWithoutDims(@TempDir Path dir) throws Exception {
    copy(dir, "InferredNet.java");
    Files.writeString(
        dir.resolve("shapesense.json"), "{\"inputs\": {\"InferredNet\": \"B, 3, 32, 32\"}}");
    Cli.Result r = Cli.runIn(dir, "trace", "--format", "json", "src");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"input\":[[\"B\",3,32,32]],\"output\":[\"B\",10]"), r.out());
  }

  @Test
  void rangesNarrowTheValidDomain(@TempDir Path dir) throws Exception {
    // testdata/symbolic/ranged, whose shapesense.json says H and W are 64..1024.
    Path ranged = Root.path().resolve("testdata/symbolic/ranged");
    Files.createDirectories(dir.resolve("src"));
    for (String model : new String[] {"RangedUNetStep.java", "ShortConvStack.java"}) {
      Files.copy(ranged.resolve(model), dir.resolve("src/" + model));
    }
    Cli.Result open = Cli.runIn(dir, "trace", "src");
    assertEquals(0, open.exit(), open.err());
    assertEquals(
        List.of("Valid for: H even, W even", "Valid for: H >= 9, W >= 9"), validLines(open.out()));
    Files.copy(ranged.resolve("shapesense.json"), dir.resolve("shapesense.json"));
    Cli.Result narrowed = Cli.runIn(dir, "trace", "src");
    assertEquals(0, narrowed.exit(), narrowed.err());
    assertEquals(
        List.of(
            "Valid for: 64 <= H <= 1024, H even, 64 <= W <= 1024, W even",
            "Valid for: 64 <= H <= 1024, 64 <= W <= 1024"),
        validLines(narrowed.out()));
    Cli.Result json = Cli.runIn(dir, "trace", "--format", "json", "src/ShortConvStack.java");
    assertEquals(
        "\"64 <= H <= 1024, 64 <= W <= 1024\"",
        Json.MAPPER.readTree(json.out()).get("valid").toString(),
        json.out());
  }

  private static List<String> validLines(String out) {
    return out.lines().filter(l -> l.startsWith("Valid for: ")).toList();
  }

  @Test
  void excludedPathsAreNotChecked(@TempDir Path dir) throws Exception {
    copy(dir, "BuggyNet.java");
    Files.writeString(dir.resolve("shapesense.json"), "{\"exclude\": [\"src/Buggy*.java\"]}");
    assertEquals(0, Cli.runIn(dir, "check", "src").exit());
  }

  @Test
  void aBadConfigIsAClearErrorWithExitTwo(@TempDir Path dir) throws Exception {
    copy(dir, "Net.java");
    Files.writeString(dir.resolve("shapesense.json"), "{\"severity\": {\"shape/nope\": \"off\"}}");
    Cli.Result r = Cli.runIn(dir, "check", "src");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown diagnostic code 'shape/nope'"), r.err());
    Files.writeString(dir.resolve("shapesense.json"), "{not json");
    assertEquals(2, Cli.runIn(dir, "check", "src").exit());
  }

  @Test
  void unknownShapesAreExplainedInTraceAndCountedWhenTheProjectTurnsTheirCodeOn(@TempDir Path dir)
      throws Exception {
    copy(dir, "UnknownEntryNet.java");
    String why =
        "shape not known: Sequential.add was given a module the analysis cannot know (the condition"
            + " System.getenv(\"WIDE\") != null cannot be decided, and its two branches differ"
            + " (System.getenv(...) is not evaluated: System is not a class of the workspace, of the nn"
            + " API or of the JDK classes the analysis runs))";
    Cli.Result t = Cli.runIn(dir, "trace", "src");
    assertEquals(0, t.exit(), t.err());
    assertTrue(t.out().contains("  (model)  UnknownEntryNet  ?                      ?\n"), t.out());
    assertTrue(
        t.out().contains("\n? src/UnknownEntryNet.java:33:13: " + why + " (line 20)\n"), t.out());
    Cli.Result j = Cli.runIn(dir, "trace", "--format", "json", "src");
    assertEquals(
        "{\"line\":33,\"column\":13,\"reason\":\""
            + (why.substring("shape not known: ".length()) + " (line 20)").replace("\"", "\\\"")
            + "\"}",
        Json.MAPPER.readTree(j.out()).get("unknown").toString());
    // Off by default: check says nothing about it.
    Cli.Result quiet = Cli.runIn(dir, "check", "src");
    assertEquals(0, quiet.exit());
    assertEquals("", quiet.out());
    Files.writeString(
        dir.resolve("shapesense.json"), "{\"severity\": {\"analysis/unknown-shape\": \"info\"}}");
    Cli.Result on = Cli.runIn(dir, "check", "src");
    assertEquals(0, on.exit(), on.err());
    assertTrue(
        on.out()
            .contains(
                "src/UnknownEntryNet.java:33:13: info: "
                    + why
                    + " (line 20) [analysis/unknown-shape]\n"),
        on.out());
  }

  @Test
  void aCallNoOverloadTakesIsAWarningWithJavacsKindOfMessage(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(
        dir.resolve("src/PoolTuple.java"),
        String.join(
            "\n",
            "import dev.shapesense.nn.*;",
            "import dev.shapesense.tensor.*;",
            "",
            "public class PoolTuple extends Module {",
            "    private final Linear fc = new Linear(64, 10);",
            "    public Tensor forward(@Dims(\"N, 64, 8, 8\") Tensor x) {",
            "        Tensor y = F.avgPool2d(x, 8, \"same\");",
            "        return fc.forward(y.flatten(1));",
            "    }",
            "}",
            ""));
    Cli.Result r = Cli.runIn(dir, "check", "src");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "src/PoolTuple.java:7:20: warning: no overload of F.avgPool2d takes (Tensor, int, String)"
            + " [java/no-overload]\n",
        r.out());
  }
}
