package dev.shapesense.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shapesense.nn.F;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * F's convolutions and pools called positionally with a tuple after an int or in the middle of
 * the call, against PyTorch's CPU verdicts ({@code testdata/positional/cases.jsonl}, recorded by
 * {@code gen_cases.py} there with PyTorch 1.13): every case through the oracle harness (concrete,
 * symbolic, and CPU kernels against META), and the forms of issue 22 written as a user writes them (they did not compile
 * before F's overloads were generated).
 */
class PositionalTuplesTest {
  private static List<OracleCase> cases() throws Exception {
    return OracleCase.load(Oracle.root().resolve(Path.of("testdata", "positional", "cases.jsonl")));
  }

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesPyTorch() throws Exception {
    OracleRunner runner = new OracleRunner(Oracle.signatures());
    List<OracleCase> all = cases();
    assertEquals(25, all.size());
    return all.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id(),
                    () -> {
                      String diff = OracleTest.difference(runner, c);
                      if (diff != null) {
                        fail(diff);
                      }
                      if (!c.expectsError()) {
                        String symbolic = SymbolicOracleTest.difference(runner, c);
                        if (symbolic != null) {
                          fail(symbolic);
                        }
                        String cpu = CpuOracleTest.difference(runner, c);
                        if (cpu != null) {
                          fail(cpu);
                        }
                      }
                    }));
  }

  private static String pytorch(String id) throws Exception {
    return cases().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow()
        .expectedOutput()
        .toString();
  }

  private static String shape(Tensor t) {
    return OracleRunner.render(t, OracleRunner::concrete).toString();
  }

  @Test
  void theFormsOfIssue22CompileAndAgree() throws Exception {
    Tensor x = Tensors.randn(Device.META, 1, 3, 32, 32);
    Tensor w = Tensors.randn(Device.META, 6, 3, 5, 5);
    Tensor b = Tensors.randn(Device.META, 6);
    assertEquals(
        pytorch("F.avg_pool2d/int-then-tuple"), shape(F.avgPool2d(x, 4, new int[] {1, 1})));
    assertEquals(
        pytorch("F.max_pool2d/tuple-int-tuple"),
        shape(F.maxPool2d(x, new int[] {4, 2}, 1, new int[] {0, 1})));
    assertEquals(
        pytorch("F.conv2d/int-then-tuple"), shape(F.conv2d(x, w, b, 2, new int[] {0, 0})));
  }
}
