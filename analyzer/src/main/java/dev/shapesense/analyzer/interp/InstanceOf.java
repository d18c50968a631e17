package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.Interpreter.Frame;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Truth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code v instanceof T} and {@code v instanceof T t}, decided as the JVM decides them whenever the
 * runtime class of {@code v} is known: an nn or JDK object by its class, an instance of a workspace
 * class by its {@code extends} and {@code implements} (through built-in superclasses too), null is
 * no instance of anything. Unknown only when the value is, or when the abstract value does not keep
 * the Java type apart ({@code Long} stands for every integral type). A pattern's variable is bound
 * unless the test is false.
 */
final class InstanceOf {
  private InstanceOf() {}

  /** The JDK wrapper classes one abstract integral value stands for. */
  private static final Set<Class<?>> INTEGRAL =
      Set.of(Integer.class, Long.class, Short.class, Byte.class, Character.class);

  static Object eval(Interpreter in, Expressions ex, InstanceOfExpr io, Frame f) {
    Object v = ex.eval(io.getExpression(), f);
    Type type = io.getType();
    TypePatternExpr pattern = null;
    if (io.getPattern().isPresent()) {
      if (!(io.getPattern().get() instanceof TypePatternExpr tp)) {
        // A record pattern: its components are not bound here.
        return Values.UNKNOWN;
      }
      pattern = tp;
      type = tp.getType();
    }
    Truth t = decide(in, v, type, io);
    if (pattern != null && t != Truth.FALSE) {
      f.locals.put(pattern.getNameAsString(), v);
    }
    return t == Truth.UNKNOWN ? Values.UNKNOWN : (Object) (t == Truth.TRUE);
  }

  static Truth decide(Interpreter in, Object v, Type type, Node context) {
    if (v == null) {
      return Truth.FALSE;
    }
    if (Values.isUnknown(v) || !(type instanceof ClassOrInterfaceType ct)) {
      return Truth.UNKNOWN;
    }
    String name = ct.getNameWithScope();
    TypeRef target = in.types.findType(name, context);
    if (target != null) {
      return workspaceTarget(in, v, target);
    }
    Class<?> c = Calls.resolveClass(name);
    if (c == null) {
      return Truth.UNKNOWN;
    }
    if (c == Object.class) {
      return Truth.TRUE;
    }
    if (v instanceof InterpretedModule im) {
      return builtinSupertypes(in, im.type, c);
    }
    if (v instanceof Values.ObjectValue o) {
      return builtinSupertypes(in, o.type, c);
    }
    if (v instanceof Values.Closure || v instanceof Values.MethodRef) {
      return JdkBridge.functionalMethod(c) != null ? Truth.UNKNOWN : Truth.FALSE;
    }
    if (v instanceof Values.ArrayValue || v instanceof Values.EnumValue) {
      return c.isInterface() ? Truth.UNKNOWN : Truth.FALSE;
    }
    if (v instanceof Long || v instanceof Dim) {
      return INTEGRAL.contains(c) || c == Dim.class ? Truth.UNKNOWN : Truth.of(c.isInstance(0L));
    }
    if (v instanceof Double) {
      return c == Double.class || c == Float.class ? Truth.UNKNOWN : Truth.of(c.isInstance(0.0));
    }
    return Truth.of(c.isInstance(v));
  }

  /** Whether a value is an instance of the workspace type {@code target}. */
  private static Truth workspaceTarget(Interpreter in, Object v, TypeRef target) {
    TypeRef own =
        v instanceof InterpretedModule im
            ? im.type
            : v instanceof Values.ObjectValue o ? o.type : null;
    if (own != null) {
      for (TypeRef s : supertypes(in, own)) {
        if (s.decl() == target.decl()) {
          return Truth.TRUE;
        }
      }
      return Truth.FALSE;
    }
    boolean isInterface = target.decl() instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    if (v instanceof Values.EnumValue e) {
      if (target.decl() instanceof EnumDeclaration && target.decl() == e.type.decl()) {
        return Truth.TRUE;
      }
      return isInterface ? Truth.UNKNOWN : Truth.FALSE;
    }
    if (v instanceof Values.Closure || v instanceof Values.MethodRef) {
      // A lambda may implement a workspace functional interface.
      return isInterface ? Truth.UNKNOWN : Truth.FALSE;
    }
    // Tensors, nn layers, JDK objects, numbers: no class of theirs extends a workspace type.
    return Truth.FALSE;
  }

  /**
   * Whether a workspace class is a subtype of the built-in class {@code c}: through the built-in
   * class its chain extends, or a built-in interface it (or a workspace supertype) implements.
   */
  private static Truth builtinSupertypes(Interpreter in, TypeRef own, Class<?> c) {
    for (TypeRef s : supertypes(in, own)) {
      for (ClassOrInterfaceType named : directSupertypes(s)) {
        if (in.types.findType(named.getNameWithScope(), s.decl()) != null) {
          continue;
        }
        Class<?> b = Calls.resolveClass(named.getNameWithScope());
        if (b == null) {
          // A library class the analysis does not know: it may be a subtype.
          return Truth.UNKNOWN;
        }
        if (c.isAssignableFrom(b)) {
          return Truth.TRUE;
        }
      }
      if (s.decl() instanceof RecordDeclaration) {
        return Truth.of(c == Record.class);
      }
      if (s.decl() instanceof EnumDeclaration) {
        return Truth.UNKNOWN;
      }
    }
    return Truth.FALSE;
  }

  /** {@code t} and its workspace supertypes, classes and interfaces. */
  private static List<TypeRef> supertypes(Interpreter in, TypeRef t) {
    List<TypeRef> out = new ArrayList<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<TypeRef> todo = new ArrayDeque<>();
    todo.add(t);
    while (!todo.isEmpty() && out.size() < 64) {
      TypeRef cur = todo.poll();
      if (seen.put(cur.decl(), Boolean.TRUE) != null) {
        continue;
      }
      out.add(cur);
      for (ClassOrInterfaceType named : directSupertypes(cur)) {
        TypeRef s = in.types.findType(named.getNameWithScope(), cur.decl());
        if (s != null) {
          todo.add(s);
        }
      }
    }
    return out;
  }

  private static List<ClassOrInterfaceType> directSupertypes(TypeRef t) {
    List<ClassOrInterfaceType> out = new ArrayList<>();
    if (t.decl() instanceof ClassOrInterfaceDeclaration c) {
      out.addAll(c.getExtendedTypes());
      out.addAll(c.getImplementedTypes());
    } else if (t.decl() instanceof RecordDeclaration r) {
      out.addAll(r.getImplementedTypes());
    } else if (t.decl() instanceof EnumDeclaration e) {
      out.addAll(e.getImplementedTypes());
    }
    return out;
  }
}
