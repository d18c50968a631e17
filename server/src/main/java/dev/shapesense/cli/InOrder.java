package dev.shapesense.cli;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.Stacks;
import dev.shapesense.analyzer.Workspace;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Analyses the target files of a command on every core and hands each analysis to {@code sink} in
 * the targets' order, on the calling thread, so the output is the same as one file after another.
 * At most a few analyses wait ahead of the sink, so memory stays bounded however many files there
 * are. The workspace snapshot is immutable and each analysis has its own state.
 */
final class InOrder {
  private InOrder() {}

  static void analyze(
      Workspace ws, List<String> targets, AnalysisOptions opts, Consumer<FileAnalysis> sink)
      throws InterruptedException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), targets.size()));
    if (threads == 1) {
      for (String t : targets) {
        sink.accept(Analyzer.analyzeFile(ws, t, opts));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = Stacks.thread(r, "shapesense-analysis");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<FileAnalysis>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < targets.size() || !ahead.isEmpty()) {
        while (next < targets.size() && ahead.size() < 2 * threads) {
          String t = targets.get(next++);
          ahead.add(pool.submit(() -> Analyzer.analyzeFile(ws, t, opts)));
        }
        sink.accept(get(ahead.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static FileAnalysis get(Future<FileAnalysis> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      // analyzeFile never throws on user input; anything else is a bug to report as such.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
