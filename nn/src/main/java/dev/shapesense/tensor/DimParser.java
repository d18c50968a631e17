package dev.shapesense.tensor;

/**
 * Recursive-descent parser for dim expressions: integers, identifiers, {@code + - * /}, unary
 * minus, parentheses and {@code Math.min/Math.max(a, b)}. Division is floor division by a constant.
 */
final class DimParser {
  private final String s;
  private int pos;

  private DimParser(String s) {
    this.s = s;
  }

  static Dim parse(String text) {
    DimParser p = new DimParser(text);
    Dim d = p.sum();
    p.skip();
    if (p.pos != p.s.length()) {
      throw p.error("unexpected '" + p.s.charAt(p.pos) + "'");
    }
    return d;
  }

  private Dim sum() {
    Dim d = product();
    for (char op; (op = operator("+-")) != 0; ) {
      d = op == '+' ? d.plus(product()) : d.minus(product());
    }
    return d;
  }

  private Dim product() {
    Dim d = unary();
    for (char op; (op = operator("*/")) != 0; ) {
      Dim right = unary();
      if (op == '/' && (!right.isConst() || right.value() <= 0)) {
        throw error("only division by a positive number is supported");
      }
      d = op == '*' ? d.times(right) : d.floorDiv(right.value());
    }
    return d;
  }

  /** The binary operator of {@code ops} next in the text (consumed), or 0. */
  private char operator(String ops) {
    skip();
    if (pos < s.length() && ops.indexOf(s.charAt(pos)) >= 0) {
      return s.charAt(pos++);
    }
    return 0;
  }

  private Dim unary() {
    skip();
    if (eat('-')) {
      return unary().negate();
    }
    if (eat('(')) {
      Dim d = sum();
      expect(')');
      return d;
    }
    if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
      int start = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos < s.length() && (s.charAt(pos) == 'L' || s.charAt(pos) == 'l')) {
        pos++;
        return Dim.of(Long.parseLong(s.substring(start, pos - 1)));
      }
      try {
        return Dim.of(Long.parseLong(s.substring(start, pos)));
      } catch (NumberFormatException e) {
        throw error("number too large");
      }
    }
    if (pos < s.length() && Character.isJavaIdentifierStart(s.charAt(pos))) {
      int start = pos;
      while (pos < s.length()
          && (Character.isJavaIdentifierPart(s.charAt(pos)) || s.charAt(pos) == '.')) {
        pos++;
      }
      String name = s.substring(start, pos);
      if (name.equals("Math.min") || name.equals("Math.max")) {
        expect('(');
        Dim a = sum();
        expect(',');
        Dim b = sum();
        expect(')');
        return name.equals("Math.min") ? a.min(b) : a.max(b);
      }
      if (name.contains(".")) {
        throw error("unexpected name '" + name + "'");
      }
      return Dim.sym(name);
    }
    throw error(pos < s.length() ? "unexpected '" + s.charAt(pos) + "'" : "unexpected end");
  }

  private void skip() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private boolean eat(char c) {
    skip();
    if (pos < s.length() && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!eat(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(
        "cannot parse dim '" + s + "' at column " + (pos + 1) + ": " + what);
  }
}
