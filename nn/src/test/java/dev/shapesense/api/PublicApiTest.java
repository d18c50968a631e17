package dev.shapesense.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.nn.F;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The nn API only grows: every line of {@code nn/src/test/resources/api/public-api.txt} must still
 * hold (a member may move to a superclass, and an array last parameter may become varargs, since
 * every call that compiled still compiles), and every public or protected declaration must be in
 * the listing. {@code -Dapi.update=true} adds today's new declarations to it; a removal is an edit
 * of the listing by hand, visible in review.
 */
class PublicApiTest {
  static Path listing() {
    String root = System.getProperty("shapesense.root");
    Path base = root != null ? Path.of(root, "nn") : Path.of("").toAbsolutePath();
    return base.resolve("src/test/resources/api/public-api.txt");
  }

  @Test
  void theApiOnlyGrows() throws IOException {
    Set<String> listed = new TreeSet<>(Files.readAllLines(listing()));
    listed.removeIf(String::isBlank);
    Set<String> now = PublicApi.declared();

    List<String> missing = new ArrayList<>();
    Map<String, Set<String>> byType = new HashMap<>();
    for (String line : listed) {
      int bar = line.indexOf(" | ");
      String type = line.substring(0, bar);
      String entry = line.substring(bar + 3);
      Set<String> offered =
          byType.computeIfAbsent(
              type,
              t -> {
                try {
                  return PublicApi.available(Class.forName(t, false, getClass().getClassLoader()));
                } catch (ClassNotFoundException e) {
                  return Set.of();
                }
              });
      if (!offered.contains(entry) && !offered.contains(asVarargs(entry))) {
        missing.add(line);
      }
    }
    Set<String> added = new TreeSet<>(now);
    added.removeAll(listed);

    if (Boolean.getBoolean("api.update") && !added.isEmpty()) {
      Set<String> all = new TreeSet<>(listed);
      all.addAll(now);
      Files.write(listing(), all);
      added.clear();
    }
    assertEquals(List.of(), missing, "the API lost these (users' code would stop compiling)");
    assertEquals(
        List.of(),
        List.copyOf(added).subList(0, Math.min(added.size(), 20)),
        added.size()
            + " new entries are not in the listing (the first 20 below): review them,"
            + " then run with -Dapi.update=true");
  }

  /** {@code m(int[])} is still callable as {@code m(int...)}: the same entry with varargs. */
  static String asVarargs(String entry) {
    int open = entry.indexOf('(');
    int close = entry.indexOf(')', open);
    if (open < 0 || close < 0 || !entry.substring(open, close).endsWith("[]")) {
      return entry;
    }
    return entry.substring(0, close - 2) + "..." + entry.substring(close);
  }

  /**
   * Generated overloads must not make a call that compiled before ambiguous: each of these did
   * (this file would not compile otherwise), and runs as PyTorch's same call does.
   */
  @Test
  void callsThatCompiledBeforeTheTablesStillCompile() {
    Tensor x = Tensors.randn(Device.META, 2, 3, 8, 8);
    // long... alone before; now int..., long... and a Dim[] that is not varargs.
    ShapeError e = assertThrows(ShapeError.class, () -> F.layerNorm(x));
    assertEquals(
        "Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one"
            + " element, but got normalized_shape = []",
        e.getMessage());
    assertEquals("[2, 3, 8, 8]", F.layerNorm(x, 8).shape().toString());
    assertEquals("[2, 3, 8, 8]", Tensors.layerNorm(x, 8, 8).shape().toString());
    // long... alone before; now also Shape and a Dim[] that is not varargs.
    ShapeError u = assertThrows(ShapeError.class, () -> Tensors.unflatten(x, 1));
    assertEquals("unflatten: sizes must be non-empty", u.getMessage());
    // A boxed argument beside a null scale factor: a Double only, no double/Double pair.
    assertEquals(
        "[2, 3, 16, 16]", F.interpolate(x, null, 2.0, "bilinear", false).shape().toString());
    assertEquals(
        "[2, 3, 4, 6]", F.interpolate(x, new int[] {4, 6}, null, "nearest").shape().toString());
    // An int padding_idx beside a boxed max_norm: an Integer only, no int/Integer pair.
    Tensor ids = Tensors.empty(Device.META, DType.INT64, Shape.of(2, 5));
    assertEquals(
        "[2, 5, 4]",
        F.embedding(ids, Tensors.randn(Device.META, 10, 4), 0, 1.0).shape().toString());
    // dim=None: no softmax(Tensor, DType) beside softmax(Tensor, Integer).
    assertEquals("[2, 3, 8, 8]", F.softmax(x, null).shape().toString());
  }

  @Test
  void anArrayParameterMayBecomeVarargs() {
    assertEquals(
        "public static T f(int,int...) throws X",
        asVarargs("public static T f(int,int[]) throws X"));
    assertEquals("public T g(int)", asVarargs("public T g(int)"));
  }

  @Test
  void theListingCoversBothPackages() throws IOException {
    List<String> lines = Files.readAllLines(listing());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("dev.shapesense.tensor.Tensor | ")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("dev.shapesense.nn.F | ")));
  }
}
