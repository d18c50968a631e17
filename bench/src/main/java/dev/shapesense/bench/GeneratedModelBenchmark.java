package dev.shapesense.bench;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
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
 * Item 2, generated: parse + interpret + hints of one generated model file, warm. {@code model} is
 * {@code layers:N} (a flat chain of N module calls, {@link ModelGenerator#chain}) or {@code
 * lines:N} (a residual model of N lines, {@link ModelGenerator#lines}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Warm-up long enough for the largest model: an analysis of 10,000 layers allocates ~325 MB and
// keeps a 104 MB tree while it runs, and until the collector has grown the heap to fit
// that, collections fall inside analyses (29 Nov 2026: 2.4 s, 0.8 s, 0.5 s, 0.7 s, 0.6 s per
// analysis in the first five 2-s iterations, 0.21-0.22 s from the seventh on).
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
// As the language server runs (its jvm.options): the parser's lexer is one method of over 8,000
// bytecodes, which the JIT otherwise leaves interpreted; and G1 (the parallel collector before 7
// Dec 2026 afternoon: BENCHMARKS.md's earlier rows).
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:-DontCompileHugeMethods", "-XX:+UseG1GC"})
public class GeneratedModelBenchmark {
  @Param({"layers:10", "layers:100", "layers:1000", "layers:10000", "lines:5000"})
  public String model;

  private SourceFile source;

  @Setup
  public void setUp() {
    String[] kv = model.split(":");
    int n = Integer.parseInt(kv[1]);
    String text =
        switch (kv[0]) {
          case "layers" -> ModelGenerator.chain("Layers" + n, n);
          case "lines" -> ModelGenerator.lines("Lines" + n, n);
          default ->
              throw new IllegalArgumentException("model is layers:N or lines:N, not " + model);
        };
    source = new SourceFile("Generated.java", text);
  }

  @Benchmark
  public FileAnalysis analyze() {
    return Analyzer.analyzeFile(
        Workspace.of(List.of(source)), source.path(), AnalysisOptions.DEFAULT);
  }
}
