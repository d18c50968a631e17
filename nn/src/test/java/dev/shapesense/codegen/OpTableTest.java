package dev.shapesense.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.nn.F;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table is the only source of its ops' overloads, and they are PyTorch's positional forms. */
class OpTableTest {
  private static Set<String> tableNames() {
    return OpTable.ops().stream().map(OpDecl::javaName).collect(Collectors.toSet());
  }

  @Test
  void fDeclaresNoOverloadOfATableOp() {
    // A hand-written overload in F would hide the generated one with the same signature.
    Set<String> names = tableNames();
    List<String> handWritten =
        Arrays.stream(F.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && names.contains(m.getName()))
            .map(Method::toString)
            .toList();
    assertEquals(List.of(), handWritten);
  }

  private static Set<String> overloads(String name) {
    Set<String> out = new TreeSet<>();
    for (Method m : F.class.getMethods()) {
      if (m.getName().equals(name)) {
        out.add(
            Arrays.stream(m.getParameterTypes())
                    .map(Class::getSimpleName)
                    .collect(Collectors.joining(","))
                + (m.isVarArgs() ? " varargs" : ""));
      }
    }
    return out;
  }

  @Test
  void conv2dTakesEveryPositionalForm() {
    // Prefixes of (input, weight, bias, stride, padding, dilation, groups), stride and dilation
    // an int or an int[], padding also a string: 1 + 1 + 2 + 2*3 + 2*3*2 + 2*3*2.
    assertEquals(34, overloads("conv2d").size());
  }

  @Test
  void aTupleThatComesLastIsVarargs() {
    assertEquals(
        Set.of("Tensor,int", "Tensor,int[] varargs", "Tensor,Integer[]"),
        overloads("adaptiveAvgPool2d"));
    assertEquals(
        Set.of("Tensor,int", "Tensor,int[] varargs"), overloads("adaptiveMaxPool1dWithIndices"));
  }

  @Test
  void theJavadocSignatureIsPyTorchs() {
    OpDecl avg =
        OpTable.ops().stream().filter(o -> o.javaName().equals("avgPool2d")).findFirst().get();
    assertEquals(
        "F.avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False,"
            + " count_include_pad=True, divisor_override=None)",
        avg.pythonSignature());
  }

  /** {@code Class#method} (or {@code Class}) in one of {@code packages}: whether it exists. */
  private static boolean resolves(String ref, String... packages) {
    String cls = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    String method = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : null;
    for (String p : packages) {
      try {
        Class<?> c = Class.forName(p + "." + cls);
        return method == null
            || Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method));
      } catch (ClassNotFoundException e) {
        // the next package
      }
    }
    return false;
  }

  @Test
  void everyRuleAndKernelOfTheTablesExists() {
    // The Javadoc links and the catalog's rules name real methods; every op has a CPU kernel.
    List<String> missing = new java.util.ArrayList<>();
    for (TensorOp op : TensorOpTable.ops()) {
      if (!resolves(op.rule(), "dev.shapesense.tensor.rules")) {
        missing.add(op.schema() + ": rule " + op.rule());
      }
      if (op.kernel() == null
          || !resolves(op.kernel(), "dev.shapesense.tensor", "dev.shapesense.nn")) {
        missing.add(op.schema() + ": kernel " + op.kernel());
      }
    }
    for (OpDecl op : OpTable.ops()) {
      if (!resolves(op.rule(), "dev.shapesense.tensor.rules")) {
        missing.add(op.schema() + ": rule " + op.rule());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theCatalogGivesTheCodesAndFormulasOfTheTables() {
    assertEquals("shape/view-size", dev.shapesense.tensor.OpCatalog.code("reshape"));
    assertEquals("shape/matmul", dev.shapesense.tensor.OpCatalog.code("linear"));
    assertEquals(null, dev.shapesense.tensor.OpCatalog.code("conv2d"));
    assertEquals(
        "H_out = floor((H + 2p - d(k - 1) - 1) / s) + 1\nW_out = floor((W + 2p - d(k - 1) - 1) / s) + 1",
        dev.shapesense.tensor.OpCatalog.formula("MaxPool2d"));
    assertEquals(
        "output shape = input shape", dev.shapesense.tensor.OpCatalog.formula("Dropout2d"));
    assertEquals(null, dev.shapesense.tensor.OpCatalog.formula("ReLU"));
  }
}
