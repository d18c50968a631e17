package dev.shapesense.bench;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item 2, testdata: the analyzer end to end on one testdata model file, warm: parse the file (a new
 * version of it, as after an edit; the other testdata files stay parsed, as in an editor),
 * interpret every model class in it and collect hints and diagnostics. The testdata folder comes
 * from {@code -Dshapesense.root} (bench/run sets it); {@code file} names a file in it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 10 s of warm-up: with 2 s the JIT (sharing 2 cores with the benchmark) was still compiling.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 1)
// As the language server runs (its jvm.options): the parser's lexer is one method of over 8,000
// bytecodes, which the JIT otherwise leaves interpreted; and G1 (the parallel collector before 7
// Dec 2026 afternoon: BENCHMARKS.md's earlier rows).
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:-DontCompileHugeMethods", "-XX:+UseG1GC"})
public class AnalyzerBenchmark {
  @Param({"Net.java"})
  public String file;

  private Workspace others;
  private SourceFile source;

  @Setup
  public void setUp() throws IOException {
    List<SourceFile> all = TestdataModels.read();
    String path = "testdata/models/" + file;
    source =
        all.stream()
            .filter(f -> f.path().equals(path))
            .findFirst()
            .orElseThrow(() -> new IOException("no " + path));
    others = Workspace.of(all).without(path);
  }

  @Benchmark
  public FileAnalysis analyze() {
    return Analyzer.analyzeFile(others.with(source), source.path(), AnalysisOptions.DEFAULT);
  }
}
