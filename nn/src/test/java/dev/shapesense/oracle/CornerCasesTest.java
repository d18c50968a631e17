package dev.shapesense.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Extra PyTorch verdicts for activations, dropout, normalisation and embedding ({@code
 * testdata/corners/cases.jsonl}, recorded on CPU by {@code testdata/corners/gen_cases.py}): every
 * dtype, rank, kwarg and empty-input corner, concrete and symbolic; and convolutions with a
 * zero-size kernel dim, which each CPU backend refuses in its own words ({@code
 * conv-kernels.jsonl}, {@code gen_conv_kernels.py}), as {@link OracleTest} and {@link
 * SymbolicOracleTest} check the public oracle. Honours {@code -Doracle.ops}.
 */
class CornerCasesTest {
  private static List<OracleCase> cases() throws Exception {
    List<OracleCase> all = new ArrayList<>();
    for (String file : List.of("cases.jsonl", "conv-kernels.jsonl")) {
      all.addAll(OracleCase.load(Oracle.root().resolve(Path.of("testdata", "corners", file))));
    }
    String ops = System.getProperty("oracle.ops");
    if (ops == null || ops.isBlank()) {
      return all;
    }
    Set<String> wanted = new TreeSet<>(List.of(ops.split(",")));
    return all.stream().filter(c -> wanted.contains(c.op())).toList();
  }

  @TestFactory
  Stream<DynamicTest> concrete() throws Exception {
    OracleRunner runner = new OracleRunner(Oracle.signatures());
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id(),
                    () -> {
                      String diff = OracleTest.difference(runner, c);
                      if (diff != null) {
                        fail(diff);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> symbolic() throws Exception {
    OracleRunner runner = new OracleRunner(Oracle.signatures());
    return cases().stream()
        .filter(c -> !c.expectsError())
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id(),
                    () -> {
                      String diff = SymbolicOracleTest.difference(runner, c);
                      if (diff != null) {
                        fail(diff);
                      }
                    }));
  }
}
