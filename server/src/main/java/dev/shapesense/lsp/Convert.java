package dev.shapesense.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.Fix;
import dev.shapesense.analyzer.ModuleCall;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.InlayHintLabelPart;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The analyzer's plain data as LSP values. Offsets become positions only through {@link
 * DocumentText}; {@code texts} gives the text of any path of the analysed workspace and {@code
 * uris} the URI to tell the client for it.
 */
final class Convert {
  static final String SOURCE = "shapesense";
  private static final Gson GSON = new Gson();

  private Convert() {}

  /**
   * The hints of {@code fa} whose positions lie in {@code range} (all when null). With {@code
   * lazyTooltips} (the client resolves a hint's tooltip) a hint carries, instead of its tooltip,
   * what {@link #tooltip} needs to find it again: a large model's hints are a fraction of the
   * bytes, and a tooltip is only written for the hint the user points at.
   */
  static List<InlayHint> hints(
      FileAnalysis fa,
      Range range,
      Settings settings,
      boolean lazyTooltips,
      Function<String, DocumentText> texts,
      Function<String, String> uris) {
    List<InlayHint> out = new ArrayList<>();
    if (!settings.hintsEnabled()) {
      return out;
    }
    DocumentText text = texts.apply(fa.path());
    if (text == null) {
      return out;
    }
    Map<dev.shapesense.analyzer.TextRange, List<ModuleCall>> callsAt = callsByRange(fa);
    for (dev.shapesense.analyzer.InlayHint h : fa.hints()) {
      Position p = text.position(h.range().end());
      if (range != null && (before(p, range.getStart()) || before(range.getEnd(), p))) {
        continue;
      }
      List<ModuleCall> calls = callsAt.getOrDefault(h.range(), List.of());
      InlayHintLabelPart part = new InlayHintLabelPart(settings.truncate(h.label()));
      for (ModuleCall c : calls) {
        DocumentText ft = c.field() == null ? null : texts.apply(c.fieldPath());
        if (ft != null) {
          part.setLocation(new Location(uris.apply(c.fieldPath()), ft.range(c.field())));
          break;
        }
      }
      InlayHint hint = new InlayHint(p, Either.forRight(List.of(part)));
      hint.setKind(InlayHintKind.Type);
      hint.setPaddingLeft(true);
      if (lazyTooltips) {
        hint.setData(
            new TooltipKey(uris.apply(fa.path()), h.range().start(), h.range().end()).json());
      } else {
        hint.setTooltip(new MarkupContent(MarkupKind.MARKDOWN, Markdown.tooltip(h.label(), calls)));
      }
      out.add(hint);
    }
    return out;
  }

  /** What a lazily sent hint carries to find its tooltip: its document and its text range. */
  record TooltipKey(String uri, int start, int end) {
    JsonObject json() {
      JsonObject o = new JsonObject();
      o.addProperty("uri", uri);
      o.addProperty("start", start);
      o.addProperty("end", end);
      return o;
    }

    /** The key in a hint's {@code data} as the client sent it back, or null. */
    static TooltipKey of(Object data) {
      JsonElement e = data instanceof JsonElement j ? j : GSON.toJsonTree(data);
      if (!e.isJsonObject()) {
        return null;
      }
      var o = e.getAsJsonObject();
      if (!(o.get("uri") instanceof JsonPrimitive u && u.isString())
          || !(o.get("start") instanceof JsonPrimitive a && a.isNumber())
          || !(o.get("end") instanceof JsonPrimitive b && b.isNumber())) {
        return null;
      }
      return new TooltipKey(u.getAsString(), a.getAsInt(), b.getAsInt());
    }
  }

  /**
   * The tooltip of the hint of {@code fa} at {@code key}'s range, or null when this analysis has no
   * hint there (the document changed since the hint was sent).
   */
  static MarkupContent tooltip(
      FileAnalysis fa, TooltipKey key, Function<String, DocumentText> texts) {
    for (dev.shapesense.analyzer.InlayHint h : fa.hints()) {
      if (h.range().start() == key.start() && h.range().end() == key.end()) {
        List<ModuleCall> calls =
            fa.calls().stream().filter(c -> c.range().equals(h.range())).toList();
        return new MarkupContent(MarkupKind.MARKDOWN, Markdown.tooltip(h.label(), calls));
      }
    }
    return null;
  }

  static Map<dev.shapesense.analyzer.TextRange, List<ModuleCall>> callsByRange(FileAnalysis fa) {
    Map<dev.shapesense.analyzer.TextRange, List<ModuleCall>> m = new LinkedHashMap<>();
    for (ModuleCall c : fa.calls()) {
      m.computeIfAbsent(c.range(), k -> new ArrayList<>()).add(c);
    }
    return m;
  }

  private static boolean before(Position a, Position b) {
    return a.getLine() < b.getLine()
        || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
  }

  /**
   * The diagnostics of {@code fa}; each carries its fixes, already as LSP edits, and the document
   * version they apply to in {@code data}, so code actions need no state.
   */
  static List<Diagnostic> diagnostics(
      FileAnalysis fa,
      int version,
      Function<String, DocumentText> texts,
      Function<String, String> uris) {
    List<Diagnostic> out = new ArrayList<>();
    DocumentText text = texts.apply(fa.path());
    if (text == null) {
      return out;
    }
    for (dev.shapesense.analyzer.Diagnostic d : fa.diagnostics()) {
      Diagnostic l =
          new Diagnostic(
              text.range(d.range()), d.message(), severity(d.severity()), SOURCE, d.code());
      if (!d.fixes().isEmpty()) {
        l.setData(fixData(d.fixes(), version, texts, uris));
      }
      out.add(l);
    }
    return out;
  }

  private static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

  private static JsonObject fixData(
      List<Fix> fixes,
      int version,
      Function<String, DocumentText> texts,
      Function<String, String> uris) {
    JsonObject data = new JsonObject();
    data.addProperty("version", version);
    JsonArray arr = new JsonArray();
    for (Fix f : fixes) {
      JsonObject fix = new JsonObject();
      fix.addProperty("title", f.title());
      JsonArray edits = new JsonArray();
      for (TextEdit e : f.edits()) {
        DocumentText t = texts.apply(e.path());
        if (t == null) {
          continue;
        }
        JsonObject edit = new JsonObject();
        edit.addProperty("uri", uris.apply(e.path()));
        edit.add("range", GSON.toJsonTree(t.range(e.range())));
        edit.addProperty("newText", e.newText());
        edits.add(edit);
      }
      fix.add("edits", edits);
      arr.add(fix);
    }
    data.add("fixes", arr);
    return data;
  }

  /** One fix read back from {@code Diagnostic.data}: its title and edits by URI. */
  record FixData(String title, Map<String, List<org.eclipse.lsp4j.TextEdit>> changes) {}

  /**
   * The fixes a diagnostic carries, or none when its data is not ours or not for {@code version}.
   */
  static List<FixData> fixes(Object data, Integer version) {
    List<FixData> out = new ArrayList<>();
    if (!(data instanceof JsonElement el) || !el.isJsonObject()) {
      return out;
    }
    JsonObject o = el.getAsJsonObject();
    try {
      if (version != null && o.has("version") && o.get("version").getAsInt() != version) {
        return out;
      }
      for (JsonElement f : o.getAsJsonArray("fixes")) {
        JsonObject fix = f.getAsJsonObject();
        Map<String, List<org.eclipse.lsp4j.TextEdit>> changes = new LinkedHashMap<>();
        for (JsonElement e : fix.getAsJsonArray("edits")) {
          JsonObject edit = e.getAsJsonObject();
          Range r = GSON.fromJson(edit.get("range"), Range.class);
          changes
              .computeIfAbsent(edit.get("uri").getAsString(), k -> new ArrayList<>())
              .add(new org.eclipse.lsp4j.TextEdit(r, edit.get("newText").getAsString()));
        }
        out.add(new FixData(fix.get("title").getAsString(), changes));
      }
    } catch (RuntimeException e) {
      // Data a client altered or made up: no fixes rather than a failed request.
      return List.of();
    }
    return out;
  }
}
