package dev.shapesense.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shapesense.nn.TupleOutput;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid oracle case small enough to hold (at most 1e6 input and output elements) runs on CPU
 * with real data and gives the shapes and dtypes META gives, every output holding data. Cases that
 * knowingly do not are listed in {@code testdata/cpu/known-cpu-differences.tsv}, checked both ways.
 */
class CpuOracleTest {
  static final long MAX_ELEMENTS = 1_000_000;

  static Path knownFile() {
    return Oracle.root().resolve("testdata/cpu/known-cpu-differences.tsv");
  }

  static Map<String, String> known() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(knownFile())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      out.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
    }
    return out;
  }

  /** The valid cases whose inputs fit; outputs are checked for size when META has run. */
  static List<OracleCase> smallValidCases() throws Exception {
    List<OracleCase> out = new ArrayList<>();
    for (OracleCase c : Oracle.cases()) {
      if (c.expectsError()) {
        continue;
      }
      long total = 0;
      for (List<Long> in : c.inputs()) {
        long n = 1;
        for (long d : in) {
          n *= d;
        }
        total += n;
      }
      if (total <= MAX_ELEMENTS) {
        out.add(c);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> cpuAgreesWithMeta() throws Exception {
    OracleRunner runner = new OracleRunner(Oracle.signatures());
    Map<String, String> known = known();
    return smallValidCases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id() + " " + c.op(),
                    () -> {
                      String diff = difference(runner, c);
                      if (known.containsKey(c.id())) {
                        if (diff == null) {
                          fail(c.id() + " now agrees: remove it from known-cpu-differences.tsv");
                        }
                      } else if (diff != null) {
                        fail(diff);
                      }
                    }));
  }

  @Test
  void enoughCasesAreChecked() throws Exception {
    // The README and the report quote this count; it changes only with the oracle file.
    assertTrue(smallValidCases().size() > 900, "only " + smallValidCases().size() + " cases");
  }

  /** Null when CPU and META agree on every output's shape and dtype. */
  static String difference(OracleRunner runner, OracleCase c) throws Exception {
    String where = c.where(c.inputs());
    Object meta;
    try (var scope = Device.META.asDefault()) {
      List<Tensor> inputs = new ArrayList<>();
      for (int i = 0; i < c.inputs().size(); i++) {
        inputs.add(Tensors.empty(Device.META, DType.parse(c.dtypes().get(i)), shape(c, i)));
      }
      meta = runner.invoke(c, inputs, new String[1]);
    }
    String metaText = describe(meta, Device.META);
    if (elements(meta) > MAX_ELEMENTS) {
      return null; // the output would not fit: nothing to compare
    }
    Tensors.manualSeed(0);
    List<Tensor> inputs = new ArrayList<>();
    for (int i = 0; i < c.inputs().size(); i++) {
      inputs.add(cpuInput(DType.parse(c.dtypes().get(i)), shape(c, i)));
    }
    Object cpu;
    try {
      cpu = runner.invoke(c, inputs, new String[1]);
    } catch (Exception e) {
      return where + "META gave " + metaText + " but CPU threw " + e;
    }
    String cpuText;
    try {
      cpuText = describe(cpu, Device.CPU);
    } catch (AssertionError e) {
      return where + e.getMessage();
    }
    return metaText.equals(cpuText) ? null : where + "META " + metaText + " but CPU " + cpuText;
  }

  private static Shape shape(OracleCase c, int i) {
    return Shape.of(c.inputs().get(i).stream().mapToLong(Long::longValue).toArray());
  }

  /** Random normal floats; integral and bool inputs are zeros (valid indices, empty masks). */
  static Tensor cpuInput(DType dtype, Shape shape) {
    if (dtype.isFloatingPoint()) {
      Tensor t = Tensors.randn(Device.CPU, shape);
      return dtype == DType.FLOAT32 ? t : t.to(dtype);
    }
    return Tensors.empty(Device.CPU, dtype, shape);
  }

  /** Shapes and dtypes of a result, nested as it is; every tensor must be on {@code device}. */
  static String describe(Object r, Device device) {
    if (r == null) {
      return "None";
    }
    if (r instanceof Tensor t) {
      assertEquals(device, t.device(), "device of " + t);
      if (device == Device.CPU && !t.hasData()) {
        throw new AssertionError("a CPU result without data: " + t);
      }
      if (device == Device.CPU) {
        assertEquals(t.numel(), t.doubles().length, "elements of " + t);
      }
      return t.shape() + ":" + t.dtype().torchName();
    }
    if (r instanceof TupleOutput tuple) {
      return describe(tuple.asTuple(), device);
    }
    if (r instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (Object o : l) {
        parts.add(describe(o, device));
      }
      return parts.toString();
    }
    return String.valueOf(r);
  }

  private static long elements(Object r) {
    if (r instanceof Tensor t) {
      return t.shape().numel().value();
    }
    if (r instanceof TupleOutput tuple) {
      return elements(tuple.asTuple());
    }
    if (r instanceof List<?> l) {
      long n = 0;
      for (Object o : l) {
        n += elements(o);
      }
      return n;
    }
    return 0;
  }
}
