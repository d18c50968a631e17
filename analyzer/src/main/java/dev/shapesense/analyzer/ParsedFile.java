package dev.shapesense.analyzer;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A source file, parsed once, on first use: the (possibly partial) syntax tree, the parse problems,
 * and the line index. JavaParser's 1-based inclusive positions become 0-based offsets here and
 * nowhere else. What the text may declare or mention is known without a parse ({@link #mayDeclare()},
 * {@link #mayMention}), so a workspace parses only the files an analysis needs. Thread-safe.
 */
public final class ParsedFile {
  private final SourceFile source;
  private final LineIndex lines;
  private volatile Parse parse;
  private volatile JavaText text;

  private volatile CompletableFuture<List<Problem>> problems;

  private record Parse(
      ParseResult<CompilationUnit> result,
      CompilationUnit unit,
      List<TypeDeclaration<?>> types,
      Map<String, List<TypeDeclaration<?>>> uses) {}

  private ParsedFile(SourceFile source) {
    this.source = source;
    this.lines = new LineIndex(source.text());
  }

  /**
   * The types of a tree and what they build or extend ({@link #uses()}), found in one walk: every
   * analysis and every workspace index asks for them, and a walk of a large tree costs about a
   * tenth of its parse.
   */
  private static Parse index(ParseResult<CompilationUnit> r) {
    CompilationUnit unit = r.getResult().orElse(null);
    if (unit == null) {
      return new Parse(r, null, List.of(), Map.of());
    }
    List<TypeDeclaration<?>> types = new ArrayList<>();
    List<ObjectCreationExpr> creations = new ArrayList<>();
    List<TypeDeclaration<?>> creators = new ArrayList<>();
    record Visit(Node node, TypeDeclaration<?> owner) {}
    ArrayDeque<Visit> todo = new ArrayDeque<>();
    todo.push(new Visit(unit, null));
    while (!todo.isEmpty()) {
      Visit v = todo.pop();
      TypeDeclaration<?> owner = v.owner();
      if (v.node() instanceof TypeDeclaration<?> t) {
        types.add(t);
        owner = t;
      } else if (v.node() instanceof ObjectCreationExpr oc && owner != null) {
        creations.add(oc);
        creators.add(owner);
      }
      List<Node> children = v.node().getChildNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(new Visit(children.get(i), owner));
      }
    }
    Map<String, List<TypeDeclaration<?>>> found = new HashMap<>();
    for (int i = 0; i < creations.size(); i++) {
      addUse(found, creations.get(i).getType().getNameAsString(), creators.get(i));
    }
    for (TypeDeclaration<?> t : types) {
      if (t instanceof ClassOrInterfaceDeclaration c) {
        for (ClassOrInterfaceType ext : c.getExtendedTypes()) {
          addUse(found, ext.getNameAsString(), c);
        }
      }
    }
    found.replaceAll((k, v) -> List.copyOf(v));
    return new Parse(r, unit, List.copyOf(types), Map.copyOf(found));
  }

  /** The file; it is parsed when its tree, problems or types are first asked for. */
  static ParsedFile parse(SourceFile source) {
    return new ParsedFile(source);
  }

  private Parse parsed() {
    Parse p = parse;
    if (p == null) {
      synchronized (this) {
        p = parse;
        if (p == null) {
          p = index(JavaParsing.parse(source.text()));
          parse = p;
        }
      }
    }
    return p;
  }

  private JavaText text() {
    JavaText t = text;
    if (t == null) {
      t = JavaText.scan(source.text());
      text = t;
    }
    return t;
  }

  /**
   * The simple names of the types the file may declare, read from the text without a parse: a
   * superset of the names of {@link #types()}.
   */
  public Set<String> mayDeclare() {
    return text().declared();
  }

  /** False when no identifier of the file is {@code name} (read without a parse). */
  public boolean mayMention(String name) {
    return text().identifiers().contains(name);
  }

  /**
   * For each simple name this file builds ({@code new Name(...)}) or extends, the type
   * declarations of the file that do so, each once, in source order (builds first). Found in one
   * pass per parse and kept: a workspace asks for every edit, and the other files do not change.
   */
  public Map<String, List<TypeDeclaration<?>>> uses() {
    return parsed().uses();
  }

  private static void addUse(
      Map<String, List<TypeDeclaration<?>>> found, String name, TypeDeclaration<?> t) {
    List<TypeDeclaration<?>> l = found.computeIfAbsent(name, k -> new ArrayList<>());
    if (l.stream().noneMatch(x -> x == t)) {
      l.add(t);
    }
  }

  public SourceFile source() {
    return source;
  }

  public String path() {
    return source.path();
  }

  /** The syntax tree; empty when nothing could be recovered. */
  public Optional<CompilationUnit> unit() {
    return Optional.ofNullable(parsed().unit());
  }

  /** Every type declaration of the file, nested ones too, in source order. */
  public List<TypeDeclaration<?>> types() {
    return parsed().types();
  }

  /**
   * The parse problems, Java 17 checks included, sorted by position. The checks run on first
   * request, or on another thread from {@link #checkInBackground()}.
   */
  public List<Problem> problems() {
    return checks(false).join();
  }

  /**
   * Starts the Java 17 checks on another thread, so they run while the caller interprets the tree
   * (they only read it); {@link #problems()} then waits for them.
   */
  public void checkInBackground() {
    // Handing work to another thread costs about what checking a few thousand characters does:
    // a small file is checked when its problems are asked for.
    if (source.text().length() >= BACKGROUND_CHECKS_FROM) {
      checks(true);
    }
  }

  /** The size from which {@link #checkInBackground()} checks on another thread. */
  static final int BACKGROUND_CHECKS_FROM = 32 * 1024;

  private CompletableFuture<List<Problem>> checks(boolean inBackground) {
    CompletableFuture<List<Problem>> f = problems;
    if (f == null) {
      synchronized (this) {
        f = problems;
        if (f == null) {
          ParseResult<CompilationUnit> r = parsed().result();
          f = inBackground
              ? CompletableFuture.supplyAsync(() -> List.copyOf(JavaParsing.check(r)))
              : CompletableFuture.completedFuture(List.copyOf(JavaParsing.check(r)));
          problems = f;
        }
      }
    }
    return f;
  }

  public LineIndex lines() {
    return lines;
  }

  /** The offsets a node spans, or null when JavaParser gave it no position. */
  public TextRange range(Node n) {
    return n.getRange()
        .map(
            r -> {
              int start = lines.offset(r.begin.line, r.begin.column);
              int end = lines.offset(r.end.line, r.end.column) + 1;
              return new TextRange(start, Math.max(start, Math.min(end, source.text().length())));
            })
        .orElse(null);
  }

  /**
   * Whether this file is part of the nn library itself ({@code dev.shapesense.nn},
   * {@code dev.shapesense.tensor}): the analysis runs the compiled library, never its sources, so
   * such files declare no user types (a workspace holding ShapeSense's own sources stays sound).
   */
  public boolean isLibrarySource() {
    CompilationUnit unit = parsed().unit();
    return unit != null
        && unit.getPackageDeclaration()
            .map(p -> p.getNameAsString())
            .filter(n -> n.equals("dev.shapesense.nn") || n.equals("dev.shapesense.tensor") || n.startsWith("dev.shapesense.tensor."))
            .isPresent();
  }

  /** 1-based line of a node's start, or 0. */
  public int line(Node n) {
    return n.getBegin().map(p -> p.line).orElse(0);
  }
}
