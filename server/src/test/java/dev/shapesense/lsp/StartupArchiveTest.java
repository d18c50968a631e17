package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {
  @TempDir Path dir;

  @Test
  void anArchiveIsRewrittenWhenMissingOlderThanTheJarOrOfAnotherJava() throws Exception {
    Path jar = Files.writeString(dir.resolve("shapesense.jar"), "jar");
    Path jsa = dir.resolve("shapesense.jsa");
    assertEquals("missing", StartupArchive.staleness(jsa, jar));
    Files.writeString(jsa, "archive");
    Files.setLastModifiedTime(jsa, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
    assertEquals("older than the jar", StartupArchive.staleness(jsa, jar));
    Files.setLastModifiedTime(jsa, FileTime.fromMillis(3_000_000));
    assertEquals("written by another Java", StartupArchive.staleness(jsa, jar));
    Files.writeString(StartupArchive.stamp(jsa), "/other/jdk\n17.0.1+12\n");
    assertEquals("written by another Java", StartupArchive.staleness(jsa, jar));
    Files.writeString(
        StartupArchive.stamp(jsa),
        System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n");
    assertNull(StartupArchive.staleness(jsa, jar));
  }

  @Test
  void theOptionsAreTheArgumentFilesLinesWithoutComments() throws Exception {
    assertEquals(
        List.of(
            "-Xlog:disable",
            "-Xlog:all=warning:stderr",
            "-XX:-DontCompileHugeMethods",
            "-XX:+UseG1GC"),
        StartupArchive.jvmOptions());
    assertEquals(List.of("-a", "-b"), StartupArchive.parseOptions("# c\n-a\n\n  -b  \r\n#-d\n"));
  }
}
