package dev.shapesense.analyzer.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Types#isStatic} answers as JavaParser's {@link FieldDeclaration#isStatic()}. */
class FieldStaticTest {
  private static final String SOURCE =
      """
      class A {
        int a;
        static int b;
        private static final int c = 1, d = 2;
        final transient int e = 0;
        interface I { int f = 1; static int g = 2; }
        enum E { X; int h; static int i; }
        record R(int x) { static int j; }
        static class S { int k; static int l; }
        @interface Q { int m = 3; }
      }
      """;

  @Test
  void sameAsJavaParserForEveryKindOfType() {
    CompilationUnit unit =
        new JavaParser(
                new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
            .parse(SOURCE)
            .getResult()
            .orElseThrow();
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
      for (BodyDeclaration<?> b : t.getMembers()) {
        if (b instanceof FieldDeclaration fd) {
          String name = fd.getVariable(0).getNameAsString();
          expected.add(name + "=" + fd.isStatic());
          actual.add(name + "=" + Types.isStatic(fd, t));
        }
      }
    }
    assertEquals(
        List.of(
            "a=false", "b=true", "c=true", "e=false", "f=true", "g=true", "h=false", "i=true",
            "j=true", "k=false", "l=true", "m=false"),
        expected);
    assertEquals(expected, actual);
  }
}
