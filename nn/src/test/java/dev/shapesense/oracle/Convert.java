package dev.shapesense.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts JSON argument values to Java parameters and picks the overload a Java user would call:
 * ints go to int/long (or double where only that fits), lists to arrays or trailing varargs, None
 * to null.
 */
final class Convert {
  /** A chosen executable and its converted arguments. */
  record Bound<E extends Executable>(E target, Object[] args) {}

  private static final Object NO = new Object();

  /**
   * Picks the best overload among {@code candidates} for {@code prefix} (ready Java objects, such
   * as tensors) followed by {@code json} values.
   */
  static <E extends Executable> Bound<E> bind(List<E> candidates, List<?> prefix, List<?> json) {
    Bound<E> best = null;
    int bestScore = Integer.MAX_VALUE;
    for (E e : candidates) {
      int[] score = {0};
      Object[] args = tryBind(e, prefix, json, score);
      if (args != null && score[0] < bestScore) {
        best = new Bound<>(e, args);
        bestScore = score[0];
      }
    }
    return best;
  }

  private static Object[] tryBind(Executable e, List<?> prefix, List<?> json, int[] score) {
    Class<?>[] types = e.getParameterTypes();
    List<Object> values = new ArrayList<>(prefix);
    values.addAll(json);
    int n = types.length;
    boolean varargs = e.isVarArgs();
    if (!varargs && values.size() != n) {
      return null;
    }
    if (varargs && values.size() < n - 1) {
      return null;
    }
    Object[] out = new Object[n];
    int fixed = varargs ? n - 1 : n;
    for (int i = 0; i < fixed; i++) {
      Object v = convert(values.get(i), types[i], score);
      if (v == NO) {
        return null;
      }
      out[i] = v;
    }
    if (varargs) {
      List<Object> rest = values.subList(fixed, values.size());
      Class<?> arrayType = types[n - 1];
      if (rest.size() == 1 && rest.get(0) instanceof JsonNode j && j.isArray()) {
        Object v = convert(j, arrayType, score);
        if (v == NO) {
          return null;
        }
        out[n - 1] = v;
      } else {
        Class<?> comp = arrayType.getComponentType();
        Object arr = Array.newInstance(comp, rest.size());
        for (int i = 0; i < rest.size(); i++) {
          Object v = convert(rest.get(i), comp, score);
          if (v == NO) {
            return null;
          }
          Array.set(arr, i, v);
        }
        out[n - 1] = arr;
        score[0] += 1;
      }
    }
    return out;
  }

  static Object convert(Object value, Class<?> type, int[] score) {
    if (!(value instanceof JsonNode j)) {
      if (value == null) {
        return type.isPrimitive() ? NO : null;
      }
      if (type.isInstance(value)) {
        return value;
      }
      if (value instanceof List<?> l
          && type.isArray()
          && Tensor.class.isAssignableFrom(type.getComponentType())) {
        Object arr = Array.newInstance(type.getComponentType(), l.size());
        for (int i = 0; i < l.size(); i++) {
          Array.set(arr, i, l.get(i));
        }
        return arr;
      }
      return NO;
    }
    if (j.isNull() || j instanceof NullNode) {
      if (type.isPrimitive()) {
        return NO;
      }
      score[0] += 1;
      return null;
    }
    if (j.isBoolean()) {
      if (type == boolean.class || type == Boolean.class) {
        return j.booleanValue();
      }
      if (type == Object.class) {
        score[0] += 3;
        return j.booleanValue();
      }
      return NO;
    }
    if (j.isIntegralNumber()) {
      long v = j.longValue();
      if (type == long.class || type == Long.class) {
        return v;
      }
      if (type == int.class || type == Integer.class) {
        return (int) v;
      }
      if (type == double.class || type == Double.class) {
        score[0] += 2;
        return (double) v;
      }
      if (type == float.class || type == Float.class) {
        score[0] += 2;
        return (float) v;
      }
      if (type == Object.class || type == Number.class) {
        score[0] += 3;
        return v;
      }
      if (type == long[].class) {
        score[0] += 4;
        return new long[] {v};
      }
      if (type == int[].class) {
        score[0] += 4;
        return new int[] {(int) v};
      }
      return NO;
    }
    if (j.isNumber()) {
      double v = j.doubleValue();
      if (type == double.class || type == Double.class) {
        return v;
      }
      if (type == float.class || type == Float.class) {
        return (float) v;
      }
      if (type == Object.class || type == Number.class) {
        score[0] += 3;
        return v;
      }
      if (type == double[].class) {
        score[0] += 4;
        return new double[] {v};
      }
      return NO;
    }
    if (j.isTextual()) {
      if (type == String.class) {
        return j.textValue();
      }
      if (type == Object.class) {
        score[0] += 3;
        return j.textValue();
      }
      return NO;
    }
    if (j.isArray()) {
      boolean hasNull = false;
      boolean allInt = true;
      boolean allNum = true;
      for (JsonNode x : j) {
        hasNull |= x.isNull();
        allInt &= x.isIntegralNumber();
        allNum &= x.isNumber();
      }
      if (type == long[].class && allInt) {
        long[] a = new long[j.size()];
        for (int i = 0; i < a.length; i++) {
          a[i] = j.get(i).longValue();
        }
        return a;
      }
      if (type == int[].class && allInt) {
        int[] a = new int[j.size()];
        for (int i = 0; i < a.length; i++) {
          a[i] = j.get(i).intValue();
        }
        return a;
      }
      if ((type == Integer[].class || type == Long[].class) && (allInt || hasNull)) {
        boolean ok = true;
        for (JsonNode x : j) {
          ok &= x.isNull() || x.isIntegralNumber();
        }
        if (!ok) {
          return NO;
        }
        Object arr = Array.newInstance(type.getComponentType(), j.size());
        for (int i = 0; i < j.size(); i++) {
          JsonNode x = j.get(i);
          Array.set(
              arr,
              i,
              x.isNull()
                  ? null
                  : type == Integer[].class ? (Object) x.intValue() : (Object) x.longValue());
        }
        score[0] += hasNull ? 0 : 1;
        return arr;
      }
      if (type == double[].class && allNum) {
        double[] a = new double[j.size()];
        for (int i = 0; i < a.length; i++) {
          a[i] = j.get(i).doubleValue();
        }
        score[0] += allInt ? 1 : 0;
        return a;
      }
      if (type == Shape.class && allInt) {
        long[] a = new long[j.size()];
        for (int i = 0; i < a.length; i++) {
          a[i] = j.get(i).longValue();
        }
        score[0] += 2;
        return Shape.of(a);
      }
      if (type == Object.class) {
        score[0] += 5;
        return j;
      }
      return NO;
    }
    return NO;
  }

  private Convert() {}
}
