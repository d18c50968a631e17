package dev.shapesense.lsp;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Debounced publishing against a fake client: a burst of edits publishes only the last version. */
class PublisherTest {
  @Test
  void aBurstOfEditsPublishesOnlyTheLastVersion() throws Exception {
    LanguageClient client = mock(LanguageClient.class);
    Server server = new Server(code -> {});
    server.connect(client);
    String uri = "file:///virtual/A.java";
    var docs = server.getTextDocumentService();
    docs.didOpen(
        new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 1, "class A {}\n")));
    for (int v = 2; v <= 20; v++) {
      docs.didChange(
          new DidChangeTextDocumentParams(
              new VersionedTextDocumentIdentifier(uri, v),
              List.of(
                  new TextDocumentContentChangeEvent(
                      new Range(new Position(0, 9), new Position(0, 9)), " "))));
    }
    ArgumentCaptor<PublishDiagnosticsParams> sent =
        ArgumentCaptor.forClass(PublishDiagnosticsParams.class);
    verify(client, timeout(10_000).atLeastOnce()).publishDiagnostics(sent.capture());
    Thread.sleep(4 * Server.DEBOUNCE_MS);
    verify(client, atLeastOnce()).publishDiagnostics(sent.capture());
    // The open publishes at once (version 1, if its analysis ends before the first edit lands);
    // of the burst only the last version is published.
    List<PublishDiagnosticsParams> all = sent.getAllValues();
    org.junit.jupiter.api.Assertions.assertTrue(
        all.stream().allMatch(p -> p.getVersion() == 1 || p.getVersion() == 20), all.toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        20, all.get(all.size() - 1).getVersion(), all.toString());
    verify(client, never()).refreshInlayHints();
    verify(client, never()).logMessage(any());
  }

  @Test
  void anOpenedDocumentIsPublishedAtOnceAndTheOthersAfterTheDebounce() {
    Session session = new Session();
    session.edit(
        s ->
            s.withDoc(
                "/a/A.java",
                new Snapshot.Doc("file:///a/A.java", 1, new DocumentText("class A {}"))));
    session.edit(
        s ->
            s.withDoc(
                "/a/B.java",
                new Snapshot.Doc("file:///a/B.java", 1, new DocumentText("class B {}"))));
    java.util.concurrent.ScheduledExecutorService scheduler =
        mock(java.util.concurrent.ScheduledExecutorService.class);
    org.mockito.Mockito.doReturn(mock(java.util.concurrent.ScheduledFuture.class))
        .when(scheduler)
        .schedule(any(Runnable.class), org.mockito.ArgumentMatchers.anyLong(), any());
    Publisher publisher = new Publisher(session, new Server(code -> {}), scheduler, 75);
    publisher.scheduleAll("/a/B.java");
    verify(scheduler)
        .schedule(
            any(Runnable.class),
            org.mockito.ArgumentMatchers.eq(0L),
            org.mockito.ArgumentMatchers.eq(java.util.concurrent.TimeUnit.MILLISECONDS));
    verify(scheduler)
        .schedule(
            any(Runnable.class),
            org.mockito.ArgumentMatchers.eq(75L),
            org.mockito.ArgumentMatchers.eq(java.util.concurrent.TimeUnit.MILLISECONDS));
  }
}
