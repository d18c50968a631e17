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
        Set.of(
            "Tensor,int",
            "Tensor,int[] varargs",
            "Tensor,Integer[]"),
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
}
