package dev.shapesense.cli;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.ModelResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shapesense graph}: the layer graph of every model class found (ARCHITECTURE.md, "The model
 * graph request", says what is a node and an edge) as DOT, SVG or Mermaid, all models in one graph.
 * Exit status as {@code trace}: 0, 1 when a shape error was found, 2 for bad usage.
 */
@Command(
    name = "graph",
    description = "Draw each model's layer graph, with the shape on every edge.")
final class GraphCommand implements Callable<Integer> {
  enum Format {
    dot,
    svg,
    mermaid
  }

  @Spec CommandSpec spec;

  @Option(names = "--class", paramLabel = "NAME", description = "only this model class")
  String className;

  @Option(
      names = "--input",
      paramLabel = "DIMS",
      description = "input shape, e.g. \"1024, 3, 32, 32\"")
  String input;

  @Option(names = "--mode", description = "train or eval (default: as the code sets it)")
  TraceCommand.Mode mode;

  @Option(names = "--format", defaultValue = "dot", description = "dot (Graphviz), svg or mermaid")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".java files or folders")
  List<Path> paths;

  @picocli.CommandLine.Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisOptions opts = TraceCommand.options(className, input, mode, err);
    if (opts == null) {
      return 2;
    }
    Inputs in;
    try {
      ProjectConfig project = config.load();
      opts = opts.withProject(project.settings());
      in = Inputs.load(paths).without(project);
    } catch (Inputs.BadInput e) {
      err.println("shapesense: " + e.getMessage());
      return 2;
    }
    List<ModelResult> models = new ArrayList<>();
    boolean[] errors = {false};
    int[] found = {0};
    try {
      InOrder.analyze(
          in.workspace(),
          in.targets(),
          opts,
          a -> {
            for (ModelResult m : a.models()) {
              found[0]++;
              errors[0] |= m.hasErrors();
              if (m.graph() != null) {
                models.add(m);
              }
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (className != null && found[0] == 0) {
      err.println("shapesense: no model class named " + className + " in the given files");
      return 2;
    }
    out.print(
        switch (format) {
          case dot -> GraphText.dot(models);
          case mermaid -> GraphText.mermaid(models);
          case svg -> GraphSvg.render(models);
        });
    out.flush();
    return errors[0] ? 1 : 0;
  }
}
