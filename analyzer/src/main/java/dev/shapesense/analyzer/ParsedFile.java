package dev.shapesense.analyzer;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
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

  private record Parse(CompilationUnit unit, List<Problem> problems, List<TypeDeclaration<?>> types) {}

  private ParsedFile(SourceFile source) {
    this.source = source;
    this.lines = new LineIndex(source.text());
  }

  @SuppressWarnings("unchecked")
  private static List<TypeDeclaration<?>> findTypes(CompilationUnit unit) {
    return (List<TypeDeclaration<?>>) (List<?>) unit.findAll(TypeDeclaration.class);
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
          ParseResult<CompilationUnit> r = JavaParsing.parse(source.text());
          CompilationUnit unit = r.getResult().orElse(null);
          // Found once per parse: every analysis and every workspace index asks for them.
          p = new Parse(unit, List.copyOf(r.getProblems()), unit == null ? List.of() : List.copyOf(findTypes(unit)));
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
    Map<String, List<TypeDeclaration<?>>> u = uses;
    if (u == null) {
      Map<String, List<TypeDeclaration<?>>> found = new HashMap<>();
      unit().ifPresent(
          cu -> {
            for (ObjectCreationExpr oc : cu.findAll(ObjectCreationExpr.class)) {
              oc.findAncestor(TypeDeclaration.class)
                  .ifPresent(t -> addUse(found, oc.getType().getNameAsString(), t));
            }
            for (ClassOrInterfaceDeclaration c : cu.findAll(ClassOrInterfaceDeclaration.class)) {
              for (ClassOrInterfaceType ext : c.getExtendedTypes()) {
                addUse(found, ext.getNameAsString(), c);
              }
            }
          });
      found.replaceAll((k, v) -> List.copyOf(v));
      u = Map.copyOf(found);
      uses = u;
    }
    return u;
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

  public List<Problem> problems() {
    return parsed().problems();
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
