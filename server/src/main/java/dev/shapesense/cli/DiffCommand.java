package dev.shapesense.cli;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shapesense diff}: how module outputs and parameter counts changed between two versions.
 */
@Command(
    name = "diff",
    description = "Show which module outputs and parameter counts changed between two versions.")
final class DiffCommand implements Callable<Integer> {
  enum Format {
    text,
    markdown
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--git",
      paramLabel = "BASE..HEAD",
      description = "two git revisions of the current repository")
  String git;

  @Option(names = "--format", defaultValue = "text", description = "text or markdown")
  Format format;

  @Parameters(arity = "0..2", paramLabel = "DIR", description = "BASE_DIR HEAD_DIR (without --git)")
  List<Path> dirs = List.of();

  @picocli.CommandLine.Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Workspace base;
    Workspace head;
    AnalysisOptions opts;
    try {
      opts = AnalysisOptions.DEFAULT.withProject(config.load().settings());
      if (git != null) {
        String[] revs = git.split("\\.\\.", 2);
        if (revs.length != 2 || revs[0].isBlank() || revs[1].isBlank() || !dirs.isEmpty()) {
          err.println("shapesense: --git takes BASE..HEAD and no directories");
          return 2;
        }
        base = Workspace.of(GitSources.at(revs[0]));
        head = Workspace.of(GitSources.at(revs[1]));
      } else {
        if (dirs.size() != 2) {
          err.println("shapesense: diff takes BASE_DIR HEAD_DIR, or --git BASE..HEAD");
          return 2;
        }
        base = Inputs.load(List.of(dirs.get(0))).workspace();
        head = Inputs.load(List.of(dirs.get(1))).workspace();
      }
    } catch (Inputs.BadInput e) {
      err.println("shapesense: " + e.getMessage());
      return 2;
    }
    ShapeDiff diff = ShapeDiff.of(models(base, opts), models(head, opts));
    out.print(format == Format.markdown ? DiffRender.markdown(diff) : DiffRender.text(diff));
    out.flush();
    return 0;
  }

  /** Every model class of a workspace by simple name, the first one found for a name. */
  private static Map<String, ModelResult> models(Workspace ws, AnalysisOptions opts) {
    Map<String, ModelResult> out = new LinkedHashMap<>();
    for (ParsedFile f : ws.files()) {
      for (ModelResult m : Analyzer.analyzeFile(ws, f.path(), opts).models()) {
        out.putIfAbsent(m.className(), m);
      }
    }
    return out;
  }
}
