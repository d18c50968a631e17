package dev.shapesense.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shapesense.tensor.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recorded PyTorch case through the Java API: the output equals the CPU verdict shape for
 * shape, and every error is a ShapeError with CPU's text in the same phase. Differences listed in
 * {@code known-differences.tsv} must still differ.
 */
class OracleTest {

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesPyTorch() throws Exception {
    OracleRunner runner = new OracleRunner(Oracle.signatures());
    Map<String, String> known = Oracle.knownDifferences("known-differences.tsv");
    return Oracle.cases().stream()
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
                                  + " now agrees with PyTorch: remove it from known-differences.tsv");
                        }
                      } else if (diff != null) {
                        fail(diff);
                      }
                    }));
  }

  /** Null when ours equals PyTorch's CPU verdict, else what differs. */
  static String difference(OracleRunner runner, OracleCase c) throws Exception {
    List<Shape> shapes = new ArrayList<>();
    for (List<Long> in : c.inputs()) {
      shapes.add(Shape.of(in.stream().mapToLong(Long::longValue).toArray()));
    }
    OracleRunner.Outcome out = runner.run(c, shapes, OracleRunner::concrete);
    String where = c.where(c.inputs());
    if (c.expectsError()) {
      if (out instanceof OracleRunner.Failure f) {
        String want = c.expectedError();
        String got = f.message();
        if (c.messageVaries()) {
          want = Oracle.normaliseSets(want);
          got = Oracle.normaliseSets(got);
        }
        if (!want.equals(got)) {
          return where + "message\n  expected: " + want + "\n  actual:   " + got;
        }
        if (!f.phase().equals(c.expectedPhase())) {
          return where + "raised in " + f.phase() + ", PyTorch raises in " + c.expectedPhase();
        }
        return null;
      }
      return where
          + "expected error '"
          + c.expectedError()
          + "' but got "
          + ((OracleRunner.Output) out).value();
    }
    if (out instanceof OracleRunner.Failure f) {
      return where
          + "expected "
          + c.expectedOutput()
          + " but "
          + f.phase()
          + " raised: "
          + f.message();
    }
    var value = ((OracleRunner.Output) out).value();
    if (!value.toString().equals(String.valueOf(c.expectedOutput()))) {
      return where + "expected " + c.expectedOutput() + " but got " + value;
    }
    return null;
  }

  @org.junit.jupiter.api.Test
  void setNormalisationIgnoresOrder() {
    assertEquals(
        Oracle.normaliseSets("should be one of {'valid', 'same'}"),
        Oracle.normaliseSets("should be one of {'same', 'valid'}"));
  }
}
