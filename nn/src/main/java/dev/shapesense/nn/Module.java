package dev.shapesense.nn;

import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.CostRules;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of every layer and model ({@code torch.nn.Module}). Submodules are the fields holding a
 * module (in declaration order, superclass fields first) and then those registered with {@link
 * #addModule}; parameters likewise. Built-in layers register theirs under PyTorch's names. A module
 * declares its own {@code forward}; {@link #call} invokes it and runs the forward hooks. Not
 * thread-safe, as in PyTorch.
 */
public abstract class Module {
  private static final String BUILTIN_PACKAGE = Module.class.getPackageName();
  private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
  private static final ClassValue<List<Forward>> FORWARDS =
      new ClassValue<>() {
        @Override
        protected List<Forward> computeValue(Class<?> type) {
          return forwardCandidates(type);
        }
      };

  private final LinkedHashMap<String, Module> registered = new LinkedHashMap<>();
  private final LinkedHashMap<String, Parameter> params = new LinkedHashMap<>();
  private final LinkedHashMap<String, Tensor> buffers = new LinkedHashMap<>();
  private final List<ForwardHook> hooks = new ArrayList<>();
  private boolean training = true;

  /**
   * While above 0, a user's own {@code forward} of this module is running and will fire the hooks
   * when it returns: a built-in forward it calls ({@code super.forward(x)} in a {@code Sequential}
   * subclass) does not fire them too. PyTorch fires them once per call.
   */
  private int userForwardRunning;

  // ---------------------------------------------------------------------------------------------
  // Registration.

  /** Registers {@code module} as a child named {@code name} ({@code add_module}). */
  public <M extends Module> M addModule(String name, M module) {
    if (name.contains(".")) {
      throw new ShapeError("KeyError", "module name can't contain \".\", got: " + name);
    }
    registered.put(name, module);
    return module;
  }

  /**
   * Registers a buffer ({@code register_buffer}): state that is not a parameter, so it counts in no
   * parameter total. Returns the tensor, for assigning to a field.
   */
  public Tensor registerBuffer(String name, Tensor tensor) {
    if (name.contains(".")) {
      throw new ShapeError("KeyError", "buffer name can't contain \".\"");
    }
    buffers.put(name, tensor);
    return tensor;
  }

  /** This module's own buffers with their names, in registration order. */
  public Map<String, Tensor> namedBuffers() {
    return Collections.unmodifiableMap(buffers);
  }

  /** Registers (or with null, removes) a parameter under PyTorch's name. */
  protected Parameter registerParameter(String name, Parameter p) {
    if (p == null) {
      params.remove(name);
    } else {
      params.put(name, p);
      if (p.fresh && p.hasData()) {
        p.fresh = false;
        initialise(name, p);
      }
    }
    return p;
  }

  /**
   * Gives a new CPU parameter its initial values, as the module's {@code reset_parameters} does: by
   * default a {@code weight} of 2+ dims is kaiming-uniform (bound 1/sqrt(fan_in)), a 1-d one is
   * ones, a {@code bias} after such a weight is uniform with the same bound, else zeros. Modules
   * with other rules override this; it runs during construction, so an override may use only fields
   * set before the parameter is registered.
   */
  protected void initialise(String name, Parameter p) {
    if (name.equals("bias")) {
      Parameter w = params.get("weight");
      if (w != null && w.dim() >= 2 && Init.fanIn(w) > 0) {
        Init.uniform(p, 1 / Math.sqrt(Init.fanIn(w)));
      }
    } else if (name.contains("weight")) {
      if (p.dim() >= 2) {
        Init.kaimingUniform(p);
      } else {
        Init.fill(p, 1);
      }
    }
  }

  /** The direct children with their names: fields first, then registrations. */
  public Map<String, Module> namedChildren() {
    Map<String, Module> out = new LinkedHashMap<>();
    for (Field f : userFields(getClass())) {
      Object v = read(f);
      if (v instanceof Module m) {
        out.put(f.getName(), m);
      }
    }
    out.putAll(registered);
    return out;
  }

  /**
   * Whether the module has a child: {@code !namedChildren().isEmpty()}, without building the map (a
   * layer's multiply-adds and statistics ask at every call). A subclass overriding {@link
   * #namedChildren} overrides this to agree with it.
   */
  public boolean hasChildren() {
    if (!registered.isEmpty()) {
      return true;
    }
    for (Field f : userFields(getClass())) {
      if (read(f) instanceof Module) {
        return true;
      }
    }
    return false;
  }

  public List<Module> children() {
    return new ArrayList<>(namedChildren().values());
  }

  /**
   * Every module in the tree, the module itself first, each once, in the order of {@link
   * #namedModules} (PyTorch's {@code modules()}): without building the names, for a walk that needs
   * none.
   */
  public List<Module> modules() {
    List<Module> out = new ArrayList<>();
    collectModules(this, out, Collections.newSetFromMap(new IdentityHashMap<>()));
    return out;
  }

  private static void collectModules(Module m, List<Module> out, Set<Module> seen) {
    if (!seen.add(m)) {
      return;
    }
    out.add(m);
    if (!m.hasChildren()) {
      return;
    }
    for (Module c : m.children()) {
      collectModules(c, out, seen);
    }
  }

  /**
   * Every module in the tree with PyTorch's dotted names, the module itself first as {@code ""}; a
   * module reachable twice is listed once, at its first name.
   */
  public Map<String, Module> namedModules() {
    Map<String, Module> out = new LinkedHashMap<>();
    collect("", this, out, Collections.newSetFromMap(new IdentityHashMap<>()));
    return out;
  }

  private static void collect(String prefix, Module m, Map<String, Module> out, Set<Module> seen) {
    if (!seen.add(m)) {
      return;
    }
    out.put(prefix, m);
    if (!m.hasChildren()) {
      return;
    }
    for (var e : m.namedChildren().entrySet()) {
      collect(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out, seen);
    }
  }

  /** This module's own parameters (not its children's) with their names. */
  public Map<String, Parameter> namedOwnParameters() {
    Map<String, Parameter> out = new LinkedHashMap<>();
    for (Field f : userFields(getClass())) {
      if (read(f) instanceof Parameter p) {
        out.put(f.getName(), p);
      }
    }
    out.putAll(params);
    return out;
  }

  /** The own parameter named {@code name}, as {@code namedOwnParameters().get(name)}. */
  protected Parameter ownParameter(String name) {
    Parameter p = params.get(name);
    if (p != null || userFields(getClass()).isEmpty()) {
      return p;
    }
    return namedOwnParameters().get(name);
  }

  /** All parameters with dotted names, each once. */
  public Map<String, Parameter> namedParameters() {
    Map<String, Parameter> out = new LinkedHashMap<>();
    if (!hasChildren()) {
      // A layer without children (its multiply-adds ask at every call): its own, each once.
      List<Parameter> seen = new ArrayList<>(2);
      for (var p : namedOwnParameters().entrySet()) {
        if (!containsIdentical(seen, p.getValue())) {
          seen.add(p.getValue());
          out.put(p.getKey(), p.getValue());
        }
      }
      return out;
    }
    Set<Parameter> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (var m : namedModules().entrySet()) {
      for (var p : m.getValue().namedOwnParameters().entrySet()) {
        if (seen.add(p.getValue())) {
          out.put(m.getKey().isEmpty() ? p.getKey() : m.getKey() + "." + p.getKey(), p.getValue());
        }
      }
    }
    return out;
  }

  public List<Parameter> parameters() {
    return new ArrayList<>(namedParameters().values());
  }

  /** The number of parameter elements, as a possibly symbolic expression. */
  public Dim parameterSize() {
    return parameterTotals().size();
  }

  /** The number of elements of the parameters that require grad, children included. */
  public Dim trainableParameterSize() {
    return parameterTotals().trainable();
  }

  /**
   * The bytes of all parameters, children included ({@code element_size() * numel} each).
   *
   * @throws ArithmeticException when they pass 2^63
   */
  public Dim parameterBytes() {
    Dim bytes = parameterTotals().bytes();
    if (bytes == null) {
      throw new ArithmeticException("long overflow");
    }
    return bytes;
  }

  /**
   * {@link #parameterSize}, {@link #trainableParameterSize} and {@link #parameterBytes} at once;
   * {@code bytes} is null when it passes 2^63 (absurd sizes) though the element counts do not.
   */
  public record ParameterTotals(Dim size, Dim trainable, Dim bytes) {}

  /**
   * The three parameter totals in one walk of the tree, each parameter once, as {@link
   * #namedParameters} lists them but without building their dotted names.
   */
  public ParameterTotals parameterTotals() {
    Totals t = new Totals();
    if (!hasChildren()) {
      // A layer without children (most calls ask of one): its own parameters, each once.
      List<Parameter> seen = new ArrayList<>(2);
      for (Parameter p : namedOwnParameters().values()) {
        if (!containsIdentical(seen, p)) {
          seen.add(p);
          t.add(p);
        }
      }
      return t.result();
    }
    Set<Module> seenModules = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Parameter> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Module> todo = new ArrayDeque<>();
    todo.push(this);
    while (!todo.isEmpty()) {
      Module m = todo.pop();
      if (!seenModules.add(m)) {
        continue;
      }
      for (Parameter p : m.namedOwnParameters().values()) {
        if (seen.add(p)) {
          t.add(p);
        }
      }
      if (m.hasChildren()) {
        List<Module> children = m.children();
        for (int i = children.size() - 1; i >= 0; i--) {
          todo.push(children.get(i));
        }
      }
    }
    return t.result();
  }

  private static boolean containsIdentical(List<Parameter> list, Parameter p) {
    for (Parameter q : list) {
      if (q == p) {
        return true;
      }
    }
    return false;
  }

  /** The running sums of {@link #parameterTotals}. */
  private static final class Totals {
    private Dim size = Dim.of(0);
    private Dim trainable = Dim.of(0);
    private Dim bytes = Dim.of(0);

    void add(Parameter p) {
      Dim numel = p.shape().numel();
      size = size.plus(numel);
      if (p.requiresGrad()) {
        trainable = trainable.plus(numel);
      }
      try {
        bytes = bytes == null ? null : bytes.plus(CostRules.bytes(p.shape(), p.dtype()));
      } catch (ArithmeticException e) {
        bytes = null;
      }
    }

    ParameterTotals result() {
      return new ParameterTotals(size, trainable, bytes);
    }
  }

  /**
   * The multiply-adds of one call of this layer that gave {@code output} (the first tensor of a
   * tuple output), as torchinfo 1.8.0's {@code LayerInfo.calculate_macs} counts them from the
   * parameters: a {@code weight} or {@code bias} counts {@link CostRules#perBatch}, another
   * parameter whose name contains either word (a recurrent layer's {@code weight_ih_l0}) {@link
   * CostRules#perStep}. Convolutions override it. Meaningful for a layer without children.
   */
  public Dim multAdds(Shape output) {
    Dim n = Dim.of(0);
    for (var e : namedParameters().entrySet()) {
      String name = e.getKey();
      Dim numel = e.getValue().shape().numel();
      if (name.equals("weight") || name.equals("bias")) {
        n = n.plus(CostRules.perBatch(numel, output));
      } else if (name.contains("weight") || name.contains("bias")) {
        n = n.plus(CostRules.perStep(numel, output));
      }
    }
    return n;
  }

  /** The number of parameter elements ({@code sum(p.numel() for p in m.parameters())}). */
  public long parameterCount() {
    return parameterSize().value();
  }

  // ---------------------------------------------------------------------------------------------
  // Mode and device.

  /** Training mode for this module and its children. */
  public Module train(boolean mode) {
    for (Module m : namedModules().values()) {
      m.training = mode;
    }
    return this;
  }

  public Module train() {
    return train(true);
  }

  public Module eval() {
    return train(false);
  }

  public boolean isTraining() {
    return training;
  }

  /** Moves every parameter to {@code device}, in place. */
  public Module to(Device device) {
    for (Parameter p : namedParameters().values()) {
      p.move(device);
    }
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Calling.

  /** Registers a hook run each time this module's forward returns. */
  public ForwardHook.Handle registerForwardHook(ForwardHook hook) {
    hooks.add(hook);
    return () -> hooks.remove(hook);
  }

  /**
   * Runs this module's {@code forward} on {@code inputs} and then its forward hooks (PyTorch's
   * {@code module(*inputs)}). The forward must return a Tensor; a forward returning a record or a
   * list is called directly.
   */
  public Tensor call(Object... inputs) {
    Object out = callForward(inputs);
    if (out instanceof Tensor t) {
      return t;
    }
    throw new ShapeError(
        "TypeError",
        getClass().getSimpleName()
            + ".forward returns "
            + (out == null ? "null" : out.getClass().getSimpleName())
            + ", not a Tensor: call forward directly");
  }

  /** As {@link #call}, for a forward of any result type. */
  public Object callForward(Object... inputs) {
    Forward f = findForward(getClass(), inputs);
    Object out;
    if (!f.builtin()) {
      userForwardRunning++;
    }
    try {
      out = f.method().invoke(this, inputs);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ShapeError se) {
        throw se.origin(this, inputs.clone());
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } finally {
      if (!f.builtin()) {
        userForwardRunning--;
      }
    }
    // Built-in layers run their hooks inside forward, so direct forward calls fire them too.
    if (!f.builtin()) {
      fire(out, inputs);
    }
    return out;
  }

  /**
   * Runs the forward hooks; built-in layers end their forward with it. Trailing null inputs are
   * left out: they are optional arguments the caller did not give ({@code lstm.forward(x)} hooks
   * see {@code (x)}, as PyTorch's do).
   */
  protected final <T> T fire(T output, Object... inputs) {
    if (hooks.isEmpty() || userForwardRunning > 0) {
      return output;
    }
    int n = inputs.length;
    while (n > 0 && inputs[n - 1] == null) {
      n--;
    }
    Object[] given = n == inputs.length ? inputs : java.util.Arrays.copyOf(inputs, n);
    for (ForwardHook h : List.copyOf(hooks)) {
      h.hook(this, given, output);
    }
    return output;
  }

  private static Forward findForward(Class<?> cls, Object[] inputs) {
    // The candidates are looked up once per class; a call only checks argument types.
    for (Forward f : FORWARDS.get(cls)) {
      if (f.types().length == inputs.length && accepts(f.types(), inputs)) {
        return f;
      }
    }
    throw new ShapeError(
        "TypeError",
        cls.getSimpleName()
            + ".forward() takes no "
            + inputs.length
            + " argument(s) of these types");
  }

  /** A {@code forward} method, its parameter types, and whether a built-in layer declares it. */
  private record Forward(Method method, Class<?>[] types, boolean builtin) {}

  /**
   * Every {@code forward} of a class in the order a call tries them: the public ones ({@code
   * getMethods()}) first, then the declared ones from the class up its superclasses, each made
   * accessible.
   */
  private static List<Forward> forwardCandidates(Class<?> cls) {
    List<Method> out = new ArrayList<>();
    for (Method m : cls.getMethods()) {
      if (m.getName().equals("forward")) {
        out.add(m);
      }
    }
    for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals("forward")) {
          out.add(m);
        }
      }
    }
    List<Forward> forwards = new ArrayList<>();
    for (Method m : out) {
      m.trySetAccessible();
      forwards.add(
          new Forward(
              m,
              m.getParameterTypes(),
              m.getDeclaringClass().getPackageName().equals(BUILTIN_PACKAGE)));
    }
    return List.copyOf(forwards);
  }

  private static boolean accepts(Class<?>[] types, Object[] args) {
    for (int i = 0; i < types.length; i++) {
      Object a = args[i];
      Class<?> t = types[i];
      if (a == null) {
        if (t.isPrimitive()) {
          return false;
        }
      } else if (!box(t).isInstance(a)) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> box(Class<?> t) {
    if (!t.isPrimitive()) {
      return t;
    }
    if (t == int.class) {
      return Integer.class;
    }
    if (t == long.class) {
      return Long.class;
    }
    if (t == boolean.class) {
      return Boolean.class;
    }
    if (t == double.class) {
      return Double.class;
    }
    if (t == float.class) {
      return Float.class;
    }
    return Object.class;
  }

  // ---------------------------------------------------------------------------------------------
  // Printing.

  /** The arguments PyTorch prints inside the parentheses, e.g. {@code 3, 6, kernel_size=(5, 5)}. */
  protected String extraRepr() {
    return "";
  }

  /** The module as PyTorch prints it. */
  @Override
  public String toString() {
    Map<String, Module> kids = namedChildren();
    String name = getClass().getSimpleName();
    if (kids.isEmpty()) {
      return name + "(" + extraRepr() + ")";
    }
    StringBuilder sb = new StringBuilder(name).append("(\n");
    String extra = extraRepr();
    if (!extra.isEmpty()) {
      sb.append("  ").append(extra).append('\n');
    }
    for (var e : kids.entrySet()) {
      String child = e.getValue().toString().replace("\n", "\n  ");
      sb.append("  (").append(e.getKey()).append("): ").append(child).append('\n');
    }
    return sb.append(')').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Reflection over user fields.

  private static List<Field> userFields(Class<?> cls) {
    return FIELDS.computeIfAbsent(
        cls,
        c -> {
          List<Class<?>> chain = new ArrayList<>();
          for (Class<?> k = c; k != null && k != Module.class; k = k.getSuperclass()) {
            chain.add(0, k);
          }
          List<Field> out = new ArrayList<>();
          for (Class<?> k : chain) {
            if (k.getPackageName().equals(BUILTIN_PACKAGE)) {
              continue;
            }
            for (Field f : k.getDeclaredFields()) {
              if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                continue;
              }
              if (Module.class.isAssignableFrom(f.getType())
                  || Parameter.class.isAssignableFrom(f.getType())
                  || f.getType() == Object.class) {
                f.setAccessible(true);
                out.add(f);
              }
            }
          }
          return List.copyOf(out);
        });
  }

  private Object read(Field f) {
    try {
      return f.get(this);
    } catch (IllegalAccessException e) {
      return null;
    }
  }
}
