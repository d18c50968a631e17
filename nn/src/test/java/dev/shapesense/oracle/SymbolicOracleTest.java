package dev.shapesense.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The symbolic property: for every valid case, input dims of 2 or more become symbols (one per
 * distinct value, so equal sizes stay equal), the case runs symbolically without error, and
 * substituting the values back gives PyTorch's concrete answer.
 */
class SymbolicOracleTest {

  @TestFactory
  Stream<DynamicTest> symbolicThenSubstitutedEqualsConcrete() throws Exception {
    OracleRunner runner = new OracleRunner(Oracle.signatures());
    Map<String, String> known = Oracle.knownDifferences("known-symbolic-differences.tsv");
    return Oracle.cases().stream()
        .filter(c -> !c.expectsError() && !c.expectedOutputType().equals("int"))
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id() + " " + c.op(),
                    () -> {
                      String diff = difference(runner, c);
                      if (known.containsKey(c.id())) {
                        if (diff == null) {
                          fail(
                              c.id()
                                  + " now agrees: remove it from known-symbolic-differences.tsv");
                        }
                      } else if (diff != null) {
                        fail(diff);
                      }
                    }));
  }

  static String difference(OracleRunner runner, OracleCase c) throws Exception {
    Map<String, Dim> values = new TreeMap<>();
    List<Shape> shapes = new ArrayList<>();
    for (List<Long> in : c.inputs()) {
      List<Dim> dims = new ArrayList<>();
      for (long v : in) {
        if (v >= 2) {
          String name = "s" + v;
          values.put(name, Dim.of(v));
          dims.add(Dim.sym(name));
        } else {
          dims.add(Dim.of(v));
        }
      }
      shapes.add(Shape.of(dims));
    }
    OracleRunner.Outcome out =
        runner.run(
            c,
            shapes,
            s -> {
              ArrayNode a = JsonNodeFactory.instance.arrayNode();
              for (Dim d : s.substitute(values)) {
                if (d.isConst()) {
                  a.add(d.value());
                } else {
                  a.add(d.toString());
                }
              }
              return a;
            });
    String where = c.where(shapes);
    if (out instanceof OracleRunner.Failure f) {
      return where + "symbolic run raised in " + f.phase() + ": " + f.message();
    }
    var value = ((OracleRunner.Output) out).value();
    if (!value.toString().equals(String.valueOf(c.expectedOutput()))) {
      return where + "expected " + c.expectedOutput() + " but substituted result is " + value;
    }
    return null;
  }
}
