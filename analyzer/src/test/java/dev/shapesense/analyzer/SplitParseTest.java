package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text parsed in two halves gives exactly the tree of a parse of the whole text: nodes, their
 * order among their parent's children, parents, positions, token ranges, the token chain and the
 * comments.
 */
class SplitParseTest {
  /**
   * Every node in pre-order with its depth, class, range and token range; a parent that is not
   * the node's parent fails at once.
   */
  private static void describe(Node n, int depth, List<String> out) {
    out.add(
        depth + " " + n.getClass().getSimpleName() + " " + n.getRange().map(Object::toString).orElse("-")
            + " " + n.getTokenRange().map(t -> token(t.getBegin()) + ".." + token(t.getEnd())).orElse("-"));
    for (Node c : n.getChildNodes()) {
      assertSame(n, c.getParentNode().orElseThrow(), "parent of " + c);
      describe(c, depth + 1, out);
    }
  }

  private static String token(JavaToken t) {
    return t.getKind() + ":" + t.getText().replace("\n", "\\n").replace("\r", "\\r") + "@"
        + t.getRange().map(Object::toString).orElse("-");
  }

  /** The tokens from the file's first to its last, each linked back to the one before it. */
  private static List<String> chain(CompilationUnit unit) {
    List<String> out = new ArrayList<>();
    JavaToken t = unit.getTokenRange().orElseThrow().getBegin();
    JavaToken end = unit.getTokenRange().orElseThrow().getEnd();
    JavaToken previous = t.getPreviousToken().orElse(null);
    while (t != null) {
      assertSame(previous, t.getPreviousToken().orElse(null), "link before " + token(t));
      out.add(token(t));
      if (t == end) {
        break;
      }
      previous = t;
      t = t.getNextToken().orElse(null);
    }
    assertSame(end, t, "the chain reaches the file's last token");
    return out;
  }

  private static List<String> comments(ParseResult<CompilationUnit> r) {
    List<String> out = new ArrayList<>();
    r.getCommentsCollection().orElseThrow().getComments()
        .forEach(c -> out.add(c.getClass().getSimpleName() + c.getRange().orElseThrow() + c.getContent()));
    return out;
  }

  /** Asserts that the text splits and that the halves give the whole parse's tree. */
  private static void assertSplitsLikeTheWhole(String text) {
    ParseResult<CompilationUnit> whole = JavaParsing.parseWhole(text);
    ParseResult<CompilationUnit> halves = SplitParse.parse(text, JavaParsing::parseWhole);
    assertNotNull(halves, "no split");
    assertTrue(whole.getProblems().isEmpty(), whole.getProblems().toString());
    assertEquals(List.of(), halves.getProblems());
    CompilationUnit w = whole.getResult().orElseThrow();
    CompilationUnit h = halves.getResult().orElseThrow();
    assertEquals(w, h);
    assertEquals(w.toString(), h.toString());
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    describe(w, 0, expected);
    describe(h, 0, actual);
    assertEquals(expected, actual);
    assertEquals(chain(w), chain(h));
    assertEquals(comments(whole), comments(halves));
    assertEquals(JavaParsing.check(whole).toString(), JavaParsing.check(halves).toString());
  }

  /** A long class with most kinds of member, braces and semicolons in literals and comments. */
  private static String model(int blocks, String eol) {
    StringBuilder sb = new StringBuilder();
    sb.append("package demo;\n\nimport dev.shapesense.nn.*;\nimport dev.shapesense.tensor.*;\n\n")
        .append("/** A model; {braces} and ; in a comment. */\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
        .append("public final class Big<T extends Comparable<T>> extends Module implements Runnable {\n");
    for (int b = 0; b < blocks; b++) {
      sb.append("  // Block ").append(b).append(": a comment with { and ; }\n");
      sb.append("  private final Conv2d conv").append(b).append(" = new Conv2d(16, 16, 3).padding(1);\n");
      sb.append("  private static final String S").append(b).append(" = \"}; {\" + '}' + \"\\\"}\";\n");
      sb.append("  private final int[] sizes").append(b).append(" = {1, 2, ").append(b).append("};\n");
      sb.append("  /* a block comment\n   } ; {\n  */\n");
      sb.append("  private final Runnable r").append(b).append(" = () -> {\n    int x = 1;\n  };\n");
      sb.append("  private final Object o").append(b).append(" = new Object() {\n")
          .append("    @Override public String toString() { return \"}\"; }\n  };\n");
      sb.append("  @Deprecated\n  Tensor block").append(b).append("(Tensor x) {\n")
          .append("    var y = conv").append(b).append(".forward(x);\n")
          .append("    String t = \"\"\"\n      text block } ; {\n      \"\"\";\n")
          .append("    for (int i = 0; i < 2; i++) { y = F.relu(y); }\n")
          .append("    return y;\n  }\n");
      sb.append("\tstatic class Inner").append(b).append(" { int a; }\n");
      sb.append("  { int initializer = ").append(b).append("; }\n");
      sb.append("  ;\n");
    }
    sb.append("  public Big() {}\n  public void run() {}\n}\n\n");
    sb.append("interface After { void f(); }\n\nenum Colour { RED, GREEN; }\n// trailing comment\n");
    return sb.toString().replace("\n", eol);
  }

  @Test
  void aLongClassGivesTheWholeParsesTree() {
    assertSplitsLikeTheWhole(model(40, "\n"));
  }

  @Test
  void windowsAndOldMacLineEndingsGiveTheWholeParsesTree() {
    assertSplitsLikeTheWhole(model(30, "\r\n"));
    // A lone \r ends lines too, but the cut is only made after a \n: no split.
    assertNull(SplitParse.parse(model(30, "\r"), JavaParsing::parseWhole));
  }

  @Test
  void theCutIsALineStartBetweenMembersNearTheMiddle() {
    String text = model(40, "\n");
    int cut = SplitParse.cut(text);
    assertTrue(cut > 0 && text.charAt(cut - 1) == '\n', "cut " + cut);
    String before = text.substring(0, cut - 1).stripTrailing();
    assertTrue(before.endsWith(";") || before.endsWith("}"), before.substring(before.length() - 40));
    // The blocks are all alike, so the nearest cut is within one block of the middle.
    int block = text.length() / 40;
    assertTrue(Math.abs(cut - text.length() / 2) < block, "cut " + cut + " of " + text.length());
  }

  @Test
  void onlyAClassIsCut() {
    String members = "  int a;\n  int b;\n  int c;\n  int d;\n";
    assertEquals(-1, SplitParse.cut("enum E {\n  A, B;\n" + members + "}\n"));
    assertEquals(-1, SplitParse.cut("record R(int x) {\n" + members + "}\n"));
    assertEquals(-1, SplitParse.cut("interface I {\n" + members + "}\n"));
    assertEquals(-1, SplitParse.cut("@interface A {\n" + members + "}\n"));
    assertEquals(-1, SplitParse.cut("@A(X.class) enum E {\n  A;\n" + members + "}\n"));
    assertEquals(-1, SplitParse.cut("class A { int a; int b; int c; }\n"));
    assertTrue(SplitParse.cut("import a.b;\n@A(X.class) class A {\n" + members + "}\n") > 0);
    // Braces in the class header's annotation are not its body.
    assertTrue(SplitParse.cut("@A({1, 2}) class A {\n" + members + "}\n") > 0);
  }

  @Test
  void aHalfWithAProblemGivesNoSplitAndTheWholeParseReportsIt() {
    String text = model(40, "\n");
    int at = text.indexOf("  public Big() {}");
    String broken = text.substring(0, at) + "  int = ;\n" + text.substring(at);
    assertNull(SplitParse.parse(broken, JavaParsing::parseWhole));
    // A member that goes on after a brace at the class's level: the cut there leaves a half
    // that does not parse, and the whole text is parsed instead.
    String odd = "class A {\n  int[] a = {1}\n  , b = {2}\n  , c = {3}\n  ;\n}\n";
    assertEquals(odd.indexOf("  , b"), SplitParse.cut(odd));
    assertNull(SplitParse.parse(odd, JavaParsing::parseWhole));
    assertEquals(
        JavaParsing.parseWhole(odd).getResult().orElseThrow(),
        JavaParsing.parse(odd).getResult().orElseThrow());
  }

  @Test
  void largeFilesAreParsedInHalvesThroughParse() {
    String text = model(200, "\n");
    assertTrue(text.length() >= JavaParsing.SPLIT_FROM, "length " + text.length());
    assertTrue(SplitParse.available());
    assertNotNull(SplitParse.parse(text, JavaParsing::parseWhole));
    ParseResult<CompilationUnit> whole = JavaParsing.parseWhole(text);
    ParseResult<CompilationUnit> parsed = JavaParsing.parse(text);
    assertEquals(whole.getResult().orElseThrow(), parsed.getResult().orElseThrow());
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    describe(whole.getResult().orElseThrow(), 0, expected);
    describe(parsed.getResult().orElseThrow(), 0, actual);
    assertEquals(expected, actual);
  }

  @Test
  void afterAVersionWithAProblemALargeFileIsParsedWholeUntilAVersionParsesCleanly() {
    String path = "typing/Big.java";
    String clean = model(200, "\n");
    int at = clean.indexOf("  public Big() {}");
    String broken = clean.substring(0, at) + "  int = ;\n" + clean.substring(at);
    Workspace ws = Workspace.of(List.of(new SourceFile(path, broken)));
    assertTrue(ws.file(path).parsesInHalves());
    List<String> expected = new ArrayList<>();
    JavaParsing.check(JavaParsing.parseWhole(broken)).forEach(p -> expected.add(p.getVerboseMessage()));
    List<String> actual = new ArrayList<>();
    ws.file(path).problems().forEach(p -> actual.add(p.getVerboseMessage()));
    assertFalse(expected.isEmpty());
    assertEquals(expected, actual);
    // Two more broken versions, the first never parsed (an editor's debounce skips it): both whole.
    ws = ws.with(new SourceFile(path, broken + "\n"));
    assertFalse(ws.file(path).parsesInHalves());
    ws = ws.update(List.of(new SourceFile(path, broken + "\n\n")), List.of());
    assertFalse(ws.file(path).parsesInHalves());
    assertTrue(ws.file(path).unit().isPresent());
    // Another file is not affected; a clean version lets the next one be parsed in halves again.
    ws = ws.with(new SourceFile("other/Big.java", clean));
    assertTrue(ws.file("other/Big.java").parsesInHalves());
    ws = ws.with(new SourceFile(path, clean));
    assertFalse(ws.file(path).parsesInHalves());
    assertTrue(ws.file(path).problems().isEmpty());
    ws = ws.with(new SourceFile(path, clean + "\n"));
    assertTrue(ws.file(path).parsesInHalves());
  }

  @Test
  void everyTestdataFileThatSplitsGivesTheWholeParsesTree() throws IOException {
    List<Path> files = Fixtures.allTestdataJavaFiles();
    assertFalse(files.isEmpty());
    int split = 0;
    for (Path p : files) {
      String text = Files.readString(p);
      if (JavaParsing.parseWhole(text).getProblems().isEmpty()
          && SplitParse.parse(text, JavaParsing::parseWhole) != null) {
        assertSplitsLikeTheWhole(text);
        split++;
      }
    }
    assertTrue(split >= files.size() / 2, split + " of " + files.size() + " files split");
  }
}
