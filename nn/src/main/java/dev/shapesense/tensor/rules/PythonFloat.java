package dev.shapesense.tensor.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python's {@code repr} of a float, as PyTorch's messages and module reprs print numbers: the
 * shortest round-tripping digits, fixed notation for decimal exponents in {@code [-4, 16)}, else
 * scientific with a signed two-digit exponent ({@code 1e-05}, {@code 0.1}, {@code 2.0}).
 */
public final class PythonFloat {
  private PythonFloat() {}

  /**
   * Reprs already made: module reprs print the same few constants (eps, momentum) again and again.
   */
  private static final Map<Double, String> MADE = new ConcurrentHashMap<>();

  public static String repr(double v) {
    String made = MADE.get(v);
    if (made == null) {
      made = make(v);
      if (MADE.size() < 4096) {
        MADE.put(v, made);
      }
    }
    return made;
  }

  private static String make(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0.0" : "0.0";
    }
    String sign = v < 0 ? "-" : "";
    BigDecimal bd = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
    String digits = bd.unscaledValue().toString();
    int exp = digits.length() - 1 - bd.scale();
    if (exp >= -4 && exp < 16) {
      String plain = bd.toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String e = String.format("%02d", Math.abs(exp));
    return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
  }

  /** A Python number as given: an int prints as an int ({@code 2}), a float as {@code 2.0}. */
  public static String repr(Number n) {
    return n instanceof Double || n instanceof Float ? repr(n.doubleValue()) : n.toString();
  }

  /** Python's {@code str(bool)}. */
  public static String repr(boolean b) {
    return b ? "True" : "False";
  }
}
