package dev.shapesense.analyzer.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.analyzer.jvm.Differential.Outcome;
import dev.shapesense.analyzer.jvm.ProgramGenerator.Program;
import dev.shapesense.analyzer.reliability.FuzzCount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random model programs ({@link ProgramGenerator}) compiled with javac and run on the JVM give the
 * trace, parameter count and errors the analyzer gives (see {@link Differential}). Each try
 * compiles a batch of {@value #BATCH} programs in one javac run. The idioms are chosen with {@code
 * -Djvm.idioms=all} or a comma-separated list; by default only those on which the analyzer agrees
 * with the JVM today ({@link #AGREEING}). Tries: {@code fuzz.count} (FuzzCount) share.
 */
class GeneratedProgramsTest {
  static final int BATCH = 8;

  /**
   * The idioms a run combines by default: all of them, since the analyzer agrees with the JVM on
   * every one (IdiomSurveyTest, 40 programs per idiom alone). -Djvm.idioms=... narrows a run.
   */
  static final Set<String> AGREEING = new LinkedHashSet<>(ProgramGenerator.IDIOMS);

  private static final java.util.concurrent.atomic.AtomicInteger PROGRAMS =
      new java.util.concurrent.atomic.AtomicInteger();
  private static final java.util.concurrent.atomic.AtomicInteger RAISED =
      new java.util.concurrent.atomic.AtomicInteger();
  private static final java.util.concurrent.atomic.AtomicInteger LAYERS =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * The programs exercised both sides of the comparison: some ran clean and, when the bug idiom is
   * on, some raised a ShapeError (a run of at least 40 programs).
   */
  @AfterContainer
  static void bothOutcomesOccurred() {
    int programs = PROGRAMS.get();
    int raised = RAISED.get();
    System.out.printf(
        "generated programs: %d compared (%d module calls), %d raised a ShapeError, idioms %s%n",
        programs, LAYERS.get(), raised, idioms());
    if (programs >= 40) {
      if (raised == programs) {
        throw new AssertionError("no generated program ran clean");
      }
      if (idioms().contains("bug") && raised == 0) {
        throw new AssertionError("the bug idiom is on but no generated program raised");
      }
    }
  }

  static Set<String> idioms() {
    String p = System.getProperty("jvm.idioms");
    if (p == null || p.isBlank()) {
      return AGREEING;
    }
    if (p.strip().equals("all")) {
      return new LinkedHashSet<>(ProgramGenerator.IDIOMS);
    }
    Set<String> out = new LinkedHashSet<>();
    for (String s : p.split(",")) {
      if (!s.isBlank()) {
        if (!ProgramGenerator.IDIOMS.contains(s.strip())) {
          throw new IllegalArgumentException(
              "unknown idiom " + s + "; known: " + ProgramGenerator.IDIOMS);
        }
        out.add(s.strip());
      }
    }
    return out;
  }

  @Property(shrinking = ShrinkingMode.OFF)
  @FuzzCount.Share(10)
  void generatedProgramsRunOnTheJvmAsTheAnalyzerSays(@ForAll long seed) throws IOException {
    Set<String> idioms = idioms();
    Map<String, Program> programs = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < BATCH; i++) {
      Program p = ProgramGenerator.generate(seed + i, String.valueOf(i), idioms);
      programs.put(p.className(), p);
      sources.put(p.className() + ".java", p.source());
    }
    Path out = Files.createTempDirectory("generated-programs");
    try {
      List<String> errors = JvmOracle.compileSources(sources, out);
      assertEquals(
          List.of(), errors, () -> "javac rejects a generated program:\n" + sources.values());
      List<String> failures = new ArrayList<>();
      try (URLClassLoader loader = JvmOracle.load(out)) {
        Set<String> classes = JvmOracle.compiledClasses(out);
        for (Program p : programs.values()) {
          String file = p.className() + ".java";
          Workspace ws = Workspace.of(List.of(new SourceFile(file, p.source())));
          Outcome o =
              Differential.compare(
                  p.className(),
                  ws,
                  Map.of(file, p.source()),
                  file,
                  p.className(),
                  loader,
                  classes);
          if (o != null && o.jvm() != null) {
            PROGRAMS.incrementAndGet();
            LAYERS.addAndGet(o.jvm().layers().size());
            if (o.jvm().shapeError()) {
              RAISED.incrementAndGet();
            }
          }
          if (o == null || !o.differences().isEmpty()) {
            failures.add(
                "seed "
                    + seed
                    + " + "
                    + p.className().substring(1)
                    + ", idioms "
                    + p.idioms()
                    + ": "
                    + (o == null ? "not a model" : o.differences())
                    + "\n"
                    + p.source());
          }
        }
      }
      assertEquals(List.of(), failures, () -> String.join("\n\n", failures));
    } finally {
      delete(out);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Unused idiom names would be silently ignored: every default idiom exists. */
  static {
    if (!ProgramGenerator.IDIOMS.containsAll(AGREEING)) {
      throw new IllegalStateException("unknown idioms in AGREEING: " + AGREEING);
    }
  }
}
