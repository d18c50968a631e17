package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.shapesense.analyzer.AnalysisCancelledException;
import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Cancellation;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.DiagnosticCodes;
import dev.shapesense.analyzer.Fix;
import dev.shapesense.analyzer.MemberFact;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.TextRange;
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
 * user input except {@link Signals.OutOfBudget} and internal errors, which its caller reports, and
 * {@link AnalysisCancelledException}, which ends the whole analysis.
 */
public final class Interpreter {
  final Workspace ws;

  /** The file of the model being run: errors in other files are also reported at its call site. */
  final ParsedFile root;

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
  final Members members = new Members(this);

  /** Static types of expressions, as far as the code's declarations tell. */
  final StaticTypes staticTypes = new StaticTypes(this);

  /**
   * The boxes and strings whose identity the analysis knows is the JVM's: a box made by a boxing
   * conversion or a {@code new} the code performs (one analysis object per JVM object), a string
   * literal or constant (interned), a {@code new String(..)}. Another box or string of the same
   * value may or may not be the same object on the JVM.
   */
  final java.util.Set<Object> identities =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Type resolution: what a name in the code means, supertypes, methods by name. */
  final Types types;

  /** Where a module was constructed: the {@code new} expression and its file. */
  /** Where a module was built: the expression, and the object whose code built it (or null). */
  record Creation(ParsedFile file, ObjectCreationExpr node, Object owner) {}

  /**
   * A node of a file where a module was called or a condition arose, with its offsets, read once
   * when the site is met: the hint, the trace's line and the layer graph's place of a call all use
   * them, the last two on request, after a newer version of the file may have taken the tree over.
   */
  public record Site(ParsedFile file, Node node, TextRange range) {
    static Site at(ParsedFile file, Node node) {
      return new Site(file, node, file.range(node));
    }

    /** The 1-based line of the node's start, or 0 (a node without a position). */
    public int line() {
      return range == null ? 0 : file.lines().line(range.start()) + 1;
    }
  }

  /**
   * An interpreter for one run of the model declared in {@code root}, recording into {@code rec},
   * with a step budget, a wall-clock deadline ({@link System#nanoTime}, or {@link
   * AnalysisOptions#NO_DEADLINE}) and a cancellation, both asked every 256 steps.
   */
  Interpreter(
      Workspace ws,
      ParsedFile root,
      Recorder rec,
      int budget,
      long deadline,
      Cancellation cancellation) {
    this.ws = ws;
    this.root = root;
    this.types = new Types(ws);
    this.rec = rec;
    this.budget = budget;
    this.deadline = deadline;
    this.cancellation = cancellation;
    this.expr = new Expressions(this);
    this.stmts = new StatementRunner(this);
  }

  /** One step of work; ends the analysis when the budget is spent or it was cancelled. */
  void step(Node at) {
    if (++steps > budget) {
      throw new Signals.OutOfBudget(at, false);
    }
    // The clock and the cancellation are read every 256 steps: a step costs about a microsecond.
    if ((steps & 255) == 0) {
      if (cancellation.isCancelled()) {
        throw new AnalysisCancelledException();
      }
      if (deadline != AnalysisOptions.NO_DEADLINE && System.nanoTime() - deadline > 0) {
        throw new Signals.OutOfBudget(at, true);
      }
    }
  }

  private final Cancellation cancellation;

  /** When the analysis must stop ({@link System#nanoTime}), or Long.MAX_VALUE for never. */
  private final long deadline;

  Expressions expressions() {
    return expr;
  }

  StatementRunner statements() {
    return stmts;
  }

  // ---------------------------------------------------------------------------------------------
  // Static and instance fields of types.

  /**
   * The static fields of a type, initialised once as JLS 12.4.2 says: every field first holds its
   * default value; then an enum's constants are built, in order; then the static field initializers
   * and static initializer blocks run in textual order.
   */
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
      if (members.get(i) instanceof FieldDeclaration fd && Types.isStatic(fd, t.decl())) {
        for (VariableDeclarator v : fd.getVariables()) {
          s.put(v.getNameAsString(), defaultValue(v.getType()));
        }
      }
    }
    if (t.decl() instanceof EnumDeclaration e) {
      var entries = e.getEntries();
      for (int i = 0; i < entries.size(); i++) {
        s.put(entries.get(i).getNameAsString(), null);
      }
      for (int i = 0; i < entries.size(); i++) {
        EnumConstantDeclaration c = entries.get(i);
        Values.EnumValue v = new Values.EnumValue(t, c, i);
        declareFields(t, v.fields);
        boolean outerUnbound = unbound;
        unbound = false;
        construct(v, t, Overloads.args(expr.evalArgs(c.getArguments(), f), c.getArguments()));
        if (unbound) {
          // Its fields are not known; the constant itself still is.
          v.fields.replaceAll((k, old) -> Values.UNKNOWN);
        }
        unbound = outerUnbound;
        s.put(c.getNameAsString(), v);
      }
    }
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof FieldDeclaration fd && Types.isStatic(fd, t.decl())) {
        for (VariableDeclarator v : fd.getVariables()) {
          if (v.getInitializer().isPresent()) {
            var init = v.getInitializer().get();
            s.put(v.getNameAsString(), expr.converted(expr.eval(init, f), v.getType(), init));
          }
        }
      } else if (members.get(i) instanceof InitializerDeclaration init && init.isStatic()) {
        runBody(List.of(init.getBody()), new Frame(t.file(), t, null));
      }
    }
    return s;
  }

  /** The constants of an enum type, in order. */
  List<Object> enumConstants(TypeRef t) {
    List<Object> out = new ArrayList<>();
    if (t.decl() instanceof EnumDeclaration e) {
      Map<String, Object> s = statics(t);
      for (EnumConstantDeclaration c : e.getEntries()) {
        out.add(s.get(c.getNameAsString()));
      }
    }
    return out;
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
    return instantiate(t, Overloads.args(args), file, site, null);
  }

  /**
   * {@code new T(args)} for a workspace type, from code running in {@code creator} (or null): an
   * inner class's object gets its enclosing instance from there, a local class's the locals.
   */
  Object instantiate(
      TypeRef t,
      List<Overloads.Arg> args,
      ParsedFile file,
      ObjectCreationExpr site,
      Frame creator) {
    if (++depth > 48) {
      depth--;
      return Values.UNKNOWN;
    }
    // A class whose construction builds itself again (half-typed code: `class Linear` whose
    // constructor calls `new Linear(...)`) would recurse until the JVM's stack overflows; each
    // level may build it several times, so the work grows exponentially with the depth. Past a few
    // levels of itself, an object is unknown.
    int[] building = constructing.computeIfAbsent(t.decl(), k -> new int[1]);
    if (building[0] >= SELF_NESTING) {
      depth--;
      rec.cause(
          file != null ? file : t.file(),
          site,
          t.decl().getNameAsString() + " builds itself recursively");
      return Values.UNKNOWN;
    }
    building[0]++;
    try {
      Object obj;
      if (types.isModuleType(t)) {
        InterpretedModule m = new InterpretedModule(t, this);
        declareFields(t, m.fields);
        obj = m;
      } else {
        ObjectValue o = new ObjectValue(t);
        declareFields(t, o.fields);
        obj = o;
      }
      if (creator != null && members.isInner(t)) {
        setOuter(obj, enclosingInstance(members.enclosing(t), creator.self));
      }
      if (creator != null && Members.isLocal(t)) {
        setCaptured(obj, new HashMap<>(creator.locals));
      }
      boolean outerUnbound = unbound;
      unbound = false;
      construct(obj, t, args);
      boolean failed = unbound;
      unbound = outerUnbound;
      if (failed) {
        // No constructor could be chosen for the arguments: the object's fields are not known.
        return Values.UNKNOWN;
      }
      if (site != null) {
        creations.put(obj, new Creation(file, site, null));
      }
      return obj;
    } finally {
      building[0]--;
      depth--;
    }
  }

  /** How many of each class's constructions are running, one inside another. */
  private final Map<TypeDeclaration<?>, int[]> constructing = new IdentityHashMap<>();

  /**
   * How deep a class may be built inside its own construction before it is unknown: recursive
   * models nest a block in itself (pix2pix's U-Net generator, eight levels deep).
   */
  private static final int SELF_NESTING = 10;

  static Map<String, Object> fieldsOf(Object obj) {
    if (obj instanceof InterpretedModule m) {
      return m.fields;
    }
    if (obj instanceof ObjectValue o) {
      return o.fields;
    }
    return null;
  }

  /** The enclosing instance of an inner or local class's object, or null. */
  static Object outerOf(Object obj) {
    if (obj instanceof InterpretedModule m) {
      return m.outer[0];
    }
    if (obj instanceof ObjectValue o) {
      return o.outer;
    }
    return null;
  }

  private static void setOuter(Object obj, Object outer) {
    if (obj instanceof InterpretedModule m) {
      m.outer[0] = outer;
    } else if (obj instanceof ObjectValue o) {
      o.outer = outer;
    }
  }

  static Map<String, Object> capturedOf(Object obj) {
    if (obj instanceof InterpretedModule m) {
      return m.captured;
    }
    if (obj instanceof ObjectValue o) {
      return o.captured;
    }
    return null;
  }

  private static void setCaptured(Object obj, Map<String, Object> locals) {
    if (obj instanceof InterpretedModule m) {
      m.captured = locals;
    } else if (obj instanceof ObjectValue o) {
      o.captured = locals;
    }
  }

  /**
   * The object of type {@code outer} (or a subtype) among {@code self} and its enclosing instances:
   * what {@code Outer.this} is (JLS 15.8.4), or null.
   */
  Object enclosingInstance(TypeRef outer, Object self) {
    Object cur = self;
    for (int i = 0; cur != null && outer != null && i < 16; i++) {
      TypeRef rt = members.typeOfValue(cur);
      if (rt != null && members.isSubtype(rt, outer)) {
        return cur;
      }
      cur = outerOf(cur);
    }
    return null;
  }

  /**
   * Declares the instance fields of {@code t} (its superclasses' first) with their first values.
   */
  private void declareFields(TypeRef t, FieldValues fields) {
    FieldValues.Layout l = layout(t);
    fields.declare(l);
    if (!l.hidden().isEmpty()) {
      explainHidden(t, l.hidden());
    }
  }

  /** Records why a field that hides another reads as unknown: at the hiding declaration. */
  private void explainHidden(TypeRef t, java.util.Set<String> hidden) {
    for (TypeRef cur = t; cur != null; cur = types.superType(cur)) {
      for (FieldDeclaration fd : types.instanceFields(cur)) {
        for (VariableDeclarator v : fd.getVariables()) {
          if (hidden.contains(v.getNameAsString())) {
            rec.cause(
                cur.file(),
                v,
                "the field "
                    + v.getNameAsString()
                    + " of "
                    + cur.decl().getNameAsString()
                    + " hides a field of the same name of a superclass: the analysis does not tell"
                    + " the two apart");
            return;
          }
        }
      }
    }
  }

  /** Per class, the layout of its objects' fields, made once per analysis. */
  private final Map<TypeDeclaration<?>, FieldValues.Layout> layouts = new IdentityHashMap<>();

  private FieldValues.Layout layout(TypeRef t) {
    FieldValues.Layout l = layouts.get(t.decl());
    if (l != null) {
      return l;
    }
    TypeRef sup = types.superType(t);
    FieldValues.Layout inherited = sup == null ? FieldValues.Layout.EMPTY : layout(sup);
    // The class whose members are re-parsed keeps its own fields' layout across edits that leave
    // each field's names and first values as they were.
    FieldValues.Layout own =
        t.file()
            .memberSummary(
                t.decl(),
                FIELD_SLOTS,
                n ->
                    n instanceof FieldDeclaration fd && !Types.isStatic(fd, t.decl())
                        ? fieldSlots(t, fd)
                        : NO_SLOTS,
                OWN_LAYOUT,
                FieldSlots::same,
                all -> layoutOf(FieldValues.Layout.EMPTY, all));
    if (own == null) {
      List<FieldSlots> all = new ArrayList<>();
      for (FieldDeclaration fd : types.instanceFields(t)) {
        all.add(t.file().fact(fd, FIELD_SLOTS, n -> fieldSlots(t, (FieldDeclaration) n)));
      }
      l = layoutOf(inherited, all);
    } else {
      l = inherited.names().length == 0 ? own : layoutOf(inherited, List.of(layoutSlots(own)));
    }
    layouts.put(t.decl(), l);
    return l;
  }

  /** The fields of {@code inherited}, then those of {@code slots} (a hiding field in place). */
  private static FieldValues.Layout layoutOf(FieldValues.Layout inherited, List<FieldSlots> slots) {
    java.util.LinkedHashMap<String, Object> fields = new java.util.LinkedHashMap<>();
    for (int i = 0; i < inherited.names().length; i++) {
      fields.put(inherited.names()[i], inherited.initial()[i]);
    }
    java.util.Set<String> hidden = new java.util.HashSet<>(inherited.hidden());
    for (FieldSlots s : slots) {
      for (int i = 0; i < s.names().length; i++) {
        if (inherited.index().containsKey(s.names()[i])) {
          hidden.add(s.names()[i]);
        }
        fields.put(s.names()[i], s.initial()[i]);
      }
    }
    return FieldValues.Layout.of(fields, hidden);
  }

  private static FieldSlots layoutSlots(FieldValues.Layout l) {
    return new FieldSlots(l.names(), l.initial());
  }

  /** The layout of the fields a class declares itself, kept with its members (see above). */
  private static final MemberFact<FieldValues.Layout> OWN_LAYOUT = MemberFact.named("own layout");

  /** The variables an instance field declaration declares, and the value each holds at first. */
  private record FieldSlots(String[] names, Object[] initial) {
    /** The same variables with the same first values (a layout made of one fits the other). */
    static boolean same(FieldSlots a, FieldSlots b) {
      return java.util.Arrays.equals(a.names(), b.names())
          && java.util.Arrays.equals(a.initial(), b.initial());
    }
  }

  /** The slots of a member that is not an instance field: none. */
  private static final FieldSlots NO_SLOTS = new FieldSlots(new String[0], new Object[0]);

  /** Found once per tree of the declaration (nothing else is read: see {@link #fieldSlots}). */
  private static final MemberFact<FieldSlots> FIELD_SLOTS = MemberFact.named("field slots");

  /**
   * Each variable of {@code fd} with its type's default value, or the value of its constant
   * initializer: made of literals and operators only, it reads nothing outside the declaration.
   */
  private FieldSlots fieldSlots(TypeRef t, FieldDeclaration fd) {
    boolean isFinal = fd.isFinal();
    NodeList<VariableDeclarator> vars = fd.getVariables();
    String[] names = new String[vars.size()];
    Object[] initial = new Object[vars.size()];
    for (int i = 0; i < vars.size(); i++) {
      VariableDeclarator v = vars.get(i);
      Object value = defaultValue(v.getType());
      if (isFinal
          && v.getInitializer().isPresent()
          && (v.getType().isPrimitiveType() || v.getType().asString().equals("String"))
          && isConstantExpression(v.getInitializer().get())) {
        // A constant variable (JLS 4.12.4): javac inlines its value wherever it is read, so
        // even code that runs before the initializer (a superclass constructor calling an
        // override) sees it.
        Object c = constantValue(v.getInitializer().get(), new Frame(t.file(), t, null));
        if (c instanceof Long
            || c instanceof Double
            || c instanceof Boolean
            || c instanceof String) {
          value = v.getType() instanceof PrimitiveType pt ? Arith.cast(c, pt) : c;
        }
      }
      names[i] = v.getNameAsString();
      initial[i] = value;
    }
    return new FieldSlots(names, initial);
  }

  /**
   * The value of a constant initializer, its steps not counted: it is worked out once per tree of
   * its declaration (a member fact), so a fresh analysis would count them and one after an edit of
   * another member would not, and the two could end differently at the edge of the step budget.
   * Made of literals and operators, it takes a few steps.
   */
  private Object constantValue(com.github.javaparser.ast.expr.Expression e, Frame f) {
    int counted = steps;
    steps = 0;
    try {
      return expr.eval(e, f);
    } finally {
      steps = counted;
    }
  }

  /**
   * A constant expression made of literals and operators only (JLS 15.29, the part needed here).
   */
  static boolean isConstantExpression(com.github.javaparser.ast.expr.Expression e) {
    if (e.isLiteralExpr()) {
      return !e.isNullLiteralExpr();
    }
    if (e.isEnclosedExpr()) {
      return isConstantExpression(e.asEnclosedExpr().getInner());
    }
    if (e.isUnaryExpr()) {
      return isConstantExpression(e.asUnaryExpr().getExpression());
    }
    if (e.isBinaryExpr()) {
      return isConstantExpression(e.asBinaryExpr().getLeft())
          && isConstantExpression(e.asBinaryExpr().getRight());
    }
    if (e.isCastExpr()) {
      return e.asCastExpr().getType().isPrimitiveType()
          && isConstantExpression(e.asCastExpr().getExpression());
    }
    return false;
  }

  /** Runs the constructor of {@code t} that Java binds {@code args} to, in Java's order. */
  private void construct(Object obj, TypeRef t, List<Overloads.Arg> args) {
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

  private void constructOnce(Object obj, TypeRef t, List<Overloads.Arg> args) {
    List<ConstructorDeclaration> ctors = t.decl().getConstructors();
    ConstructorDeclaration ctor = null;
    boolean varargsCall = false;
    boolean canonical = false;
    Frame f = new Frame(t.file(), t, obj);
    if (t.decl() instanceof RecordDeclaration r) {
      // The candidates: the declared constructors, and the canonical one unless it is declared
      // (the record declaration itself stands for it).
      Overloads.Sig implicit = members.canonical(r);
      List<Object> cands = new ArrayList<>(ctors);
      boolean declared = false;
      for (ConstructorDeclaration c : ctors) {
        declared |=
            members.sig(c).params().size() == implicit.params().size()
                && sameTypes(members.sig(c), implicit);
      }
      if (!declared) {
        cands.add(r);
      }
      Overloads.Choice<Object> choice =
          Overloads.choose(
              cands,
              c -> c == r ? implicit : members.sig((ConstructorDeclaration) c),
              args,
              members,
              false);
      Object chosen = choice.chosen();
      if (chosen == null && !choice.undecided()) {
        chosen =
            byArity(
                cands,
                args.size(),
                c -> c == r ? implicit : members.sig((ConstructorDeclaration) c));
      }
      if (chosen == null) {
        unbound = true;
        return;
      }
      if (chosen == r) {
        // The compact canonical constructor runs on its parameters, then they become the fields.
        int k = r.getParameters().size();
        for (int i = 0; i < k; i++) {
          var p = r.getParameter(i);
          Object v = i < args.size() ? args.get(i).value() : Values.UNKNOWN;
          if (i == k - 1 && p.isVarArgs() && choice.varargsCall()) {
            // A varargs component (int... widths) gets the rest of the arguments as its array.
            List<Object> rest = new ArrayList<>();
            for (int j = i; j < args.size(); j++) {
              rest.add(args.get(j).value());
            }
            v =
                new Values.ArrayValue(
                    rest,
                    p.getType() instanceof PrimitiveType pt
                        ? Overloads.Prim.of(pt.getType())
                        : null);
          }
          f.locals.put(p.getNameAsString(), v);
        }
        for (var compact : r.getCompactConstructors()) {
          runBody(compact.getBody().getStatements(), f);
        }
        Map<String, Object> fields = fieldsOf(obj);
        for (var p : r.getParameters()) {
          fields.put(p.getNameAsString(), f.locals.get(p.getNameAsString()));
        }
        return;
      }
      ctor = (ConstructorDeclaration) chosen;
      varargsCall = choice.varargsCall();
    } else if (!ctors.isEmpty()) {
      Overloads.Choice<ConstructorDeclaration> choice =
          Overloads.choose(ctors, members::sig, args, members, false);
      ctor = choice.chosen();
      varargsCall = choice.varargsCall();
      if (ctor == null && !choice.undecided()) {
        ctor = byArity(ctors, args.size(), members::sig);
      }
      if (ctor == null) {
        unbound = true;
        return;
      }
    }
    List<Statement> body = List.of();
    ExplicitConstructorInvocationStmt explicit = null;
    if (ctor != null) {
      bindParams(ctor, values(args), f, varargsCall);
      body = new ArrayList<>(ctor.getBody().getStatements());
      if (!body.isEmpty() && body.get(0) instanceof ExplicitConstructorInvocationStmt e) {
        explicit = e;
        body = body.subList(1, body.size());
      }
    }
    if (explicit != null && explicit.isThis()) {
      construct(
          obj,
          t,
          Overloads.args(expr.evalArgs(explicit.getArguments(), f), explicit.getArguments()));
    } else {
      List<Object> superArgs =
          explicit == null ? List.of() : expr.evalArgs(explicit.getArguments(), f);
      TypeRef sup = types.superType(t);
      if (sup != null) {
        construct(
            obj, sup, Overloads.args(superArgs, explicit == null ? null : explicit.getArguments()));
      } else if (obj instanceof InterpretedModule m) {
        Class<?> b = types.builtinSuper(t);
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
            shapeError(f.file, explicit, e, DiagnosticCodes.CONFIG, List.of());
          } catch (Throwable e) {
            // An unusual superclass constructor: the delegate, and so the module, stays unknown.
            m.incomplete = true;
          }
        }
      }
      initFields(obj, t);
    }
    runBody(body, f);
  }

  /**
   * When no constructor is applicable to the arguments as the analysis types them (half-typed code,
   * or a value whose type it cannot tell): the only one taking that many arguments, or null.
   */
  private static <C> C byArity(
      List<C> cands, int n, java.util.function.Function<C, Overloads.Sig> sig) {
    C found = null;
    for (C c : cands) {
      if (sig.apply(c).params().size() == n && !sig.apply(c).varargs()) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  private static boolean sameTypes(Overloads.Sig a, Overloads.Sig b) {
    for (int i = 0; i < a.params().size(); i++) {
      if (!a.params().get(i).sameAs(b.params().get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Set when no constructor of an object being built could be chosen (an unknown argument the
   * choice depends on, or none that takes the arguments): {@link #instantiate} then gives unknown.
   */
  private boolean unbound;

  static List<Object> values(List<Overloads.Arg> args) {
    List<Object> out = new ArrayList<>(args.size());
    for (Overloads.Arg a : args) {
      out.add(a.value());
    }
    return out;
  }

  /**
   * The instance variable initializers and instance initializer blocks of {@code t}, in textual
   * order (JLS 12.5), each in a frame of its own.
   */
  private void initFields(Object obj, TypeRef t) {
    Map<String, Object> fields = fieldsOf(obj);
    for (BodyDeclaration<?> m : types.instanceInitializers(t)) {
      Frame f = new Frame(t.file(), t, obj);
      if (m instanceof FieldDeclaration fd) {
        for (VariableDeclarator v : fd.getVariables()) {
          if (v.getInitializer().isPresent()) {
            var init = v.getInitializer().get();
            fields.put(
                v.getNameAsString(),
                expr.converted(stmts.hintValue(init, f, expr.eval(init, f)), v.getType(), init));
          }
        }
      } else if (m instanceof InitializerDeclaration id) {
        runBody(List.of(id.getBody()), f);
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
    bindParams(
        m,
        args,
        f,
        !(args.size() == m.getParameters().size()
            && !args.isEmpty()
            && (args.get(args.size() - 1) instanceof Values.ArrayValue
                || Values.isUnknown(args.get(args.size() - 1)))));
  }

  /**
   * Binds arguments to parameters; {@code varargsCall}: the trailing arguments are collected into
   * the variable-arity parameter's array, else the last argument is that array (JLS 15.12.4.2).
   */
  void bindParams(CallableDeclaration<?> m, List<Object> args, Frame f, boolean varargsCall) {
    var params = m.getParameters();
    for (int i = 0; i < params.size(); i++) {
      var p = params.get(i);
      if (p.isVarArgs() && !varargsCall) {
        f.locals.put(p.getNameAsString(), i < args.size() ? args.get(i) : Values.UNKNOWN);
      } else if (p.isVarArgs()) {
        List<Object> rest = new ArrayList<>();
        {
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
    return invokeUser(t, m, self, args, null);
  }

  /** As above; {@code varargsCall}: how the arguments bind (null: from their values). */
  Object invokeUser(
      TypeRef t, MethodDeclaration m, Object self, List<Object> args, Boolean varargsCall) {
    if (m.getBody().isEmpty() || depth > 48) {
      return Values.UNKNOWN;
    }
    depth++;
    try {
      Frame f = new Frame(t.file(), t, self);
      if (varargsCall == null) {
        bindParams(m, args, f);
      } else {
        bindParams(m, args, f, varargsCall);
      }
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
      Object out = callUser(owner, im, "forward", Overloads.args(args), true);
      if (out != NO_METHOD) {
        // The user's forward ran.
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

  /**
   * Records {@code d}. An error inside a class of another file (a block in its own file) is also
   * reported at the call in the model's file that led to it, as the top frame of PyTorch's
   * traceback: who edits the model sees it there, with where it happened.
   */
  /**
   * The simple names of the classes the catch clauses of the try statements being run name,
   * innermost first.
   */
  final Deque<java.util.Set<String>> catching = new ArrayDeque<>();

  /**
   * Whether a try statement being run has a catch clause for an exception of class {@code c} (its
   * class or a superclass): there, the exception goes to that clause, as on the JVM.
   */
  boolean caught(Class<?> c) {
    for (Class<?> k = catching.isEmpty() ? null : c; k != null; k = k.getSuperclass()) {
      for (java.util.Set<String> names : catching) {
        if (names.contains(k.getSimpleName())) {
          return true;
        }
      }
    }
    return false;
  }

  void report(Diagnostic d) {
    if (d.severity() == Severity.ERROR && caught(ShapeError.class)) {
      // A shape error inside a try whose clause catches it: the exception that clause takes.
      throw new Signals.UserThrow("ShapeError", null, null);
    }
    if (!rec.diagnostic(d) || d.severity() != Severity.ERROR || d.path().equals(root.path())) {
      return;
    }
    Site site = siteIn(root.path());
    ParsedFile where = ws.file(d.path());
    TextRange r = site == null ? null : root.range(site.node());
    if (r == null || where == null) {
      return;
    }
    String name = fileName(d.path());
    int line = where.lines().line(d.range().start()) + 1;
    rec.echo(
        new Diagnostic(
            root.path(),
            r,
            d.severity(),
            d.code(),
            d.message() + " (in " + name + ":" + line + ")",
            d.fixes()));
  }

  /** Reports a rule's error at {@code node}: a warning while evaluating speculatively. */
  void shapeError(ParsedFile file, Node node, ShapeError e, String code, List<Fix> fixes) {
    TextRange r = node == null ? null : file.range(node);
    if (r == null) {
      r = new TextRange(0, 0);
    }
    report(
        new Diagnostic(
            file.path(),
            r,
            speculative > 0 ? Severity.WARNING : Severity.ERROR,
            code,
            e.getMessage(),
            fixes));
  }

  /** The file name of a path ({@code Block.java}), as messages name another file. */
  static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
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

  /**
   * The variable a simple name that is not a local means (JLS 6.5.6.1): a field of the object (its
   * class's or inherited), a static field of its type or supertypes (interface constants too), then
   * the same in each lexically enclosing class, with the enclosing instance's fields and, for a
   * local class, the enclosing method's locals.
   */
  Optional<Object> field(Frame f, String name) {
    Map<String, Object> where = fieldHolder(f, name);
    if (where == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(where.get(name)).or(() -> Optional.of(NULL));
  }

  /** The map that holds the variable {@code name} resolves to from {@code f}, or null. */
  Map<String, Object> fieldHolder(Frame f, String name) {
    Object self = f.self;
    TypeRef type = f.type;
    if (type == null) {
      Map<String, Object> fields = self == null ? null : fieldsOf(self);
      return fields != null && fields.containsKey(name) ? fields : null;
    }
    for (int level = 0; type != null && level < 16; level++) {
      Map<String, Object> fields = self == null ? null : fieldsOf(self);
      if (fields != null && fields.containsKey(name)) {
        return fields;
      }
      for (TypeRef t : members.supertypes(type)) {
        Map<String, Object> s = statics(t);
        if (s.containsKey(name)) {
          return s;
        }
      }
      Map<String, Object> captured = self == null ? null : capturedOf(self);
      if (captured != null && captured.containsKey(name)) {
        return captured;
      }
      boolean inner = members.isInner(type);
      type = members.enclosing(type);
      self = inner ? outerOf(self) : null;
    }
    for (TypeRef t : types.staticImports(f.type, name)) {
      for (TypeRef st : members.supertypes(t)) {
        Map<String, Object> s = statics(st);
        if (s.containsKey(name)) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * A call of {@code name} with no target, from code in {@code f} (JLS 15.12.1): the innermost
   * class (from the code's own outward) with a method of that name decides, with the object of that
   * class as target ({@code this} or an enclosing instance); null when none has one.
   */
  Object callUnqualified(String name, List<Overloads.Arg> args, Frame f) {
    Object self = f.self;
    TypeRef type = f.type;
    for (int level = 0; type != null && level < 16; level++) {
      if (!members.methods(type, name).isEmpty() || isImplicitMember(type, name)) {
        return callUser(type, self, name, args, true);
      }
      Class<?> b = types.builtinSuper(type);
      if (b != null && Calls.hasMethod(b, name)) {
        // Inherited from an nn class: the caller calls it on this object's built-in part; on an
        // enclosing instance's, it is not known.
        return level == 0 ? NO_METHOD : Values.UNKNOWN;
      }
      boolean inner = members.isInner(type);
      type = members.enclosing(type);
      self = inner ? outerOf(self) : null;
    }
    for (TypeRef t : types.staticImports(f.type, name)) {
      if (!members.methods(t, name).isEmpty()) {
        return callUser(t, null, name, args, false);
      }
    }
    return NO_METHOD;
  }

  private static boolean isImplicitMember(TypeRef t, String name) {
    return t.decl() instanceof EnumDeclaration && ENUM_MEMBERS.containsKey(name);
  }

  /**
   * The members every enum has without declaring them, with the arguments {@code Type::name} gives
   * each: {@code values()} none, {@code valueOf(s)} one, a constant's {@code name()} and {@code
   * ordinal()} the constant.
   */
  private static final Map<String, Integer> ENUM_MEMBERS =
      Map.of("values", 0, "valueOf", 1, "ordinal", 1, "name", 1);

  /**
   * Whether {@code Type::name} of a member every record, enum or object has without declaring it
   * takes {@code n} arguments: a record's accessor on the first argument, an enum's implicit
   * members ({@link #ENUM_MEMBERS}, {@code compareTo} on two constants), an object's {@code
   * toString}, {@code hashCode} and {@code equals}.
   */
  static boolean implicitReferenceTakes(TypeDeclaration<?> decl, String name, int n) {
    if (decl instanceof RecordDeclaration r
        && n == 1
        && r.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
      return true;
    }
    if (decl instanceof EnumDeclaration
        && (Integer.valueOf(n).equals(ENUM_MEMBERS.get(name))
            || (name.equals("compareTo") && n == 2))) {
      return true;
    }
    return switch (name) {
      case "toString", "hashCode" -> n == 1;
      case "equals" -> n == 2;
      default -> false;
    };
  }

  /** What {@link #callUser} gives when no user method (nor implicit member) answers. */
  static final Object NO_METHOD = new Object();

  /**
   * Calls {@code name} as Java binds it in type {@code t} (JLS 15.12.2) on {@code receiver} (null
   * for a static call); {@code virtual}: an instance method runs the receiver's runtime class's
   * override (not for {@code super.m()}). Records' implicit accessors and enums' implicit members
   * answer when no declared method does. Unknown when the binding depends on an unknown argument;
   * {@link #NO_METHOD} when nothing answers.
   */
  Object callUser(
      TypeRef t, Object receiver, String name, List<Overloads.Arg> args, boolean virtual) {
    Overloads.Choice<Members.Method> c = members.resolve(t, name, args);
    if (c.undecided()) {
      return Values.UNKNOWN;
    }
    if (c.chosen() == null) {
      return implicitMember(t, receiver, name, values(args));
    }
    Members.Method m = c.chosen();
    if (virtual && receiver != null && !m.decl().isStatic() && !m.decl().isPrivate()) {
      MethodDeclaration body =
          receiver instanceof Values.EnumValue ev ? constantBody(ev, m.decl()) : null;
      m =
          body != null
              ? new Members.Method(m.owner(), body)
              : members.override(members.typeOfValue(receiver), m);
    }
    if ((receiver instanceof Values.Closure || receiver instanceof Values.MethodRef)
        && m.decl().getBody().isEmpty()
        && !m.decl().isStatic()) {
      // The abstract method of a functional interface of the workspace, on the lambda or method
      // reference that implements it (a default method's apply(b), with the lambda as this).
      return Functions.apply(this, expr, receiver, values(args));
    }
    Object self = m.decl().isStatic() ? null : receiver;
    return invokeUser(m.owner(), m.decl(), self, values(args), c.varargsCall());
  }

  /** The method of an enum constant's class body that overrides {@code m}, or null. */
  private static MethodDeclaration constantBody(Values.EnumValue ev, MethodDeclaration m) {
    for (BodyDeclaration<?> b : ev.constant.getClassBody()) {
      if (b instanceof MethodDeclaration cm
          && cm.getNameAsString().equals(m.getNameAsString())
          && cm.getParameters().size() == m.getParameters().size()
          && cm.getBody().isPresent()) {
        return cm;
      }
    }
    return null;
  }

  /**
   * Members every record and enum has without declaring them (JLS 8.10.3, 8.9.3, 8.9.2): a record's
   * component accessors; an enum's values(), valueOf(String), and its constants' name(), ordinal(),
   * toString() and compareTo(E).
   */
  private Object implicitMember(TypeRef t, Object receiver, String name, List<Object> args) {
    if (t.decl() instanceof RecordDeclaration r
        && args.isEmpty()
        && receiver instanceof ObjectValue o) {
      for (var p : r.getParameters()) {
        if (p.getNameAsString().equals(name)) {
          return o.fields.get(name);
        }
      }
    }
    if (t.decl() instanceof EnumDeclaration) {
      if (name.equals("values") && args.isEmpty()) {
        return new Values.ArrayValue(enumConstants(t));
      }
      if (name.equals("valueOf") && args.size() == 1) {
        if (!(args.get(0) instanceof String s)) {
          return Values.UNKNOWN;
        }
        Object c = statics(t).get(s);
        return c instanceof Values.EnumValue ? c : Values.UNKNOWN;
      }
      if (receiver instanceof Values.EnumValue ev) {
        switch (name) {
          case "name", "toString":
            return args.isEmpty() ? ev.name : NO_METHOD;
          case "ordinal":
            return args.isEmpty() ? (Object) (long) ev.ordinal : NO_METHOD;
          case "compareTo":
            return args.size() == 1 && args.get(0) instanceof Values.EnumValue o
                ? (Object) (long) (ev.ordinal - o.ordinal)
                : Values.UNKNOWN;
          case "equals":
            return args.size() == 1 && !Values.isUnknown(args.get(0))
                ? (Object) (ev == args.get(0))
                : Values.UNKNOWN;
          default:
            return NO_METHOD;
        }
      }
    }
    return NO_METHOD;
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

  /** {@link #isTainted} as it answers now, for use after the run. */
  java.util.function.Predicate<Module> taintedNow() {
    if (tainted.isEmpty()) {
      return m -> false;
    }
    Map<Module, dev.shapesense.analyzer.UnknownShape> now = new IdentityHashMap<>(tainted);
    return m -> taintOf(now, m) != null;
  }

  private dev.shapesense.analyzer.UnknownShape taintOf(Module m) {
    return taintOf(tainted, m);
  }

  private static dev.shapesense.analyzer.UnknownShape taintOf(
      Map<Module, dev.shapesense.analyzer.UnknownShape> tainted, Module m) {
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

    /**
     * What a lambda created here captures (JLS 15.27.2): the locals as they are now, which are
     * effectively final; later blocks ending or reassigning do not change them.
     */
    Frame captured() {
      Frame c = new Frame(file, type, self);
      c.locals = new LinkedHashMap<>(locals);
      return c;
    }
  }

  static BlockStmt bodyOf(MethodDeclaration m) {
    return m.getBody().orElse(new BlockStmt());
  }
}
