package dev.shapesense.analyzer.jvm.runner;

import dev.shapesense.nn.Dims;
import dev.shapesense.nn.Module;
import dev.shapesense.nn.TupleOutput;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one compiled model on the META device with a forward hook on every module. Loaded by {@code
 * JvmOracle}'s class loader, which gives it (and the models) their own copy of the nn library whose
 * ShapeError records its stack trace; everything it returns is plain JDK data (strings, numbers,
 * lists, maps), so the caller needs none of that copy's classes.
 */
public final class HookRunner {
  private HookRunner() {}

  /**
   * What a class is as a model: null unless it is a public, concrete Module with a public no-arg
   * constructor and a public {@code forward}; else the {@code @Dims} value (null when absent) and
   * dtype name of each parameter of its first public forward, as "dims\u0000dtype" strings.
   */
  public static List<String> describe(ClassLoader models, String className) throws Exception {
    Class<?> c = Class.forName(className, false, models);
    if (!Module.class.isAssignableFrom(c)
        || !Modifier.isPublic(c.getModifiers())
        || Modifier.isAbstract(c.getModifiers())) {
      return null;
    }
    try {
      Constructor<?> k = c.getConstructor();
      if (!Modifier.isPublic(k.getModifiers())) {
        return null;
      }
    } catch (NoSuchMethodException e) {
      return null;
    }
    Method forward = forward(c);
    if (forward == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Parameter p : forward.getParameters()) {
      Dims d = p.getAnnotation(Dims.class);
      out.add(
          (d == null ? "" : "@" + d.value())
              + "\u0000"
              + (d == null ? DType.FLOAT32 : d.dtype()).name());
    }
    return out;
  }

  private static Method forward(Class<?> c) {
    Method best = null;
    for (Method m : c.getMethods()) {
      if (m.getName().equals("forward")
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Module.class
          && m.getParameterCount() > 0
          && allTensors(m)) {
        if (best == null) {
          best = m;
        }
      }
    }
    return best;
  }

  private static boolean allTensors(Method m) {
    for (Class<?> t : m.getParameterTypes()) {
      if (t != Tensor.class) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds {@code className} on META (as the default device), hooks every module of {@code
   * namedModules()}, runs forward on empty META tensors of {@code shapes} and {@code dtypes}, and
   * returns: "trace" (a list of [path, type, output]), "params" (Long, null when the model was not
   * built), "output" (rendered); with {@code eval} the model runs in eval mode, and for a throw
   * "error" (message), "errorClass", "errorFile", "errorLine" (the innermost frame of a class in
   * {@code modelClasses}), "phase" ("construct" or "forward").
   */
  public static Map<String, Object> run(
      ClassLoader models,
      String className,
      List<long[]> shapes,
      List<String> dtypes,
      boolean eval,
      Set<String> modelClasses) {
    Map<String, Object> result = new LinkedHashMap<>();
    List<List<String>> trace = new ArrayList<>();
    result.put("trace", trace);
    result.put("params", null);
    try (var scope = Device.META.asDefault()) {
      Module model;
      try {
        model = (Module) Class.forName(className, true, models).getConstructor().newInstance();
      } catch (Throwable t) {
        failure(result, unwrap(t), "construct", modelClasses);
        return result;
      }
      result.put("params", model.parameterCount());
      if (eval) {
        model.eval();
      }
      for (Map.Entry<String, Module> e : model.namedModules().entrySet()) {
        String path = e.getKey();
        e.getValue()
            .registerForwardHook(
                (m, in, o) -> trace.add(List.of(path, m.getClass().getSimpleName(), render(o))));
      }
      Object[] inputs = new Object[shapes.size()];
      for (int i = 0; i < inputs.length; i++) {
        inputs[i] =
            Tensors.empty(Device.META, DType.valueOf(dtypes.get(i)), Shape.of(shapes.get(i)));
      }
      try {
        Object out = model.callForward(inputs);
        result.put("output", render(out));
      } catch (Throwable t) {
        failure(result, unwrap(t), "forward", modelClasses);
      }
    }
    return result;
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof InvocationTargetException || t instanceof ExceptionInInitializerError)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static void failure(
      Map<String, Object> result, Throwable t, String phase, Set<String> modelClasses) {
    result.put("phase", phase);
    result.put("error", t.getMessage());
    result.put("errorClass", t instanceof ShapeError ? "ShapeError" : t.getClass().getName());
    for (StackTraceElement f : t.getStackTrace()) {
      String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
      int dollar = cls.indexOf('$');
      String top = dollar < 0 ? cls : cls.substring(0, dollar);
      if (modelClasses.contains(top) && f.getLineNumber() > 0) {
        result.put("errorFile", f.getFileName());
        result.put("errorLine", f.getLineNumber());
        break;
      }
    }
  }

  /**
   * A forward result as text: a tensor its shape ({@code [2, 6, 28, 28]}), a tuple (a {@link
   * TupleOutput} as PyTorch nests it, a list, a record) its parts in parentheses, null "None".
   */
  public static String render(Object o) {
    if (o instanceof Tensor t) {
      return t.shape().toString();
    }
    if (o == null) {
      return "None";
    }
    List<?> parts;
    if (o instanceof TupleOutput tuple) {
      parts = tuple.asTuple();
    } else if (o instanceof List<?> l) {
      parts = l;
    } else if (o instanceof Record r) {
      List<Object> values = new ArrayList<>();
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          values.add(rc.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          values.add("?");
        }
      }
      parts = values;
    } else {
      return "<" + o.getClass().getSimpleName() + ">";
    }
    List<String> s = new ArrayList<>();
    for (Object p : parts) {
      s.add(render(p));
    }
    return "(" + String.join(", ", s) + ")";
  }
}
