package dev.shapesense.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Keeps the disk texts of the workspace's {@code .java} files in the snapshot: indexes workspace
 * folders in the background (in batches, parsing each batch on its own thread, with {@code
 * $/progress} reports when the client supports work-done progress), and rereads files the client
 * reports changed. Unreadable files are logged and skipped; all work runs on one thread, in order.
 */
final class Indexer {
  static final int BATCH = 200;
  static final long MAX_BYTES = 16L << 20;
  private static final AtomicInteger TOKENS = new AtomicInteger();

  private final Server server;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = dev.shapesense.analyzer.Stacks.thread(r, "shapesense-index");
            t.setDaemon(true);
            return t;
          });

  Indexer(Server server) {
    this.server = server;
  }

  void index(List<Path> roots) {
    if (!roots.isEmpty()) {
      thread.execute(() -> indexNow(roots));
    }
  }

  private void indexNow(List<Path> roots) {
    try {
      List<Path> files = new ArrayList<>();
      for (Path root : roots) {
        collect(root, files);
      }
      String token = "shapesense-index-" + TOKENS.incrementAndGet();
      boolean progress = begin(token, files.size());
      Map<String, String> batch = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        String text = read(files.get(i));
        if (text != null) {
          batch.put(files.get(i).toUri().toString(), text);
        }
        if (batch.size() >= BATCH || i == files.size() - 1) {
          Map<String, String> b = batch;
          Snapshot s = server.session.edit(x -> x.withDisk(b));
          server.session.workspace(s);
          batch = new HashMap<>();
          if (progress) {
            int pct = (int) ((i + 1) * 100L / files.size());
            WorkDoneProgressReport r = new WorkDoneProgressReport();
            r.setMessage((i + 1) + "/" + files.size() + " files");
            r.setPercentage(pct);
            notify(token, r);
          }
        }
      }
      if (progress) {
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage("indexed " + files.size() + " files");
        notify(token, end);
      }
      server.publisher.scheduleAll();
    } catch (RuntimeException e) {
      server.log("indexing failed: " + e);
    }
  }

  private boolean begin(String token, int count) {
    var window = server.capabilities().getWindow();
    if (window == null || !Boolean.TRUE.equals(window.getWorkDoneProgress())) {
      return false;
    }
    try {
      server
          .client()
          .createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token)))
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      server.log("no progress bar: " + e);
      return false;
    }
    WorkDoneProgressBegin b = new WorkDoneProgressBegin();
    b.setTitle("ShapeSense: indexing");
    b.setMessage("0/" + count + " files");
    b.setPercentage(0);
    b.setCancellable(false);
    notify(token, b);
    return true;
  }

  private void notify(String token, WorkDoneProgressNotification value) {
    server
        .client()
        .notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(value)));
  }

  private void collect(Path root, List<Path> out) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
              return !dir.equals(root) && (n.startsWith(".") || n.equals("node_modules"))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && file.toString().endsWith(".java")) {
                out.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              server.log("cannot read " + file + ": " + e.getMessage());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      server.log("cannot index " + root + ": " + e.getMessage());
    }
  }

  /** A file's text (malformed UTF-8 replaced), or null when unreadable or too large. */
  private String read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        server.log("skipping " + file + ": larger than " + (MAX_BYTES >> 20) + " MB");
        return null;
      }
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      server.log("cannot read " + file + ": " + e.getMessage());
      return null;
    }
  }

  /** Applies changes the client saw on disk, in order with indexing. */
  void changed(List<FileEvent> events) {
    List<FileEvent> copy = List.copyOf(events == null ? List.of() : events);
    thread.execute(
        () -> {
          Map<String, String> changes = new HashMap<>();
          for (FileEvent e : copy) {
            String path = Session.key(e.getUri());
            if (path == null || !path.endsWith(".java")) {
              continue;
            }
            if (e.getType() == FileChangeType.Deleted) {
              changes.put(path, null);
            } else {
              try {
                String text = read(Path.of(java.net.URI.create(path)));
                changes.put(path, text);
              } catch (RuntimeException ex) {
                server.log("ignoring change of " + e.getUri() + ": " + ex.getMessage());
              }
            }
          }
          if (!changes.isEmpty()) {
            server.session.edit(x -> x.withDisk(changes));
            server.publisher.scheduleAll();
          }
        });
  }

  /** Rereads one file (after a save). */
  void reread(String path) {
    changed(List.of(new FileEvent(path, FileChangeType.Changed)));
  }

  /** Forgets the disk files under a removed workspace folder. */
  void removeFolder(String uri) {
    String prefix = Session.key(uri);
    String dir = prefix.endsWith("/") ? prefix : prefix + "/";
    thread.execute(
        () -> {
          Map<String, String> changes = new HashMap<>();
          for (String p : server.session.snapshot().disk.keySet()) {
            if (p.startsWith(dir)) {
              changes.put(p, null);
            }
          }
          server.session.edit(x -> x.withDisk(changes));
          server.publisher.scheduleAll();
        });
  }
}
