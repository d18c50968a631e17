package dev.shapesense.cli;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.TraceEntry;
import dev.shapesense.analyzer.UnknownShape;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shapesense trace}: META-device shape propagation of every model class found. */
@Command(name = "trace", description = "Print each module call's output shape, layer by layer.")
final class TraceCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  enum Mode {
    train,
    eval
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
  Mode mode;

  @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines)")
  Format format;

  @Option(
      names = "--stats",
      description =
          "add input shapes, trainable parameters, multiply-adds, output bytes and torchinfo's"
              + " totals to the text table (JSON always has them)")
  boolean stats;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".java files or folders")
  List<Path> paths;

  @picocli.CommandLine.Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisOptions opts = options(className, input, mode, err);
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
    Progress progress = new Progress(System.err, in.targets().size());
    int[] done = {0};
    int[] models = {0};
    boolean[] errors = {false};
    Workspace ws = in.workspace();
    try {
      InOrder.analyze(
          ws,
          in.targets(),
          opts,
          a -> {
            progress.step(++done[0]);
            for (ModelResult m : a.models()) {
              models[0]++;
              errors[0] |= m.hasErrors();
              print(out, ws, m, models[0]);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    if (className != null && models[0] == 0) {
      err.println("shapesense: no model class named " + className + " in the given files");
      return 2;
    }
    return errors[0] ? 1 : 0;
  }

  /**
   * The analysis options of {@code --class}, {@code --input} and {@code --mode} (trace, graph);
   * null after telling {@code err} why {@code --input} is not a shape.
   */
  static AnalysisOptions options(String className, String input, Mode mode, PrintWriter err) {
    AnalysisOptions opts = AnalysisOptions.DEFAULT.withClassName(className);
    if (input != null) {
      try {
        Shape shape = Shape.parse(input);
        // The input must be a tensor PyTorch could make: no negative dims, an addressable size.
        Tensors.empty(Device.META, DType.FLOAT32, shape);
        opts = opts.withInput(shape);
      } catch (IllegalArgumentException | ShapeError e) {
        err.println("shapesense: --input: " + e.getMessage());
        return null;
      }
    }
    if (mode != null) {
      opts = opts.withEval(mode == Mode.eval);
    }
    return opts;
  }

  /** Why the first {@code ?} of a model's table is unknown, or null when its table shows none. */
  static UnknownShape unknownShown(ModelResult m) {
    boolean shown = m.output() == null || m.params() == null;
    for (TraceEntry e : m.trace()) {
      shown |= e.output() == null || e.params() == null;
    }
    return shown ? m.firstUnknown() : null;
  }

  private void print(PrintWriter out, Workspace ws, ModelResult m, int nth) {
    if (format == Format.json) {
      try {
        out.println(Json.MAPPER.writeValueAsString(Json.model(ws, m)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    if (nth > 1) {
      out.println();
    }
    out.print(TraceTable.render(m, stats));
    UnknownShape u = unknownShown(m);
    if (u != null) {
      Positions.Span s = Positions.span(ws, u.path(), u.range());
      out.println(
          "? "
              + u.path()
              + ":"
              + s.line()
              + ":"
              + s.column()
              + ": shape not known: "
              + Analyzer.explain(ws, u));
    }
    Diagnostics d = new Diagnostics();
    m.diagnostics().forEach(d::add);
    for (Map.Entry<String, List<Diagnostic>> e : d.sorted().entrySet()) {
      for (Diagnostic x : e.getValue()) {
        Positions.Span s = Positions.span(ws, x);
        out.println(
            e.getKey()
                + ":"
                + s.line()
                + ":"
                + s.column()
                + ": "
                + x.severity().label()
                + ": "
                + x.message());
      }
    }
  }
}
