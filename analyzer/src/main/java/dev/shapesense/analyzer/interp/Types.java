package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.shapesense.analyzer.MemberFact;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Type resolution over a {@link Workspace}: which declaration a name in the code means (as javac
 * resolves it from where it is written: nested, same file, imported, same package), a type's
 * superclasses and the built-in class at the top of its chain, its methods by name, its instance
 * fields and initializers, and the classes its file imports statically. The workspace maps simple
 * names to declarations; this layer answers Java's questions about them, caching each answer for
 * one analysis. It runs no code: the {@link Interpreter} asks it and evaluates.
 */
final class Types {
  private final Workspace ws;

  Types(Workspace ws) {
    this.ws = ws;
  }

  /** The workspace type that declares {@code n}, or null. */
  TypeRef typeOf(Node n) {
    Node cur = n;
    while (cur != null && !(cur instanceof TypeDeclaration<?>)) {
      cur = cur.getParentNode().orElse(null);
    }
    if (cur == null) {
      return null;
    }
    TypeDeclaration<?> t = (TypeDeclaration<?>) cur;
    for (TypeRef r : ws.types(t.getNameAsString())) {
      if (r.decl() == t) {
        return r;
      }
    }
    return null;
  }

  /** A workspace type by simple name (the last part of a qualified name). */
  TypeRef findType(String name) {
    return findType(name, null);
  }

  /**
   * A workspace type by name as Java resolves it from {@code context} (a node of the code that
   * names it, or null): {@code Outer.Inner} is Outer's member; a simple name is the enclosing class
   * itself or a member type of an enclosing class, then a type of the same file, then a top-level
   * type elsewhere. Two models may each nest their own {@code Block}.
   */
  TypeRef findType(String name, Node context) {
    int dot = name.lastIndexOf('.');
    String simple = name.substring(dot + 1);
    List<TypeRef> l = ws.types(simple);
    if (l.size() <= 1) {
      return l.isEmpty() ? null : l.get(0);
    }
    if (dot >= 0) {
      TypeRef outer = findType(name.substring(0, dot), context);
      for (TypeRef r : l) {
        if (outer != null && r.decl().getParentNode().orElse(null) == outer.decl()) {
          return r;
        }
      }
    }
    for (Node cur = context; dot < 0 && cur != null; cur = cur.getParentNode().orElse(null)) {
      if (cur instanceof TypeDeclaration<?> td) {
        for (TypeRef r : l) {
          if (r.decl() == td || r.decl().getParentNode().orElse(null) == td) {
            return r;
          }
        }
      }
    }
    var unit = context == null ? null : context.findCompilationUnit().orElse(null);
    for (TypeRef r : l) {
      if (unit != null && r.decl().findCompilationUnit().orElse(null) == unit) {
        return r;
      }
    }
    TypeRef here = context == null ? null : typeOf(context);
    TypeRef visible = here == null || unit == null ? null : visibleFrom(l, simple, here, unit);
    if (visible != null) {
      return visible;
    }
    for (TypeRef r : l) {
      if (r.decl().isTopLevelType()) {
        return r;
      }
    }
    return l.get(0);
  }

  /**
   * Among top-level types of one simple name in several files, the one code in {@code here}'s file
   * sees as javac would: a single-type import of it, then a type of the same package, in the same
   * folder first (two projects in one workspace, or models in the default package each with its own
   * {@code MLP}), or null.
   */
  private static TypeRef visibleFrom(
      List<TypeRef> l,
      String simple,
      TypeRef here,
      com.github.javaparser.ast.CompilationUnit unit) {
    for (var imp : unit.getImports()) {
      if (!imp.isAsterisk() && !imp.isStatic() && imp.getName().getIdentifier().equals(simple)) {
        String pkg = imp.getName().getQualifier().map(q -> q.asString()).orElse("");
        for (TypeRef r : l) {
          if (r.decl().isTopLevelType() && packageOf(r).equals(pkg)) {
            return r;
          }
        }
      }
    }
    String pkg = packageOf(here);
    String dir = folderOf(here.file().path());
    TypeRef samePackage = null;
    for (TypeRef r : l) {
      if (r.decl().isTopLevelType() && packageOf(r).equals(pkg)) {
        if (folderOf(r.file().path()).equals(dir)) {
          return r;
        }
        if (samePackage == null) {
          samePackage = r;
        }
      }
    }
    return samePackage;
  }

  private static String packageOf(TypeRef r) {
    return r.decl()
        .findCompilationUnit()
        .flatMap(u -> u.getPackageDeclaration())
        .map(p -> p.getNameAsString())
        .orElse("");
  }

  private static String folderOf(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private final Map<TypeDeclaration<?>, Optional<TypeRef>> superTypes = new IdentityHashMap<>();
  private final Map<TypeDeclaration<?>, Optional<Class<?>>> builtinSupers = new IdentityHashMap<>();

  /** The workspace superclass of {@code t}, or null; found once per analysis. */
  TypeRef superType(TypeRef t) {
    Optional<TypeRef> found = superTypes.get(t.decl());
    if (found == null) {
      found = Optional.ofNullable(superTypeOf(t));
      superTypes.put(t.decl(), found);
    }
    return found.orElse(null);
  }

  private TypeRef superTypeOf(TypeRef t) {
    TypeRef s = directSuper(t);
    // Classes that extend each other (half-typed code) have no superclass: every walk ends.
    TypeRef cur = s;
    for (int i = 0; cur != null && i < 32; i++) {
      if (cur.decl() == t.decl()) {
        return null;
      }
      cur = directSuper(cur);
    }
    return cur == null ? s : null;
  }

  private TypeRef directSuper(TypeRef t) {
    ClassOrInterfaceType ext = extended(t);
    return ext == null ? null : findType(ext.getNameWithScope(), t.decl());
  }

  /** The built-in class {@code t} extends at the top of its workspace chain, or null. */
  Class<?> builtinSuper(TypeRef t) {
    Optional<Class<?>> found = builtinSupers.get(t.decl());
    if (found == null) {
      found = Optional.ofNullable(builtinSuperOf(t));
      builtinSupers.put(t.decl(), found);
    }
    return found.orElse(null);
  }

  private Class<?> builtinSuperOf(TypeRef t) {
    for (TypeRef cur = t; cur != null; cur = superType(cur)) {
      ClassOrInterfaceType ext = extended(cur);
      if (ext == null) {
        return null;
      }
      if (directSuper(cur) == null) {
        return Calls.resolveClass(ext.getNameAsString());
      }
    }
    return null;
  }

  private static ClassOrInterfaceType extended(TypeRef t) {
    if (t.decl() instanceof ClassOrInterfaceDeclaration c && !c.getExtendedTypes().isEmpty()) {
      return c.getExtendedTypes().get(0);
    }
    return null;
  }

  /** Whether instances of {@code t} are modules. */
  boolean isModuleType(TypeRef t) {
    Class<?> b = builtinSuper(t);
    return b != null && Module.class.isAssignableFrom(b);
  }

  /**
   * The methods of each type by name, in declaration order, found once per analysis: {@code
   * getMethodsByName} walks every member, on every call of a helper method.
   */
  private final Map<TypeDeclaration<?>, Map<String, List<MethodDeclaration>>> methods =
      new IdentityHashMap<>();

  List<MethodDeclaration> methodsNamed(TypeDeclaration<?> type, String name) {
    return methods
        .computeIfAbsent(
            type,
            d -> {
              Map<String, List<MethodDeclaration>> byName = new HashMap<>();
              for (MethodDeclaration m : d.getMethods()) {
                byName.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m);
              }
              return byName;
            })
        .getOrDefault(name, List.of());
  }

  /** A method of {@code t} or its workspace superclasses by name and arity. */
  MethodDeclaration findMethod(TypeRef t, String name, int arity) {
    for (TypeRef cur = t; cur != null; cur = superType(cur)) {
      for (MethodDeclaration m : methodsNamed(cur.decl(), name)) {
        if (m.getParameters().size() == arity
            || (!m.getParameters().isEmpty()
                && m.getParameters().getLast().get().isVarArgs()
                && arity >= m.getParameters().size() - 1)) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The instance fields of each type, in declaration order, and its instance variable initializers
   * and instance initializer blocks in textual order (JLS 12.5), found once per analysis: every
   * object built declares and then initialises them.
   */
  private final Map<TypeDeclaration<?>, List<FieldDeclaration>> instanceFields =
      new IdentityHashMap<>();

  private final Map<TypeDeclaration<?>, List<BodyDeclaration<?>>> instanceInit =
      new IdentityHashMap<>();

  /** The instance fields of {@code t}, in declaration order. */
  List<FieldDeclaration> instanceFields(TypeRef t) {
    TypeDeclaration<?> type = t.decl();
    List<FieldDeclaration> found = instanceFields.get(type);
    if (found == null) {
      found = new ArrayList<>();
      List<BodyDeclaration<?>> init = new ArrayList<>();
      NodeList<BodyDeclaration<?>> members = type.getMembers();
      List<Role> roles = t.file().memberFacts(type, ROLE, m -> role((BodyDeclaration<?>) m, type));
      for (int i = 0; i < members.size(); i++) {
        BodyDeclaration<?> m = members.get(i);
        Role r = roles == null ? role(m, type) : roles.get(i);
        if (r == Role.FIELD) {
          found.add((FieldDeclaration) m);
        }
        if (r != Role.OTHER) {
          init.add(m);
        }
      }
      instanceFields.put(type, found);
      instanceInit.put(type, init);
    }
    return found;
  }

  /**
   * The instance variable initializers and instance initializer blocks of {@code t}, in textual
   * order (JLS 12.5).
   */
  List<BodyDeclaration<?>> instanceInitializers(TypeRef t) {
    instanceFields(t);
    return instanceInit.get(t.decl());
  }

  /** What a member is to the building of an object: an instance field, an instance initializer. */
  private enum Role {
    FIELD,
    INITIALIZER,
    OTHER
  }

  /** Found once per tree of the member: its owner does not change with it. */
  private static final MemberFact<Role> ROLE = MemberFact.named("role in building");

  private static Role role(BodyDeclaration<?> m, TypeDeclaration<?> owner) {
    if (m instanceof FieldDeclaration fd) {
      return isStatic(fd, owner) ? Role.OTHER : Role.FIELD;
    }
    return m instanceof InitializerDeclaration id && !id.isStatic() ? Role.INITIALIZER : Role.OTHER;
  }

  /**
   * {@link FieldDeclaration#isStatic()} for a member of {@code owner}: declared {@code static}, or
   * declared in an interface. JavaParser's looks for the owner up the tree and reads the modifiers
   * through iterators, for every field of every object built.
   */
  static boolean isStatic(FieldDeclaration field, TypeDeclaration<?> owner) {
    if (owner instanceof ClassOrInterfaceDeclaration c && c.isInterface()) {
      return true;
    }
    NodeList<Modifier> modifiers = field.getModifiers();
    for (int i = 0; i < modifiers.size(); i++) {
      if (modifiers.get(i).getKeyword() == Modifier.Keyword.STATIC) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nn or JDK class whose static member {@code name} the file of {@code type} imports ({@code
   * import static java.lang.Math.max;}, {@code import static java.util.stream.Collectors.*;}),
   * single imports before on-demand ones (JLS 7.5.3, 7.5.4), or null. Only classes the analysis
   * runs are found.
   */
  Class<?> staticImportClass(TypeRef type, String name) {
    var unit = type == null ? null : type.decl().findCompilationUnit().orElse(null);
    if (unit == null || unit.getImports().isEmpty()) {
      return null;
    }
    Class<?> onDemand = null;
    for (var imp : unit.getImports()) {
      if (!imp.isStatic()) {
        continue;
      }
      if (imp.isAsterisk()) {
        Class<?> c = onDemand == null ? Calls.resolveClass(imp.getNameAsString()) : null;
        if (c != null && Calls.hasStatic(c, name)) {
          onDemand = c;
        }
      } else if (imp.getName().getIdentifier().equals(name)
          && imp.getName().getQualifier().isPresent()) {
        Class<?> c = Calls.resolveClass(imp.getName().getQualifier().get().asString());
        if (c != null) {
          return c;
        }
      }
    }
    return onDemand;
  }

  /**
   * The workspace types whose static member {@code name} the file of {@code type} imports (JLS
   * 7.5.3, 7.5.4): single-static imports of that name first, then static imports on demand.
   */
  List<TypeRef> staticImports(TypeRef type, String name) {
    var unit = type == null ? null : type.decl().findCompilationUnit().orElse(null);
    if (unit == null || unit.getImports().isEmpty()) {
      return List.of();
    }
    List<TypeRef> single = new ArrayList<>();
    List<TypeRef> onDemand = new ArrayList<>();
    for (var imp : unit.getImports()) {
      if (!imp.isStatic()) {
        continue;
      }
      if (imp.isAsterisk()) {
        TypeRef t = findType(imp.getNameAsString(), type.decl());
        if (t != null) {
          onDemand.add(t);
        }
      } else if (imp.getName().getIdentifier().equals(name)
          && imp.getName().getQualifier().isPresent()) {
        TypeRef t = findType(imp.getName().getQualifier().get().asString(), type.decl());
        if (t != null) {
          single.add(t);
        }
      }
    }
    single.addAll(onDemand);
    return single;
  }
}
