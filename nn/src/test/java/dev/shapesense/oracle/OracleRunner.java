package dev.shapesense.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shapesense.nn.F;
import dev.shapesense.nn.Module;
import dev.shapesense.nn.TupleOutput;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import dev.shapesense.tensor.UndecidableShapeException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs one oracle case through the Java API as a user would write it: {@code nn.Conv2d(3, 6, 5,
 * stride=2)} becomes {@code new Conv2d(3, 6, 5).stride(2)}, {@code F.max_pool2d(x, 2)} becomes
 * {@code F.maxPool2d(x, 2)}, {@code x.view(2, -1)} becomes {@code x.view(2, -1)}.
 */
final class OracleRunner {
  /** What happened: a JSON output, or a ShapeError raised in a phase. */
  sealed interface Outcome {}

  record Output(JsonNode value) implements Outcome {}

  record Failure(String phase, String message, String pythonType) implements Outcome {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final Signatures signatures;

  OracleRunner(Signatures signatures) {
    this.signatures = signatures;
  }

  /**
   * Runs {@code c} with its inputs given as shapes; {@code toJson} renders result shapes (concrete
   * runs print them, symbolic runs substitute values first).
   */
  Outcome run(OracleCase c, List<Shape> inputShapes, Function<Shape, JsonNode> toJson)
      throws Exception {
    List<Tensor> inputs = new ArrayList<>();
    for (int i = 0; i < inputShapes.size(); i++) {
      inputs.add(Tensors.empty(Device.META, DType.parse(c.dtypes().get(i)), inputShapes.get(i)));
    }
    String[] phase = {"construct"};
    try {
      return new Output(render(invoke(c, inputs, phase), toJson));
    } catch (ShapeError e) {
      return new Failure(phase[0], e.getMessage(), e.pythonType());
    } catch (UndecidableShapeException e) {
      return new Failure(phase[0], "undecidable: " + e.getMessage(), "Undecidable");
    }
  }

  /**
   * Runs {@code c} on the given input tensors (any device) and returns what the call returned;
   * modules are built on the current default device. {@code phase[0]} tracks construct/forward.
   */
  Object invoke(OracleCase c, List<Tensor> inputs, String[] phase) throws Exception {
    switch (c.kind()) {
      case "module" -> {
        Module m = construct(c);
        phase[0] = "forward";
        return forward(c, m, inputs);
      }
      case "function" -> {
        phase[0] = "forward";
        return function(c, inputs);
      }
      case "method" -> {
        phase[0] = "forward";
        return method(c, inputs);
      }
      default -> throw new IllegalStateException("unknown kind " + c.kind());
    }
  }

  static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        up = sb.length() > 0;
      } else {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return sb.toString();
  }

  private Module construct(OracleCase c) throws Exception {
    Class<?> cls = Class.forName("dev.shapesense.nn." + c.op());
    List<Constructor<?>> ctors = Arrays.asList(cls.getConstructors());
    var bound = Convert.bind(ctors, List.of(), c.args());
    if (bound == null) {
      throw new IllegalStateException("no constructor of " + c.op() + " takes " + c.args());
    }
    Module m = (Module) invoke(bound.target(), null, bound.args());
    for (var kw : c.kwargs().entrySet()) {
      String name = camel(kw.getKey());
      List<Method> setters = methods(cls, name, false);
      var b = Convert.bind(setters, List.of(), List.of(kw.getValue()));
      if (b == null) {
        throw new IllegalStateException(
            c.op() + " has no fluent ." + name + "(" + kw.getValue() + ")");
      }
      invoke(b.target(), m, b.args());
    }
    m.train(c.training());
    return m;
  }

  private Object forward(OracleCase c, Module m, List<Tensor> inputs) throws Exception {
    List<Object> positional = new ArrayList<>();
    if (c.inputStructure() != null) {
      flatten(c.inputStructure(), inputs, positional);
    } else {
      positional.addAll(inputs);
    }
    Map<String, JsonNode> kw = new LinkedHashMap<>(c.forwardKwargs());
    for (var e : c.inputKwargs().entrySet()) {
      positional.remove(inputs.get(e.getValue()));
    }
    List<Object> args = positional;
    if (!c.inputKwargs().isEmpty() || !kw.isEmpty()) {
      var params = signatures.get(c.op() + ".forward");
      args = Signatures.positional(params, positional, kw, c.op() + ".forward");
      List<Object> full = new ArrayList<>(args);
      Map<String, Object> byName = new LinkedHashMap<>();
      for (var e : c.inputKwargs().entrySet()) {
        byName.put(e.getKey(), inputs.get(e.getValue()));
      }
      byName.putAll(c.forwardKwargs());
      for (var e : byName.entrySet()) {
        int idx = indexOf(params, e.getKey());
        while (full.size() <= idx) {
          full.add(params.get(full.size()).dflt());
        }
        full.set(idx, e.getValue());
      }
      args = full;
    }
    boolean withIndices =
        c.kwargs().containsKey("return_indices") && c.kwargs().get("return_indices").asBoolean();
    String name = withIndices ? "forwardWithIndices" : "forward";
    var b = Convert.bind(methods(m.getClass(), name, false), args, List.of());
    if (b == null) {
      throw new IllegalStateException(
          c.op() + " has no " + name + " for " + args.size() + " inputs");
    }
    return invoke(b.target(), m, b.args());
  }

  private static int indexOf(List<Signatures.Param> params, String name) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("no parameter " + name);
  }

  private static void flatten(JsonNode structure, List<Tensor> inputs, List<Object> out) {
    if (structure.isArray()) {
      for (JsonNode s : structure) {
        flatten(s, inputs, out);
      }
    } else {
      out.add(inputs.get(structure.intValue()));
    }
  }

  private Object function(OracleCase c, List<Tensor> inputs) throws Exception {
    boolean torch = c.op().startsWith("torch.");
    Class<?> cls = torch ? Tensors.class : F.class;
    String py = c.op().substring(c.op().indexOf('.') + 1);
    Map<String, JsonNode> kwargs = new LinkedHashMap<>(c.kwargs());
    String name = camel(py);
    JsonNode ri = kwargs.remove("return_indices");
    if (ri != null && ri.asBoolean()) {
      name += "WithIndices";
    }
    List<Object> prefix = new ArrayList<>();
    if (c.inputsAsList()) {
      prefix.add(List.copyOf(inputs));
    } else {
      prefix.addAll(inputs);
    }
    prefix.addAll(c.args());
    List<Object> args = Signatures.positional(signatures.get(c.op()), prefix, kwargs, c.op());
    var b = Convert.bind(methods(cls, name, true), args, List.of());
    if (b == null) {
      throw new IllegalStateException(
          "no " + cls.getSimpleName() + "." + name + " takes " + describe(args));
    }
    return invoke(b.target(), null, b.args());
  }

  private Object method(OracleCase c, List<Tensor> inputs) throws Exception {
    String name = camel(c.op().substring("Tensor.".length()));
    List<Object> prefix = new ArrayList<>(inputs.subList(1, inputs.size()));
    prefix.addAll(c.args());
    List<Object> args = Signatures.positional(signatures.get(c.op()), prefix, c.kwargs(), c.op());
    var b = Convert.bind(methods(Tensor.class, name, false), args, List.of());
    if (b == null) {
      throw new IllegalStateException("no Tensor." + name + " takes " + describe(args));
    }
    return invoke(b.target(), inputs.get(0), b.args());
  }

  private static String describe(List<Object> args) {
    List<String> out = new ArrayList<>();
    for (Object a : args) {
      out.add(a instanceof Tensor t ? "Tensor" + t.shape() : String.valueOf(a));
    }
    return out.toString();
  }

  private static List<Method> methods(Class<?> cls, String name, boolean statics) {
    List<Method> out = new ArrayList<>();
    for (Method m : cls.getMethods()) {
      if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) == statics) {
        out.add(m);
      }
    }
    return out;
  }

  private static Object invoke(Executable e, Object target, Object[] args) throws Exception {
    try {
      if (e instanceof Constructor<?> k) {
        return k.newInstance(args);
      }
      return ((Method) e).invoke(target, args);
    } catch (InvocationTargetException ex) {
      if (ex.getCause() instanceof Exception x) {
        throw x;
      }
      throw ex;
    }
  }

  static JsonNode render(Object result, Function<Shape, JsonNode> toJson) {
    if (result == null) {
      return JSON.nullNode();
    }
    if (result instanceof Tensor t) {
      return toJson.apply(t.shape());
    }
    if (result instanceof Shape s) {
      return toJson.apply(s);
    }
    if (result instanceof TupleOutput tuple) {
      return render(tuple.asTuple(), toJson);
    }
    if (result instanceof List<?> l) {
      ArrayNode a = JSON.arrayNode();
      for (Object o : l) {
        a.add(render(o, toJson));
      }
      return a;
    }
    if (result instanceof Long || result instanceof Integer) {
      return JSON.numberNode(((Number) result).longValue());
    }
    if (result instanceof Dim d) {
      return JSON.numberNode(d.value());
    }
    throw new IllegalStateException("cannot render " + result.getClass());
  }

  /** A concrete shape as JSON ints; a symbolic dim renders as its text, so it never matches. */
  static JsonNode concrete(Shape s) {
    ArrayNode a = JSON.arrayNode();
    for (Dim d : s) {
      if (d.isConst()) {
        a.add(d.value());
      } else {
        a.add(d.toString());
      }
    }
    return a;
  }

  static final ObjectMapper MAPPER = new ObjectMapper();
}
