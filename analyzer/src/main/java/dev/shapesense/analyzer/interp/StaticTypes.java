package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
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
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.shapesense.analyzer.Workspace.TypeRef;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The static type of an expression (JLS 15), as far as its form and the declarations it names tell
 * without a full type checker: literals, casts, operators, locals, parameters and fields of the
 * enclosing types, methods of the enclosing types and of JDK classes named by their class. The
 * answer is a JavaParser {@link Type} ({@code int}, {@code Integer}, {@code int[]}), or null when
 * it is not known (a lambda's implicit parameter, a call the analysis cannot bind statically, …):
 * every use of it must then give what holds whatever the type is.
 */
final class StaticTypes {
  private final Interpreter in;
  private final Map<Node, Optional<Type>> cache = new IdentityHashMap<>();
  private int depth;

  StaticTypes(Interpreter in) {
    this.in = in;
  }

  /** The primitive type of {@code e}, or null (a reference type, or not known). */
  Overloads.Prim prim(Expression e) {
    return primOf(type(e));
  }

  /** The primitive type {@code t} is, or null. */
  static Overloads.Prim primOf(Type t) {
    return t instanceof PrimitiveType p ? Overloads.Prim.of(p.getType()) : null;
  }

  /** Whether {@code t} is certainly a reference type (a class, an interface, an array). */
  static boolean isReference(Type t) {
    return t instanceof ClassOrInterfaceType || t instanceof ArrayType;
  }

  /** The primitive a boxed type holds ({@code Integer}: int), or null. */
  static Overloads.Prim unboxed(Type t) {
    if (!(t instanceof ClassOrInterfaceType c)) {
      return null;
    }
    return switch (c.getNameAsString()) {
      case "Integer" -> Overloads.Prim.INT;
      case "Long" -> Overloads.Prim.LONG;
      case "Short" -> Overloads.Prim.SHORT;
      case "Byte" -> Overloads.Prim.BYTE;
      case "Character" -> Overloads.Prim.CHAR;
      case "Float" -> Overloads.Prim.FLOAT;
      case "Double" -> Overloads.Prim.DOUBLE;
      case "Boolean" -> Overloads.Prim.BOOLEAN;
      default -> null;
    };
  }

  /** Whether {@code t} is {@code String}. */
  static boolean isString(Type t) {
    return t instanceof ClassOrInterfaceType c
        && (c.getNameAsString().equals("String") && c.getScope().isEmpty()
            || c.asString().equals("java.lang.String"));
  }

  Type type(Expression e) {
    Optional<Type> t = cache.get(e);
    if (t == null) {
      if (depth > 32) {
        return null;
      }
      depth++;
      try {
        t = Optional.ofNullable(compute(e));
      } finally {
        depth--;
      }
      cache.put(e, t);
    }
    return t.orElse(null);
  }

  private static PrimitiveType prim(PrimitiveType.Primitive p) {
    return new PrimitiveType(p);
  }

  private static Type ofPrim(Overloads.Prim p) {
    if (p == null) {
      return null;
    }
    return prim(
        switch (p) {
          case BYTE -> PrimitiveType.Primitive.BYTE;
          case SHORT -> PrimitiveType.Primitive.SHORT;
          case CHAR -> PrimitiveType.Primitive.CHAR;
          case INT -> PrimitiveType.Primitive.INT;
          case LONG -> PrimitiveType.Primitive.LONG;
          case FLOAT -> PrimitiveType.Primitive.FLOAT;
          case DOUBLE -> PrimitiveType.Primitive.DOUBLE;
          case BOOLEAN -> PrimitiveType.Primitive.BOOLEAN;
        });
  }

  private static Type reference(String name) {
    return new ClassOrInterfaceType(null, name);
  }

  private Type compute(Expression e) {
    if (e instanceof EnclosedExpr en) {
      return type(en.getInner());
    }
    if (e instanceof IntegerLiteralExpr) {
      return prim(PrimitiveType.Primitive.INT);
    }
    if (e instanceof LongLiteralExpr) {
      return prim(PrimitiveType.Primitive.LONG);
    }
    if (e instanceof CharLiteralExpr) {
      return prim(PrimitiveType.Primitive.CHAR);
    }
    if (e instanceof BooleanLiteralExpr) {
      return prim(PrimitiveType.Primitive.BOOLEAN);
    }
    if (e instanceof DoubleLiteralExpr) {
      return ofPrim(Overloads.declared(e));
    }
    if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
      return reference("String");
    }
    if (e instanceof CastExpr c) {
      return c.getType();
    }
    if (e instanceof InstanceOfExpr) {
      return prim(PrimitiveType.Primitive.BOOLEAN);
    }
    if (e instanceof ObjectCreationExpr oc) {
      return oc.getAnonymousClassBody().isPresent() ? null : oc.getType();
    }
    if (e instanceof ArrayCreationExpr ac) {
      return ac.createdType();
    }
    if (e instanceof AssignExpr a) {
      return type(a.getTarget());
    }
    if (e instanceof UnaryExpr u) {
      Type t = type(u.getExpression());
      return switch (u.getOperator()) {
        case LOGICAL_COMPLEMENT -> prim(PrimitiveType.Primitive.BOOLEAN);
        case PLUS, MINUS, BITWISE_COMPLEMENT -> ofPrim(Arith.promote(numeric(t)));
        default -> t; // ++ and --: the variable's type.
      };
    }
    if (e instanceof BinaryExpr b) {
      return binary(b);
    }
    if (e instanceof ConditionalExpr c) {
      Type a = type(c.getThenExpr());
      Type b = type(c.getElseExpr());
      if (a != null && b != null && a.equals(b)) {
        return a;
      }
      Overloads.Prim pa = primOf(a);
      Overloads.Prim pb = primOf(b);
      // Both int, long, float or double (after promotion, with no byte, short or char whose
      // constant rules differ): the promoted type (JLS 15.25.2).
      if (pa != null
          && pb != null
          && pa.ordinal() >= Overloads.Prim.INT.ordinal()
          && pb.ordinal() >= Overloads.Prim.INT.ordinal()) {
        return ofPrim(Arith.promote(pa, pb));
      }
      return null;
    }
    if (e instanceof NameExpr n) {
      return variable(n.getNameAsString(), n);
    }
    if (e instanceof FieldAccessExpr fa) {
      return fieldAccess(fa);
    }
    if (e instanceof ArrayAccessExpr aa) {
      Type t = type(aa.getName());
      return t instanceof ArrayType at ? at.getComponentType() : null;
    }
    if (e instanceof MethodCallExpr mc) {
      return call(mc);
    }
    return null;
  }

  /** The primitive type of a numeric type or of a boxed one (unboxed), or null. */
  private static Overloads.Prim numeric(Type t) {
    Overloads.Prim p = primOf(t);
    return p != null ? p : unboxed(t);
  }

  private Type binary(BinaryExpr b) {
    BinaryExpr.Operator op = b.getOperator();
    switch (op) {
      case AND:
      case OR:
      case EQUALS:
      case NOT_EQUALS:
      case LESS:
      case LESS_EQUALS:
      case GREATER:
      case GREATER_EQUALS:
        return prim(PrimitiveType.Primitive.BOOLEAN);
      default:
        break;
    }
    Type l = type(b.getLeft());
    Type r = type(b.getRight());
    if (op == BinaryExpr.Operator.PLUS && (isString(l) || isString(r))) {
      return reference("String");
    }
    Overloads.Prim pl = numeric(l);
    Overloads.Prim pr = numeric(r);
    switch (op) {
      case LEFT_SHIFT:
      case SIGNED_RIGHT_SHIFT:
      case UNSIGNED_RIGHT_SHIFT:
        return pr == null ? null : ofPrim(Arith.promote(pl));
      case BINARY_AND:
      case BINARY_OR:
      case XOR:
        if (pl == Overloads.Prim.BOOLEAN && pr == Overloads.Prim.BOOLEAN) {
          return prim(PrimitiveType.Primitive.BOOLEAN);
        }
        return ofPrim(Arith.promote(pl, pr));
      default:
        // A + whose operands' types are not known may be a concatenation: not known.
        return ofPrim(Arith.promote(pl, pr));
    }
  }

  /** The declared type of a variable, {@code var} meaning its initializer's type. */
  private Type declared(VariableDeclarator v) {
    Type t = v.getType();
    if (t.isVarType()) {
      return v.getInitializer().map(this::type).orElse(null);
    }
    return t;
  }

  private static Type paramType(Parameter p) {
    if (p.getType().isUnknownType() || p.getType().isVarType()) {
      return null;
    }
    return p.isVarArgs() ? new ArrayType(p.getType()) : p.getType();
  }

  /** The declaration a simple name denotes as a variable from {@code at}, or null. */
  Node declaration(String name, Node at) {
    Node child = at;
    Node p = at.getParentNode().orElse(null);
    while (p != null) {
      if (p instanceof BlockStmt || p instanceof SwitchEntry) {
        NodeList<Statement> stmts =
            p instanceof BlockStmt bs ? bs.getStatements() : ((SwitchEntry) p).getStatements();
        for (Statement s : stmts) {
          if (s == child) {
            break;
          }
          if (s instanceof ExpressionStmt es
              && es.getExpression() instanceof VariableDeclarationExpr vd) {
            for (VariableDeclarator v : vd.getVariables()) {
              if (v.getNameAsString().equals(name)) {
                return v;
              }
            }
          }
        }
      } else if (p instanceof ForStmt fs) {
        for (Expression init : fs.getInitialization()) {
          if (init instanceof VariableDeclarationExpr vd && init != child) {
            for (VariableDeclarator v : vd.getVariables()) {
              if (v.getNameAsString().equals(name)) {
                return v;
              }
            }
          }
        }
      } else if (p instanceof ForEachStmt fe && child != fe.getIterable()) {
        for (VariableDeclarator v : fe.getVariable().getVariables()) {
          if (v.getNameAsString().equals(name)) {
            return v;
          }
        }
      } else if (p instanceof LambdaExpr l) {
        for (Parameter pa : l.getParameters()) {
          if (pa.getNameAsString().equals(name)) {
            return pa;
          }
        }
      } else if (p instanceof CatchClause cc && cc.getParameter().getNameAsString().equals(name)) {
        return cc.getParameter();
      } else if (p instanceof TryStmt ts) {
        for (Expression r : ts.getResources()) {
          if (r instanceof VariableDeclarationExpr vd && r != child) {
            for (VariableDeclarator v : vd.getVariables()) {
              if (v.getNameAsString().equals(name)) {
                return v;
              }
            }
          }
        }
      } else if (p instanceof CallableDeclaration<?> c) {
        for (Parameter pa : c.getParameters()) {
          if (pa.getNameAsString().equals(name)) {
            return pa;
          }
        }
        // A pattern variable (o instanceof Integer i) has a scope of its own: not followed.
        for (PatternExpr pe : c.findAll(PatternExpr.class)) {
          if (pe.toString().endsWith(" " + name)) {
            return null;
          }
        }
      } else if (p instanceof TypeDeclaration<?> td) {
        Node f = field(td, name);
        if (f != null) {
          return f;
        }
      }
      child = p;
      p = p.getParentNode().orElse(null);
    }
    return null;
  }

  /** A field (or record component) {@code name} of {@code td} or of its workspace supertypes. */
  private Node field(TypeDeclaration<?> td, String name) {
    Optional<FieldDeclaration> fd = td.getFieldByName(name);
    if (fd.isPresent()) {
      for (VariableDeclarator v : fd.get().getVariables()) {
        if (v.getNameAsString().equals(name)) {
          return v;
        }
      }
    }
    if (td instanceof RecordDeclaration r) {
      for (Parameter pa : r.getParameters()) {
        if (pa.getNameAsString().equals(name)) {
          return pa;
        }
      }
    }
    TypeRef t = in.types.typeOf(td);
    if (t != null) {
      for (TypeRef st : in.members.supertypes(t)) {
        if (st.decl() == td) {
          continue;
        }
        Optional<FieldDeclaration> sf = st.decl().getFieldByName(name);
        if (sf.isPresent()) {
          for (VariableDeclarator v : sf.get().getVariables()) {
            if (v.getNameAsString().equals(name)) {
              return v;
            }
          }
        }
      }
    }
    return null;
  }

  private Type typeOfDeclaration(Node d) {
    if (d instanceof VariableDeclarator v) {
      return declared(v);
    }
    if (d instanceof Parameter pa) {
      return paramType(pa);
    }
    return null;
  }

  private Type variable(String name, Node at) {
    return typeOfDeclaration(declaration(name, at));
  }

  private Type fieldAccess(FieldAccessExpr fa) {
    String name = fa.getNameAsString();
    Expression scope = fa.getScope();
    if (scope instanceof ThisExpr th && th.getTypeName().isEmpty()) {
      TypeDeclaration<?> td = fa.findAncestor(TypeDeclaration.class).orElse(null);
      return td == null ? null : typeOfDeclaration(field(td, name));
    }
    Type st = scope instanceof NameExpr || scope instanceof FieldAccessExpr ? type(scope) : null;
    if (st instanceof ArrayType && name.equals("length")) {
      return prim(PrimitiveType.Primitive.INT);
    }
    if (st instanceof ClassOrInterfaceType ct) {
      TypeRef t = in.types.findType(ct.getNameWithScope(), fa);
      if (t != null) {
        return typeOfDeclaration(field(t.decl(), name));
      }
      return null;
    }
    if (st == null && (scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
      // A class named by its name: Integer.MAX_VALUE, or a workspace type's static field.
      String cls = scope.toString();
      if (scope instanceof NameExpr sn && declaration(sn.getNameAsString(), fa) != null) {
        return null;
      }
      TypeRef t = in.types.findType(cls, fa);
      if (t != null) {
        return typeOfDeclaration(field(t.decl(), name));
      }
      Class<?> c = Calls.resolveClass(cls);
      if (c != null) {
        try {
          java.lang.reflect.Field f = c.getField(name);
          return Modifier.isStatic(f.getModifiers()) ? ofClass(f.getType()) : null;
        } catch (NoSuchFieldException ex) {
          return null;
        }
      }
    }
    return null;
  }

  /** A Java class as a type: a primitive, an array of one, or a reference named by its class. */
  private static Type ofClass(Class<?> c) {
    if (c.isPrimitive()) {
      return c == void.class ? null : ofPrim(Overloads.Prim.of(c));
    }
    if (c.isArray()) {
      Type comp = ofClass(c.getComponentType());
      return comp == null ? null : new ArrayType(comp);
    }
    return reference(c.getSimpleName());
  }

  /**
   * A method call's type: the methods of that name and arity (of the enclosing types for an
   * unqualified call, of a JDK or nn class named as the qualifier, of the declared class of the
   * qualifier) all return the same type. Otherwise not known.
   */
  private Type call(MethodCallExpr mc) {
    String name = mc.getNameAsString();
    int arity = mc.getArguments().size();
    if (mc.getScope().isEmpty()
        || mc.getScope().get() instanceof ThisExpr th && th.getTypeName().isEmpty()) {
      for (Node p = mc.getParentNode().orElse(null);
          p != null;
          p = p.getParentNode().orElse(null)) {
        if (p instanceof TypeDeclaration<?> td) {
          TypeRef t = in.types.typeOf(td);
          if (t == null) {
            return null;
          }
          Type found = null;
          boolean any = false;
          for (TypeRef st : in.members.supertypes(t)) {
            for (MethodDeclaration m : st.decl().getMethodsByName(name)) {
              if (m.getParameters().size() != arity
                  && !(m.getParameters().isNonEmpty()
                      && m.getParameters().getLast().get().isVarArgs())) {
                continue;
              }
              if (any && (found == null || !found.equals(m.getType()))) {
                return null;
              }
              any = true;
              found = m.getType().isVoidType() ? null : m.getType();
            }
          }
          if (any) {
            return found;
          }
          if (!mc.getScope().isEmpty()) {
            return null;
          }
          // Not a method of this type: of an enclosing one.
        }
      }
      return null;
    }
    Expression scope = mc.getScope().get();
    Class<?> c = null;
    Type st = scope instanceof NameExpr || scope instanceof FieldAccessExpr ? type(scope) : null;
    if (st instanceof ClassOrInterfaceType ct) {
      c =
          in.types.findType(ct.getNameAsString(), mc) == null
              ? Calls.resolveClass(ct.getNameAsString())
              : null;
    } else if (st == null
        && (scope instanceof NameExpr sn
            && declaration(sn.getNameAsString(), mc) == null
            && in.types.findType(sn.getNameAsString(), mc) == null)) {
      c = Calls.resolveClass(sn.getNameAsString());
    }
    if (c == null) {
      return null;
    }
    Class<?> ret = null;
    for (Method m : c.getMethods()) {
      if (!m.getName().equals(name) || (m.getParameterCount() != arity && !m.isVarArgs())) {
        continue;
      }
      if (ret != null && ret != m.getReturnType()) {
        return overloadByPrims(c, name, mc);
      }
      ret = m.getReturnType();
    }
    return ret == null ? null : ofClass(ret);
  }

  /**
   * Among a class's overloads of primitive parameters (Math.max(int, int), (long, long), …), the
   * return type of the one javac picks when every argument's type is a known primitive: the
   * applicable one by widening whose parameters are narrowest.
   */
  private Type overloadByPrims(Class<?> c, String name, MethodCallExpr mc) {
    int arity = mc.getArguments().size();
    Overloads.Prim[] args = new Overloads.Prim[arity];
    for (int i = 0; i < arity; i++) {
      args[i] = prim(mc.getArgument(i));
      if (args[i] == null) {
        return null;
      }
    }
    Method best = null;
    for (Method m : c.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != arity) {
        continue;
      }
      Class<?>[] ps = m.getParameterTypes();
      boolean ok = true;
      for (int i = 0; i < arity && ok; i++) {
        Overloads.Prim p = Overloads.Prim.of(ps[i]);
        ok = p != null && args[i].widensTo(p);
      }
      if (!ok) {
        continue;
      }
      if (best == null) {
        best = m;
        continue;
      }
      boolean narrower = true;
      for (int i = 0; i < arity; i++) {
        narrower &=
            Overloads.Prim.of(m.getParameterTypes()[i])
                .widensTo(Overloads.Prim.of(best.getParameterTypes()[i]));
      }
      if (narrower) {
        best = m;
      }
    }
    return best == null ? null : ofClass(best.getReturnType());
  }
}
