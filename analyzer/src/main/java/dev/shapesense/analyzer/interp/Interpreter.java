package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.DiagnosticCodes;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.Values.ObjectValue;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs model code abstractly: constructors and {@code forward} over META tensors with symbolic
 * dims, calling the nn library's own shape rules. Records hints, diagnostics and the module-call
 * trace in a {@link Recorder}. One instance per model analysis; not thread-safe. Never throws on
 * user input except {@link Signals.OutOfBudget} and internal errors, which its caller reports.
 */
public final class Interpreter {
  final Workspace ws;
  final Recorder rec;
  private final int budget;
  private int steps;
  private int depth;
  private int constructDepth;
  int speculative;
  private final Map<TypeDeclaration<?>, Map<String, Object>> statics = new IdentityHashMap<>();
  final Map<Object, Creation> creations = new IdentityHashMap<>();
  private final Deque<Site> callSites = new ArrayDeque<>();
  private final Expressions expr;
  private final StatementRunner stmts;

  /** Where a module was constructed: the {@code new} expression and its file. */
  /** Where a module was built: the expression, and the object whose code built it (or null). */
  record Creation(ParsedFile file, ObjectCreationExpr node, Object owner) {}

  /** A node of a file: where a module was called. */
  public record Site(ParsedFile file, Node node) {
    public int line() {
      return file.line(node);
    }
  }

  public Interpreter(Workspace ws, Recorder rec, int budget) {
    this.ws = ws;
    this.rec = rec;
    this.budget = budget;
    this.expr = new Expressions(this);
    this.stmts = new StatementRunner(this);
  }

  /** One step of work; ends the analysis when the budget is spent. */
  void step(Node at) {
    if (++steps > budget) {
      throw new Signals.OutOfBudget(at);
    }
  }

  Expressions expressions() {
    return expr;
  }

  StatementRunner statements() {
    return stmts;
  }

  // ---------------------------------------------------------------------------------------------
  // Types.

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
   * names it, or null): {@code Outer.Inner} is Outer's member; a simple name is the enclosing
   * class itself or a member type of an enclosing class, then a type of the same file, then a
   * top-level type elsewhere. Two models may each nest their own {@code Block}.
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
   * folder first (two projects in one workspace, or models in the default package each with its
   * own {@code MLP}), or null.
   */
  private static TypeRef visibleFrom(
      List<TypeRef> l, String simple, TypeRef here, com.github.javaparser.ast.CompilationUnit unit) {
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

  /** The workspace superclass of {@code t}, or null. */
  TypeRef superType(TypeRef t) {
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
  public boolean isModuleType(TypeRef t) {
    Class<?> b = builtinSuper(t);
    return b != null && Module.class.isAssignableFrom(b);
  }

  /** A method of {@code t} or its workspace superclasses by name and arity. */
  /**
   * The methods of each type by name, in declaration order, found once per analysis: {@code
   * getMethodsByName} walks every member, on every call of a helper method.
   */
  private final Map<TypeDeclaration<?>, Map<String, List<MethodDeclaration>>> methods =
      new IdentityHashMap<>();

  private List<MethodDeclaration> methodsNamed(TypeDeclaration<?> type, String name) {
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

  /** Static fields of a type, initialised once, in declaration order. */
  Map<String, Object> statics(TypeRef t) {
    Map<String, Object> s = statics.get(t.decl());
    if (s != null) {
      return s;
    }
    s = new HashMap<>();
    statics.put(t.decl(), s);
    Frame f = new Frame(t.file(), t, null);
    NodeList<BodyDeclaration<?>> members = t.decl().getMembers();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof FieldDeclaration fd && isStatic(fd, t.decl())) {
        for (VariableDeclarator v : fd.getVariables()) {
          Object val =
              v.getInitializer().isPresent()
                  ? expr.eval(v.getInitializer().get(), f)
                  : defaultValue(v.getType());
          s.put(v.getNameAsString(), val);
        }
      }
    }
    return s;
  }

  /**
   * The instance fields of each type, in declaration order, found once per analysis: every object
   * built declares and then initialises them.
   */
  private final Map<TypeDeclaration<?>, List<FieldDeclaration>> instanceFields =
      new IdentityHashMap<>();

  private List<FieldDeclaration> instanceFields(TypeDeclaration<?> type) {
    List<FieldDeclaration> found = instanceFields.get(type);
    if (found == null) {
      found = new ArrayList<>();
      NodeList<BodyDeclaration<?>> members = type.getMembers();
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i) instanceof FieldDeclaration fd && !isStatic(fd, type)) {
          found.add(fd);
        }
      }
      instanceFields.put(type, found);
    }
    return found;
  }

  /**
   * {@link FieldDeclaration#isStatic()} for a member of {@code owner}: declared {@code static}, or
   * declared in an interface. JavaParser's looks for the owner up the tree and reads the
   * modifiers through iterators, for every field of every object built.
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

  static Object defaultValue(Type t) {
    if (t instanceof PrimitiveType p) {
      return switch (p.getType()) {
        case BOOLEAN -> Boolean.FALSE;
        case DOUBLE, FLOAT -> 0.0;
        default -> 0L;
      };
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Objects.

  /** {@code new T(args)} for a workspace type. */
  Object instantiate(TypeRef t, List<Object> args, ParsedFile file, ObjectCreationExpr site) {
    if (++depth > 48) {
      depth--;
      return Values.UNKNOWN;
    }
    try {
      Object obj;
      if (isModuleType(t)) {
        InterpretedModule m = new InterpretedModule(t, this);
        declareFields(t, m.fields);
        obj = m;
      } else {
        ObjectValue o = new ObjectValue(t);
        declareFields(t, o.fields);
        obj = o;
      }
      if (t.decl() instanceof RecordDeclaration r) {
        Map<String, Object> fields = fieldsOf(obj);
        for (int i = 0; i < r.getParameters().size() && i < args.size(); i++) {
          fields.put(r.getParameter(i).getNameAsString(), args.get(i));
        }
      } else {
        construct(obj, t, args);
      }
      if (site != null) {
        creations.put(obj, new Creation(file, site, null));
      }
      return obj;
    } finally {
      depth--;
    }
  }

  static Map<String, Object> fieldsOf(Object obj) {
    if (obj instanceof InterpretedModule m) {
      return m.fields;
    }
    if (obj instanceof ObjectValue o) {
      return o.fields;
    }
    return null;
  }

  private void declareFields(TypeRef t, Map<String, Object> fields) {
    TypeRef sup = superType(t);
    if (sup != null) {
      declareFields(sup, fields);
    }
    for (FieldDeclaration fd : instanceFields(t.decl())) {
      for (VariableDeclarator v : fd.getVariables()) {
        fields.put(v.getNameAsString(), defaultValue(v.getType()));
      }
    }
  }

  /** Runs the constructor of {@code t} chosen by arity, in Java's order. */
  private void construct(Object obj, TypeRef t, List<Object> args) {
    // this(...) calling itself, or classes extending each other: not Java, but half-typed code.
    if (++constructDepth > 48) {
      constructDepth--;
      if (obj instanceof InterpretedModule m) {
        m.incomplete = true;
      }
      return;
    }
    try {
      constructOnce(obj, t, args);
    } finally {
      constructDepth--;
    }
  }

  private void constructOnce(Object obj, TypeRef t, List<Object> args) {
    ConstructorDeclaration ctor = null;
    for (ConstructorDeclaration c : t.decl().getConstructors()) {
      if (c.getParameters().size() == args.size()) {
        ctor = c;
        break;
      }
    }
    Frame f = new Frame(t.file(), t, obj);
    List<Statement> body = List.of();
    ExplicitConstructorInvocationStmt explicit = null;
    if (ctor != null) {
      bindParams(ctor, args, f);
      body = new ArrayList<>(ctor.getBody().getStatements());
      if (!body.isEmpty() && body.get(0) instanceof ExplicitConstructorInvocationStmt e) {
        explicit = e;
        body = body.subList(1, body.size());
      }
    }
    if (explicit != null && explicit.isThis()) {
      construct(obj, t, expr.evalArgs(explicit.getArguments(), f));
    } else {
      List<Object> superArgs =
          explicit == null ? List.of() : expr.evalArgs(explicit.getArguments(), f);
      TypeRef sup = superType(t);
      if (sup != null) {
        construct(obj, sup, superArgs);
      } else if (obj instanceof InterpretedModule m) {
        Class<?> b = builtinSuper(t);
        if (b != null && b != Module.class && superArgs.contains(Values.UNKNOWN)) {
          m.incomplete = true;
        } else if (b != null && b != Module.class) {
          try {
            Object d = Calls.construct(b, superArgs);
            if (d instanceof Module dm) {
              m.setDelegate(dm);
            }
          } catch (ShapeError e) {
            m.incomplete = true;
            rec.shapeError(f.file, explicit, e, DiagnosticCodes.CONFIG, List.of(), speculative > 0);
          } catch (Throwable e) {
            // An unusual superclass constructor: the delegate, and so the module, stays unknown.
            m.incomplete = true;
          }
        }
      }
      initFields(obj, t, f);
    }
    runBody(body, f);
  }

  private void initFields(Object obj, TypeRef t, Frame f) {
    Map<String, Object> fields = fieldsOf(obj);
    for (FieldDeclaration fd : instanceFields(t.decl())) {
      for (VariableDeclarator v : fd.getVariables()) {
        if (v.getInitializer().isPresent()) {
          var init = v.getInitializer().get();
          fields.put(v.getNameAsString(), stmts.hintValue(init, f, expr.eval(init, f)));
        }
      }
    }
  }

  private void runBody(List<Statement> body, Frame f) {
    try {
      for (Statement s : body) {
        stmts.exec(s, f);
      }
    } catch (Signals.Return r) {
      // A constructor's early return.
    } catch (Signals.Jump | Signals.Yield j) {
      // A stray break, continue or yield (half-typed code).
    }
  }

  void bindParams(CallableDeclaration<?> m, List<Object> args, Frame f) {
    var params = m.getParameters();
    for (int i = 0; i < params.size(); i++) {
      var p = params.get(i);
      if (p.isVarArgs()) {
        List<Object> rest = new ArrayList<>();
        if (args.size() == params.size() && args.get(i) instanceof Values.ArrayValue a) {
          rest = a.items;
        } else {
          for (int j = i; j < args.size(); j++) {
            rest.add(args.get(j));
          }
        }
        f.locals.put(p.getNameAsString(), new Values.ArrayValue(new ArrayList<>(rest)));
      } else {
        f.locals.put(p.getNameAsString(), i < args.size() ? args.get(i) : Values.UNKNOWN);
      }
    }
  }

  /** Runs a user method on {@code self} (null for static) and returns its result. */
  Object invokeUser(TypeRef t, MethodDeclaration m, Object self, List<Object> args) {
    if (m.getBody().isEmpty() || depth > 48) {
      return Values.UNKNOWN;
    }
    depth++;
    try {
      Frame f = new Frame(t.file(), t, self);
      bindParams(m, args, f);
      try {
        stmts.exec(m.getBody().get(), f);
      } catch (Signals.Return r) {
        f.returns.add(r.value);
      } catch (Signals.Jump j) {
        // A stray break or continue ends the method.
      } catch (Signals.Yield y) {
        // A yield outside a switch expression (half-typed code): the result is not known.
        f.returns.add(Values.UNKNOWN);
      }
      if (m.getType().isVoidType()) {
        return null;
      }
      return StatementRunner.merge(f.returns);
    } finally {
      depth--;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Module calls.

  /**
   * Calls {@code module}'s forward with {@code args}: a user module's code is interpreted and its
   * call recorded in the trace; a built-in module runs its own shape rule (its hooks record it).
   */
  Object callModule(Module module, List<Object> args, Node site) {
    if (!(module instanceof InterpretedModule) && isTainted(module)) {
      recallTaint(module);
      return Values.UNKNOWN;
    }
    rec.enter(module);
    try {
      return callModuleFramed(module, args);
    } finally {
      rec.exit(module);
    }
  }

  private Object callModuleFramed(Module module, List<Object> args) {
    if (module instanceof InterpretedModule im) {
      TypeRef owner = im.type;
      MethodDeclaration fwd = findMethod(owner, "forward", args.size());
      Object out;
      if (fwd != null) {
        out = invokeUser(typeOf(fwd), fwd, im, args);
      } else if (im.delegate() != null && !isTainted(im.delegate())) {
        out = callBuiltin(im.delegate(), "forward", args);
      } else {
        out = Values.UNKNOWN;
      }
      rec.trace(im, args, out, currentSite());
      return out;
    }
    return callBuiltin(module, "forward", args);
  }

  Object callBuiltin(Module m, String method, List<Object> args) {
    for (Object a : args) {
      if (Values.isUnknown(a)) {
        return Values.UNKNOWN;
      }
    }
    try {
      return Calls.invoke(m.getClass(), m, method, args);
    } catch (Signals.UnknownResult e) {
      return Values.UNKNOWN;
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The innermost call being evaluated whose code is in {@code path}, or null. */
  Site siteIn(String path) {
    var it = callSites.descendingIterator();
    while (it.hasNext()) {
      Site s = it.next();
      if (s != null && s.file().path().equals(path)) {
        return s;
      }
    }
    return null;
  }

  /** The innermost module call of user code being evaluated, or null at the top. */
  Site currentSite() {
    return callSites.peekLast();
  }

  void enterCall(Site site) {
    callSites.addLast(site);
  }

  void exitCall() {
    callSites.pollLast();
  }

  /** The symbolic size of {@code t}'s dim {@code d}, as a Long when it is a number. */
  static Object sizeOf(Tensor t, long d) {
    int rank = t.dim();
    if (d < -rank || d >= rank) {
      return null;
    }
    Dim dim = t.shape().get((int) d);
    return Values.normal(dim);
  }

  /** Fields of the current object chain used for name lookup. */
  Optional<Object> field(Frame f, String name) {
    Map<String, Object> fields = f.self == null ? null : fieldsOf(f.self);
    if (fields != null && fields.containsKey(name)) {
      return Optional.ofNullable(fields.get(name)).or(() -> Optional.of(NULL));
    }
    for (TypeRef t = f.type; t != null; t = superType(t)) {
      Map<String, Object> s = statics(t);
      if (s.containsKey(name)) {
        return Optional.ofNullable(s.get(name)).or(() -> Optional.of(NULL));
      }
    }
    // Outer classes' statics, for nested types.
    Node parent = f.type == null ? null : f.type.decl().getParentNode().orElse(null);
    TypeRef outer = parent == null ? null : typeOf(parent);
    if (outer != null) {
      Map<String, Object> s = statics(outer);
      if (s.containsKey(name)) {
        return Optional.ofNullable(s.get(name)).or(() -> Optional.of(NULL));
      }
    }
    return Optional.empty();
  }

  /**
   * Built-in modules that a value the analysis cannot know was put into ({@code
   * features.add(block)} with an unknown {@code block}): they are unknown from then on, and so is
   * every module that holds one. Dropping the entry instead would make a wrong network.
   */
  private final Map<Module, dev.shapesense.analyzer.UnknownShape> tainted = new IdentityHashMap<>();

  /** Marks {@code m} unknown from now on, for {@code why} (the first reason is kept). */
  void taint(Module m, dev.shapesense.analyzer.UnknownShape why) {
    tainted.putIfAbsent(m, why);
  }

  /** Whether {@code m} or a module inside it holds something unknown. */
  boolean isTainted(Module m) {
    return !tainted.isEmpty() && taintOf(m) != null;
  }

  /**
   * Makes why {@code m} (or a module inside it) is unknown the latest cause of an unknown value,
   * for the results of calling or iterating it.
   */
  void recallTaint(Module m) {
    dev.shapesense.analyzer.UnknownShape why = taintOf(m);
    if (why != null) {
      rec.recall(why);
    }
  }

  private dev.shapesense.analyzer.UnknownShape taintOf(Module m) {
    if (tainted.isEmpty()) {
      return null;
    }
    if (tainted.containsKey(m)) {
      return tainted.get(m);
    }
    if (!m.hasChildren()) {
      return null;
    }
    for (Module c : m.namedModules().values()) {
      if (tainted.containsKey(c)) {
        return tainted.get(c);
      }
    }
    return null;
  }

  /** Marks a present field whose value is null. */
  static final Object NULL = new Object();

  /** Locals of one method activation, its file, type and receiver. */
  static final class Frame {
    final ParsedFile file;
    final TypeRef type;
    final Object self;
    Map<String, Object> locals = new LinkedHashMap<>();
    final List<Object> returns = new ArrayList<>();

    Frame(ParsedFile file, TypeRef type, Object self) {
      this.file = file;
      this.type = type;
      this.self = self;
    }
  }

  static BlockStmt bodyOf(MethodDeclaration m) {
    return m.getBody().orElse(new BlockStmt());
  }
}
