package dev.shapesense.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Ops added through the op tables after the public oracle was recorded (ARCHITECTURE.md, "Adding an
 * op"), against PyTorch's CPU verdicts ({@code testdata/ops/cases.jsonl}, recorded by {@code
 * gen_cases.py} there with PyTorch 1.13): every case through the oracle harness (concrete,
 * symbolic, and CPU kernels against META), and the CPU kernel's values against PyTorch's.
 */
class AddedOpsTest {
  private static Path file() {
    return Oracle.root().resolve(Path.of("testdata", "ops", "cases.jsonl"));
  }

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesPyTorch() throws Exception {
    OracleRunner runner = new OracleRunner(Oracle.signatures());
    List<OracleCase> all = OracleCase.load(file());
    assertEquals(40, all.size());
    return all.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id(),
                    () -> {
                      String diff = OracleTest.difference(runner, c);
                      if (diff == null && !c.expectsError()) {
                        diff = SymbolicOracleTest.difference(runner, c);
                      }
                      if (diff == null && !c.expectsError()) {
                        diff = CpuOracleTest.difference(runner, c);
                      }
                      if (diff != null) {
                        fail(diff);
                      }
                    }));
  }

  @Test
  void diagonalValuesArePyTorchs() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int checked = 0;
    for (String line : Files.readAllLines(file())) {
      JsonNode c = json.readTree(line);
      if (!c.has("values")) {
        continue;
      }
      // The input is torch.arange(numel).reshape(shape) in the case's dtype.
      long[] shape = new long[c.get("inputs").get(0).size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = c.get("inputs").get(0).get(i).asLong();
      }
      DType dtype = c.get("dtypes").get(0).asText().equals("int64") ? DType.INT64 : DType.FLOAT32;
      Tensor x;
      try (var cpu = Device.CPU.asDefault()) {
        x = Tensors.arange(Shape.of(shape).numel().value()).to(dtype).reshape(shape);
      }
      long[] a = {0, 0, 1};
      for (int i = 0; i < c.get("args").size(); i++) {
        a[i] = c.get("args").get(i).asLong();
      }
      a[1] = c.get("kwargs").path("dim1").asLong(a[1]);
      a[2] = c.get("kwargs").path("dim2").asLong(a[2]);
      Tensor d =
          c.get("kind").asText().equals("method")
              ? x.diagonal((int) a[0], (int) a[1], (int) a[2])
              : Tensors.diagonal(x, (int) a[0], (int) a[1], (int) a[2]);
      double[] want = new double[c.get("values").size()];
      for (int i = 0; i < want.length; i++) {
        want[i] = c.get("values").get(i).asDouble();
      }
      assertEquals(dtype, d.dtype(), c.get("id").asText());
      assertArrayEquals(want, d.doubles(), 0, c.get("id").asText());
      checked++;
    }
    assertEquals(28, checked);
  }
}
