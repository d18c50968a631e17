package dev.shapesense.tensor;

import java.util.Arrays;

/**
 * The elements of a CPU tensor in row-major order: int64 tensors hold {@code long}s, every other
 * dtype holds {@code double}s whose values are exactly representable in it (float32 values are
 * rounded to float, integral ones truncated, bool ones 0 or 1). Kernels compute in double and round
 * once when storing. Mutable only through {@link Tensor#copy_} and {@link Tensor#fill_}.
 */
final class Storage {
  private final DType dtype;
  private final double[] values;
  private final long[] longValues;

  private Storage(DType dtype, double[] values, long[] longValues) {
    this.dtype = dtype;
    this.values = values;
    this.longValues = longValues;
  }

  static Storage zeros(DType dtype, int n) {
    return dtype == DType.INT64
        ? new Storage(dtype, null, new long[n])
        : new Storage(dtype, new double[n], null);
  }

  /** Takes ownership of {@code values}, rounding them to {@code dtype} in place. */
  static Storage of(DType dtype, double[] values, int n) {
    if (values.length != n) {
      throw new IllegalStateException(
          "a kernel produced " + values.length + " elements for a result of " + n);
    }
    if (dtype == DType.INT64) {
      long[] l = new long[n];
      for (int i = 0; i < n; i++) {
        l[i] = (long) values[i];
      }
      return new Storage(dtype, null, l);
    }
    round(dtype, values);
    return new Storage(dtype, values, null);
  }

  static Storage ofLongs(DType dtype, long[] values, int n) {
    if (values.length != n) {
      throw new IllegalStateException(
          "a kernel produced " + values.length + " elements for a result of " + n);
    }
    if (dtype == DType.INT64) {
      return new Storage(dtype, null, values);
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = values[i];
    }
    round(dtype, d);
    return new Storage(dtype, d, null);
  }

  private static void round(DType dtype, double[] v) {
    switch (dtype) {
      case FLOAT64 -> {}
      case FLOAT32, FLOAT16, BFLOAT16 -> {
        for (int i = 0; i < v.length; i++) {
          v[i] = (float) v[i];
        }
      }
      case BOOL -> {
        for (int i = 0; i < v.length; i++) {
          v[i] = v[i] != 0 ? 1 : 0;
        }
      }
      case INT32 -> {
        for (int i = 0; i < v.length; i++) {
          v[i] = (int) v[i];
        }
      }
      case INT16 -> {
        for (int i = 0; i < v.length; i++) {
          v[i] = (short) v[i];
        }
      }
      case INT8 -> {
        for (int i = 0; i < v.length; i++) {
          v[i] = (byte) v[i];
        }
      }
      case UINT8 -> {
        for (int i = 0; i < v.length; i++) {
          v[i] = ((long) v[i]) & 0xff;
        }
      }
      default -> throw new IllegalStateException(dtype.toString());
    }
  }

  int size() {
    return values != null ? values.length : longValues.length;
  }

  double get(int i) {
    return values != null ? values[i] : longValues[i];
  }

  /** The elements as doubles: the array itself (read-only by convention), or a converted copy. */
  double[] doubles() {
    if (values != null) {
      return values;
    }
    double[] d = new double[longValues.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = longValues[i];
    }
    return d;
  }

  /** The elements as longs: the int64 array itself, or a truncated copy. */
  long[] longs() {
    if (longValues != null) {
      return longValues;
    }
    long[] l = new long[values.length];
    for (int i = 0; i < l.length; i++) {
      l[i] = (long) values[i];
    }
    return l;
  }

  /** Sets every element to {@code value} converted to this dtype, as {@code fill_} does. */
  void fill(double value) {
    if (longValues != null) {
      Arrays.fill(longValues, (long) value);
    } else {
      double[] one = {value};
      round(dtype, one);
      Arrays.fill(values, one[0]);
    }
  }

  /** {@link #fill(double)} of an integer, exact for int64 beyond 2^53. */
  void fill(long value) {
    if (longValues != null) {
      Arrays.fill(longValues, value);
    } else {
      fill((double) value);
    }
  }

  /** Overwrites the elements with {@code src}'s, converted to this dtype. */
  void assign(Storage src) {
    if (values != null && src.values != null && src.dtype == dtype) {
      System.arraycopy(src.values, 0, values, 0, values.length);
    } else if (longValues != null) {
      long[] l = src.longs();
      System.arraycopy(l, 0, longValues, 0, l.length);
    } else {
      double[] d = Arrays.copyOf(src.doubles(), src.size());
      round(dtype, d);
      System.arraycopy(d, 0, values, 0, d.length);
    }
  }
}
