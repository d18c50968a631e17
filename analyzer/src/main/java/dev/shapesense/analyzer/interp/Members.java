package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.Overloads.PType;
import dev.shapesense.analyzer.interp.Overloads.Sig;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of workspace types as Java sees them: supertypes (the superclass chain, then the
 * interfaces), the methods a name finds (an override hides what it overrides), the one a call binds
 * to ({@link Overloads}), the override the runtime class runs (JLS 15.12.4.4), and the lexically
 * enclosing types of nested, inner and local classes.
 */
final class Members implements Overloads.Types {
  private final Interpreter in;
  private final Map<CallableDeclaration<?>, Sig> sigs = new IdentityHashMap<>();
  private final Map<TypeDeclaration<?>, List<TypeRef>> supertypes = new IdentityHashMap<>();

  /** A method and the type that declares it. */
  record Method(TypeRef owner, MethodDeclaration decl) {}

  Members(Interpreter in) {
    this.in = in;
  }

  // ---------------------------------------------------------------------------------------------
  // Types.

  /** The direct interfaces of {@code t}: a class's implements, an interface's extends. */
  List<TypeRef> interfaces(TypeRef t) {
    List<ClassOrInterfaceType> named = List.of();
    if (t.decl() instanceof ClassOrInterfaceDeclaration c) {
      named = c.isInterface() ? c.getExtendedTypes() : c.getImplementedTypes();
    } else if (t.decl() instanceof EnumDeclaration e) {
      named = e.getImplementedTypes();
    } else if (t.decl() instanceof RecordDeclaration r) {
      named = r.getImplementedTypes();
    }
    List<TypeRef> out = new ArrayList<>();
    for (ClassOrInterfaceType n : named) {
      TypeRef r = in.types.findType(n.getNameWithScope(), t.decl());
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * {@code t} and its workspace supertypes, each once: the superclass chain first, then the
   * interfaces breadth first (a class's method wins over an interface's default).
   */
  List<TypeRef> supertypes(TypeRef t) {
    List<TypeRef> found = supertypes.get(t.decl());
    if (found != null) {
      return found;
    }
    List<TypeRef> out = new ArrayList<>();
    Set<TypeDeclaration<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<TypeRef> ifaces = new ArrayDeque<>();
    for (TypeRef cur = t; cur != null && out.size() < 64; cur = in.types.superType(cur)) {
      if (seen.add(cur.decl())) {
        out.add(cur);
        ifaces.addAll(interfaces(cur));
      }
    }
    while (!ifaces.isEmpty() && out.size() < 64) {
      TypeRef i = ifaces.poll();
      if (seen.add(i.decl())) {
        out.add(i);
        ifaces.addAll(interfaces(i));
      }
    }
    supertypes.put(t.decl(), out);
    return out;
  }

  @Override
  public boolean isSubtype(TypeRef sub, TypeRef sup) {
    for (TypeRef s : supertypes(sub)) {
      if (s.decl() == sup.decl()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isSubclassOf(TypeRef sub, Class<?> sup) {
    if (sup == Object.class) {
      return true;
    }
    if (sub.decl() instanceof EnumDeclaration) {
      return sup.isAssignableFrom(Enum.class);
    }
    if (sub.decl() instanceof RecordDeclaration) {
      return sup.isAssignableFrom(Record.class);
    }
    Class<?> b = in.types.builtinSuper(sub);
    return b != null && sup.isAssignableFrom(b);
  }

  @Override
  public TypeRef typeOfValue(Object v) {
    if (v instanceof Values.ObjectValue o) {
      return o.type;
    }
    if (v instanceof InterpretedModule m) {
      return m.type;
    }
    return null;
  }

  @Override
  public boolean isInterface(TypeRef t) {
    return t.decl() instanceof ClassOrInterfaceDeclaration c && c.isInterface();
  }

  private final Map<TypeDeclaration<?>, java.util.Optional<TypeRef>> enclosing =
      new IdentityHashMap<>();

  /**
   * The type whose body lexically encloses {@code t}'s declaration, or null for a top-level one.
   */
  TypeRef enclosing(TypeRef t) {
    return enclosing
        .computeIfAbsent(
            t.decl(),
            d -> {
              Node p = d.getParentNode().orElse(null);
              return java.util.Optional.ofNullable(p == null ? null : in.types.typeOf(p));
            })
        .orElse(null);
  }

  /**
   * Whether instances of {@code t} have an enclosing instance (JLS 8.1.3): an inner member class,
   * or a local or anonymous class declared in instance code.
   */
  boolean isInner(TypeRef t) {
    TypeDeclaration<?> d = t.decl();
    if (!(d instanceof ClassOrInterfaceDeclaration c) || c.isInterface() || c.isStatic()) {
      return false;
    }
    Node p = d.getParentNode().orElse(null);
    if (p instanceof LocalClassDeclarationStmt) {
      var callable = d.findAncestor(CallableDeclaration.class);
      return callable.isEmpty() || !callable.get().isStatic();
    }
    if (p instanceof ClassOrInterfaceDeclaration outer) {
      return !outer.isInterface();
    }
    return p instanceof TypeDeclaration<?>;
  }

  /** Whether {@code t} is a local class or record. */
  static boolean isLocal(TypeRef t) {
    Node p = t.decl().getParentNode().orElse(null);
    return p instanceof LocalClassDeclarationStmt || p instanceof LocalRecordDeclarationStmt;
  }

  // ---------------------------------------------------------------------------------------------
  // Methods.

  /**
   * The methods {@code name} is a member name of in {@code t} (JLS 8.4.8): declared in it or
   * inherited, an overridden or hidden one left out.
   */
  List<Method> methods(TypeRef t, String name) {
    return methods
        .computeIfAbsent(t.decl(), d -> new java.util.HashMap<>())
        .computeIfAbsent(name, n -> methodsOf(t, n));
  }

  private final Map<TypeDeclaration<?>, Map<String, List<Method>>> methods =
      new IdentityHashMap<>();

  private List<Method> methodsOf(TypeRef t, String name) {
    List<Method> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TypeRef s : supertypes(t)) {
      for (MethodDeclaration m : in.types.methodsNamed(s.decl(), name)) {
        if (seen.add(signature(m))) {
          out.add(new Method(s, m));
        }
      }
    }
    return out;
  }

  /** The method a call of {@code name} with {@code args} binds to in {@code t}. */
  Overloads.Choice<Method> resolve(TypeRef t, String name, List<Overloads.Arg> args) {
    List<Method> cands = methods(t, name);
    if (cands.isEmpty()) {
      return Overloads.Choice.none();
    }
    return Overloads.choose(cands, m -> sig(m.decl()), args, this, false);
  }

  /**
   * The method the object's runtime class runs for {@code chosen} (JLS 15.12.4.4): the first one up
   * from {@code runtime} with its name and parameter types and a body; {@code chosen} itself for a
   * private or static method.
   */
  Method override(TypeRef runtime, Method chosen) {
    MethodDeclaration c = chosen.decl();
    if (runtime == null
        || runtime.decl() == chosen.owner().decl()
        || c.isPrivate()
        || c.isStatic()) {
      return chosen;
    }
    return overrides
        .computeIfAbsent(runtime.decl(), d -> new IdentityHashMap<>())
        .computeIfAbsent(c, k -> overrideOf(runtime, chosen));
  }

  private final Map<TypeDeclaration<?>, Map<MethodDeclaration, Method>> overrides =
      new IdentityHashMap<>();

  private Method overrideOf(TypeRef runtime, Method chosen) {
    MethodDeclaration c = chosen.decl();
    if (!isSubtype(runtime, chosen.owner())) {
      return chosen;
    }
    String sig = signature(c);
    for (TypeRef s : supertypes(runtime)) {
      for (MethodDeclaration m : in.types.methodsNamed(s.decl(), c.getNameAsString())) {
        if (m.getBody().isPresent()
            && !m.isPrivate()
            && !m.isStatic()
            && signature(m).equals(sig)) {
          return new Method(s, m);
        }
      }
    }
    return chosen;
  }

  private final Map<MethodDeclaration, String> signatures = new IdentityHashMap<>();

  /** A method's name and parameter types as written (erasure is enough between user methods). */
  private String signature(MethodDeclaration m) {
    return signatures.computeIfAbsent(m, Members::signatureOf);
  }

  private static String signatureOf(MethodDeclaration m) {
    StringBuilder sb = new StringBuilder(m.getNameAsString()).append('(');
    for (var p : m.getParameters()) {
      sb.append(p.getType().asString().replaceAll("<.*>", ""))
          .append(p.isVarArgs() ? "..." : "")
          .append(',');
    }
    return sb.append(')').toString();
  }

  /** The parameter types of a user method or constructor. */
  Sig sig(CallableDeclaration<?> m) {
    Sig s = sigs.get(m);
    if (s == null) {
      List<PType> ps = new ArrayList<>();
      var params = m.getParameters();
      for (int i = 0; i < params.size(); i++) {
        PType p = type(params.get(i).getType(), m);
        ps.add(params.get(i).isVarArgs() ? PType.array(p) : p);
      }
      boolean varargs = !params.isEmpty() && params.getLast().get().isVarArgs();
      s = new Sig(List.copyOf(ps), varargs);
      sigs.put(m, s);
    }
    return s;
  }

  /** A record's canonical constructor's parameter types: its components'. */
  Sig canonical(RecordDeclaration r) {
    List<PType> ps = new ArrayList<>();
    for (var p : r.getParameters()) {
      PType t = type(p.getType(), r);
      ps.add(p.isVarArgs() ? PType.array(t) : t);
    }
    // A varargs component (record Spec(int c, int... widths)) makes the constructor varargs.
    boolean varargs = !r.getParameters().isEmpty() && r.getParameters().getLast().get().isVarArgs();
    return new Sig(List.copyOf(ps), varargs);
  }

  /** A written type as resolution sees it; a type variable or a type not known is any reference. */
  PType type(Type t, Node context) {
    if (t instanceof PrimitiveType p) {
      return PType.of(Overloads.Prim.of(p.getType()));
    }
    if (t instanceof ArrayType a) {
      return PType.array(type(a.getComponentType(), context));
    }
    if (!(t instanceof ClassOrInterfaceType c)) {
      return PType.ANY;
    }
    String name = c.getNameWithScope();
    if (isTypeVariable(c.getNameAsString(), context)) {
      return PType.ANY;
    }
    TypeRef r = in.types.findType(name, context);
    if (r != null) {
      return PType.of(r);
    }
    Class<?> k = Calls.resolveClass(name);
    if (k == null) {
      k = jdkType(name);
    }
    return k == null ? PType.ANY : PType.of(k);
  }

  private static boolean isTypeVariable(String name, Node context) {
    for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
      List<TypeParameter> tps =
          n instanceof CallableDeclaration<?> cd
              ? cd.getTypeParameters()
              : n instanceof ClassOrInterfaceDeclaration cl
                  ? cl.getTypeParameters()
                  : n instanceof RecordDeclaration rd ? rd.getTypeParameters() : List.of();
      for (TypeParameter tp : tps) {
        if (tp.getNameAsString().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Map<String, Class<?>> JDK_TYPES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A java.lang, java.util or java.util.function type by simple or qualified name, for typing only.
   */
  private static Class<?> jdkType(String name) {
    Class<?> c = JDK_TYPES.get(name);
    if (c != null) {
      return c == Void.class ? null : c;
    }
    c = Void.class;
    String[] tries =
        name.contains(".")
            ? new String[] {name}
            : new String[] {"java.lang." + name, "java.util." + name, "java.util.function." + name};
    for (String q : tries) {
      try {
        c = Class.forName(q, false, Members.class.getClassLoader());
        break;
      } catch (ClassNotFoundException | LinkageError e) {
        // Not there.
      }
    }
    if (JDK_TYPES.size() < 1000) {
      JDK_TYPES.put(name, c);
    }
    return c == Void.class ? null : c;
  }
}
