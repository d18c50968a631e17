package dev.shapesense.lsp;

import dev.shapesense.analyzer.AnalysisCancelledException;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ide.HoverInfo;
import dev.shapesense.analyzer.ide.Ide;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document sync and the document requests. Edits apply in arrival order and make a new snapshot;
 * requests run on the request pool with cancellation and answer from the latest snapshot, analysing
 * it there if nothing is cached. Each request is wrapped once: a failure becomes an error response
 * and a log line, never a dead server.
 */
final class Documents implements TextDocumentService {
  private static final int RETRIES = 3;
  private final Server server;
  private final Session session;

  Documents(Server server) {
    this.server = server;
    this.session = server.session;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var doc = params.getTextDocument();
    String path = Session.key(doc.getUri());
    String text = doc.getText() == null ? "" : doc.getText();
    session.edit(
        s ->
            s.withDoc(
                path, new Snapshot.Doc(doc.getUri(), doc.getVersion(), new DocumentText(text))));
    server.publisher.scheduleAll(path);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    String path = Session.key(uri);
    if (!session.snapshot().open.containsKey(path)) {
      server.log("change of a document that is not open, ignored: " + uri);
      return;
    }
    Integer version = params.getTextDocument().getVersion();
    Snapshot.Doc current = session.snapshot().open.get(path);
    if (version != null && version <= current.version()) {
      // Versions only grow; an edit for an older version would land on the wrong text.
      server.log(
          "stale change of "
              + uri
              + " (version "
              + version
              + " after "
              + current.version()
              + "), ignored");
      return;
    }
    session.edit(
        s -> {
          Snapshot.Doc d = s.open.get(path);
          if (d == null || (version != null && version <= d.version())) {
            return s;
          }
          DocumentText next =
              d.text()
                  .apply(
                      params.getContentChanges(),
                      () ->
                          server.log(
                              "edit outside " + uri + " version " + d.version() + ", clamped"));
          Integer v = params.getTextDocument().getVersion();
          return s.withDoc(path, new Snapshot.Doc(d.uri(), v == null ? d.version() + 1 : v, next));
        });
    // The analysis of the version before, if still running, is of no use any more.
    session.supersede(path, session.snapshot().text(path));
    server.publisher.scheduleAll();
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    String path = Session.key(uri);
    session.edit(s -> s.withDoc(path, null));
    session.forget(path);
    server.publisher.clear(path, uri);
    server.publisher.scheduleAll();
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // The saved text is the open document's; what the disk holds matters once it is closed.
    server.indexer().reread(Session.key(params.getTextDocument().getUri()));
  }

  @Override
  public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
    return request(
        "inlayHint",
        params.getTextDocument(),
        (s, fa) ->
            Convert.hints(
                fa,
                params.getRange(),
                s.settings,
                server.lazyTooltips(),
                p -> session.text(s, p),
                p -> Session.uri(s, p)));
  }

  /** A hint's tooltip, for clients that resolve hints (see {@link Convert#hints}). */
  @Override
  public CompletableFuture<InlayHint> resolveInlayHint(InlayHint hint) {
    Convert.TooltipKey key = Convert.TooltipKey.of(hint.getData());
    if (key == null) {
      return CompletableFuture.completedFuture(hint);
    }
    return request(
        "inlayHint/resolve",
        new TextDocumentIdentifier(key.uri()),
        (s, fa) -> {
          hint.setTooltip(Convert.tooltip(fa, key, p -> session.text(s, p)));
          return hint;
        });
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return request(
        "hover",
        params.getTextDocument(),
        (s, fa) -> {
          int offset = session.text(s, fa.path()).offset(params.getPosition());
          HoverInfo info = Ide.hover(session.workspace(s), fa, offset);
          return info == null
              ? null
              : new Hover(new MarkupContent(MarkupKind.MARKDOWN, Markdown.hover(info)));
        });
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    String path = Session.key(params.getTextDocument().getUri());
    return CompletableFutures.computeAsync(
        server.requests,
        cancel -> {
          Snapshot s = session.snapshot();
          Snapshot.Doc doc = s.open.get(path);
          Integer version = doc == null ? null : doc.version();
          List<Either<Command, CodeAction>> out = new ArrayList<>();
          if (params.getContext() == null || params.getContext().getDiagnostics() == null) {
            return out;
          }
          for (var d : params.getContext().getDiagnostics()) {
            if (!Convert.SOURCE.equals(d.getSource())) {
              continue;
            }
            List<Convert.FixData> fixes = Convert.fixes(d.getData(), version);
            for (Convert.FixData f : fixes) {
              CodeAction a = new CodeAction(f.title());
              a.setKind(CodeActionKind.QuickFix);
              a.setDiagnostics(List.of(d));
              a.setEdit(new WorkspaceEdit(f.changes()));
              if (fixes.size() == 1) {
                a.setIsPreferred(true);
              }
              out.add(Either.forRight(a));
            }
          }
          return out;
        });
  }

  /** {@code shapesense/modelGraph}: the models of a document with their layer graphs. */
  CompletableFuture<com.google.gson.JsonObject> modelGraph(TextDocumentIdentifier id) {
    return request(
        "modelGraph",
        id,
        (s, fa) -> {
          Snapshot.Doc doc = s.open.get(fa.path());
          return GraphJson.of(
              doc == null ? null : doc.version(),
              fa,
              p -> session.text(s, p),
              p -> Session.uri(s, p));
        });
  }

  interface Answer<T> {
    T answer(Snapshot s, FileAnalysis fa);
  }

  /**
   * Runs a document request off the JSON-RPC thread: the analysis of the latest snapshot,
   * recomputed when an edit overtook it. The client's {@code $/cancelRequest} stops the analysis
   * too, unless someone else waits for it (the diagnostics of the same version); an analysis a
   * newer edit of the file stopped is asked again for the latest snapshot, and after {@link
   * #RETRIES} such edits the request ends with {@code ContentModified}.
   */
  private <T> CompletableFuture<T> request(
      String name, TextDocumentIdentifier id, Answer<T> answer) {
    String uri = id == null ? null : id.getUri();
    String path = Session.key(uri);
    return CompletableFutures.computeAsync(
        server.requests,
        (CancelChecker cancel) -> {
          try {
            for (int attempt = 0; ; attempt++) {
              Snapshot s = session.snapshot();
              if (path == null || s.text(path) == null) {
                throw new ResponseErrorException(
                    new ResponseError(
                        ResponseErrorCode.InvalidParams, "unknown document: " + uri, null));
              }
              cancel.checkCanceled();
              FileAnalysis fa;
              try {
                fa = session.analysis(s, path, cancel::isCanceled);
              } catch (AnalysisCancelledException e) {
                cancel.checkCanceled();
                if (attempt >= RETRIES) {
                  throw new ResponseErrorException(
                      new ResponseError(
                          ResponseErrorCode.ContentModified,
                          uri + " changed while it was analysed",
                          null));
                }
                continue;
              }
              cancel.checkCanceled();
              if (session.snapshot().open.get(path) == s.open.get(path) || attempt >= RETRIES) {
                return answer.answer(s, fa);
              }
            }
          } catch (ResponseErrorException | CancellationException e) {
            throw e;
          } catch (RuntimeException | Error e) {
            server.log(name + " of " + uri + " failed: " + e);
            throw new ResponseErrorException(
                new ResponseError(ResponseErrorCode.InternalError, name + " failed: " + e, null));
          }
        });
  }
}
