package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewer tools through the real jar: shape diffs between two versions, GitHub annotations. */
class ReviewIT {
  @TempDir static Path dir;

  /** Version two of the seed Net: fc3 gives 12 classes and a dropout comes before it. */
  static String headVersion(String net) {
    return net.replace("new Linear(84, 10)", "new Linear(84, 12)")
        .replace(
            "    private final Linear fc3 = new Linear(84, 12);",
            "    private final Linear fc3 = new Linear(84, 12);\n    private final Dropout drop = new Dropout(0.1);")
        .replace("return fc3.forward(x);", "return fc3.forward(drop.forward(x));");
  }

  @BeforeAll
  static void twoVersions() throws Exception {
    String net = Files.readString(Root.path().resolve("testdata/models/Net.java"));
    Files.createDirectories(dir.resolve("base"));
    Files.createDirectories(dir.resolve("head"));
    Files.writeString(dir.resolve("base/Net.java"), net);
    Files.writeString(dir.resolve("head/Net.java"), headVersion(net));
  }

  @Test
  void diffOfTwoFoldersAsMarkdown() throws Exception {
    Cli.Result r =
        Cli.run(
            "diff",
            "--format",
            "markdown",
            dir.resolve("base").toString(),
            dir.resolve("head").toString());
    assertEquals(0, r.exit(), r.err());
    Snapshots.assertMatches("diff-net.md", r.out());
  }

  @Test
  void diffOfTwoFoldersAsText() throws Exception {
    Cli.Result r = Cli.run("diff", dir.resolve("base").toString(), dir.resolve("head").toString());
    assertEquals(
        "Net: output [N, 10] -> [N, 12], params 62,006 -> 62,176 (+170)\n"
            + "  + drop  Dropout  [N, 84]             0\n"
            + "  ~ fc3   Linear   [N, 10] -> [N, 12]  850 -> 1,020\n",
        r.out());
    Cli.Result same =
        Cli.run("diff", dir.resolve("base").toString(), dir.resolve("base").toString());
    assertEquals("No shape changes.\n", same.out());
  }

  @Test
  void diffOfTwoGitRevisions(@TempDir Path repo) throws Exception {
    String net = Files.readString(Root.path().resolve("testdata/models/Net.java"));
    git(repo, "init", "-q");
    Files.writeString(repo.resolve("Net.java"), net);
    git(repo, "add", "Net.java");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "v1");
    Files.writeString(repo.resolve("Net.java"), headVersion(net));
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "v2");
    Cli.Result r = Cli.runIn(repo, "diff", "--git", "HEAD~1..HEAD");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "Net: output [N, 10] -> [N, 12], params 62,006 -> 62,176 (+170)",
        r.out().lines().findFirst().orElse(""));
    assertEquals(2, Cli.runIn(repo, "diff", "--git", "nosuchrev..HEAD").exit());
  }

  @Test
  void githubAnnotations() throws Exception {
    Cli.Result r = Cli.run("check", "--format", "github", "testdata/models/BuggyNet.java");
    assertEquals(1, r.exit());
    assertEquals(
        "::error file=testdata/models/BuggyNet.java,line=23,col=20,endLine=23,endColumn=34,"
            + "title=shape/linear-in-features::mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120)\n",
        r.out());
  }

  @Test
  void sarifForCodeScanning() throws Exception {
    Cli.Result r =
        Cli.run(
            "check",
            "--format",
            "sarif",
            "testdata/models/BuggyNet.java",
            "testdata/models/BuggyView.java");
    assertEquals(1, r.exit());
    // The tool's version is the build's; the golden file names it ${version}.
    String version =
        "\"version\" : \"" + System.getProperty("shapesense.version") + "\",\n        \"rules\"";
    assertTrue(r.out().contains(version), r.out());
    Snapshots.assertMatches(
        "check-buggy.sarif.json",
        r.out().replace(version, "\"version\" : \"${version}\",\n        \"rules\""));
    assertEquals(java.util.Set.of(), SarifSchema.violations(r.out()));
  }

  private static void git(Path repo, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(repo.toFile()).inheritIO().start();
    assertEquals(0, p.waitFor());
  }
}
