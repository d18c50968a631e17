package dev.shapesense.lsp;

import dev.shapesense.analyzer.FileAnalysis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Not a test: the steps of an edit -> hints round trip inside the server, timed one by one in one
 * process (apply the edit, build the workspace, analyse, convert the hints, write them as JSON),
 * for the LspBenchmark's 5,000-line model. Medians and p99 of each step. Hints go as to VS Code,
 * whose tooltips are resolved one by one; {@code -Deager=true} writes every tooltip, as to LSP4IJ.
 */
public final class ServerStepTimes {
  private static final boolean LAZY = !Boolean.getBoolean("eager");

  private ServerStepTimes() {}

  public static void main(String[] args) throws Exception {
    int layers = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    String text = GeneratedModel.source("Gen", layers);
    String path = Session.key(Fixtures.uri("Gen"));
    Session session = new Session();
    session.edit(s -> s.withDoc(path, new Snapshot.Doc(path, 1, new DocumentText(text))));
    String marker = GeneratedModel.lastLayer(layers);
    int base = GeneratedModel.lastOut(layers);
    int at = text.indexOf(marker) + marker.length() - 3;
    Position start = new DocumentText(text).position(at);
    String[] names = {"edit", "workspace", "analysis", "hints", "json"};
    List<List<Long>> times = new ArrayList<>();
    for (String n : names) {
      times.add(new ArrayList<>());
    }
    int current = base;
    for (int i = 0; i < rounds; i++) {
      int next = current == base ? base + 1 : base;
      Range r = new Range(start, new Position(start.getLine(), start.getCharacter() + 2));
      final int v = i + 2;
      long t0 = System.nanoTime();
      Snapshot s =
          session.edit(
              x -> {
                Snapshot.Doc d = x.open.get(path);
                return x.withDoc(
                    path,
                    new Snapshot.Doc(
                        d.uri(),
                        v,
                        d.text()
                            .apply(
                                List.of(
                                    new TextDocumentContentChangeEvent(r, String.valueOf(next))),
                                () -> {})));
              });
      long t1 = System.nanoTime();
      session.workspace(s);
      long t2 = System.nanoTime();
      FileAnalysis fa = session.analysis(s, path);
      long t3 = System.nanoTime();
      List<InlayHint> hints =
          Convert.hints(
              fa,
              new Range(new Position(0, 0), new Position(100_000, 0)),
              s.settings,
              LAZY,
              p -> session.text(s, p),
              p -> Session.uri(s, p));
      long t4 = System.nanoTime();
      ResponseMessage m = new ResponseMessage();
      m.setId("1");
      m.setResult(hints);
      String out = JSON.serialize(m);
      long t5 = System.nanoTime();
      if (i == 0) {
        System.out.println("hints " + hints.size() + ", JSON " + out.length() + " chars");
      }
      String want = ", " + next + "]";
      // (A cold first analysis may run out of its time budget: checked once warm.)
      if (i >= rounds / 4 && !fa.hints().get(fa.hints().size() - 1).label().endsWith(want)) {
        throw new AssertionError(
            "output " + fa.hints().get(fa.hints().size() - 1).label() + ", not ..." + want);
      }
      long[] ts = {t0, t1, t2, t3, t4, t5};
      if (i >= rounds / 4) {
        for (int k = 0; k < names.length; k++) {
          times.get(k).add((ts[k + 1] - ts[k]) / 1000);
        }
      }
      current = next;
    }
    for (int k = 0; k < names.length; k++) {
      List<Long> l = new ArrayList<>(times.get(k));
      Collections.sort(l);
      System.out.printf(
          "%-10s p50 %8.2f ms  p99 %8.2f ms%n",
          names[k],
          l.get(l.size() / 2) / 1000.0,
          l.get(Math.min(l.size() - 1, (int) Math.ceil(l.size() * 0.99) - 1)) / 1000.0);
    }
  }

  private static final MessageJsonHandler JSON =
      new MessageJsonHandler(
          org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints.getSupportedMethods(
              org.eclipse.lsp4j.services.LanguageServer.class));
}
