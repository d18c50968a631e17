package dev.shapesense.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr, shown only when stderr is a terminal and there is more than one file.
 */
final class Progress {
  private final PrintStream err;
  private final int total;
  private final boolean on;

  Progress(PrintStream err, int total) {
    this.err = err;
    this.total = total;
    this.on = System.console() != null && total > 1;
  }

  void step(int done) {
    if (!on) {
      return;
    }
    int width = 30;
    int filled = (int) ((long) width * done / total);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
    if (done == total) {
      err.print("\r" + " ".repeat(width + 24) + "\r");
    }
    err.flush();
  }
}
