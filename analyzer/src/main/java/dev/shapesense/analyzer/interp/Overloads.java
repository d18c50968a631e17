package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.tensor.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Overload resolution as javac does it (JLS 15.12.2), over abstract argument values, for user
 * methods and constructors and for the nn/JDK methods called by reflection alike: the candidates
 * applicable by strict or loose invocation without boxing (phase 1), then with boxing (phase 2),
 * then as variable-arity (phase 3); among the applicable ones of the first phase that has any, the
 * most specific. An argument's type is its value's: an integral value is an {@code int} unless its
 * expression says {@code long} (a literal, a cast), and any integral width when the expression does
 * not say (a variable: the interpreter keeps no declared types); an unknown value matches any
 * parameter, and when the choice then depends on it, the result is undecided.
 */
final class Overloads {
  private Overloads() {}

  /** Primitive types in widening order (JLS 5.1.2), then boolean apart. */
  enum Prim {
    BYTE,
    SHORT,
    CHAR,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    BOOLEAN;

    /** Whether a value of this type widens (or is identical) to {@code p}. */
    boolean widensTo(Prim p) {
      if (this == p) {
        return true;
      }
      if (this == BOOLEAN || p == BOOLEAN || p == CHAR) {
        return false;
      }
      if (this == CHAR) {
        return p.ordinal() >= INT.ordinal();
      }
      if (this == BYTE && p == CHAR) {
        return false;
      }
      return ordinal() < p.ordinal();
    }

    Class<?> boxed() {
      return switch (this) {
        case BYTE -> Byte.class;
        case SHORT -> Short.class;
        case CHAR -> Character.class;
        case INT -> Integer.class;
        case LONG -> Long.class;
        case FLOAT -> Float.class;
        case DOUBLE -> Double.class;
        case BOOLEAN -> Boolean.class;
      };
    }

    /** The primitive type whose box {@code c} is ({@code Integer}: INT), or null. */
    static Prim ofBox(Class<?> c) {
      for (Prim p : values()) {
        if (p.boxed() == c) {
          return p;
        }
      }
      return null;
    }

    static Prim of(Class<?> c) {
      if (c == int.class) return INT;
      if (c == long.class) return LONG;
      if (c == double.class) return DOUBLE;
      if (c == float.class) return FLOAT;
      if (c == boolean.class) return BOOLEAN;
      if (c == short.class) return SHORT;
      if (c == byte.class) return BYTE;
      if (c == char.class) return CHAR;
      return null;
    }

    static Prim of(PrimitiveType.Primitive p) {
      return switch (p) {
        case BOOLEAN -> BOOLEAN;
        case CHAR -> CHAR;
        case BYTE -> BYTE;
        case SHORT -> SHORT;
        case INT -> INT;
        case LONG -> LONG;
        case FLOAT -> FLOAT;
        case DOUBLE -> DOUBLE;
      };
    }
  }

  /**
   * A parameter type: a primitive, a class (nn, JDK), a workspace type, an array, or any reference
   * type (a type variable, or a type the analysis does not know).
   */
  record PType(Prim prim, Class<?> cls, TypeRef user, PType component, boolean any) {
    static final PType ANY = new PType(null, null, null, null, true);

    static PType of(Prim p) {
      return new PType(p, null, null, null, false);
    }

    static PType of(Class<?> c) {
      if (c.isPrimitive()) {
        return of(Prim.of(c));
      }
      if (c.isArray()) {
        return array(of(c.getComponentType()));
      }
      return new PType(null, c, null, null, false);
    }

    static PType of(TypeRef t) {
      return new PType(null, null, t, null, false);
    }

    static PType array(PType component) {
      return new PType(null, null, null, component, false);
    }

    boolean isArray() {
      return component != null;
    }

    boolean isReference() {
      return prim == null;
    }

    /** Whether this is {@code Object} or a type variable: every reference converts to it. */
    boolean isTop() {
      return any || cls == Object.class;
    }

    boolean sameAs(PType o) {
      if (prim != null || o.prim != null) {
        return prim == o.prim;
      }
      if (isArray() || o.isArray()) {
        return isArray() && o.isArray() && component.sameAs(o.component);
      }
      if (isTop() || o.isTop()) {
        return isTop() && o.isTop();
      }
      return cls == o.cls
          && (user == null ? o.user == null : o.user != null && user.decl() == o.user.decl());
    }
  }

  /** A parameter list; {@code varargs}: its last type is an array taken as variable arity. */
  record Sig(List<PType> params, boolean varargs) {}

  /**
   * An argument: its value, and the primitive its expression's type is known to be (a literal, a
   * cast), or null when only the value tells.
   */
  record Arg(Object value, Prim declared) {}

  /** What subtyping between workspace types and classes needs of the interpreter. */
  interface Types {
    /** Whether workspace type {@code sub} is {@code sup} or a subtype of it. */
    boolean isSubtype(TypeRef sub, TypeRef sup);

    /** Whether instances of workspace type {@code sub} are instances of class {@code sup}. */
    boolean isSubclassOf(TypeRef sub, Class<?> sup);

    /** The workspace type of an abstract value, or null. */
    TypeRef typeOfValue(Object v);

    /** Whether {@code t} is an interface. */
    boolean isInterface(TypeRef t);
  }

  /**
   * The outcome: the chosen candidate, none applicable, or undecided because of unknown arguments.
   */
  record Choice<C>(C chosen, boolean varargsCall, boolean undecided) {
    static <C> Choice<C> none() {
      return new Choice<>(null, false, false);
    }
  }

  /** Arguments with their expressions' declared primitive types where the expressions say so. */
  static List<Arg> args(List<Object> values, List<? extends Expression> exprs) {
    List<Arg> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      Expression e = exprs != null && i < exprs.size() ? exprs.get(i) : null;
      out.add(new Arg(values.get(i), e == null ? null : declared(e)));
    }
    return out;
  }

  static List<Arg> args(List<Object> values) {
    return args(values, null);
  }

  /** The primitive type an expression certainly has, from its form alone, or null. */
  static Prim declared(Expression e) {
    while (e instanceof EnclosedExpr en) {
      e = en.getInner();
    }
    if (e instanceof IntegerLiteralExpr) {
      return Prim.INT;
    }
    if (e instanceof LongLiteralExpr) {
      return Prim.LONG;
    }
    if (e instanceof CharLiteralExpr) {
      return Prim.CHAR;
    }
    if (e instanceof DoubleLiteralExpr d) {
      String s = d.getValue();
      char last = Character.toLowerCase(s.charAt(s.length() - 1));
      return last == 'f' ? Prim.FLOAT : Prim.DOUBLE;
    }
    if (e instanceof CastExpr c && c.getType() instanceof PrimitiveType p) {
      return Prim.of(p.getType());
    }
    return null;
  }

  /**
   * Chooses among {@code cands} for {@code args}. {@code reflective}: the chosen one is invoked by
   * reflection, so a symbolic size can only be passed where a {@link Dim} is taken.
   */
  static <C> Choice<C> choose(
      List<C> cands, Function<C, Sig> sigOf, List<Arg> args, Types types, boolean reflective) {
    // Phases 4 and 5 repeat 2 and 3 with a size taken as a Dim (no Java conversion does that, so
    // only when nothing else applies: new Linear(a, b) with int sizes is the long one).
    int n = args.size();
    List<C> fit = new ArrayList<>(cands.size());
    List<Sig> fitSigs = new ArrayList<>(cands.size());
    for (C c : cands) {
      Sig s = sigOf.apply(c);
      int k = s.params().size();
      if (n == k || (s.varargs() && n >= k - 1)) {
        fit.add(c);
        fitSigs.add(s);
      }
    }
    boolean sizes = false;
    for (Arg a : args) {
      sizes |=
          a.value() instanceof Long
              || a.value() instanceof Dim
              || a.value() instanceof Values.ArrayValue;
    }
    for (int step = 1; step <= (sizes ? 5 : 3) && !fit.isEmpty(); step++) {
      int phase = step <= 3 ? step : step - 2;
      List<C> applicable = new ArrayList<>();
      List<Sig> sigs = new ArrayList<>();
      for (int i = 0; i < fit.size(); i++) {
        Sig s = fitSigs.get(i);
        if (applicable(s, args, phase, step > 3, types, reflective)) {
          applicable.add(fit.get(i));
          sigs.add(s);
        }
      }
      if (applicable.isEmpty()) {
        continue;
      }
      boolean varargsCall = phase == 3;
      int best = mostSpecific(sigs, args.size(), varargsCall, types);
      if (best < 0) {
        return new Choice<>(null, varargsCall, true);
      }
      if (dependsOnUnknown(sigs, args, varargsCall)) {
        return new Choice<>(null, varargsCall, true);
      }
      return new Choice<>(applicable.get(best), varargsCall, false);
    }
    return Choice.none();
  }

  /** Whether the applicable candidates disagree on a parameter whose argument is unknown. */
  private static boolean dependsOnUnknown(List<Sig> sigs, List<Arg> args, boolean varargsCall) {
    if (sigs.size() < 2) {
      return false;
    }
    for (int i = 0; i < args.size(); i++) {
      if (!Values.isUnknown(args.get(i).value())) {
        continue;
      }
      PType first = param(sigs.get(0), i, args.size(), varargsCall);
      for (Sig s : sigs) {
        if (!param(s, i, args.size(), varargsCall).sameAs(first)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The type the {@code i}th of {@code n} arguments is passed as. */
  private static PType param(Sig s, int i, int n, boolean varargsCall) {
    int k = s.params().size();
    if (varargsCall && i >= k - 1) {
      return s.params().get(k - 1).component();
    }
    return s.params().get(i);
  }

  private static boolean applicable(
      Sig s, List<Arg> args, int phase, boolean dims, Types types, boolean reflective) {
    int k = s.params().size();
    int n = args.size();
    if (phase < 3 ? n != k : !s.varargs() || n < k - 1) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!converts(args.get(i), param(s, i, n, phase == 3), phase >= 2, dims, types, reflective)) {
        return false;
      }
    }
    return true;
  }

  /** Whether argument {@code a} converts to {@code p} by invocation conversion. */
  static boolean converts(
      Arg a, PType p, boolean boxing, boolean dims, Types types, boolean reflective) {
    Object v = a.value();
    if (Values.isUnknown(v) || v instanceof Values.TypeValue || v instanceof Values.ClassValue) {
      return true;
    }
    if (v == null) {
      return p.isReference();
    }
    boolean symbolic = v instanceof Dim d && !d.isConst();
    if (v instanceof Long || (v instanceof Dim && !(reflective && symbolic))) {
      Prim from = a.declared() != null ? a.declared() : Prim.INT;
      boolean exact = a.declared() != null;
      if (p.prim() != null) {
        // Without a declared type the value is taken as an int or a long (what integral
        // expressions are): it fits those and the floating types, never char, byte or short,
        // which take an int only through a cast (String.valueOf(n) is valueOf(int)).
        return exact
            ? from.widensTo(p.prim())
            : p.prim() != Prim.BOOLEAN
                && p.prim() != Prim.CHAR
                && p.prim() != Prim.BYTE
                && p.prim() != Prim.SHORT;
      }
      if (p.cls() == Dim.class) {
        return dims;
      }
      return boxing && boxesTo(exact ? List.of(from) : List.of(Prim.INT, Prim.LONG), p);
    }
    if (v instanceof Double) {
      Prim from = a.declared() == Prim.FLOAT ? Prim.FLOAT : Prim.DOUBLE;
      boolean exact = a.declared() != null;
      if (p.prim() != null) {
        return exact ? from.widensTo(p.prim()) : p.prim() == Prim.DOUBLE || p.prim() == Prim.FLOAT;
      }
      return boxing && boxesTo(exact ? List.of(from) : List.of(Prim.DOUBLE, Prim.FLOAT), p);
    }
    if (v instanceof Boolean) {
      return p.prim() == Prim.BOOLEAN || (boxing && boxesTo(List.of(Prim.BOOLEAN), p));
    }
    if (p.prim() != null) {
      return false;
    }
    if (v instanceof Values.ArrayValue arr) {
      if (p.isArray()) {
        if (arr.element != null) {
          // A declared primitive array converts only to its own type (arrays do not widen).
          return p.component().prim() == arr.element;
        }
        for (Object item : arr.items) {
          if (!converts(new Arg(item, null), p.component(), boxing, dims, types, reflective)) {
            return false;
          }
        }
        return true;
      }
      return p.isTop();
    }
    if (p.any()) {
      return true;
    }
    if (p.isArray()) {
      return false;
    }
    if (v instanceof JdkBridge.Fn fn) {
      // A lambda or method reference on its way into JDK code: any functional interface it fits.
      return p.user() == null && p.cls() != null && fn.accepts(p.cls());
    }
    if (v instanceof Values.Closure || v instanceof Values.MethodRef) {
      return p.user() != null
          ? types.isInterface(p.user())
          : p.cls().isInterface() || p.cls() == Object.class;
    }
    TypeRef vt = types.typeOfValue(v);
    if (vt != null) {
      return p.user() != null ? types.isSubtype(vt, p.user()) : types.isSubclassOf(vt, p.cls());
    }
    if (p.user() != null) {
      return false;
    }
    return p.cls().isInstance(v);
  }

  private static boolean boxesTo(List<Prim> from, PType p) {
    if (p.any()) {
      return true;
    }
    if (p.cls() == null) {
      return false;
    }
    for (Prim f : from) {
      if (p.cls().isAssignableFrom(f.boxed())) {
        return true;
      }
    }
    return false;
  }

  /** The index of the strictly most specific signature (JLS 15.12.2.5), or -1 when ambiguous. */
  private static int mostSpecific(List<Sig> sigs, int n, boolean varargsCall, Types types) {
    List<Integer> maximal = new ArrayList<>();
    for (int i = 0; i < sigs.size(); i++) {
      boolean isMax = true;
      for (int j = 0; j < sigs.size() && isMax; j++) {
        if (i != j
            && moreSpecific(sigs.get(j), sigs.get(i), n, varargsCall, types)
            && !moreSpecific(sigs.get(i), sigs.get(j), n, varargsCall, types)) {
          isMax = false;
        }
      }
      if (isMax) {
        maximal.add(i);
      }
    }
    if (maximal.size() == 1) {
      return maximal.get(0);
    }
    // Identical parameter types (a bridge method beside the method it bridges): the first.
    for (int m : maximal) {
      if (!moreSpecific(sigs.get(maximal.get(0)), sigs.get(m), n, varargsCall, types)
          || !moreSpecific(sigs.get(m), sigs.get(maximal.get(0)), n, varargsCall, types)) {
        return -1;
      }
    }
    return maximal.isEmpty() ? -1 : maximal.get(0);
  }

  private static boolean moreSpecific(Sig a, Sig b, int n, boolean varargsCall, Types types) {
    int count = varargsCall ? Math.max(n, Math.max(a.params().size(), b.params().size())) : n;
    for (int i = 0; i < count; i++) {
      PType pa = varargsCall ? expanded(a, i) : a.params().get(i);
      PType pb = varargsCall ? expanded(b, i) : b.params().get(i);
      if (!subtype(pa, pb, types)) {
        return false;
      }
    }
    return true;
  }

  private static PType expanded(Sig s, int i) {
    int k = s.params().size();
    return i >= k - 1 ? s.params().get(k - 1).component() : s.params().get(i);
  }

  /** {@code a <: b}: primitive widening, array covariance, class and workspace subtyping. */
  static boolean subtype(PType a, PType b, Types types) {
    if (a.prim() != null || b.prim() != null) {
      return a.prim() != null && b.prim() != null && a.prim().widensTo(b.prim());
    }
    if (b.isTop()) {
      return true;
    }
    if (a.isTop()) {
      return false;
    }
    if (a.isArray() || b.isArray()) {
      return a.isArray() && b.isArray() && subtype(a.component(), b.component(), types);
    }
    if (a.user() != null) {
      return b.user() != null
          ? types.isSubtype(a.user(), b.user())
          : types.isSubclassOf(a.user(), b.cls());
    }
    return b.cls() != null && b.cls().isAssignableFrom(a.cls());
  }
}
