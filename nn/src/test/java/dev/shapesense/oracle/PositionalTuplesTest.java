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
 * F's convolutions and pools called positionally with a tuple after an int or in the middle of the
 * call, against PyTorch's CPU verdicts ({@code testdata/positional/cases.jsonl}, recorded by {@code
 * gen_cases.py} there with PyTorch 1.13): every case through the oracle harness (concrete,
 * symbolic, and CPU kernels against META): convolutions, transposed convolutions, max/avg/lp pools,
 * adaptive pools (a None in the tuple), pad and interpolate; and the forms of issue 22 and one
 * mixed form of each other family written as a user writes them (the mixed int/tuple ones did not
 * compile before F's overloads were generated).
 */
class PositionalTuplesTest {
  private static List<OracleCase> cases() throws Exception {
    return OracleCase.load(Oracle.root().resolve(Path.of("testdata", "positional", "cases.jsonl")));
  }

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesPyTorch() throws Exception {
    OracleRunner runner = new OracleRunner(Oracle.signatures());
    List<OracleCase> all = cases();
    assertEquals(70, all.size());
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
    assertEquals(pytorch("F.conv2d/int-then-tuple"), shape(F.conv2d(x, w, b, 2, new int[] {0, 0})));
  }

  /** The other int-or-tuple functions, each with a form that mixes them, as a user writes it. */
  @Test
  void theOtherIntOrTupleFormsCompileAndAgree() throws Exception {
    Tensor x = Tensors.randn(Device.META, 1, 3, 32, 32);
    assertEquals(
        pytorch("F.conv_transpose2d/ints-then-tuple"),
        shape(
            F.convTranspose2d(
                Tensors.randn(Device.META, 1, 4, 8, 8),
                Tensors.randn(Device.META, 4, 2, 3, 3),
                null,
                1,
                0,
                0,
                2,
                new int[] {1, 2})));
    assertEquals(
        pytorch("F.lp_pool2d/tuple-then-int"),
        shape(F.lpPool2d(Tensors.randn(Device.META, 1, 3, 16, 16), 2.0, new int[] {3, 2}, 2)));
    assertEquals(
        pytorch("F.adaptive_avg_pool2d/none-in-tuple"),
        shape(F.adaptiveAvgPool2d(x, new Integer[] {null, 4})));
    assertEquals(
        pytorch("F.pad/tuple-mode-value"),
        shape(F.pad(x, new int[] {1, 2, 3, 4}, "constant", 2.0)));
    assertEquals(pytorch("F.interpolate/int-size"), shape(F.interpolate(x, 8)));
    assertEquals(
        pytorch("F.interpolate/tuple-size-mode"),
        shape(F.interpolate(x, new int[] {8, 12}, null, "bilinear", true)));
  }
}
