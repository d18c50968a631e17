package dev.shapesense.analyzer;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of a file's last class as units of re-parsing, the memoised query "text of a member
 * -> its tree" (and "tree of a member -> its Java 17 problems"): when an edit lies inside one
 * member and the member's new text parses cleanly on its own, only that member is parsed again and
 * put in the place of the old one in the same tree; every other member keeps its nodes and its
 * checks' problems.
 *
 * <p>Positions: a member parsed alone is parsed after as many spaces as its column, so its columns
 * are those of the file and its lines count from its first line; the member keeps a line shift
 * (added by {@link ParsedFile#range}), as do the members after an edit that added or removed lines.
 * Only the class and the file, which hold the edit, get a new end position. An edit outside the
 * members (between them, in the class's header, in another class, in imports), in a file with a
 * grammar problem, or whose member does not parse alone cleanly is parsed whole, so JavaParser's
 * own recovery sees what it always saw.
 *
 * <p>Why it is the tree of a whole parse: the lexer enters a member in its initial state (the text
 * before it is unchanged and ends a token, a comment or blanks) and leaves it in the same state (a
 * body declaration ends with {@code ;} or {@code }}, which join no following character, and the
 * text after it up to the line end is blanks); a class body is a sequence of body declarations, so
 * the text that parses as exactly one alone is that one in the class. {@code IncrementalParseTest}
 * compares the trees, problems and analyses with fresh parses after random edits.
 *
 * <p>One object per chain of versions: a splice moves it (and the tree) to the next version, the
 * version before gives up its tree ({@link ParsedFile#handOver}).
 */
final class MemberParses {
  /** The class whose members are re-parsed: the file's last type. */
  private final ClassOrInterfaceDeclaration owner;

  /** Each member's place among the owner's members. */
  private final Map<Node, Integer> index;

  /** Per member (by place), what to add to its nodes' lines. */
  private final int[] shift;

  /** Per member (by place), its checks' problems, in its own lines, with the member they are of. */
  private final Checked[] checked;

  private record Checked(Node member, List<Problem> problems) {}

  /**
   * What the checks that walk the whole tree found outside the members, per check, kept for every
   * version of this tree ({@link JavaParsing#checkOutside}): an edit of one member changes nothing
   * outside the members.
   */
  private final Map<Integer, List<Problem>> outsideKept =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Per member (by place), the facts the analysis derived from that member alone ({@link
   * ParsedFile#fact}), by kind, with the member they are of: they live as long as the member's
   * tree.
   */
  private final Facts[] facts;

  private record Facts(Node member, Object[] byKind) {}

  private MemberParses(
      ClassOrInterfaceDeclaration owner, Map<Node, Integer> index, int[] shift, Checked[] checked) {
    this.owner = owner;
    this.index = index;
    this.shift = shift;
    this.checked = checked;
    this.facts = new Facts[shift.length];
  }

  /**
   * The fact of {@code kind} about {@code member}, computed by {@code compute} at the first request
   * for this tree of the member; computed each time when {@code member} is not a member of the
   * owner. Threads that race compute it twice, and both get an equal fact.
   */
  <T> T fact(Node member, MemberFact<T> kind, java.util.function.Function<Node, T> compute) {
    Integer i = index.get(member);
    if (i == null) {
      return compute.apply(member);
    }
    Facts f = facts[i];
    if (f == null || f.member() != member || f.byKind().length <= kind.id()) {
      // A kind made after this member's first fact (its class loaded later) makes room.
      Object[] byKind = new Object[Math.max(MemberFact.count(), kind.id() + 1)];
      if (f != null && f.member() == member) {
        System.arraycopy(f.byKind(), 0, byKind, 0, f.byKind().length);
      }
      f = new Facts(member, byKind);
      facts[i] = f;
    }
    @SuppressWarnings("unchecked")
    T v = (T) f.byKind()[kind.id()];
    if (v == null) {
      v = compute.apply(member);
      f.byKind()[kind.id()] = v;
    }
    return v;
  }

  /**
   * The fact of {@code kind} about each of the owner's members, in their order, kept across the
   * tree's versions: a member whose tree the last request saw is not looked up again, only the one
   * an edit re-parsed is (a class of 10,000 members: 10,000 lookups of scattered nodes per
   * analysis, against one pass over two arrays). The list does not change.
   */
  <T> List<T> facts(MemberFact<T> kind, java.util.function.Function<Node, T> compute) {
    @SuppressWarnings("unchecked")
    List<T> out =
        (List<T>)
            Collections.unmodifiableList(java.util.Arrays.asList(every(kind, compute).values()));
    return out;
  }

  /** {@link #facts}, as the snapshot it keeps for the next version. */
  private <T> EveryFact every(MemberFact<T> kind, java.util.function.Function<Node, T> compute) {
    List<BodyDeclaration<?>> members = owner.getMembers();
    int n = members.size();
    Object[] now = new Object[n];
    Object[] values = new Object[n];
    EveryFact last = every.get(kind.id());
    boolean same = last != null && last.members().length == n;
    for (int i = 0; i < n; i++) {
      Node m = members.get(i);
      now[i] = m;
      values[i] = same && last.members()[i] == m ? last.values()[i] : fact(m, kind, compute);
    }
    EveryFact found = new EveryFact(now, values);
    every.put(kind.id(), found);
    return found;
  }

  /**
   * An index of the owner's members by name (each name the fact of {@code kind} gives a member,
   * such as the variables a field declares) to the member's place, kept across the tree's versions
   * while the members an edit re-parsed keep their names; the last member of a name wins.
   */
  <T> Map<String, Integer> places(
      MemberFact<T> kind,
      java.util.function.Function<Node, T> compute,
      java.util.function.Function<T, String[]> names) {
    return summary(
        kind,
        compute,
        kind,
        (a, b) -> java.util.Arrays.equals(names.apply(a), names.apply(b)),
        facts -> {
          Map<String, Integer> made = new java.util.HashMap<>(facts.size() * 2);
          for (int i = 0; i < facts.size(); i++) {
            for (String n : names.apply(facts.get(i))) {
              made.put(n, i);
            }
          }
          return Collections.unmodifiableMap(made);
        });
  }

  /**
   * What {@code summary} makes of the owner's members' facts of {@code kind} (in the members'
   * order), kept under {@code key} across the tree's versions while each member's fact is the one
   * it was made from or {@code same} as it: an edit of one member costs one comparison of its new
   * fact, not a new summary.
   */
  <T, R> R summary(
      MemberFact<T> kind,
      java.util.function.Function<Node, T> compute,
      Object key,
      java.util.function.BiPredicate<T, T> same,
      java.util.function.Function<List<T>, R> summary) {
    Object[] now = every(kind, compute).values();
    Summary kept = summaries.get(key);
    boolean keep = kept != null && kept.facts().length == now.length;
    for (int i = 0; keep && i < now.length; i++) {
      keep = kept.facts()[i] == now[i] || same.test(cast(kept.facts()[i]), cast(now[i]));
    }
    Object made =
        keep
            ? kept.result()
            : summary.apply(cast(Collections.unmodifiableList(java.util.Arrays.asList(now))));
    summaries.put(key, new Summary(now, made));
    return cast(made);
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }

  /** A {@link #summary} as last made or kept: the facts it was checked against, and itself. */
  private record Summary(Object[] facts, Object result) {}

  private final Map<Object, Summary> summaries = new java.util.concurrent.ConcurrentHashMap<>();

  /** What to add to the lines of the member at {@code place}. */
  int shiftAt(int place) {
    return shift[place];
  }

  /** {@link #facts} as last found, by kind: the members it was of, and each one's fact. */
  private record EveryFact(Object[] members, Object[] values) {}

  private final Map<Integer, EveryFact> every = new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether {@code type} is the class whose members are re-parsed (see {@link #facts}). */
  boolean owns(TypeDeclaration<?> type) {
    return type == owner;
  }

  /**
   * The members of a fresh parse's last class; null when there is none or the parse had problems.
   */
  static MemberParses of(CompilationUnit unit, List<Problem> grammar) {
    if (unit == null || !grammar.isEmpty() || unit.getTypes().isEmpty()) {
      return null;
    }
    TypeDeclaration<?> last = unit.getTypes().get(unit.getTypes().size() - 1);
    if (!(last instanceof ClassOrInterfaceDeclaration c)) {
      return null;
    }
    List<BodyDeclaration<?>> members = c.getMembers();
    Map<Node, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      index.put(members.get(i), i);
    }
    return new MemberParses(c, index, new int[members.size()], new Checked[members.size()]);
  }

  /**
   * The last splice: the member's text in the version before (from {@code at}, {@code oldLength}
   * characters) and in the version after ({@code newPart}, from the same offset).
   */
  record Splice(int at, int oldLength, String newPart) {}

  private Splice lastSplice;

  /** The edit the last {@link #splice} made, or null. */
  Splice lastSplice() {
    return lastSplice;
  }

  /** Whether a member was ever parsed alone or moved: then positions need {@link #lineShift}. */
  private boolean spliced;

  boolean spliced() {
    return spliced;
  }

  /** What to add to the line of {@code n}'s position: its member's shift, or 0 outside members. */
  int lineShift(Node n) {
    for (Node c = n; c != null; ) {
      Node p = c.getParentNode().orElse(null);
      if (p == owner) {
        Integer i = index.get(c);
        return i == null ? 0 : shift[i];
      }
      c = p;
    }
    return 0;
  }

  /**
   * The tree of {@code file} changed to {@code newText} by re-parsing the one member an edit lies
   * in, or null (then nothing changed). The tree moves to the result.
   */
  MemberParses splice(ParsedFile file, String newText, LineIndex newLines) {
    String oldText = file.source().text();
    if (newText.contains("\\u") || newText.equals(oldText)) {
      // Unicode escapes are translated before the lexer sees the text: parsed whole.
      return null;
    }
    int oldLen = oldText.length();
    int newLen = newText.length();
    int prefix = 0;
    int max = Math.min(oldLen, newLen);
    while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && oldText.charAt(oldLen - 1 - suffix) == newText.charAt(newLen - 1 - suffix)) {
      suffix++;
    }
    int oldEnd = oldLen - suffix;
    List<BodyDeclaration<?>> members = owner.getMembers();
    int at = -1;
    TextRange span = null;
    int lo = 0;
    int hi = members.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextRange r = file.range(members.get(mid));
      if (r == null) {
        return null;
      }
      if (r.end() < oldEnd) {
        lo = mid + 1;
      } else if (r.start() > prefix) {
        hi = mid - 1;
      } else {
        at = mid;
        span = r;
        break;
      }
    }
    if (at < 0 || span.start() > prefix || span.end() < oldEnd) {
      return null;
    }
    for (int i = span.end(); i < oldLen && oldText.charAt(i) != '\n'; i++) {
      char ch = oldText.charAt(i);
      if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\f') {
        // Something else on the member's last line would move along the line.
        return null;
      }
    }
    LineIndex oldLines = file.lines();
    int line = oldLines.line(span.start());
    int column = span.start() - oldLines.lineStart(line);
    String text = newText.substring(span.start(), span.end() + (newLen - oldLen));
    BodyDeclaration<?> parsed = JavaParsing.parseMember(" ".repeat(column) + text);
    if (parsed == null || CHILD_NODES == null) {
      return null;
    }
    int moved = newLines.lineCount() - oldLines.lineCount();
    Node old = members.get(at);
    List<Node> children = owner.getChildNodes();
    int child = 0;
    while (child < children.size() && children.get(child) != old) {
      child++;
    }
    // The tree changes from here on: the old version gives it up (ParsedFile.handOver).
    members.set(at, parsed);
    placeAmongChildren(parsed, child);
    index.remove(old);
    index.put(parsed, at);
    shift[at] = line;
    checked[at] = null;
    facts[at] = null;
    lastSplice = new Splice(span.start(), span.end() - span.start(), text);
    spliced = true;
    for (int i = at + 1; i < shift.length; i++) {
      shift[i] += moved;
    }
    if (moved != 0) {
      moveEnd(owner, moved);
      owner.findCompilationUnit().ifPresent(u -> moveEnd(u, moved));
    }
    return this;
  }

  /**
   * JavaParser's {@code getChildNodes()} order, which walks follow: a node given a parent is
   * appended to its children; the new member goes where the old one was, as a whole parse puts it.
   */
  private void placeAmongChildren(Node member, int place) {
    try {
      @SuppressWarnings("unchecked")
      List<Node> children = (List<Node>) CHILD_NODES.get(owner);
      int last = children.size() - 1;
      if (last >= 0 && children.get(last) == member && place < last) {
        children.remove(last);
        children.add(place, member);
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code Node.childNodes}, or null when this JavaParser has no such field (then no splicing). */
  private static final java.lang.reflect.Field CHILD_NODES = childNodes();

  private static java.lang.reflect.Field childNodes() {
    try {
      java.lang.reflect.Field f = Node.class.getDeclaredField("childNodes");
      f.setAccessible(true);
      return List.class.isAssignableFrom(f.getType()) ? f : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static void moveEnd(Node n, int lines) {
    n.getRange()
        .ifPresent(
            r -> n.setRange(new Range(r.begin, new Position(r.end.line + lines, r.end.column))));
  }

  /**
   * The grammar's (none) and the Java 17 checks' problems of the tree, sorted by position, each
   * member's checked once per tree it has; null when the checks cannot run in parts.
   */
  List<Problem> check(CompilationUnit unit) {
    List<BodyDeclaration<?>> members = owner.getMembers();
    Set<Node> skip = Collections.newSetFromMap(new IdentityHashMap<>());
    skip.addAll(members);
    List<Problem> outside = JavaParsing.checkOutside(unit, skip, outsideKept);
    if (outside == null) {
      return null;
    }
    List<Problem> out = new ArrayList<>(outside);
    for (int i = 0; i < members.size(); i++) {
      Node m = members.get(i);
      Checked c = checked[i];
      if (c == null || c.member() != m) {
        List<Problem> found = JavaParsing.checkMember(m);
        if (found == null) {
          return null;
        }
        c = new Checked(m, List.copyOf(found));
        checked[i] = c;
      }
      for (Problem p : c.problems()) {
        out.add(shift[i] == 0 ? p : shifted(p, shift[i]));
      }
    }
    out.sort(Problem.PROBLEM_BY_BEGIN_POSITION);
    return out;
  }

  /** A problem at its place in the file: its location's lines moved by {@code lines}. */
  private static Problem shifted(Problem p, int lines) {
    TokenRange loc = p.getLocation().orElse(null);
    if (loc == null) {
      return p;
    }
    return new Problem(
        p.getMessage(),
        new TokenRange(moved(loc.getBegin(), lines), moved(loc.getEnd(), lines)),
        p.getCause().orElse(null));
  }

  private static JavaToken moved(JavaToken t, int lines) {
    Range r =
        t.getRange()
            .map(
                x ->
                    new Range(
                        new Position(x.begin.line + lines, x.begin.column),
                        new Position(x.end.line + lines, x.end.column)))
            .orElse(null);
    return new JavaToken(r, t.getKind(), t.getText(), null, null);
  }
}
