package dev.shapesense.lsp;

import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.InlayHint;
import dev.shapesense.analyzer.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * While a file does not parse (code half-typed), the hints of its last version that parsed stay on
 * the lines the edits since then did not touch, as IDEs keep them: the analysis of a broken file
 * cannot know what follows the damaged statement. An old hint is kept when its expression lies in
 * the text before the first changed character or after the last one (shifted by the length the
 * edits added), and the current analysis has no hint there.
 */
final class KeptHints {
  private KeptHints() {}

  /** A version of a file that parsed, and its analysis. */
  record Clean(String text, FileAnalysis analysis) {}

  static FileAnalysis withKept(FileAnalysis now, String text, Clean last) {
    if (last == null || last.text().equals(text)) {
      return now;
    }
    String old = last.text();
    int prefix = 0;
    int max = Math.min(old.length(), text.length());
    while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
      suffix++;
    }
    int oldSuffixStart = old.length() - suffix;
    int shift = text.length() - old.length();
    Set<Integer> shownEnds = new HashSet<>();
    for (InlayHint h : now.hints()) {
      shownEnds.add(h.range().end());
    }
    List<InlayHint> hints = new ArrayList<>(now.hints());
    for (InlayHint h : last.analysis().hints()) {
      TextRange r = h.range();
      TextRange moved;
      if (r.end() <= prefix) {
        moved = r;
      } else if (r.start() >= oldSuffixStart) {
        moved = new TextRange(r.start() + shift, r.end() + shift);
      } else {
        continue;
      }
      if (shownEnds.add(moved.end())) {
        hints.add(new InlayHint(now.path(), moved, h.label()));
      }
    }
    hints.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
    return new FileAnalysis(
        now.path(),
        now.models(),
        hints,
        now.diagnostics(),
        now.calls(),
        now.symbols(),
        now.unknowns());
  }
}
