package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Property: a file version that took its tree over from the version before ({@link
 * ParsedFile#next}, member-level re-parsing) has exactly what a fresh parse of its text has — the
 * tree (node by node: class, offsets, parent, order among the parent's children), the problems
 * (Java 17 checks included, messages and places), the types — and its analysis (models, traces,
 * hints, diagnostics, fixes, calls, unknowns) equals a fresh analysis, after every one of a few
 * thousand random edits of the testdata models: tokens and lines replaced, inserted and deleted,
 * characters typed and removed, which break the syntax and fix it again.
 */
class IncrementalParseTest {
  /** Results must not depend on the machine's speed: no time budget (the step budget stays). */
  private static final AnalysisOptions OPTS = AnalysisOptions.DEFAULT.withTimeBudgetMillis(600_000);

  private static final String EDIT_CHARS = "{}();,.=+-*/\" \n\t0123456789abcxyzN@<>[]";

  /** Every node in pre-order with its depth, class and offsets; a wrong parent fails at once. */
  private static void describe(ParsedFile f, Node n, int depth, StringBuilder out) {
    out.append(depth)
        .append(' ')
        .append(n.getClass().getSimpleName())
        .append(' ')
        .append(f.range(n));
    if (n.getChildNodes().isEmpty()) {
      out.append(' ').append(n);
    }
    out.append('\n');
    for (Node c : n.getChildNodes()) {
      assertSame(n, c.getParentNode().orElseThrow(), "parent of " + c);
      describe(f, c, depth + 1, out);
    }
  }

  private static String tree(ParsedFile f) {
    StringBuilder sb = new StringBuilder();
    f.unit().ifPresent(u -> describe(f, u, 0, sb));
    for (Problem p : f.problems()) {
      sb.append("problem ").append(p.getVerboseMessage()).append('\n');
    }
    for (var t : f.types()) {
      sb.append("type ").append(t.getNameAsString()).append(' ').append(f.range(t)).append('\n');
    }
    return sb.toString();
  }

  /** Equal texts, or a failure that shows the first line where they differ. */
  private static void same(String want, String got, String context) {
    if (want.equals(got)) {
      return;
    }
    String[] w = want.split("\n", -1);
    String[] g = got.split("\n", -1);
    int i = 0;
    while (i < w.length && i < g.length && w[i].equals(g[i])) {
      i++;
    }
    assertEquals(
        String.join(
            "\n", java.util.Arrays.copyOfRange(w, Math.max(0, i - 3), Math.min(w.length, i + 3))),
        String.join(
            "\n", java.util.Arrays.copyOfRange(g, Math.max(0, i - 3), Math.min(g.length, i + 3))),
        "first difference at line " + i + " of " + context);
  }

  private static String edit(String text, Random rnd, List<String> lines) {
    if (text.isEmpty()) {
      return "x";
    }
    // Mostly inside the file's last class, where members are re-parsed.
    int from = text.lastIndexOf("class ");
    int at =
        from > 0 && rnd.nextInt(4) > 0
            ? from + rnd.nextInt(text.length() - from)
            : rnd.nextInt(text.length());
    switch (rnd.nextInt(7)) {
      case 0:
        { // a number or identifier replaced by another of the file
          int s = at;
          while (s > 0 && Character.isJavaIdentifierPart(text.charAt(s - 1))) {
            s--;
          }
          int e = at;
          while (e < text.length() && Character.isJavaIdentifierPart(text.charAt(e))) {
            e++;
          }
          String[] words = text.split("[^A-Za-z0-9_]+");
          String w = words[rnd.nextInt(words.length)];
          return text.substring(0, s)
              + (rnd.nextBoolean() ? w : String.valueOf(rnd.nextInt(40)))
              + text.substring(e);
        }
      case 1:
        { // a line deleted
          int s = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
          int e = text.indexOf('\n', at);
          return text.substring(0, s) + (e < 0 ? "" : text.substring(e + 1));
        }
      case 2:
        { // a line of the file inserted
          int s = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
          return text.substring(0, s)
              + lines.get(rnd.nextInt(lines.size()))
              + "\n"
              + text.substring(s);
        }
      case 3:
        { // a line replaced by another of the file
          int s = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
          int e = text.indexOf('\n', at);
          return text.substring(0, s)
              + lines.get(rnd.nextInt(lines.size()))
              + (e < 0 ? "" : text.substring(e));
        }
      case 4:
        { // characters typed
          int n = 1 + rnd.nextInt(3);
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < n; i++) {
            sb.append(EDIT_CHARS.charAt(rnd.nextInt(EDIT_CHARS.length())));
          }
          return text.substring(0, at) + sb + text.substring(at);
        }
      case 5:
        { // characters removed
          int e = Math.min(text.length(), at + 1 + rnd.nextInt(4));
          return text.substring(0, at) + text.substring(e);
        }
      default:
        { // a digit changed, as in an editor's size edit
          for (int i = at; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
              return text.substring(0, i) + (char) ('0' + rnd.nextInt(10)) + text.substring(i + 1);
            }
          }
          return text + "\n";
        }
    }
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.root().resolve("testdata/models"))) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** A version's analysis, compared with a fresh one's text once the next version is analysed. */
  private record Pending(String want, FileAnalysis got, String context) {}

  @Test
  void everyVersionEqualsAFreshParseAndAnalysis() throws IOException {
    // Another seed or more edits per model (a longer search): -Dincremental.seed=,
    // -Dincremental.edits=
    Random rnd = new Random(Long.getLong("incremental.seed", 23));
    int edits = Integer.getInteger("incremental.edits", 16);
    int spliced = 0;
    int versions = 0;
    Pending previous = null;
    for (Path model : models()) {
      String path = model.getFileName().toString();
      String text = Files.readString(model);
      List<String> lines = text.lines().toList();
      String original = text;
      Workspace ws = Workspace.of(List.of(new SourceFile(path, text)));
      Analyzer.analyzeFile(ws, path, OPTS);
      for (int i = 0; i < edits; i++) {
        String broken = null;
        String next;
        if (i % 10 == 9) {
          next = original; // back to the file as it was
        } else {
          next = edit(text, rnd, lines);
          if (rnd.nextInt(3) == 0) {
            broken = next; // broken and fixed again in the next version
          }
        }
        for (String version : broken == null ? List.of(next) : List.of(next, text)) {
          ParsedFile before = ws.file(path);
          int handovers = before.handovers();
          ws = ws.with(new SourceFile(path, version));
          FileAnalysis incremental = Analyzer.analyzeFile(ws, path, OPTS);
          Workspace fresh = Workspace.of(List.of(new SourceFile(path, version)));
          String context = path + " version " + versions + ":\n" + version;
          same(tree(fresh.file(path)), tree(ws.file(path)), context);
          // The declared names of a spliced version are those of its edited member read again.
          assertEquals(fresh.file(path).mayDeclare(), ws.file(path).mayDeclare(), context);
          String want = Analyzer.analyzeFile(fresh, path, OPTS).toString();
          if (previous != null) {
            // Its trace, summary, graphs and hover details are built only now, after this
            // version took its tree over.
            same(previous.want(), previous.got().toString(), previous.context() + " (asked later)");
          }
          previous = new Pending(want, incremental, context);
          if (before.handovers() != handovers) {
            spliced++;
          }
          versions++;
        }
        text = broken == null ? next : text;
      }
    }
    same(previous.want(), previous.got().toString(), previous.context());
    System.out.println(
        "IncrementalParseTest: " + spliced + " of " + versions + " versions spliced");
    // Not vacuous: a good share of the edits lie inside one member and are spliced.
    assertTrue(spliced > versions / 8, spliced + " of " + versions);
  }

  /** A class of three fields, for the tests of member facts. */
  private static final String THREE_FIELDS =
      "class A extends Module {\n  private final int w = 3;\n  Linear fc = new Linear(w, 4);\n"
          + "  int x = 1;\n}\n";

  /** A kind of fact that counts its computations: a member's fact is its text and the count. */
  private static final class Counted {
    final MemberFact<Object> kind = MemberFact.named("counted");
    final java.util.concurrent.atomic.AtomicInteger computed =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.function.Function<Node, Object> compute =
        n -> n.toString() + "#" + computed.incrementAndGet();
  }

  @Test
  void aMemberKeepsItsFactsUntilAnEditTouchesIt() {
    String a = THREE_FIELDS;
    Counted counted = new Counted();
    ParsedFile v1 = ParsedFile.parse(new SourceFile("A.java", a));
    List<Node> m1 = new ArrayList<>(v1.types().get(0).getMembers());
    Object w1 = v1.fact(m1.get(0), counted.kind, counted.compute);
    Object x1 = v1.fact(m1.get(2), counted.kind, counted.compute);
    assertEquals(w1, v1.fact(m1.get(0), counted.kind, counted.compute));
    assertEquals(2, counted.computed.get());
    // An edit inside the last member: the other members keep their trees and facts.
    ParsedFile v2 = v1.next(new SourceFile("A.java", a.replace("x = 1", "x = 2")));
    List<Node> m2 = new ArrayList<>(v2.types().get(0).getMembers());
    assertEquals(1, v1.handovers());
    assertSame(m1.get(0), m2.get(0));
    assertEquals(w1, v2.fact(m2.get(0), counted.kind, counted.compute));
    assertEquals(2, counted.computed.get());
    Object x2 = v2.fact(m2.get(2), counted.kind, counted.compute);
    assertEquals("int x = 2;#3", x2);
    assertEquals("int x = 1;#2", x1);
    // An edit of the first member: its facts are worked out again, the others' kept.
    ParsedFile v3 =
        v2.next(new SourceFile("A.java", a.replace("x = 1", "x = 2").replace("w = 3", "w = 5")));
    List<Node> m3 = new ArrayList<>(v3.types().get(0).getMembers());
    assertEquals("private final int w = 5;#4", v3.fact(m3.get(0), counted.kind, counted.compute));
    assertEquals(x2, v3.fact(m3.get(2), counted.kind, counted.compute));
    assertEquals(4, counted.computed.get());
  }

  @Test
  void theFactsOfEveryMemberAreLookedUpForTheEditedMemberOnly() {
    String a = THREE_FIELDS;
    Counted counted = new Counted();
    ParsedFile v1 = ParsedFile.parse(new SourceFile("A.java", a));
    var type = v1.types().get(0);
    List<Object> f1 = v1.memberFacts(type, counted.kind, counted.compute);
    assertEquals(
        List.of("private final int w = 3;#1", "Linear fc = new Linear(w, 4);#2", "int x = 1;#3"),
        f1);
    assertEquals(f1, v1.memberFacts(type, counted.kind, counted.compute));
    assertEquals(3, counted.computed.get());
    ParsedFile v2 =
        v1.next(new SourceFile("A.java", a.replace("new Linear(w, 4)", "new Linear(w, 5)")));
    assertSame(type, v2.types().get(0));
    assertEquals(
        List.of("private final int w = 3;#1", "Linear fc = new Linear(w, 5);#4", "int x = 1;#3"),
        v2.memberFacts(type, counted.kind, counted.compute));
    assertEquals(4, counted.computed.get());
    // A class that is not the one re-parsed member by member is asked member by member.
    ParsedFile two = ParsedFile.parse(new SourceFile("B.java", "class B {\n  int y;\n}\n" + a));
    assertNull(two.memberFacts(two.types().get(0), counted.kind, counted.compute));
  }

  @Test
  void theIndexOfMembersByNameIsKeptWhileTheEditedMemberKeepsItsNames() {
    String a = "class A extends Module {\n  int w = 3;\n  int x = 1, y;\n  void f() {}\n}\n";
    MemberFact<String[]> kind = MemberFact.named("test names");
    java.util.function.Function<Node, String[]> names =
        n ->
            n instanceof com.github.javaparser.ast.body.FieldDeclaration fd
                ? fd.getVariables().stream().map(v -> v.getNameAsString()).toArray(String[]::new)
                : new String[0];
    ParsedFile v1 = ParsedFile.parse(new SourceFile("A.java", a));
    var type = v1.types().get(0);
    java.util.Map<String, Integer> p1 = v1.memberPlaces(type, kind, names, x -> x);
    assertEquals(java.util.Map.of("w", 0, "x", 1, "y", 1), p1);
    ParsedFile v2 = v1.next(new SourceFile("A.java", a.replace("x = 1", "x = 2")));
    assertSame(p1, v2.memberPlaces(type, kind, names, x -> x));
    ParsedFile v3 = v2.next(new SourceFile("A.java", a.replace("x = 1", "z = 2")));
    assertEquals(
        java.util.Map.of("w", 0, "z", 1, "y", 1), v3.memberPlaces(type, kind, names, x -> x));
  }

  @Test
  void aSummaryOfTheMembersIsKeptWhileEachEditedMemberIsTheSameToIt() {
    String a = "class A extends Module {\n  int w = 3;\n  int x = 1, y;\n  void f() {}\n}\n";
    MemberFact<String> kind = MemberFact.named("test text");
    MemberFact<String> key = MemberFact.named("test summary");
    java.util.function.Function<Node, String> text = n -> n.toString().replaceAll("\\d", "#");
    java.util.concurrent.atomic.AtomicInteger made =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<List<String>, String> summary =
        facts -> {
          made.incrementAndGet();
          return String.join(" | ", facts);
        };
    ParsedFile v1 = ParsedFile.parse(new SourceFile("A.java", a));
    var type = v1.types().get(0);
    String s1 = v1.memberSummary(type, kind, text, key, String::equals, summary);
    assertEquals("int w = #; | int x = #, y; | void f() {\n}", s1);
    assertSame(s1, v1.memberSummary(type, kind, text, key, String::equals, summary));
    // A digit changed: the edited member's fact is equal, the summary kept.
    ParsedFile v2 = v1.next(new SourceFile("A.java", a.replace("x = 1", "x = 2")));
    assertSame(s1, v2.memberSummary(type, kind, text, key, String::equals, summary));
    assertEquals(1, made.get());
    // A name changed: made again.
    ParsedFile v3 = v2.next(new SourceFile("A.java", a.replace("x = 1", "z = 2")));
    assertEquals(
        "int w = #; | int z = #, y; | void f() {\n}",
        v3.memberSummary(type, kind, text, key, String::equals, summary));
    assertEquals(2, made.get());
    // Another class of the file is not the one re-parsed member by member.
    ParsedFile two = ParsedFile.parse(new SourceFile("B.java", "class B {\n  int y;\n}\n" + a));
    assertNull(two.memberSummary(two.types().get(0), kind, text, key, String::equals, summary));
  }

  @Test
  void anEditedConstantFieldIsReadAgain() {
    String a =
        "import dev.shapesense.nn.*;\nimport dev.shapesense.tensor.*;\n"
            + "class A extends dev.shapesense.nn.Module {\n  private final int w = 16;\n"
            + "  private final Linear fc = new Linear(16, w);\n"
            + "  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n    return fc.forward(x);\n  }\n}\n";
    Workspace ws = Workspace.of(List.of(new SourceFile("A.java", a)));
    assertEquals(
        "[N, 16]", Analyzer.analyzeFile(ws, "A.java", OPTS).models().get(0).output().toString());
    ParsedFile before = ws.file("A.java");
    ws = ws.with(new SourceFile("A.java", a.replace("w = 16", "w = 8")));
    assertEquals(
        "[N, 8]", Analyzer.analyzeFile(ws, "A.java", OPTS).models().get(0).output().toString());
    assertEquals(1, before.handovers());
  }

  /**
   * The modifiers' check walks the whole tree; for a version made by an edit of one member it runs
   * once per tree for what lies outside the members (the other class, the class's own header) and
   * again for the edited member only. Its problems stay where a fresh parse has them, outside the
   * members and in them, as an edit adds and removes one inside a member.
   */
  @Test
  void modifierProblemsOutsideTheMembersStayAcrossEditsOfAMember() {
    String a =
        "private class Helper {}\nstatic final class A extends Module {\n  int y;\n"
            + "  int f() { return 1; }\n}\n";
    String b = a.replace("return 1;", "return 2;");
    String c = b.replace("static final class", "final class");
    // Each version, and whether it is made by re-parsing one member.
    String[] versions = {
      a.replace("int y;", "private public int y;"),
      b.replace("int y;", "private public int y;"),
      b,
      b.replace("int y;", "int y = 1\n      + 2;"),
      c,
      c.replace("return 2;", "return 3;")
    };
    boolean[] spliced = {true, true, true, true, false, true};
    ParsedFile f = ParsedFile.parse(new SourceFile("A.java", a));
    assertEquals(
        List.of(
            "(line 1,col 1) 'private' is not allowed here.",
            "(line 2,col 1) 'static' is not allowed here."),
        f.problems().stream().map(Problem::getVerboseMessage).toList());
    for (int i = 0; i < versions.length; i++) {
      String v = versions[i];
      ParsedFile next = f.next(new SourceFile("A.java", v));
      assertEquals(tree(ParsedFile.parse(new SourceFile("A.java", v))), tree(next), v);
      assertEquals(spliced[i] ? 1 : 0, f.handovers(), v);
      f = next;
    }
    assertEquals(
        List.of("(line 1,col 1) 'private' is not allowed here."),
        f.problems().stream().map(Problem::getVerboseMessage).toList());
  }

  /** The model's output and diagnostics, as a string to compare. */
  private static String outcome(Workspace ws, AnalysisOptions opts) {
    FileAnalysis fa = Analyzer.analyzeFile(ws, "A.java", opts);
    return fa.models().get(0).output()
        + " "
        + fa.diagnostics().stream().map(d -> d.code() + ": " + d.message()).toList();
  }

  /**
   * A constant field's value is a member fact, worked out once per tree of its declaration. At
   * every step budget around the one the model needs, an analysis after edits of another member
   * ends as a fresh analysis of the same text does: the constant's steps are counted in neither.
   */
  @Test
  void aConstantFieldTakesTheSameStepsFreshAndAfterAnEditOfAnotherMember() {
    String a =
        "import dev.shapesense.nn.*;\nimport dev.shapesense.tensor.*;\n"
            + "class A extends dev.shapesense.nn.Module {\n"
            + "  private final int w = 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 4;\n"
            + "  private final Linear fc = new Linear(16, w);\n"
            + "  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n    return fc.forward(x);\n  }\n}\n";
    String b = a.replace("return fc.forward(x);", "return fc.forward(x) ;");
    Workspace ws = Workspace.of(List.of(new SourceFile("A.java", a)));
    assertEquals("[N, 16] []", outcome(ws, OPTS));
    ParsedFile first = ws.file("A.java");
    ws = ws.with(new SourceFile("A.java", b));
    outcome(ws, OPTS);
    ParsedFile second = ws.file("A.java");
    ws = ws.with(new SourceFile("A.java", a));
    outcome(ws, OPTS);
    assertEquals(1, first.handovers());
    assertEquals(1, second.handovers());
    int outOfBudget = 0;
    for (int budget = 1; budget <= 400; budget++) {
      AnalysisOptions opts = OPTS.withStepBudget(budget);
      String fresh = outcome(Workspace.of(List.of(new SourceFile("A.java", a))), opts);
      assertEquals(fresh, outcome(ws, opts), "step budget " + budget);
      outOfBudget += fresh.startsWith("[N, 16] []") ? 0 : 1;
    }
    // Not vacuous: the smaller budgets run out, the larger ones do not.
    assertTrue(outOfBudget > 0 && outOfBudget < 400, outOfBudget + " of 400 ran out");
  }

  @Test
  void anOlderVersionAskedAgainParsesItsOwnText() {
    String a = "class A extends Module {\n  Linear fc = new Linear(3, 4);\n  int x = 1;\n}\n";
    String b = a.replace("(3, 4)", "(3, 5)");
    ParsedFile first = ParsedFile.parse(new SourceFile("A.java", a));
    String before = tree(first);
    ParsedFile second = first.next(new SourceFile("A.java", b));
    second.unit();
    assertEquals(1, first.handovers());
    assertEquals(tree(ParsedFile.parse(new SourceFile("A.java", b))), tree(second));
    assertEquals(before, tree(first));
  }

  @Test
  void membersMovedByLinesAddedBeforeThem() {
    String a =
        "class A {\n  int f() {\n    return 1;\n  }\n  int g() { return h(); }\n  int h() { return 2; }\n}\n";
    ParsedFile f = ParsedFile.parse(new SourceFile("A.java", a));
    f.unit();
    String v1 = a.replace("return 1;", "int y = 0;\n    return 1;");
    String v2 = v1.replace("return 1;", "\n\n    return 1;");
    String v3 = v2.replace("int y = 0;\n", "");
    String v4 = v3.replace("int g() { return h(); }", "int g() {\n    return h();\n  }");
    String[] versions = {v1, v2, v3, v4};
    int spliced = 0;
    for (String v : versions) {
      ParsedFile next = f.next(new SourceFile("A.java", v));
      assertEquals(tree(ParsedFile.parse(new SourceFile("A.java", v))), tree(next), v);
      spliced += f.handovers();
      f = next;
    }
    assertEquals(versions.length, spliced);
    List<String> ranges = new ArrayList<>();
    for (Node m : f.types().get(0).getMembers()) {
      ranges.add(f.range(m).toString());
    }
    assertEquals(3, ranges.size());
  }
}
