package dev.shapesense.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the class-data-sharing archive that the server's command line names up to date, so that
 * every way of starting the server maps one (its start-up to the first diagnostics then takes about
 * half as long), even a fixed command line such as the IntelliJ template's, which cannot make one
 * itself.
 *
 * <p>A launcher names the archive with {@code -Dshapesense.archive=PATH} (and maps it with {@code
 * -XX:SharedArchiveFile=PATH} when it exists). When that file is missing, older than the jar, or
 * was not mapped (written by another Java: the JVM then runs without class sharing), the server
 * writes it anew a little after it started: a training run of {@code server --self-test} in a
 * second JVM with the server's own options ({@code jvm.options}) dumps what a session loads ({@code
 * -XX:ArchiveClassesAtExit}), under a temporary name renamed after a clean exit (a truncated
 * archive crashes the JVM that maps it). Anything that fails only costs speed.
 */
final class StartupArchive {
  private StartupArchive() {}

  /** The property that names the archive. */
  static final String PROPERTY = "shapesense.archive";

  /** How long after start-up the training run starts (ms): the first analyses go first. */
  static final String DELAY_PROPERTY = "shapesense.archive.delay";

  private static final long DEFAULT_DELAY_MS = 10_000;

  /** Starts the upkeep on a background thread when the command line names an archive. */
  static void maintainLater(Consumer<String> log) {
    String name = System.getProperty(PROPERTY);
    if (name == null || name.isBlank()) {
      return;
    }
    long delay = Long.getLong(DELAY_PROPERTY, DEFAULT_DELAY_MS);
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(delay);
                maintain(Path.of(name), log);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException | IOException e) {
                log.accept("no class-data archive written (" + name + "): " + e);
              }
            },
            "shapesense-archive");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  /** Writes the archive when it is missing, older than the jar, or not mapped by this JVM. */
  static void maintain(Path archive, Consumer<String> log)
      throws IOException, InterruptedException {
    Path jar = jar();
    if (jar == null) {
      return;
    }
    String why = staleness(archive, jar);
    if (why == null) {
      return;
    }
    Path tmp =
        archive.resolveSibling(
            archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    Files.createDirectories(archive.toAbsolutePath().getParent());
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions());
    cmd.add("-Xlog:cds*=off:stderr");
    cmd.add("-XX:ArchiveClassesAtExit=" + tmp);
    cmd.addAll(List.of("-jar", jar.toString(), "server", "--self-test"));
    log.accept("writing the class-data archive " + archive + " (" + why + ")");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.getOutputStream().close();
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES)
          || p.exitValue() != 0
          || !Files.isRegularFile(tmp)
          || Files.size(tmp) == 0) {
        p.destroyForcibly();
        log.accept("the class-data archive was not written: the training run failed");
        return;
      }
      Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(stamp(archive), thisJava());
      log.accept("wrote the class-data archive " + archive + ": later starts map it");
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Why the archive must be written, or null when it is good. */
  static String staleness(Path archive, Path jar) throws IOException {
    if (!Files.isRegularFile(archive)) {
      return "missing";
    }
    if (Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
      return "older than the jar";
    }
    String stamp = Files.isRegularFile(stamp(archive)) ? Files.readString(stamp(archive)) : "";
    if (!stamp.equals(thisJava())) {
      // The JVM checks the archive against itself and runs without class sharing when it differs.
      return "written by another Java";
    }
    return null;
  }

  /** The file beside the archive naming the Java that wrote it. */
  static Path stamp(Path archive) {
    return archive.resolveSibling(archive.getFileName() + ".vm");
  }

  private static String thisJava() {
    return System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n";
  }

  /** The server's JVM options, as {@code jvm.options} in the jar lists them (comments left out). */
  static List<String> jvmOptions() throws IOException {
    try (InputStream in =
        StartupArchive.class.getResourceAsStream("/dev/shapesense/cli/jvm.options")) {
      if (in == null) {
        return List.of();
      }
      return parseOptions(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The options of a java argument file with one option per line and {@code #} comments. */
  static List<String> parseOptions(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  /** The jar this server runs from, or null when it runs from class folders (tests, IDEs). */
  private static Path jar() {
    try {
      var source = StartupArchive.class.getProtectionDomain().getCodeSource();
      Path p = source == null ? null : Path.of(source.getLocation().toURI());
      return p != null && Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
