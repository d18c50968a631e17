package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.Values.EnumValue;
import dev.shapesense.analyzer.interp.Values.TypeValue;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code EnumMap} and {@code EnumSet} of workspace enums: a map or set ordered by the constants'
 * ordinals, as Java iterates them (the JDK's own classes take only real enums).
 */
final class EnumCollections {
  private EnumCollections() {}

  private static final Comparator<Object> BY_ORDINAL =
      Comparator.comparingInt(o -> o instanceof EnumValue e ? e.ordinal : Integer.MAX_VALUE);

  /** {@code new EnumMap<>(E.class)} or {@code new EnumMap<>(otherMap)}, or null when not one. */
  static Object newEnumMap(List<Object> args) {
    TreeMap<Object, Object> m = new TreeMap<>(BY_ORDINAL);
    if (args.size() == 1 && args.get(0) instanceof java.util.Map<?, ?> other) {
      m.putAll(other);
      return m;
    }
    return args.size() == 1 && args.get(0) instanceof TypeValue ? m : null;
  }

  /** {@code EnumSet.of/allOf/noneOf/range/copyOf(...)} on workspace enums, or null when not one. */
  static Object call(Interpreter in, String name, List<Object> args) {
    TreeSet<Object> set = new TreeSet<>(BY_ORDINAL);
    switch (name) {
      case "of":
        for (Object a : args) {
          if (a instanceof Values.ArrayValue arr) {
            for (Object x : arr.items) {
              if (!(x instanceof EnumValue)) {
                return null;
              }
              set.add(x);
            }
          } else if (a instanceof EnumValue) {
            set.add(a);
          } else {
            return null;
          }
        }
        return set;
      case "allOf":
      case "noneOf":
        if (args.size() != 1 || !(args.get(0) instanceof TypeValue tv)) {
          return null;
        }
        if (name.equals("allOf")) {
          set.addAll(in.enumConstants(tv.type()));
        }
        return set;
      case "range":
        if (args.size() != 2
            || !(args.get(0) instanceof EnumValue from)
            || !(args.get(1) instanceof EnumValue to)) {
          return null;
        }
        for (Object c : in.enumConstants(from.type)) {
          int o = ((EnumValue) c).ordinal;
          if (o >= from.ordinal && o <= to.ordinal) {
            set.add(c);
          }
        }
        return set;
      case "copyOf":
        if (args.size() == 1 && args.get(0) instanceof java.util.Collection<?> c) {
          for (Object x : c) {
            if (!(x instanceof EnumValue)) {
              return null;
            }
          }
          set.addAll(c);
          return set;
        }
        return null;
      default:
        return null;
    }
  }

  /** The workspace type a class literal names, as a {@link TypeValue}, or null. */
  static Object classLiteral(Interpreter in, com.github.javaparser.ast.expr.ClassExpr ce) {
    TypeRef t = in.types.findType(ce.getType().asString(), ce);
    return t == null ? null : new TypeValue(t);
  }
}
