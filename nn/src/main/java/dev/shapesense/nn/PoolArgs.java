package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import java.util.function.BiFunction;

/**
 * Pool and pad arguments: converts tuple-or-int arguments for the shape rules, prints them as
 * PyTorch's reprs show them ({@code 2}, {@code (2, 2)}, None), and builds indexed results.
 */
final class PoolArgs {
  private PoolArgs() {}

  /** {@code out} with its int64 indices, of the same shape. */
  static <O> O withIndices(Tensor out, BiFunction<Tensor, Tensor, O> output) {
    return output.apply(out, Tensor.result(out.shape(), DType.INT64, out));
  }

  /**
   * A pool's output of shape {@code s}: its CPU kernel's when {@code x} has data, else a result.
   */
  static Tensor output(Tensor x, Shape s, BiFunction<Tensor, Shape, Tensor[]> cpu) {
    return x.hasData() ? cpu.apply(x, s)[0] : Tensor.result(s, x.dtype(), x);
  }

  /** {@link #output} with its indices, as the pool's record. */
  static <O> O withIndices(
      Tensor x,
      Shape s,
      BiFunction<Tensor, Shape, Tensor[]> cpu,
      BiFunction<Tensor, Tensor, O> output) {
    return x.hasData()
        ? withIndices(cpu.apply(x, s), output)
        : withIndices(Tensor.result(s, x.dtype(), x), output);
  }

  /** The output and indices a CPU pool kernel computed, as the pool's record. */
  static <O> O withIndices(Tensor[] outAndIndices, BiFunction<Tensor, Tensor, O> output) {
    return output.apply(outAndIndices[0], outAndIndices[1]);
  }

  /**
   * The number of spatial dims of a built-in pool ({@code MaxPool2d} pools 2): read from the
   * nearest built-in class in {@code type}'s ancestry, so user subclasses keep it.
   */
  static int spatial(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      String n = c.getSimpleName();
      if (c.getPackageName().equals("dev.shapesense.nn") && n.matches(".*[123]d")) {
        return n.charAt(n.length() - 2) - '0';
      }
    }
    throw new IllegalStateException("not a 1-d, 2-d or 3-d pool: " + type);
  }

  static long[] longs(int[] v) {
    if (v == null) {
      return new long[0];
    }
    long[] out = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }

  /** {@code 2} for one value, {@code (2, 3)} for several, {@code None} for null. */
  static String repr(int[] v) {
    if (v == null) {
      return "None";
    }
    if (v.length == 1) {
      return Integer.toString(v[0]);
    }
    return tuple(v);
  }

  /** Always a tuple: {@code (2,)}, {@code (2, 3)}. */
  static String tuple(int[] v) {
    if (v.length == 1) {
      return "(" + v[0] + ",)";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) {
      sb.append(i > 0 ? ", " : "").append(v[i]);
    }
    return sb.append(')').toString();
  }
}
