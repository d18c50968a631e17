package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.Interpreter.Frame;
import dev.shapesense.analyzer.interp.Values.ArrayValue;
import dev.shapesense.analyzer.interp.Values.ClassValue;
import dev.shapesense.analyzer.interp.Values.ObjectValue;
import dev.shapesense.analyzer.interp.Values.TypeValue;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Truth;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates expressions to abstract values. Arithmetic on numbers is Java's; on symbolic sizes it
 * is {@link Dim} algebra; anything involving an unknown is unknown. Calls on nn objects run the
 * library's own code; a {@link ShapeError} becomes a diagnostic at the failing call.
 */
final class Expressions {
  private final Interpreter in;
  private final ModuleCalls moduleCalls;

  Expressions(Interpreter in) {
    this.in = in;
    this.moduleCalls = new ModuleCalls(in, this);
  }

  List<Object> evalArgs(NodeList<Expression> args, Frame f) {
    List<Object> out = new ArrayList<>();
    for (Expression a : args) {
      out.add(eval(a, f));
    }
    return out;
  }

  /**
   * The value of a literal of up to 9 decimal digits (no underscores, no leading zero, no radix
   * prefix) followed by {@code suffix} characters ({@code L}), or -1 for any other literal. The
   * same as JavaParser's {@code asNumber()} for these, which compiles a regex on every call.
   */
  private static long plainDecimal(String s, int suffix) {
    int n = s.length() - suffix;
    if (n < 1 || n > 9 || (n > 1 && s.charAt(0) == '0')) {
      return -1;
    }
    long v = 0;
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  Object eval(Expression e, Frame f) {
    in.step(e);
    if (e instanceof IntegerLiteralExpr i) {
      long v = plainDecimal(i.getValue(), 0);
      return v >= 0 ? v : i.asNumber().longValue();
    }
    if (e instanceof LongLiteralExpr l) {
      long v = plainDecimal(l.getValue(), 1);
      return v >= 0 ? v : l.asNumber().longValue();
    }
    if (e instanceof DoubleLiteralExpr d) {
      // JavaParser's asDouble() compiles a regex to drop underscores, on every call.
      double v = d.getValue().indexOf('_') < 0 ? Double.parseDouble(d.getValue()) : d.asDouble();
      // A float literal (1.1f) is the nearest float.
      return Overloads.declared(d) == Overloads.Prim.FLOAT ? (double) (float) v : v;
    }
    if (e instanceof BooleanLiteralExpr b) {
      return b.getValue();
    }
    if (e instanceof StringLiteralExpr s) {
      return interned(s.asString());
    }
    if (e instanceof TextBlockLiteralExpr t) {
      return interned(t.asString());
    }
    if (e instanceof CharLiteralExpr c) {
      return (long) c.asChar();
    }
    if (e instanceof NullLiteralExpr) {
      return null;
    }
    if (e instanceof EnclosedExpr en) {
      return eval(en.getInner(), f);
    }
    if (e instanceof ThisExpr th) {
      if (th.getTypeName().isPresent() && f.self != null) {
        // Outer.this: the enclosing instance of that class (JLS 15.8.4).
        Object o =
            in.enclosingInstance(in.types.findType(th.getTypeName().get().asString(), th), f.self);
        return o == null ? Values.UNKNOWN : o;
      }
      return f.self == null ? Values.UNKNOWN : f.self;
    }
    if (e instanceof NameExpr n) {
      return name(n.getNameAsString(), f);
    }
    if (e instanceof FieldAccessExpr fa) {
      return fieldAccess(fa, f);
    }
    if (e instanceof BinaryExpr b) {
      return binary(b, f);
    }
    if (e instanceof UnaryExpr u) {
      return unary(u, f);
    }
    if (e instanceof ConditionalExpr c) {
      int causes = in.rec.causeCount();
      Truth t = truth(eval(c.getCondition(), f));
      var why = in.rec.causeCount() == causes ? null : in.rec.lastCause();
      if (t == Truth.TRUE || t == Truth.FALSE) {
        Object v = eval(t == Truth.TRUE ? c.getThenExpr() : c.getElseExpr(), f);
        // A numeric conditional is of the promoted type (JLS 15.25.2): true ? 1 : 2.0 is 1.0.
        Overloads.Prim pt = v instanceof Long ? in.staticTypes.prim(c) : null;
        return pt == Overloads.Prim.DOUBLE || pt == Overloads.Prim.FLOAT ? Arith.narrow(v, pt) : v;
      }
      in.speculative++;
      try {
        Object a = eval(c.getThenExpr(), f);
        Object b = eval(c.getElseExpr(), f);
        if (Values.same(a, b)) {
          return a;
        }
        in.rec.cause(
            f.file,
            c,
            "the condition "
                + c.getCondition()
                + " cannot be decided, and its two branches differ"
                + (why == null ? "" : " (" + why.reason() + ")"));
        return Values.UNKNOWN;
      } finally {
        in.speculative--;
      }
    }
    if (e instanceof CastExpr c) {
      Object v = eval(c.getExpression(), f);
      if (c.getType() instanceof PrimitiveType p) {
        return Arith.cast(v, p);
      }
      return v;
    }
    if (e instanceof AssignExpr a) {
      return assign(a, f);
    }
    if (e instanceof MethodCallExpr mc) {
      return moduleCalls.call(mc, f);
    }
    if (e instanceof ObjectCreationExpr oc) {
      return moduleCalls.create(oc, f);
    }
    if (e instanceof ArrayCreationExpr ac) {
      if (ac.getInitializer().isPresent()) {
        return eval(ac.getInitializer().get(), f);
      }
      // new int[2][3], new int[2][]: the given lengths, left to right (JLS 15.10.2).
      List<Long> lengths = new ArrayList<>();
      long total = 1;
      for (var level : ac.getLevels()) {
        if (level.getDimension().isEmpty()) {
          break;
        }
        Object n = eval(level.getDimension().get(), f);
        if (!(n instanceof Long len) || len < 0 || len >= 1_000_000) {
          return Values.UNKNOWN;
        }
        lengths.add(len);
        total *= Math.max(1, len);
        if (total >= 1_000_000) {
          return Values.UNKNOWN;
        }
      }
      return lengths.isEmpty() ? Values.UNKNOWN : filledArray(ac, lengths, 0);
    }
    if (e instanceof ArrayInitializerExpr ai) {
      return new ArrayValue(new ArrayList<>(evalArgs(ai.getValues(), f)), declaredElement(ai));
    }
    if (e instanceof ArrayAccessExpr aa) {
      Object arr = eval(aa.getName(), f);
      Object idx = eval(aa.getIndex(), f);
      if (arr instanceof ArrayValue a && idx instanceof Long i && i >= 0 && i < a.items.size()) {
        return a.items.get(i.intValue());
      }
      return Values.UNKNOWN;
    }
    if (e instanceof com.github.javaparser.ast.expr.SwitchExpr sw) {
      return in.statements().evalSwitch(sw, f);
    }
    if (e instanceof com.github.javaparser.ast.expr.MethodReferenceExpr mr) {
      Object scope = mr.getScope().isThisExpr() ? f.self : eval(mr.getScope(), f);
      if (mr.getScope().isTypeExpr() && mr.getScope().asTypeExpr().getType().isArrayType()) {
        // Module[]::new: an array constructor (an IntFunction to the JDK).
        Class<?> array = arrayClass(mr.getScope().asTypeExpr().getType().asArrayType(), mr);
        return array == null
            ? Values.UNKNOWN
            : new Values.MethodRef(new ClassValue(array), mr.getIdentifier());
      }
      if (mr.getScope().isTypeExpr()) {
        String type = mr.getScope().asTypeExpr().getType().asString();
        // JavaParser reads the scope of list::add as a type: a variable or field of that name
        // (Java's rule: a name is an expression before it is a type) is the receiver.
        Object named = type.contains("<") || type.contains("[") ? null : qualifiedName(type, f);
        TypeRef t = named == null ? in.types.findType(type, mr) : null;
        Class<?> c = named == null && t == null ? Calls.resolveClass(type) : null;
        scope =
            named != null
                ? named
                : t != null ? new TypeValue(t) : c != null ? new ClassValue(c) : Values.UNKNOWN;
      }
      return Values.isUnknown(scope)
          ? Values.UNKNOWN
          : new Values.MethodRef(scope, mr.getIdentifier());
    }
    if (e instanceof com.github.javaparser.ast.expr.LambdaExpr lambda) {
      return new Values.Closure(lambda, f.captured());
    }
    if (e instanceof com.github.javaparser.ast.expr.InstanceOfExpr io) {
      return InstanceOf.eval(in, this, io, f);
    }
    if (e instanceof com.github.javaparser.ast.expr.ClassExpr ce) {
      // A workspace enum's class literal, for EnumMap and EnumSet.
      Object t = EnumCollections.classLiteral(in, ce);
      return t != null ? t : Values.UNKNOWN;
    }
    // Other class literals and the rest: unknown.
    return Values.UNKNOWN;
  }

  /** The constant {@code name} of an enum type, or null. */
  Object enumConstant(TypeRef t, String name) {
    if (t.decl() instanceof com.github.javaparser.ast.body.EnumDeclaration e
        && e.getEntries().stream().anyMatch(c -> c.getNameAsString().equals(name))) {
      return in.statics(t).get(name);
    }
    return null;
  }

  Truth truth(Object v) {
    if (v instanceof Boolean b) {
      return Truth.of(b);
    }
    if (v instanceof Truth t) {
      return t;
    }
    return Truth.UNKNOWN;
  }

  // ---------------------------------------------------------------------------------------------
  // Names and fields.

  Object name(String n, Frame f) {
    if (f.locals.containsKey(n)) {
      return f.locals.get(n);
    }
    Optional<Object> field = in.field(f, n);
    if (field.isPresent()) {
      return field.get() == Interpreter.NULL ? null : field.get();
    }
    TypeRef t = in.types.findType(n, f.type != null ? f.type.decl() : null);
    if (t != null) {
      return new TypeValue(t);
    }
    Class<?> c = Calls.resolveClass(n);
    if (c != null) {
      return new ClassValue(c);
    }
    Class<?> imported = in.types.staticImportClass(f.type, n);
    if (imported != null) {
      // import static java.lang.Math.PI; ... PI
      try {
        java.lang.reflect.Field fld = imported.getField(n);
        if (Modifier.isStatic(fld.getModifiers())) {
          return Calls.fromJava(fld.get(null), fld.getType());
        }
      } catch (ReflectiveOperationException ex) {
        // A method of that name: not a value.
      }
    }
    return Values.UNKNOWN;
  }

  /**
   * The Java class of an array type in model code: nn, JDK and primitive elements as declared, a
   * workspace module class's as {@code Module[]}, another workspace class's as {@code Object[]};
   * null when the element type is not known.
   */
  private Class<?> arrayClass(
      com.github.javaparser.ast.type.ArrayType at, com.github.javaparser.ast.Node context) {
    com.github.javaparser.ast.type.Type elem = at.getComponentType();
    Class<?> c;
    if (elem.isArrayType()) {
      c = arrayClass(elem.asArrayType(), context);
    } else if (elem.isPrimitiveType()) {
      c =
          switch (elem.asPrimitiveType().getType()) {
            case BOOLEAN -> boolean.class;
            case BYTE -> byte.class;
            case SHORT -> short.class;
            case CHAR -> char.class;
            case INT -> int.class;
            case LONG -> long.class;
            case FLOAT -> float.class;
            case DOUBLE -> double.class;
          };
    } else if (elem.isClassOrInterfaceType()) {
      String name = elem.asClassOrInterfaceType().getNameWithScope();
      TypeRef t = in.types.findType(name, context);
      c =
          t != null
              ? (in.types.isModuleType(t) ? Module.class : Object.class)
              : Calls.resolveClass(name);
    } else {
      c = null;
    }
    return c == null ? null : c.arrayType();
  }

  /**
   * The value of a dotted name of locals and fields ({@code stem}, {@code this.blocks.inner}), or
   * null.
   */
  private Object qualifiedName(String dotted, Frame f) {
    String[] parts = dotted.split("\\.");
    Object v = parts[0].equals("this") ? f.self : null;
    if (v == null) {
      if (f.locals.containsKey(parts[0])) {
        v = f.locals.get(parts[0]);
      } else {
        Optional<Object> field = in.field(f, parts[0]);
        v = field.isPresent() ? (field.get() == Interpreter.NULL ? null : field.get()) : null;
      }
    }
    for (int i = 1; i < parts.length && v != null; i++) {
      Map<String, Object> fields = Interpreter.fieldsOf(v);
      v = fields != null ? fields.get(parts[i]) : null;
    }
    return v;
  }

  /** {@code a}, {@code a.b}, {@code java.util}: what may be a package or an outer class. */
  private static boolean isQualifiedName(Expression e) {
    while (e instanceof FieldAccessExpr fa) {
      e = fa.getScope();
    }
    return e instanceof NameExpr;
  }

  private Object fieldAccess(FieldAccessExpr fa, Frame f) {
    String name = fa.getNameAsString();
    Object scope = fa.getScope() instanceof SuperExpr ? f.self : eval(fa.getScope(), f);
    if (scope == Values.UNKNOWN && isQualifiedName(fa.getScope())) {
      Class<?> c = Calls.resolveClass(fa.getScope().toString() + "." + name);
      if (c != null) {
        return new ClassValue(c);
      }
    }
    Map<String, Object> fields = Interpreter.fieldsOf(scope);
    if (fields != null) {
      return fields.containsKey(name) ? fields.get(name) : Values.UNKNOWN;
    }
    if (scope instanceof ArrayValue a && name.equals("length")) {
      return (long) a.items.size();
    }
    if (scope instanceof TypeValue tv) {
      Object constant = enumConstant(tv.type(), name);
      if (constant != null) {
        return constant;
      }
      for (TypeRef st : in.members.supertypes(tv.type())) {
        Map<String, Object> s = in.statics(st);
        if (s.containsKey(name)) {
          return s.get(name);
        }
      }
      TypeRef nested =
          in.types.findType(tv.type().decl().getNameAsString() + "." + name, tv.type().decl());
      return nested != null ? new TypeValue(nested) : Values.UNKNOWN;
    }
    if (scope instanceof ClassValue cv) {
      try {
        Field fld = cv.cls().getField(name);
        if (Modifier.isStatic(fld.getModifiers())) {
          return Calls.fromJava(fld.get(null), fld.getType());
        }
      } catch (ReflectiveOperationException ex) {
        for (Class<?> k : cv.cls().getClasses()) {
          if (k.getSimpleName().equals(name)) {
            return new ClassValue(k);
          }
        }
      }
    }
    return Values.UNKNOWN;
  }

  // ---------------------------------------------------------------------------------------------
  // Operators.

  private Object binary(BinaryExpr b, Frame f) {
    BinaryExpr.Operator op = b.getOperator();
    if (op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR) {
      Truth l = truth(eval(b.getLeft(), f));
      boolean and = op == BinaryExpr.Operator.AND;
      if ((and && l == Truth.FALSE) || (!and && l == Truth.TRUE)) {
        return l == Truth.TRUE;
      }
      Truth r = truth(eval(b.getRight(), f));
      Truth t = and ? l.and(r) : l.or(r);
      return t == Truth.UNKNOWN ? Values.UNKNOWN : (Object) (t == Truth.TRUE);
    }
    Object l = eval(b.getLeft(), f);
    Object r = eval(b.getRight(), f);
    if (op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.NOT_EQUALS) {
      Object eq = equality(b, l, r, f);
      if (eq instanceof Boolean x) {
        return op == BinaryExpr.Operator.EQUALS ? x : !x;
      }
      return eq;
    }
    if (op == BinaryExpr.Operator.PLUS && (l instanceof String || r instanceof String)) {
      // A char operand joins as its character, not its code ("conv" + stage).
      l = charText(b.getLeft(), l);
      r = charText(b.getRight(), r);
      Object s = Arith.binary(op, l, r);
      // A constant expression is interned (JLS 15.29); a concatenation at run time is a new
      // string, whose identity is not followed.
      return s instanceof String str && Interpreter.isConstantExpression(b) ? interned(str) : s;
    }
    return arithmetic(op, l, r, operationType(b), b, f);
  }

  /**
   * The array {@code ac} creates at level {@code at}: {@code lengths.get(at)} elements, each an
   * array of the next level, or null past the given lengths, or the element type's default value at
   * the innermost level.
   */
  private static ArrayValue filledArray(ArrayCreationExpr ac, List<Long> lengths, int at) {
    boolean innermost = at == ac.getLevels().size() - 1;
    Object dflt = innermost ? Interpreter.defaultValue(ac.getElementType()) : null;
    List<Object> items = new ArrayList<>();
    for (long i = 0; i < lengths.get(at); i++) {
      items.add(!innermost && at + 1 < lengths.size() ? filledArray(ac, lengths, at + 1) : dflt);
    }
    Overloads.Prim element =
        innermost && ac.getElementType() instanceof PrimitiveType p
            ? Overloads.Prim.of(p.getType())
            : null;
    return new ArrayValue(items, element);
  }

  /** {@code v} as a string's part: the character when {@code e} is of type char. */
  private Object charText(Expression e, Object v) {
    return v instanceof Long n && in.staticTypes.prim(e) == Overloads.Prim.CHAR
        ? String.valueOf((char) n.longValue())
        : v;
  }

  /** A string whose identity is its interned one (a literal, a constant). */
  private String interned(String s) {
    String i = s.intern();
    in.identities.add(i);
    return i;
  }

  /**
   * The type a numeric operator works in: the promoted type of its operands (the left one's for a
   * shift), or null when not known.
   */
  private Overloads.Prim operationType(BinaryExpr b) {
    Overloads.Prim t = StaticTypes.primOf(in.staticTypes.type(b));
    return t == Overloads.Prim.BOOLEAN ? null : t;
  }

  /**
   * {@code l op r} in type {@code type} (null: not known; then a value that an int operation and a
   * long one would give differently is not known either, with its reason).
   */
  private Object arithmetic(
      BinaryExpr.Operator op,
      Object l,
      Object r,
      Overloads.Prim type,
      com.github.javaparser.ast.Node at,
      Frame f) {
    if (type == null
        && l instanceof Long a
        && r instanceof Long c
        && !Arith.sameAsIntAndLong(op, a, c)) {
      in.rec.cause(
          f.file,
          at,
          "whether "
              + at
              + " is computed as an int (32 bits, wrapping) or as a long is not known here");
      return Values.UNKNOWN;
    }
    return Arith.binary(op, l, r, type);
  }

  /**
   * {@code ==} on the values of {@code b}'s operands: numeric (after unboxing) when either operand
   * is of a primitive type, reference identity when both are of reference types (JLS 15.21), the
   * identity known only for the boxes and strings the analysis has followed, a box of a value the
   * valueOf caches (JLS 5.1.7), or values that differ. Unknown, with its reason, otherwise.
   */
  private Object equality(BinaryExpr b, Object l, Object r, Frame f) {
    Object byValue = Arith.binary(BinaryExpr.Operator.EQUALS, l, r);
    if (!(l instanceof Number || l instanceof String)
        || !(r instanceof Number || r instanceof String)) {
      return byValue;
    }
    com.github.javaparser.ast.type.Type tl = in.staticTypes.type(b.getLeft());
    com.github.javaparser.ast.type.Type tr = in.staticTypes.type(b.getRight());
    if (StaticTypes.primOf(tl) != null || StaticTypes.primOf(tr) != null) {
      return byValue; // Numeric equality (a boxed operand is unboxed).
    }
    if (!Boolean.TRUE.equals(byValue) && !(l instanceof Double x && x.isNaN())) {
      return byValue; // Different values: different objects as well.
    }
    Overloads.Prim box = StaticTypes.unboxed(tl);
    if (box == null) {
      box = StaticTypes.unboxed(tr);
    }
    Boolean same =
        Arith.sameObject(l, r, in.identities.contains(l), in.identities.contains(r), box);
    if (same != null) {
      return same;
    }
    boolean references = StaticTypes.isReference(tl) && StaticTypes.isReference(tr);
    in.rec.cause(
        f.file,
        b,
        references
            ? "whether "
                + b.getLeft()
                + " and "
                + b.getRight()
                + " are the same object (== on references compares identity) is not known here"
            : "whether "
                + b
                + " compares numbers or object identities (the operands' types) is not known here");
    return Values.UNKNOWN;
  }

  private Object unary(UnaryExpr u, Frame f) {
    UnaryExpr.Operator op = u.getOperator();
    if (op.isPrefix()
            && (op == UnaryExpr.Operator.PREFIX_INCREMENT
                || op == UnaryExpr.Operator.PREFIX_DECREMENT)
        || op.isPostfix()) {
      Object old = eval(u.getExpression(), f);
      long delta =
          op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_INCREMENT
              ? 1
              : -1;
      // The variable's type, narrowed back to it after the promoted addition (JLS 15.14.2).
      Overloads.Prim vt = numeric(in.staticTypes.type(u.getExpression()));
      Object updated =
          Arith.narrow(
              arithmetic(
                  BinaryExpr.Operator.PLUS,
                  old,
                  delta,
                  vt == null ? null : Arith.promote(vt, Overloads.Prim.INT),
                  u,
                  f),
              vt);
      store(u.getExpression(), updated, f);
      return op.isPostfix() ? old : updated;
    }
    Object v = eval(u.getExpression(), f);
    return switch (op) {
      case MINUS ->
          v instanceof Double d
              ? (Object) (-d)
              : arithmetic(
                  BinaryExpr.Operator.MINUS,
                  0L,
                  v,
                  StaticTypes.primOf(in.staticTypes.type(u)),
                  u,
                  f);
      case PLUS -> v;
      case LOGICAL_COMPLEMENT -> {
        Truth t = truth(v).not();
        yield t == Truth.UNKNOWN ? Values.UNKNOWN : (Object) (t == Truth.TRUE);
      }
      case BITWISE_COMPLEMENT -> v instanceof Long l ? ~l : Values.UNKNOWN;
      default -> Values.UNKNOWN;
    };
  }

  private Object assign(AssignExpr a, Frame f) {
    Object rhs = eval(a.getValue(), f);
    com.github.javaparser.ast.type.Type target = in.staticTypes.type(a.getTarget());
    Object v;
    if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
      v = converted(rhs, target, a.getValue());
    } else {
      Object old = eval(a.getTarget(), f);
      v = compound(a, old, rhs, target, f);
    }
    store(a.getTarget(), v, f);
    return v;
  }

  /**
   * {@code E1 op= E2}: {@code E1 = (T) ((E1) op (E2))} with T the type of E1 (JLS 15.26.2), the
   * operation in the promoted type of both (of E1 for a shift), a string's {@code +=} a
   * concatenation.
   */
  private Object compound(
      AssignExpr a, Object old, Object rhs, com.github.javaparser.ast.type.Type target, Frame f) {
    BinaryExpr.Operator op = a.getOperator().toBinaryOperator().orElse(null);
    if (op == null) {
      return Values.UNKNOWN;
    }
    if (op == BinaryExpr.Operator.PLUS && (old instanceof String || StaticTypes.isString(target))) {
      return Arith.binary(op, old, rhs);
    }
    Overloads.Prim t = numeric(target);
    boolean shift =
        op == BinaryExpr.Operator.LEFT_SHIFT
            || op == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT
            || op == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT;
    Overloads.Prim type =
        t == Overloads.Prim.BOOLEAN
            ? null
            : shift
                ? Arith.promote(t)
                : Arith.promote(t, numeric(in.staticTypes.type(a.getValue())));
    if (t != null && t != Overloads.Prim.BOOLEAN && type == null && rhs instanceof Long) {
      // The right operand's type is not known but integral: the operation is int or long, and
      // narrowed to an integral target the two agree; to a floating one, a long's value is exact.
      type = t.ordinal() >= Overloads.Prim.FLOAT.ordinal() ? t : Overloads.Prim.LONG;
    }
    if (t != null && type == null && rhs instanceof Double) {
      type = Overloads.Prim.DOUBLE;
    }
    Object result = arithmetic(op, old, rhs, type, a, f);
    if (t == null) {
      if (old instanceof Long && result instanceof Double) {
        in.rec.cause(
            f.file,
            a,
            "the type of "
                + a.getTarget()
                + " is not known here, and "
                + a
                + " narrows the result to it if it is integral");
        return Values.UNKNOWN;
      }
      return result;
    }
    return Arith.narrow(result, t);
  }

  /** The primitive type of a numeric type or of a boxed one (unboxed), or null. */
  private static Overloads.Prim numeric(com.github.javaparser.ast.type.Type t) {
    Overloads.Prim p = StaticTypes.primOf(t);
    return p != null ? p : StaticTypes.unboxed(t);
  }

  /**
   * {@code v}, the value of {@code source}, assigned to a variable of type {@code target} (JLS
   * 5.2): an integral value widened to a float or double; a primitive boxed to a reference type (a
   * box of a value outside the valueOf cache is a new object, whose identity is followed).
   */
  Object converted(Object v, com.github.javaparser.ast.type.Type target, Expression source) {
    if (target == null) {
      return v;
    }
    Overloads.Prim tp = StaticTypes.primOf(target);
    if (tp != null) {
      return v instanceof Long && (tp == Overloads.Prim.FLOAT || tp == Overloads.Prim.DOUBLE)
          ? Arith.narrow(v, tp)
          : v;
    }
    if (StaticTypes.isReference(target) && (v instanceof Long || v instanceof Double)) {
      Overloads.Prim sp = StaticTypes.primOf(in.staticTypes.type(source));
      if (sp == null) {
        return v;
      }
      Overloads.Prim box = StaticTypes.unboxed(target);
      return box(Arith.narrow(v, box != null ? box : sp), box != null ? box : sp, false);
    }
    return v;
  }

  /**
   * The box of {@code v} as a {@code p}: by valueOf ({@code fresh} false), the cached box for a
   * value the cache holds (identical to any other), else a new object whose identity the analysis
   * follows; by {@code new}, always a new object.
   */
  Object box(Object v, Overloads.Prim p, boolean fresh) {
    if (!fresh && Arith.cached(v, p)) {
      return v;
    }
    Object b = Arith.newBox(v);
    if (b != v || fresh) {
      in.identities.add(b);
    }
    return b;
  }

  void store(Expression target, Object v, Frame f) {
    if (target instanceof NameExpr n) {
      String name = n.getNameAsString();
      if (f.locals.containsKey(name)) {
        f.locals.put(name, v);
        return;
      }
      Map<String, Object> holder = in.fieldHolder(f, name);
      if (holder != null) {
        holder.put(name, v);
        return;
      }
      f.locals.put(name, v);
    } else if (target instanceof FieldAccessExpr fa) {
      Object scope = eval(fa.getScope(), f);
      Map<String, Object> fields = Interpreter.fieldsOf(scope);
      if (fields != null) {
        fields.put(fa.getNameAsString(), v);
      } else if (scope instanceof TypeValue tv) {
        // A static field through its class's name.
        for (TypeRef t : in.members.supertypes(tv.type())) {
          Map<String, Object> s = in.statics(t);
          if (s.containsKey(fa.getNameAsString())) {
            s.put(fa.getNameAsString(), v);
            return;
          }
        }
      }
    } else if (target instanceof ArrayAccessExpr aa) {
      Object arr = eval(aa.getName(), f);
      Object idx = eval(aa.getIndex(), f);
      if (arr instanceof ArrayValue av && idx instanceof Long i && i >= 0 && i < av.items.size()) {
        av.items.set(i.intValue(), v);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Calls.

  boolean isModuleCall(MethodCallExpr mc) {
    return moduleCalls.isModuleCallSyntax(mc);
  }

  /**
   * Invokes a user method by name as Java binds it in {@code t}, on {@code self} (null: static)
   * with virtual dispatch; null when no user method answers.
   */
  Object userMethod(TypeRef t, Object self, String name, List<Object> args) {
    Object r = in.callUser(t, self, name, Overloads.args(args), true);
    return r == Interpreter.NO_METHOD ? null : r;
  }

  /** Java collections created by model code. */
  static Object newCollection(String type, List<Object> args) {
    if (type.equals("EnumMap")) {
      return EnumCollections.newEnumMap(args);
    }
    return switch (type) {
      case "ArrayList" -> new ArrayList<Object>();
      // The class itself: a LinkedList's addFirst and a TreeMap's key order are the JVM's.
      case "LinkedList" -> new java.util.LinkedList<Object>();
      case "TreeMap" -> new java.util.TreeMap<Object, Object>();
      case "HashMap" -> new HashMap<Object, Object>();
      case "LinkedHashMap" -> new LinkedHashMap<Object, Object>();
      default -> null;
    };
  }

  static boolean isModule(Object v) {
    return v instanceof Module;
  }

  static boolean isTensor(Object v) {
    return v instanceof Tensor;
  }

  static boolean isObject(Object v) {
    return v instanceof ObjectValue || v instanceof InterpretedModule;
  }

  /**
   * The primitive element type an array initializer's code declares: {@code new int[] {...}} or
   * {@code int[] a = {...}} (a field or a local); null when it is not a one-level primitive array.
   */
  private static Overloads.Prim declaredElement(ArrayInitializerExpr ai) {
    com.github.javaparser.ast.Node p = ai.getParentNode().orElse(null);
    com.github.javaparser.ast.type.Type t = null;
    if (p instanceof ArrayCreationExpr ac && ac.getLevels().size() == 1) {
      t = ac.getElementType();
    } else if (p instanceof com.github.javaparser.ast.body.VariableDeclarator vd
        && vd.getType() instanceof com.github.javaparser.ast.type.ArrayType at
        && at.getArrayLevel() == 1) {
      t = at.getElementType();
    }
    return t instanceof PrimitiveType prim ? Overloads.Prim.of(prim.getType()) : null;
  }
}
