package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link JavaText} names every type the parse finds and every identifier of the tree. */
class JavaTextTest {
  private static void assertCovers(String text) {
    JavaText scan = JavaText.scan(text);
    CompilationUnit cu = JavaParsing.parse(text).getResult().orElse(null);
    if (cu == null) {
      return;
    }
    for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
      assertTrue(
          scan.declared().contains(t.getNameAsString()), t.getNameAsString() + " in " + text);
    }
    for (SimpleName n : cu.findAll(SimpleName.class)) {
      assertTrue(scan.identifiers().contains(n.getIdentifier()), n + " in " + text);
    }
    for (Name n : cu.findAll(Name.class)) {
      assertTrue(scan.identifiers().contains(n.getIdentifier()), n + " in " + text);
    }
  }

  @Test
  void commentsAndLiteralsBetweenOrAroundDeclarationsAreSkipped() {
    String text =
        "/* class Fake */ class /* c */ A { // class Nope\n"
            + "  String s = \"class Str \\\" \"; char c = '\"'; char q = '\\''; String b = \"\"\"\n"
            + "    class Block \"\"\";\n"
            + "  interface\n I {} enum E { X } record R(int x) {} @interface Ann {}\n"
            + "  void f() { class Local {} new A() {}; }\n}\n";
    assertCovers(text);
    JavaText scan = JavaText.scan(text);
    assertEquals(Set.of("A", "I", "E", "R", "Ann", "Local"), scan.declared());
    assertFalse(scan.identifiers().contains("Fake"));
    assertFalse(scan.identifiers().contains("Str"));
    assertFalse(scan.identifiers().contains("Block"));
  }

  @Test
  void aMemberReadAgainKeepsTheNamesOtherMembersDeclare() {
    String a = "class A {\n  void f() { class L {} }\n  void g() { class L {} }\n}\n";
    String f = "void f() { class L {} }";
    String b = a.replace(f, "void f() { record R() {} }");
    JavaText once =
        JavaText.scan(a).spliced(a.indexOf(f), f.length(), "void f() { record R() {} }", b);
    assertEquals(Set.of("A", "L", "R"), once.declared());
    assertEquals(JavaText.scan(b).declarations(), once.declarations());
    String g = "void g() { class L {} }";
    String c = b.replace(g, "void g() { }");
    JavaText twice = once.spliced(b.indexOf(g), g.length(), "void g() { }", c);
    assertEquals(Set.of("A", "R"), twice.declared());
    assertEquals(JavaText.scan(c).declared(), twice.declared());
    assertEquals(JavaText.scan(c).declarations(), twice.declarations());
  }

  @Test
  void everyTestdataFileIsCovered() throws IOException {
    List<Path> files = Fixtures.allTestdataJavaFiles();
    assertFalse(files.isEmpty());
    for (Path p : files) {
      assertCovers(Files.readString(p));
    }
  }
}
