package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.VarType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EmptyStackException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JavaParsing}'s parse and checks give JavaParser's Java 17 tree and problems, in the same
 * order.
 */
class JavaParsingTest {
  /** Code that JavaParser's grammar accepts but its Java 17 checks reject, and broken code. */
  private static final List<String> INVALID =
      List.of(
          "class A { void f() { int enum = 1; var x; var[] y = null; } }",
          "private class A { private private int x; abstract void f() {} }",
          "class A { void f() { try { } int _ = 0; } }",
          "class A { int f(int x) { return switch (x) { case 1 -> 2; default -> { yield 3; } }; } }",
          "class A { void f() { switch (1) { case 1, 2: break; } } }",
          "class record {} record R(int x) { static int y; int z; }",
          "interface I { private default void f(); } enum E { A; abstract void f(); }",
          "class A { void f(final A this) {} strictfp transient volatile int x; }",
          "class A { void f() { Object o = (Runnable & java.io.Serializable) () -> {}; } }",
          "class A { void f() { var a = 1, b = 2; for (var i : new int[0]) {} } }",
          "class A extends { void f( { x = ; } }",
          "class A { void f() { this.x = 1; A.this.y = 2; (x) = 3; } }",
          "class A { java.util.List<int> xs; java.util.Map<String, long[]> ok; void f() { g(new java.util.ArrayList<double>()); } }",
          "import module java.base; class A { A() { int x = 1; super(); } }",
          // Keywords as names, simple and qualified (the name checks run on the walk's names).
          "package a.enum.b; import record.x._; import static x.enum.y; class A { @enum.B void f() { a.enum.b(); _.f(); } }",
          "class A { void f() { java.util.List<record> l; record.x(); enum.y(); int _x = _; Object o = record.class; } }",
          "interface record {} enum record { A } class B<record> { void f(record r) { record x = r; } }",
          "class A { @_ int x; void f() throws enum, _.x { for (_.y z : w) {} } }",
          "");

  private static ParseResult<CompilationUnit> javaParser(String text) {
    return new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setTabSize(1)
                .setAttributeComments(false))
        .parse(text);
  }

  private static List<String> problems(ParseResult<?> r) {
    return texts(r.getProblems());
  }

  private static List<String> texts(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    for (Problem p : problems) {
      out.add(p.getVerboseMessage() + " @ " + p.getLocation().map(Object::toString).orElse("-"));
    }
    return out;
  }

  private static void assertSame(String text) {
    ParseResult<CompilationUnit> expected = javaParser(text);
    ParseResult<CompilationUnit> actual = JavaParsing.parse(text);
    assertEquals(problems(expected), texts(JavaParsing.check(actual)), text);
    assertEquals(expected.getResult().isPresent(), actual.getResult().isPresent(), text);
    if (expected.getResult().isPresent()) {
      CompilationUnit e = expected.getResult().get();
      CompilationUnit a = actual.getResult().get();
      assertEquals(e, a, text);
      assertEquals(ranges(e), ranges(a), text);
    }
  }

  private static List<String> ranges(Node root) {
    List<String> out = new ArrayList<>();
    root.walk(
        n -> out.add(n.getClass().getSimpleName() + n.getRange().map(Object::toString).orElse("")));
    return out;
  }

  @Test
  void invalidCodeGivesTheSameProblemsInTheSameOrder() {
    for (String text : INVALID) {
      assertSame(text);
    }
    assertFalse(JavaParsing.check(JavaParsing.parse(INVALID.get(0))).isEmpty());
    // The grammar accepts it; only the Java 17 checks find the problems.
    assertTrue(JavaParsing.parse(INVALID.get(0)).getProblems().isEmpty());
  }

  @Test
  void everyTestdataFileGivesTheSameTree() throws IOException {
    List<Path> files = Fixtures.allTestdataJavaFiles();
    assertFalse(files.isEmpty());
    for (Path p : files) {
      assertSame(Files.readString(p));
    }
  }

  /** The word var, as a type and otherwise, and near misses. */
  private static final List<String> VAR =
      List.of(
          "class A { void f() { var x = 1; Object o = var.class; var.class.getName(); } }",
          "class A { void f() { for (var e : xs) {} try (var r = open()) {} java.util.List<var> l; var[] a; } }",
          "class A { void f() { \\u0076ar x = 1; } }",
          "class A { int variance, vars, $var, _var, var1, avar; String s = \"var\"; /* var */ }",
          "class A { void f() { x = 1var; } }",
          "class var {} class B { var v; }");

  @Test
  void varTypesAreTheSameAsJavaParsers() {
    for (String text : VAR) {
      assertSame(text);
    }
  }

  @Test
  void onlyTextWithTheWordVarOrAUnicodeEscapeIsPostProcessed() {
    assertFalse(
        JavaParsing.mayNameVar(VAR.get(3).replace("\"var\"", "\"\"").replace("/* var */", "")));
    for (String text :
        List.of("var x", "List<var>", "x.var", "1var", "\u00e9var", "(var)", "\\u0076ar", "var")) {
      assertTrue(JavaParsing.mayNameVar(text), text);
    }
    assertFalse(JavaParsing.mayNameVar("class A { int variance; }"));
  }

  @Test
  void theLexerGetsItsStackWithoutLocks() {
    assertTrue(JavaParsing.LexerStack.available());
  }

  @Test
  void theStackWithoutLocksIsAStack() {
    JavaParsing.UnlockedStack<Integer> s = new JavaParsing.UnlockedStack<>();
    assertTrue(s.empty());
    for (int i = 0; i < 40; i++) {
      s.push(i);
    }
    assertEquals(40, s.size());
    assertEquals(39, s.peek());
    assertEquals(0, s.get(0));
    assertEquals(1, s.search(39));
    assertEquals(39, s.pop());
    assertEquals(38, s.pop());
    assertEquals(List.of(0, 1, 2), s.subList(0, 3));
    assertEquals(38, s.size());
    while (!s.isEmpty()) {
      s.pop();
    }
    assertTrue(s.empty());
    assertThrows(EmptyStackException.class, s::pop);
    assertThrows(EmptyStackException.class, s::peek);
  }

  @Test
  void varIsStillAVarType() {
    CompilationUnit cu =
        JavaParsing.parse("class A { void f() { var x = 1; } }").getResult().orElseThrow();
    assertTrue(cu.findFirst(VarType.class).isPresent());
  }

  @Test
  void aFileGivesTheSameProblemsWhetherItsChecksRanInTheBackgroundOrNot() {
    for (String small : INVALID) {
      // Padded past the size from which the checks run on another thread.
      String text = small + "\n".repeat(ParsedFile.BACKGROUND_CHECKS_FROM);
      ParsedFile inBackground = ParsedFile.parse(new SourceFile("A.java", text));
      inBackground.checkInBackground();
      ParsedFile onRequest = ParsedFile.parse(new SourceFile("A.java", text));
      List<String> expected = problems(javaParser(text));
      assertEquals(expected, texts(inBackground.problems()), text);
      assertEquals(expected, texts(onRequest.problems()), text);
    }
  }

  /** Types found among members, or by a walk of the whole tree where the text declares more. */
  private static final List<String> TYPES =
      List.of(
          "class A { class B { interface C {} } enum E { X; class F {} } record R() { class G {} } }",
          "class A { void f() { class Local {} record L2() {} } class B {} }",
          "class A { Object o = new Object() { class InAnonymous {} }; }",
          "enum E { X { class InConstant {} }; } @interface Note { class InNote {} }",
          "class A { String s = \"class NotAType\"; /* class Neither */ Class<?> c = A.class; }",
          "class A extends { void f( { class Broken {} } }");

  @Test
  void aFileListsEveryTypeDeclarationInSourceOrder() throws IOException {
    List<String> texts = new ArrayList<>(TYPES);
    for (Path p : Fixtures.allTestdataJavaFiles()) {
      texts.add(Files.readString(p));
    }
    for (String text : texts) {
      ParsedFile file = ParsedFile.parse(new SourceFile("A.java", text));
      List<?> expected =
          javaParser(text)
              .getResult()
              .map(cu -> cu.findAll(TypeDeclaration.class))
              .orElse(List.of());
      List<String> names = new ArrayList<>();
      for (Object t : expected) {
        names.add(
            ((TypeDeclaration<?>) t).getNameAsString()
                + ((TypeDeclaration<?>) t).getRange().orElseThrow());
      }
      List<String> actual = new ArrayList<>();
      for (TypeDeclaration<?> t : file.types()) {
        actual.add(t.getNameAsString() + t.getRange().orElseThrow());
      }
      assertEquals(names, actual, text);
    }
    assertEquals(
        List.of("A", "Local", "L2", "B"),
        ParsedFile.parse(new SourceFile("A.java", TYPES.get(1))).types().stream()
            .map(TypeDeclaration::getNameAsString)
            .toList());
  }

  @Test
  void codeNestedDeeperThanTheStackIsAProblemNotACrash() throws Exception {
    String deep =
        java.nio.file.Files.readString(Fixtures.root().resolve("testdata/deep/DeepRelu.java"));
    Object[] got = new Object[1];
    // A thread with a small stack, where the thousand nested calls overflow the parser.
    Thread t =
        new Thread(null, () -> got[0] = JavaParsing.parseWhole(deep), "small-stack", 256 * 1024);
    t.start();
    t.join();
    var parsed = (com.github.javaparser.ParseResult<?>) got[0];
    assertTrue(parsed.getResult().isEmpty());
    assertEquals(
        "the code nests too deeply to be parsed here (the parser's stack overflowed): split the"
            + " deepest expression into statements",
        parsed.getProblems().get(0).getMessage());
    // On a deep stack (Stacks) it parses.
    Thread deepStack = Stacks.thread(() -> got[0] = JavaParsing.parseWhole(deep), "deep-stack");
    deepStack.start();
    deepStack.join();
    assertTrue(((com.github.javaparser.ParseResult<?>) got[0]).isSuccessful());
  }
}
