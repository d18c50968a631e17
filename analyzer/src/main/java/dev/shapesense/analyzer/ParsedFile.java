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
 * nowhere else. What the text may declare or mention is known without a parse ({@link
 * #mayDeclare()}, {@link #mayMention}), so a workspace parses only the files an analysis needs.
 * Thread-safe.
 */
public final class ParsedFile {
  private final SourceFile source;
  private final LineIndex lines;
  private volatile Parse parse;
  private volatile JavaText text;
  private volatile Map<String, List<TypeDeclaration<?>>> uses;

  private volatile CompletableFuture<List<Problem>> problems;

  /**
   * The version before, whose tree this version may take over ({@link MemberParses#splice});
   * cleared once this version is parsed, so versions do not chain.
   */
  private volatile ParsedFile previous;

  /**
   * How many times this version gave its tree to the next version: an analysis that saw it change
   * read a tree being spliced and has no result ({@link Analyzer}).
   */
  private volatile int handovers;

  private record Parse(
      CompilationUnit unit,
      List<Problem> grammar,
      List<TypeDeclaration<?>> types,
      MemberParses members) {}

  private ParsedFile(SourceFile source, ParsedFile previous) {
    this.source = source;
    this.previous = previous;
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
    JavaParsing.preorder(
        unit,
        n -> {
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
    return new ParsedFile(source, null);
  }

  /**
   * The file's next version. Parsed when first asked, it takes over this version's tree if the edit
   * lies inside one member of its last class and that member's new text parses cleanly on its own:
   * only that member is parsed again ({@link MemberParses}). This version then gives up its tree
   * and parses its text again if it is asked for it later.
   */
  ParsedFile next(SourceFile source) {
    return new ParsedFile(source, this);
  }

  /** How many times this version's tree went to a newer version (see {@link #next}). */
  int handovers() {
    return handovers;
  }

  private Parse parsed() {
    Parse p = parse;
    if (p == null) {
      synchronized (this) {
        p = parse;
        if (p == null) {
          ParsedFile before = previous;
          previous = null;
          p = before == null ? null : before.handOver(source.text(), lines);
          if (p == null) {
            ParseResult<CompilationUnit> r = JavaParsing.parse(source.text());
            CompilationUnit unit = r.getResult().orElse(null);
            // Found once per parse: every analysis and every workspace index asks for them.
            List<TypeDeclaration<?>> types =
                unit == null ? List.of() : findTypes(unit, text().declarations());
            p =
                new Parse(
                    unit,
                    List.copyOf(r.getProblems()),
                    types,
                    MemberParses.of(unit, r.getProblems()));
          } else {
            MemberParses.Splice edit = p.members().lastSplice();
            JavaText known = before.text;
            if (text == null && known != null && edit != null) {
              // Only the member the edit lies in is read again.
              text = known.spliced(edit.at(), edit.oldLength(), edit.newPart(), source.text());
            }
            p =
                new Parse(
                    p.unit(), p.grammar(), findTypes(p.unit(), text().declarations()), p.members());
          }
          parse = p;
        }
      }
    }
    return p;
  }

  /**
   * This version's tree spliced for {@code newText} (the next version's), or null when the edit is
   * not inside one member or the member's new text does not parse cleanly alone. On success this
   * version no longer has a tree: asked again, it parses its own text.
   */
  private synchronized Parse handOver(String newText, LineIndex newLines) {
    Parse p = parse;
    if (p == null || p.members() == null) {
      return null;
    }
    CompletableFuture<List<Problem>> checking = problems;
    if (checking != null) {
      // The checks read the tree: they finish before it changes.
      checking.join();
    }
    MemberParses next = p.members().splice(this, newText, newLines);
    if (next == null) {
      return null;
    }
    handovers++;
    parse = null;
    problems = null;
    uses = null;
    return new Parse(p.unit(), List.of(), null, next);
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
   * For each simple name this file builds ({@code new Name(...)}) or extends, the type declarations
   * of the file that do so, each once, in source order (builds first). Found in one walk of the
   * tree on first request (a workspace asks only of files that name the class) and kept: a
   * workspace asks for every edit, and the other files do not change.
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
    JavaParsing.preorder(
        unit,
        n -> {
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

  /** The grammar's problems alone (no Java 17 checks), sorted by position. */
  List<Problem> grammarProblems() {
    return parsed().grammar();
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
          Parse p = parsed();
          String text = source.text();
          f =
              inBackground
                  ? CompletableFuture.supplyAsync(() -> checked(p, text))
                  : CompletableFuture.completedFuture(checked(p, text));
          problems = f;
        }
      }
    }
    return f;
  }

  /** The grammar's problems and the Java 17 checks' of a parse, member by member where it can. */
  private static List<Problem> checked(Parse p, String text) {
    if (p.members() == null) {
      return List.copyOf(JavaParsing.check(p.unit(), p.grammar()));
    }
    List<Problem> byMember = p.members().check(p.unit());
    if (byMember != null) {
      return List.copyOf(byMember);
    }
    // A spliced tree's members count their lines from their own start: a whole check of it would
    // place problems wrongly, a check of a fresh parse of the same text does not.
    return List.copyOf(
        p.members().spliced()
            ? JavaParsing.check(JavaParsing.parse(text))
            : JavaParsing.check(p.unit(), p.grammar()));
  }

  public LineIndex lines() {
    return lines;
  }

  /**
   * What to add to the line of a node's position to get its line in this text: 0, except inside a
   * member that was parsed alone or that an edit before it moved ({@link MemberParses}).
   */
  private int lineShift(Node n) {
    MemberParses m = parsed().members();
    return m == null ? 0 : m.lineShift(n);
  }

  /** The offsets a node spans, or null when JavaParser gave it no position. */
  public TextRange range(Node n) {
    return n.getRange().map(r -> offsets(r, lineShift(n))).orElse(null);
  }

  /**
   * For the class re-parsed member by member: what {@code summary} makes of its members' facts of
   * {@code kind}, in their order, kept under {@code key} across edits while each re-parsed member's
   * new fact is {@code same} as its old one; null for another class.
   */
  public <T, R> R memberSummary(
      TypeDeclaration<?> type,
      MemberFact<T> kind,
      java.util.function.Function<Node, T> compute,
      MemberFact<R> key,
      java.util.function.BiPredicate<T, T> same,
      java.util.function.Function<List<T>, R> summary) {
    MemberParses m = parsed().members();
    return m == null || !m.owns(type) ? null : m.summary(kind, compute, key, same, summary);
  }

  /**
   * The offsets of {@code positions}, as JavaParser gave them to a node of {@code member}'s tree (a
   * member of one of this file's classes): what {@link #range} gives for that node, from positions
   * kept in a {@link #fact} rather than read from the tree again.
   */
  public TextRange range(Node member, com.github.javaparser.Range positions) {
    return offsets(positions, lineShift(member));
  }

  private TextRange offsets(com.github.javaparser.Range r, int lineShift) {
    int start = lines.offset(r.begin.line + lineShift, r.begin.column);
    int end = lines.offset(r.end.line + lineShift, r.end.column) + 1;
    return new TextRange(start, Math.max(start, Math.min(end, source.text().length())));
  }

  /**
   * Whether this file is part of the nn library itself ({@code dev.shapesense.nn}, {@code
   * dev.shapesense.tensor}): the analysis runs the compiled library, never its sources, so such
   * files declare no user types (a workspace holding ShapeSense's own sources stays sound).
   */
  public boolean isLibrarySource() {
    CompilationUnit unit = parsed().unit();
    return unit != null
        && unit.getPackageDeclaration()
            .map(p -> p.getNameAsString())
            .filter(
                n ->
                    n.equals("dev.shapesense.nn")
                        || n.equals("dev.shapesense.tensor")
                        || n.startsWith("dev.shapesense.tensor."))
            .isPresent();
  }

  /**
   * A fact of {@code kind} derived from {@code member} (a member of one of this file's classes)
   * alone, by {@code compute}, which must read nothing but the member's own tree: the memoised
   * query "tree of a member -> fact". Kept while later versions of the file take the tree over
   * ({@link MemberParses}), so an edit computes again only the facts of the member it touched.
   */
  public <T> T fact(Node member, MemberFact<T> kind, java.util.function.Function<Node, T> compute) {
    MemberParses m = parsed().members();
    return m == null ? compute.apply(member) : m.fact(member, kind, compute);
  }

  /**
   * The fact of {@code kind} about each member of {@code type}, in their order, found for the
   * members an edit re-parsed and kept for the others (the facts of a class of thousands of members
   * are then not looked up one by one at every analysis); null when {@code type} is not the class
   * whose members are re-parsed (the caller asks member by member with {@link #fact}).
   */
  public <T> List<T> memberFacts(
      TypeDeclaration<?> type, MemberFact<T> kind, java.util.function.Function<Node, T> compute) {
    MemberParses m = parsed().members();
    return m == null || !m.owns(type) ? null : m.facts(kind, compute);
  }

  /**
   * For the class re-parsed member by member: each name {@code names} gives a member's fact of
   * {@code kind} (the variables a field declares), to the member's place among the members, kept
   * across edits that keep the names; null for another class.
   */
  public <T> Map<String, Integer> memberPlaces(
      TypeDeclaration<?> type,
      MemberFact<T> kind,
      java.util.function.Function<Node, T> compute,
      java.util.function.Function<T, String[]> names) {
    MemberParses m = parsed().members();
    return m == null || !m.owns(type) ? null : m.places(kind, compute, names);
  }

  /**
   * The offsets of {@code positions} in the tree of the member at {@code place} of the class {@link
   * #memberPlaces} answers for: what {@link #range(Node, com.github.javaparser.Range)} gives.
   */
  public TextRange memberRange(int place, com.github.javaparser.Range positions) {
    return offsets(positions, parsed().members().shiftAt(place));
  }

  /** 1-based line of a node's start, or 0. */
  public int line(Node n) {
    return n.getBegin().map(p -> p.line + lineShift(n)).orElse(0);
  }
}
