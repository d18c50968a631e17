package dev.shapesense.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shapesense check}: diagnostics of every model class in the given files and folders. */
@Command(name = "check", description = "Report shape errors in model files, compiler style.")
final class CheckCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    sarif,
    github
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or github")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".java files or folders")
  List<Path> paths;

  @picocli.CommandLine.Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs in;
    ProjectConfig project;
    try {
      project = config.load();
      in = Inputs.load(paths).without(project);
    } catch (Inputs.BadInput e) {
      err.println("shapesense: " + e.getMessage());
      return 2;
    }
    Diagnostics all = new Diagnostics();
    Progress progress = new Progress(System.err, in.targets().size());
    int done = 0;
    for (String t : in.targets()) {
      all.addFile(
          Analyzer.analyzeFile(
              in.workspace(), t, AnalysisOptions.DEFAULT.withProject(project.settings())));
      progress.step(++done);
    }
    Map<String, List<Diagnostic>> byPath = all.sorted();
    switch (format) {
      case text -> {
        byPath.forEach(
            (p, l) -> {
              for (Diagnostic d : l) {
                Positions.Span s = Positions.span(in.workspace(), d);
                out.println(
                    p
                        + ":"
                        + s.line()
                        + ":"
                        + s.column()
                        + ": "
                        + d.severity().label()
                        + ": "
                        + d.message()
                        + " ["
                        + d.code()
                        + "]");
              }
            });
      }
      case json -> {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode files = root.putArray("files");
        byPath.forEach(
            (p, l) -> {
              ObjectNode f = files.addObject();
              f.put("path", p);
              ArrayNode ds = f.putArray("diagnostics");
              l.forEach(d -> ds.add(Json.diagnostic(in.workspace(), d)));
            });
        out.println(Json.PRETTY.writeValueAsString(root));
      }
      case sarif -> out.println(Json.PRETTY.writeValueAsString(Sarif.of(in.workspace(), byPath)));
      case github -> out.print(GithubAnnotations.of(in.workspace(), byPath));
    }
    out.flush();
    return all.hasErrors() ? 1 : 0;
  }
}
