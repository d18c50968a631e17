package dev.shapesense.lsp;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.util.List;

/**
 * Analyses a small model once on a background thread as the server starts, while the JSON-RPC
 * machinery starts and the editor sends {@code initialize}: the parser, the interpreter and the
 * layers' classes are loaded and initialised by the time the first document arrives, so its
 * diagnostics come sooner. The result is thrown away; a failure is ignored (the real analysis
 * reports its own).
 */
final class WarmUp {
  private WarmUp() {}

  static final String MODEL =
      "import dev.shapesense.tensor.*;\n"
          + "import dev.shapesense.nn.*;\n"
          + "import dev.shapesense.nn.Module;\n"
          + "public class WarmUp extends Module {\n"
          + "    private final Conv2d conv = new Conv2d(3, 6, 5);\n"
          + "    private final MaxPool2d pool = new MaxPool2d(2, 2);\n"
          + "    private final Linear fc = new Linear(6 * 14 * 14, 10);\n"
          + "    public Tensor forward(@Dims(\"N, 3, 32, 32\") Tensor x) {\n"
          + "        x = pool.forward(F.relu(conv.forward(x)));\n"
          + "        x = x.view(-1, 6 * 14 * 14);\n"
          + "        return fc.forward(x);\n"
          + "    }\n"
          + "}\n";

  static void start() {
    Thread t = new Thread(WarmUp::run, "shapesense-warmup");
    t.setDaemon(true);
    t.start();
  }

  static void run() {
    try {
      SourceFile f = new SourceFile("shapesense-warmup/WarmUp.java", MODEL);
      Analyzer.analyzeFile(Workspace.of(List.of(f)), f.path(), AnalysisOptions.DEFAULT);
    } catch (RuntimeException | LinkageError e) {
      // Only a head start: the document's own analysis will meet and report any problem.
    }
  }
}
