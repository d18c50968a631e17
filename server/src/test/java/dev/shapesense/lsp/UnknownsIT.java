package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Shapes the analysis cannot know, against the real server process: no error downstream of code
 * being typed, and a hover that says why a shape is missing.
 */
class UnknownsIT {

  private static String hover(LspProcess lsp, String uri, int line, int column) throws Exception {
    Hover h =
        lsp.server
            .getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, column)))
            .get(60, TimeUnit.SECONDS);
    return h == null ? null : h.getContents().getRight().getValue();
  }

  @Test
  void halfWayThroughTypingACallNothingDownstreamIsAnError() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("Net");
      lsp.open(uri, 1, Fixtures.model("Net"));
      lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      // "        x = F.relu(fc1.forward(x));" becomes "        x = F.relu(fc1.forw": the parser's
      // recovery swallows the next statement (x = F.relu(fc2.forward(x));), and fc3 would get
      // [N, 400].
      lsp.change(uri, 2, new Range(new Position(21, 27), new Position(21, 35)), "");
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 2);
      assertEquals(
          List.of("java/syntax"),
          d.getDiagnostics().stream().map(x -> x.getCode().getLeft()).distinct().toList(),
          d.toString());
      // The lines before the damage have fresh hints; the damaged line none; the intact lines
      // after it keep those of the last version that parsed, as IDEs keep them. The analysis
      // itself does not know fc3's shape, and its hover says why.
      List<String> kept = new java.util.ArrayList<>(DocumentsIT.NET_HINTS.subList(0, 5));
      kept.addAll(DocumentsIT.NET_HINTS.subList(7, 10));
      assertEquals(DocumentsIT.sorted(kept), DocumentsIT.sorted(Fixtures.show(lsp.hints(uri))));
      String h = hover(lsp, uri, 27, 16);
      assertTrue(
          h.endsWith(
              "**Shape not known**: code before it does not parse yet (being typed), and may have"
                  + " assigned anything (line 22)"),
          h);
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void theHoverOfAShapelessExpressionNamesTheFirstUnknownValueAndItsCause() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("UnknownEntryNet");
      lsp.open(uri, 1, Fixtures.model("UnknownEntryNet"));
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      assertEquals(List.of(), d.getDiagnostics());
      // x = features.forward(x);  (line 32, 0-based 31)
      String h = hover(lsp, uri, 32, 14);
      assertTrue(
          h.endsWith(
              "**Shape not known**: Sequential.add was given a module the analysis cannot know (the"
                  + " condition System.getenv(\"WIDE\") != null cannot be decided, and its two branches"
                  + " differ (System.getenv(...) is not evaluated: System is not a class of the"
                  + " workspace, of the nn API or of the JDK classes the analysis runs)) (line 20)"),
          h);
      // x.mean(...) is not a module call: its hover is the reason alone.
      assertEquals(
          "**Shape not known**: Sequential.add was given a module the analysis cannot know (the"
              + " condition System.getenv(\"WIDE\") != null cannot be decided, and its two branches"
              + " differ (System.getenv(...) is not evaluated: System is not a class of the"
              + " workspace, of the nn API or of the JDK classes the analysis runs)) (line 20)",
          hover(lsp, uri, 33, 14));
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  /**
   * Code the analysis does not run leaves what it may change unknown, and says why: a lambda that
   * forEach runs over a list holding an unknown value (before, what it added was silently dropped:
   * an empty Sequential), and an anonymous class (testdata/jvm/repro, where the JVM's answers are).
   */
  @Test
  void codeTheAnalysisDoesNotRunLeavesWhatItChangesUnknownAndSaysWhy() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String forEach = Fixtures.uri("ForEachUnknown");
      lsp.open(forEach, 1, repro("ForEachUnknown"));
      assertEquals(
          List.of(), lsp.awaitDiagnostics(forEach, p -> p.getVersion() == 1).getDiagnostics());
      assertEquals(List.of(), Fixtures.show(lsp.hints(forEach)));
      // return seq.forward(x);  (line 16, 0-based 15)
      assertEquals(
          "**Shape not known**: System.getenv(...) is not evaluated: System is not a class of the"
              + " workspace, of the nn API or of the JDK classes the analysis runs (line 11)",
          hover(lsp, forEach, 15, 19));
      String anon = Fixtures.uri("AnonModule");
      lsp.open(anon, 1, repro("AnonModule"));
      assertEquals(
          List.of(), lsp.awaitDiagnostics(anon, p -> p.getVersion() == 1).getDiagnostics());
      // return scale.call(fc.forward(x));  (line 17, 0-based 16): fc is known, scale is not.
      assertEquals(List.of("16:39 [N, 6]"), Fixtures.show(lsp.hints(anon)));
      assertEquals(
          "**Shape not known**: new Module() { ... } is not evaluated: the analysis does not run"
              + " anonymous classes (line 8)",
          hover(lsp, anon, 16, 15));
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  /**
   * Valid models the analysis once flagged or could not build (testdata/jvm/repro, where the JVM's
   * answers are): a labelled break that leaves both loops, a shape error a catch clause takes, and
   * an exception thrown and caught while the model is built. No error, and the JVM's shapes.
   */
  @Test
  void labelledJumpsAndCaughtExceptionsGoWhereJavaSendsThem() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      for (String model : List.of("LabelledForward", "CatchShapeError", "ThrowCatch")) {
        String uri = Fixtures.uri(model);
        lsp.open(uri, 1, repro(model));
        assertEquals(
            List.of(), lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1).getDiagnostics(), model);
      }
      assertEquals(
          List.of("12:33 [N, 6]"), Fixtures.show(lsp.hints(Fixtures.uri("LabelledForward"))));
      assertEquals(List.of("26:28 [N, 6]"), Fixtures.show(lsp.hints(Fixtures.uri("ThrowCatch"))));
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  /**
   * A model whose building reaches a throw no catch clause takes gets an info saying where, not an
   * internal error, and no hint.
   */
  @Test
  void aThrowWhileBuildingIsAnInfoThatSaysWhere() throws Exception {
    String src =
        "import dev.shapesense.tensor.*;\n"
            + "import dev.shapesense.nn.*;\n"
            + "import dev.shapesense.nn.Module;\n"
            + "public class Throws extends Module {\n"
            + "    private final Linear fc;\n"
            + "    public Throws() {\n"
            + "        int w = 0;\n"
            + "        if (w == 0) {\n"
            + "            throw new IllegalStateException(\"no width\");\n"
            + "        }\n"
            + "        fc = new Linear(4, w);\n"
            + "    }\n"
            + "    public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n"
            + "        return fc.forward(x);\n"
            + "    }\n"
            + "}\n";
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("Throws");
      lsp.open(uri, 1, src);
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      assertEquals(
          List.of(
              "3:13 Information analysis/build-throws building Throws throws"
                  + " IllegalStateException (line 9): its layers are not shown"),
          d.getDiagnostics().stream()
              .map(
                  x ->
                      x.getRange().getStart().getLine()
                          + ":"
                          + x.getRange().getStart().getCharacter()
                          + " "
                          + x.getSeverity()
                          + " "
                          + x.getCode().getLeft()
                          + " "
                          + x.getMessage())
              .toList());
      assertEquals(List.of(), Fixtures.show(lsp.hints(uri)));
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  private static String repro(String name) throws java.io.IOException {
    return java.nio.file.Files.readString(
        LspProcess.root().resolve("testdata/jvm/repro/" + name + ".java"));
  }
}
