package dev.shapesense.analyzer;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import java.util.Optional;

/**
 * A source file parsed once: the (possibly partial) syntax tree, the parse problems, and the line
 * index. JavaParser's 1-based inclusive positions become 0-based offsets here and nowhere else.
 */
public final class ParsedFile {
  private final SourceFile source;
  private final CompilationUnit unit;
  private final List<Problem> problems;
  private final LineIndex lines;
  private final List<TypeDeclaration<?>> types;

  private ParsedFile(SourceFile source, CompilationUnit unit, List<Problem> problems) {
    this.source = source;
    this.unit = unit;
    this.problems = problems;
    this.lines = new LineIndex(source.text());
    // Found once per parse: every analysis and every workspace index asks for them.
    this.types = unit == null ? List.of() : List.copyOf(findTypes(unit));
  }

  @SuppressWarnings("unchecked")
  private static List<TypeDeclaration<?>> findTypes(CompilationUnit unit) {
    return (List<TypeDeclaration<?>>) (List<?>) unit.findAll(TypeDeclaration.class);
  }

  static ParsedFile parse(SourceFile source) {
    ParseResult<CompilationUnit> r = JavaParsing.parse(source.text());
    return new ParsedFile(source, r.getResult().orElse(null), List.copyOf(r.getProblems()));
  }

  public SourceFile source() {
    return source;
  }

  public String path() {
    return source.path();
  }

  /** The syntax tree; empty when nothing could be recovered. */
  public Optional<CompilationUnit> unit() {
    return Optional.ofNullable(unit);
  }

  /** Every type declaration of the file, nested ones too, in source order. */
  public List<TypeDeclaration<?>> types() {
    return types;
  }

  public List<Problem> problems() {
    return problems;
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
