package dev.shapesense.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A condition on symbolic dims that a shape rule needed and could not decide: the typed form of an
 * assumption's text ({@code H - 4 >= 5}, {@code (N * 4096) % (16384) == 0}, {@code L == 32}, {@code
 * [N, T] == [N, S]}, {@code a == b and c == d}, {@code -S <= i < S}). {@link #parse} reads the text
 * that {@link Checks} records; {@link Solver} decides it over a domain.
 */
public sealed interface Condition {

  /** A comparison. */
  enum Rel {
    EQ("=="),
    NE("!="),
    LE("<="),
    LT("<"),
    GE(">="),
    GT(">");

    final String text;

    Rel(String text) {
      this.text = text;
    }

    boolean test(int sign) {
      return switch (this) {
        case EQ -> sign == 0;
        case NE -> sign != 0;
        case LE -> sign <= 0;
        case LT -> sign < 0;
        case GE -> sign >= 0;
        case GT -> sign > 0;
      };
    }
  }

  /** {@code lhs rel rhs}. */
  record Cmp(Dim lhs, Rel rel, Dim rhs) implements Condition {
    @Override
    public String toString() {
      return lhs + " " + rel.text + " " + rhs;
    }
  }

  /** Every part holds. */
  record All(List<Condition> parts) implements Condition {
    @Override
    public String toString() {
      List<String> s = new ArrayList<>();
      parts.forEach(p -> s.add(p.toString()));
      return String.join(" and ", s);
    }
  }

  /** Some part holds. */
  record Any(List<Condition> parts) implements Condition {
    @Override
    public String toString() {
      List<String> s = new ArrayList<>();
      parts.forEach(p -> s.add(p instanceof All ? "(" + p + ")" : p.toString()));
      return String.join(" or ", s);
    }
  }

  static Condition cmp(Dim a, Rel r, Dim b) {
    return new Cmp(a, r, b);
  }

  /** The symbols the condition mentions, sorted. */
  default Set<String> symbols() {
    Set<String> out = new TreeSet<>();
    collect(this, out);
    return out;
  }

  private static void collect(Condition c, Set<String> out) {
    if (c instanceof Cmp k) {
      out.addAll(k.lhs().symbols());
      out.addAll(k.rhs().symbols());
    } else if (c instanceof All a) {
      a.parts().forEach(p -> collect(p, out));
    } else if (c instanceof Any a) {
      a.parts().forEach(p -> collect(p, out));
    }
  }

  /** Whether the condition holds when the symbols take {@code values} (TRUE, FALSE, or UNKNOWN). */
  default Truth holds(Map<String, Dim> values) {
    if (this instanceof Cmp k) {
      Dim a = k.lhs().substitute(values);
      Dim b = k.rhs().substitute(values);
      return switch (k.rel()) {
        case EQ -> Dim.eq(a, b);
        case NE -> Dim.eq(a, b).not();
        case LE -> Dim.le(a, b);
        case LT -> Dim.lt(a, b);
        case GE -> Dim.le(b, a);
        case GT -> Dim.lt(b, a);
      };
    }
    if (this instanceof All a) {
      Truth t = Truth.TRUE;
      for (Condition p : a.parts()) {
        t = t.and(p.holds(values));
      }
      return t;
    }
    Truth t = Truth.FALSE;
    for (Condition p : ((Any) this).parts()) {
      t = t.or(p.holds(values));
    }
    return t;
  }

  /**
   * Reads a condition in the syntax the shape rules record: comparisons of dims ({@code ==, !=, <=,
   * <, >=, >}, chained as in {@code -S <= i < S}), {@code %} by a number, shapes compared as a
   * whole ({@code [N, 3] == [N, C]}), joined by {@code and} / {@code or}.
   *
   * @throws IllegalArgumentException when the text is not such a condition
   */
  static Condition parse(String text) {
    return ConditionParser.parse(text);
  }
}

/** The parser behind {@link Condition#parse}. */
final class ConditionParser {
  private ConditionParser() {}

  static Condition parse(String text) {
    text = text.trim();
    if (text.startsWith("(") && closing(text, 0) == text.length() - 1) {
      return parse(text.substring(1, text.length() - 1));
    }
    List<String> ors = split(text, " or ");
    if (ors.size() > 1) {
      List<Condition> parts = new ArrayList<>();
      ors.forEach(o -> parts.add(parse(o)));
      return new Condition.Any(parts);
    }
    List<String> ands = split(text, " and ");
    if (ands.size() > 1) {
      List<Condition> parts = new ArrayList<>();
      ands.forEach(a -> parts.add(parse(a)));
      return new Condition.All(parts);
    }
    return chain(text.trim());
  }

  /** The index of the bracket closing the one at {@code open}, or -1. */
  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The length of a separator that starts at {@code i} of {@code s}, or 0. */
  @FunctionalInterface
  private interface Separator {
    int at(String s, int i);
  }

  /**
   * The parts of {@code s} between its top-level (outside brackets) separators; the separators'
   * texts are added to {@code separators}.
   */
  private static List<String> cut(String s, Separator separator, List<String> separators) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (depth == 0 && separator.at(s, i) > 0) {
        int len = separator.at(s, i);
        out.add(s.substring(start, i));
        separators.add(s.substring(i, i + len));
        start = i + len;
        i = start - 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  /** Splits at top-level (outside brackets) occurrences of {@code sep}. */
  private static List<String> split(String s, String sep) {
    return cut(s, (t, i) -> t.startsWith(sep, i) ? sep.length() : 0, new ArrayList<>());
  }

  /** The length of the relation ({@code ==}, {@code <}, ...) at {@code i} of {@code s}, or 0. */
  private static int relation(String s, int i) {
    for (Condition.Rel r : Condition.Rel.values()) {
      if (r.text.length() == 2 && s.startsWith(r.text, i)) {
        return 2;
      }
    }
    return s.charAt(i) == '<' || s.charAt(i) == '>' ? 1 : 0;
  }

  /** {@code a rel b [rel c ...]}. */
  private static Condition chain(String s) {
    List<String> texts = new ArrayList<>();
    List<String> operands = cut(s, ConditionParser::relation, texts);
    List<Condition.Rel> rels = new ArrayList<>();
    for (String t : texts) {
      for (Condition.Rel r : Condition.Rel.values()) {
        if (r.text.equals(t)) {
          rels.add(r);
        }
      }
    }
    if (rels.isEmpty()) {
      throw new IllegalArgumentException("not a condition: " + s);
    }
    List<Condition> parts = new ArrayList<>();
    for (int i = 0; i < rels.size(); i++) {
      parts.add(compare(operands.get(i).trim(), rels.get(i), operands.get(i + 1).trim()));
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
  }

  private static Condition compare(String a, Condition.Rel r, String b) {
    if (a.startsWith("[") && b.startsWith("[")) {
      Shape x = Shape.parse(a.substring(1, a.length() - 1));
      Shape y = Shape.parse(b.substring(1, b.length() - 1));
      if (r != Condition.Rel.EQ) {
        throw new IllegalArgumentException("shapes compare only for equality: " + a + " " + b);
      }
      if (x.rank() != y.rank()) {
        return new Condition.Cmp(Dim.of(0), Condition.Rel.EQ, Dim.of(1));
      }
      List<Condition> parts = new ArrayList<>();
      for (int i = 0; i < x.rank(); i++) {
        parts.add(new Condition.Cmp(x.get(i), Condition.Rel.EQ, y.get(i)));
      }
      return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }
    return new Condition.Cmp(operand(a), r, operand(b));
  }

  /** A dim, or {@code a % b} as {@code a - b * (a / b)}. */
  private static Dim operand(String s) {
    List<String> mod = split(s, "%");
    if (mod.size() == 2) {
      Dim a = Dim.parse(mod.get(0).trim());
      Dim b = Dim.parse(mod.get(1).trim());
      return a.minus(a.floorDiv(b).times(b));
    }
    return Dim.parse(s);
  }
}
