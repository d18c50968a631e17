package dev.shapesense.intellij.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionTriggerKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template as a user imports it: its exact command, with {@code $USER_HOME$} pointing at a home
 * folder that holds the jar where the README says to put it, started and spoken to as LSP4IJ does.
 */
class TemplateStdioIT {
  @TempDir static Path scratch;
  static Path home;
  static Path project;
  static Path net;
  static List<String> command;
  static Object initializationOptions;
  static JsonObject settings;

  @BeforeAll
  static void installAsTheReadmeSays() throws Exception {
    home = Files.createDirectories(scratch.resolve("home"));
    project = Repo.userProject(Files.createDirectories(scratch.resolve("project")));
    net = project.resolve("Net.java");
    Path jar = home.resolve(".shapesense/shapesense.jar");
    Files.createDirectories(jar.getParent());
    Files.copy(Repo.serverJar(), jar);
    String template = Files.readString(Repo.template().resolve("template.json"));
    String commandLine =
        JsonParser.parseString(template)
            .getAsJsonObject()
            .getAsJsonObject("programArgs")
            .get("default")
            .getAsString();
    command =
        Lsp4ijCommandLine.split(
            Lsp4ijCommandLine.expandMacros(commandLine, Map.of("USER_HOME", home.toString())));
    initializationOptions =
        JsonParser.parseString(
            Files.readString(Repo.template().resolve("initializationOptions.json")));
    settings =
        JsonParser.parseString(Files.readString(Repo.template().resolve("settings.json")))
            .getAsJsonObject();
  }

  private static StdioSession start() throws Exception {
    return StdioSession.start(command, project, initializationOptions, settings);
  }

  @Test
  void commandIsTheOneTheTemplateNames() throws Exception {
    assertEquals(TemplateTest.expected(home.toString()), command);
  }

  @Test
  void hintsForTheWholeDocumentAsLsp4ijRequestsThem() throws Exception {
    try (StdioSession session = start()) {
      String uri = session.open(net);
      Range whole = StdioSession.wholeDocument(Files.readString(net));
      assertEquals(
          NetExpectations.ALL, NetExpectations.labelsByLine(session.inlayHints(uri, whole)));
      assertEquals(0, session.shutdown(), session.stderrText());
    }
  }

  @Test
  void hintsForTheVisibleAreaOnly() throws Exception {
    try (StdioSession session = start()) {
      String uri = session.open(net);
      // An editor showing lines 14 to 20 (1-based) of Net.java.
      Range visible = new Range(new Position(13, 0), new Position(20, 0));
      Map<Integer, List<String>> expected = new TreeMap<>(NetExpectations.ALL);
      expected.keySet().removeIf(line -> line < 13 || line >= 20);
      assertEquals(
          Map.of(
              13,
              List.of("[N, 6, 28, 28]", "[N, 6, 14, 14]"),
              16,
              List.of("[N, 16, 10, 10]", "[N, 16, 5, 5]"),
              19,
              List.of("[N, 400]")),
          expected);
      assertEquals(expected, NetExpectations.labelsByLine(session.inlayHints(uri, visible)));
    }
  }

  @Test
  void squiggleAndQuickFixTheWayLsp4ijAsksForThem() throws Exception {
    Path buggy = project.resolve("BuggyNet.java");
    int callLine = NetExpectations.lineOf(buggy, "x = F.relu(fc1.forward(x));");
    int fieldLine = NetExpectations.lineOf(buggy, "new Linear(16 * 4 * 4, 120)");
    List<String> lines = Files.readAllLines(buggy);
    int call = lines.get(callLine).indexOf("fc1.forward(x)");
    int size = lines.get(fieldLine).indexOf("16 * 4 * 4");
    try (StdioSession session = start()) {
      String uri = session.open(buggy);
      List<Diagnostic> diagnostics = session.client.awaitDiagnostics(uri);
      assertEquals(1, diagnostics.size(), diagnostics.toString());
      Diagnostic d = diagnostics.get(0);
      assertEquals(DiagnosticSeverity.Error, d.getSeverity());
      assertEquals("shapesense", d.getSource());
      assertEquals("shape/linear-in-features", d.getCode().getLeft());
      assertEquals("mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120)", d.getMessage());
      assertEquals(range(callLine, call, callLine, call + "fc1.forward(x)".length()), d.getRange());

      // LSP4IJ's request for the quick fixes of one diagnostic (LSPLazyCodeActions): the
      // diagnostic's range, the diagnostic as published, only quick fixes, trigger Automatic.
      CodeActionContext context = new CodeActionContext(List.of(d));
      context.setOnly(List.of(CodeActionKind.QuickFix));
      context.setTriggerKind(CodeActionTriggerKind.Automatic);
      List<Either<Command, CodeAction>> actions =
          session
              .server
              .getTextDocumentService()
              .codeAction(
                  new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(), context))
              .get(StdioSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertEquals(1, actions.size(), actions.toString());
      CodeAction fix = actions.get(0).getRight();
      // LSP4IJ drops code actions of any other kind from a diagnostic's quick fixes.
      assertEquals(CodeActionKind.QuickFix, fix.getKind());
      assertEquals(
          Map.of(
              uri,
              List.of(
                  new TextEdit(
                      range(fieldLine, size, fieldLine, size + "16 * 4 * 4".length()), "400"))),
          fix.getEdit().getChanges());
      assertEquals(0, session.shutdown(), session.stderrText());
    }
  }

  private static Range range(int line, int start, int endLine, int end) {
    return new Range(new Position(line, start), new Position(endLine, end));
  }

  @Test
  void configurationQuestionsGetLsp4ijsAnswers() {
    assertEquals(
        settings.getAsJsonObject("shapesense"), Lsp4ijClient.section(settings, "shapesense"));
    assertEquals(
        JsonParser.parseString("{\"enabled\": true, \"maxLength\": 0}"),
        Lsp4ijClient.section(settings, "shapesense.inlayHints"));
    // LSP4IJ answers null for a leaf: a server must ask for a section, not for a single value.
    assertNull(Lsp4ijClient.section(settings, "shapesense.inlayHints.enabled"));
  }
}
