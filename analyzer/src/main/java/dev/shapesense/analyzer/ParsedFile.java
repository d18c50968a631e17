package dev.shapesense.analyzer;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
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
  private volatile Map<String, List<TypeDeclaration<?>>> uses;

  private volatile CompletableFuture<List<Problem>> problems;

  /**
   * Whether a large text may be parsed in two halves ({@link SplitParse}): false after a version
   * of the file with a grammar problem. A half with a problem gives no split, and the whole text
   * is then parsed after the halves, twice the time of one parse; a file being typed stays
   * broken for many versions in a row, so those are parsed whole until one parses cleanly. Only
   * speed depends on it, never a result.
   */
  private final boolean inHalves;

  private record Parse(ParseResult<CompilationUnit> result, List<TypeDeclaration<?>> types) {
    CompilationUnit unit() {
      return result.getResult().orElse(null);
    }
  }

  private ParsedFile(SourceFile source, boolean inHalves) {
    this.source = source;
    this.inHalves = inHalves;
    this.lines = new LineIndex(source.text());
  }

  /**
   * Every type declaration of a tree, nested ones too, in source order. A walk of a large tree
   * costs about a tenth of its parse, so the types are first found among the members of types
   * alone; only when the text declares more types than that (a local or anonymous class's own
   * class) is the whole tree walked.
   */
  private static List<TypeDeclaration<?>> findTypes(CompilationUnit unit, int declarations) {
    List<TypeDeclaration<?>> members = new ArrayList<>();
    for (TypeDeclaration<?> t : unit.getTypes()) {
      addMemberTypes(t, members);
    }
    if (members.size() >= declarations) {
      return List.copyOf(members);
    }
    List<TypeDeclaration<?>> all = new ArrayList<>();
    JavaParsing.preorder(unit, n -> {
      if (n instanceof TypeDeclaration<?> t) {
        all.add(t);
      }
    });
    return List.copyOf(all);
  }

  private static void addMemberTypes(TypeDeclaration<?> t, List<TypeDeclaration<?>> out) {
    out.add(t);
    for (BodyDeclaration<?> m : t.getMembers()) {
      if (m instanceof TypeDeclaration<?> inner) {
        addMemberTypes(inner, out);
      }
    }
  }

  /** The file; it is parsed when its tree, problems or types are first asked for. */
  static ParsedFile parse(SourceFile source) {
    return new ParsedFile(source, true);
  }

  /**
   * The file's next version: parsed whole if this version's parse found a grammar problem (an
   * unparsed version passes on what it was told).
   */
  ParsedFile next(SourceFile source) {
    Parse p = parse;
    return new ParsedFile(source, p == null ? inHalves : p.result().getProblems().isEmpty());
  }

  /** Whether this version may be parsed in two halves (see {@link #next}). */
  boolean parsesInHalves() {
    return inHalves;
  }

  private Parse parsed() {
    Parse p = parse;
    if (p == null) {
      synchronized (this) {
        p = parse;
        if (p == null) {
          ParseResult<CompilationUnit> r = JavaParsing.parse(source.text(), inHalves);
          CompilationUnit unit = r.getResult().orElse(null);
          // Found once per parse: every analysis and every workspace index asks for them.
          p = new Parse(r, unit == null ? List.of() : findTypes(unit, text().declarations()));
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

  /** Every identifier of the text outside comments and literals (read without a parse). */
  Set<String> identifiers() {
    return text().identifiers();
  }

  /** False when no identifier of the file is {@code name} (read without a parse). */
  public boolean mayMention(String name) {
    return text().identifiers().contains(name);
  }

  /**
   * For each simple name this file builds ({@code new Name(...)}) or extends, the type
   * declarations of the file that do so, each once, in source order (builds first). Found in one
   * walk of the tree on first request (a workspace asks only of files that name the class) and
   * kept: a workspace asks for every edit, and the other files do not change.
   */
  public Map<String, List<TypeDeclaration<?>>> uses() {
    Map<String, List<TypeDeclaration<?>>> u = uses;
    if (u == null) {
      u = findUses(unit().orElse(null));
      uses = u;
    }
    return u;
  }

  private static Map<String, List<TypeDeclaration<?>>> findUses(CompilationUnit unit) {
    if (unit == null) {
      return Map.of();
    }
    Map<String, List<TypeDeclaration<?>>> found = new HashMap<>();
    List<ClassOrInterfaceDeclaration> classes = new ArrayList<>();
    JavaParsing.preorder(unit, n -> {
      if (n instanceof ObjectCreationExpr oc) {
        oc.findAncestor(TypeDeclaration.class)
            .ifPresent(t -> addUse(found, oc.getType().getNameAsString(), t));
      } else if (n instanceof ClassOrInterfaceDeclaration c) {
        classes.add(c);
      }
    });
    for (ClassOrInterfaceDeclaration c : classes) {
      for (ClassOrInterfaceType ext : c.getExtendedTypes()) {
        addUse(found, ext.getNameAsString(), c);
      }
    }
    found.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(found);
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
