package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's shapesense.json, found from the working directory, as the real jar reads it. */
class ConfigIT {

  private static void copy(Path dir, String model) throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/" + model), Files.readString(Root.path().resolve("testdata/models/" + model)));
  }

  @Test
  void severityOffSilencesACode(@TempDir Path dir) throws Exception {
    copy(dir, "BuggyNet.java");
    assertEquals(1, Cli.runIn(dir, "check", "src").exit());
    Files.writeString(dir.resolve("shapesense.json"), "{\"severity\": {\"shape/linear-in-features\": \"off\"}}");
    Cli.Result r = Cli.runIn(dir, "check", "src");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
    Files.writeString(dir.resolve("shapesense.json"), "{\"severity\": {\"shape/linear-in-features\": \"warning\"}}");
    Cli.Result w = Cli.runIn(dir, "check", "src");
    assertEquals(0, w.exit());
    assertTrue(w.out().startsWith("src/BuggyNet.java:23:20: warning: mat1 and mat2"), w.out());
  }

  @Test
  void inputsGiveShapesToModelsWithoutDims(@TempDir Path dir) throws Exception {
    copy(dir, "InferredNet.java");
    Files.writeString(dir.resolve("shapesense.json"), "{\"inputs\": {\"InferredNet\": \"B, 3, 32, 32\"}}");
    Cli.Result r = Cli.runIn(dir, "trace", "--format", "json", "src");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"input\":[[\"B\",3,32,32]],\"output\":[\"B\",10]"), r.out());
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
}
