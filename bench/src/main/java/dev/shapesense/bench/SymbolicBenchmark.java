package dev.shapesense.bench;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The cost of symbolic verdicts: the seed Net at a concrete input ({@code models/Net.java}, the
 * baseline) against the same network at every size ({@code symbolic/SeedNetAnySize.java}: its
 * conditions decided, the domain described, shapes simplified) and models with a finding (one more
 * run of the model at a failing size for PyTorch's text). Warm, as the editor re-analyses.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:-DontCompileHugeMethods", "-XX:+UseG1GC"})
public class SymbolicBenchmark {
  @Param({
    "models/Net.java",
    "symbolic/SeedNetAnySize.java",
    "symbolic/FixedMask.java",
    "symbolic/UNetStep.java"
  })
  public String file;

  private Workspace ws;
  private String path;

  @Setup
  public void setUp() throws IOException {
    Path p = Path.of(System.getProperty("shapesense.root", "."), "testdata", file);
    path = "testdata/" + file;
    ws = Workspace.of(List.of(new SourceFile(path, Files.readString(p, StandardCharsets.UTF_8))));
  }

  @Benchmark
  public FileAnalysis analyze() {
    return Analyzer.analyzeFile(ws, path, AnalysisOptions.DEFAULT);
  }
}
