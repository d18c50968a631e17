package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
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
      return d.getValue().indexOf('_') < 0 ? Double.parseDouble(d.getValue()) : d.asDouble();
    }
    if (e instanceof BooleanLiteralExpr b) {
      return b.getValue();
    }
    if (e instanceof StringLiteralExpr s) {
      return s.asString();
    }
    if (e instanceof TextBlockLiteralExpr t) {
      return t.asString();
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
        Object o = in.enclosingInstance(in.findType(th.getTypeName().get().asString(), th), f.self);
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
      Truth t = truth(eval(c.getCondition(), f));
      if (t == Truth.TRUE) {
        return eval(c.getThenExpr(), f);
      }
      if (t == Truth.FALSE) {
        return eval(c.getElseExpr(), f);
      }
      in.speculative++;
      try {
        Object a = eval(c.getThenExpr(), f);
        Object b = eval(c.getElseExpr(), f);
        return Values.same(a, b) ? a : Values.UNKNOWN;
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
      if (ac.getLevels().size() == 1 && ac.getLevels().get(0).getDimension().isPresent()) {
        Object n = eval(ac.getLevels().get(0).getDimension().get(), f);
        if (n instanceof Long len && len >= 0 && len < 1_000_000) {
          Object dflt = Interpreter.defaultValue(ac.getElementType());
          List<Object> items = new ArrayList<>();
          for (long i = 0; i < len; i++) {
            items.add(dflt);
          }
          return new ArrayValue(items);
        }
      }
      return Values.UNKNOWN;
    }
    if (e instanceof ArrayInitializerExpr ai) {
      return new ArrayValue(new ArrayList<>(evalArgs(ai.getValues(), f)));
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
      if (mr.getScope().isTypeExpr()) {
        String type = mr.getScope().asTypeExpr().getType().asString();
        TypeRef t = in.findType(type, mr);
        Class<?> c = t == null ? Calls.resolveClass(type) : null;
        scope = t != null ? new TypeValue(t) : c != null ? new ClassValue(c) : Values.UNKNOWN;
      }
      return Values.isUnknown(scope) ? Values.UNKNOWN : new Values.MethodRef(scope, mr.getIdentifier());
    }
    if (e instanceof com.github.javaparser.ast.expr.LambdaExpr lambda) {
      return new Values.Closure(lambda, f);
    }
    if (e instanceof com.github.javaparser.ast.expr.ClassExpr ce) {
      // A workspace enum's class literal, for EnumMap and EnumSet.
      Object t = EnumCollections.classLiteral(in, ce);
      return t != null ? t : Values.UNKNOWN;
    }
    // Instanceof, other class literals and the rest: unknown.
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
    TypeRef t = in.findType(n, f.type != null ? f.type.decl() : null);
    if (t != null) {
      return new TypeValue(t);
    }
    Class<?> c = Calls.resolveClass(n);
    if (c != null) {
      return new ClassValue(c);
    }
    return Values.UNKNOWN;
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
      TypeRef nested = in.findType(tv.type().decl().getNameAsString() + "." + name, tv.type().decl());
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
    return Arith.binary(op, l, r);
  }

  private Object unary(UnaryExpr u, Frame f) {
    UnaryExpr.Operator op = u.getOperator();
    if (op.isPrefix() && (op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.PREFIX_DECREMENT)
        || op.isPostfix()) {
      Object old = eval(u.getExpression(), f);
      long delta =
          op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_INCREMENT ? 1 : -1;
      Object updated = Arith.binary(BinaryExpr.Operator.PLUS, old, delta);
      store(u.getExpression(), updated, f);
      return op.isPostfix() ? old : updated;
    }
    Object v = eval(u.getExpression(), f);
    return switch (op) {
      case MINUS -> Arith.binary(BinaryExpr.Operator.MINUS, 0L, v);
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
    Object v = rhs;
    if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
      Object old = eval(a.getTarget(), f);
      v = a.getOperator().toBinaryOperator().map(op -> Arith.binary(op, old, rhs)).orElse(Values.UNKNOWN);
    }
    store(a.getTarget(), v, f);
    return v;
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
   * Invokes a user method by name as Java binds it in {@code t}, on {@code self} (null: static) with
   * virtual dispatch; null when no user method answers.
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
      case "ArrayList", "LinkedList" -> new ArrayList<Object>();
      case "HashMap", "TreeMap" -> new HashMap<Object, Object>();
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
}
