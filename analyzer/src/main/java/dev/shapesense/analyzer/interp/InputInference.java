package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.shapesense.nn.Module;
import dev.shapesense.nn.Sequential;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Infers a forward input that carries no {@code @Dims} from the first layer it goes through, with
 * fresh symbols: {@code Conv2d(3, ...)} gives {@code [N, 3, H, W]}, {@code Linear(784, ...)} gives
 * {@code [N, 784]}, {@code Embedding} gives int64 {@code [N, L]}.
 */
final class InputInference {
  private InputInference() {}

  static Tensor infer(
      Interpreter in, InterpretedModule model, MethodDeclaration fwd, Parameter p, String batch) {
    String name = p.getNameAsString();
    for (MethodCallExpr mc : fwd.findAll(MethodCallExpr.class)) {
      if (!(mc.getNameAsString().equals("forward") || mc.getNameAsString().equals("call"))
          || mc.getArguments().isEmpty()
          || !mc.getArgument(0).isNameExpr()
          || !mc.getArgument(0).asNameExpr().getNameAsString().equals(name)
          || mc.getScope().isEmpty()) {
        continue;
      }
      Object m = scopeValue(in, model, mc.getScope().get());
      if (m instanceof Module mod) {
        return forModule(in, mod, batch, 0);
      }
      return null;
    }
    return null;
  }

  private static Object scopeValue(Interpreter in, InterpretedModule model, Expression scope) {
    String field = null;
    if (scope.isNameExpr()) {
      field = scope.asNameExpr().getNameAsString();
    } else if (scope.isFieldAccessExpr() && scope.asFieldAccessExpr().getScope().isThisExpr()) {
      field = scope.asFieldAccessExpr().getNameAsString();
    }
    return field == null ? null : model.fields.get(field);
  }

  static Tensor forModule(Interpreter in, Module m, String batch, int depth) {
    if (depth > 8) {
      return null;
    }
    if (m instanceof InterpretedModule im) {
      MethodDeclaration f = in.types.findMethod(im.type, "forward", 1);
      if (f == null) {
        return im.delegate() == null ? null : forModule(in, im.delegate(), batch, depth + 1);
      }
      return infer(in, im, f, f.getParameter(0), batch);
    }
    if (m instanceof Sequential s) {
      return s.size() == 0 ? null : forModule(in, s.get(0), batch, depth + 1);
    }
    String type = m.getClass().getSimpleName();
    Dim n = Dim.sym(batch);
    Dim c;
    switch (type) {
      case "Conv1d", "ConvTranspose1d", "BatchNorm1d", "InstanceNorm1d":
        c = getter(m, "inChannels", "getInChannels", "numFeatures", "getNumFeatures");
        return c == null ? null : tensor(DType.FLOAT32, n, c, Dim.sym("L"));
      case "Conv2d", "ConvTranspose2d", "BatchNorm2d", "InstanceNorm2d":
        c = getter(m, "inChannels", "getInChannels", "numFeatures", "getNumFeatures");
        return c == null ? null : tensor(DType.FLOAT32, n, c, Dim.sym("H"), Dim.sym("W"));
      case "Conv3d", "ConvTranspose3d", "BatchNorm3d":
        c = getter(m, "inChannels", "getInChannels", "numFeatures", "getNumFeatures");
        return c == null
            ? null
            : tensor(DType.FLOAT32, n, c, Dim.sym("D"), Dim.sym("H"), Dim.sym("W"));
      case "Linear", "Bilinear":
        c = getter(m, "inFeaturesDim", "inFeatures", "getInFeatures", "in1Features");
        return c == null ? null : tensor(DType.FLOAT32, n, c);
      case "Embedding", "EmbeddingBag":
        return tensor(DType.INT64, n, Dim.sym("L"));
      case "LSTM", "GRU", "RNN":
        c = getter(m, "inputSize", "getInputSize");
        if (c == null) {
          return null;
        }
        Boolean bf = flag(m, "batchFirst", "isBatchFirst", "getBatchFirst");
        return Boolean.TRUE.equals(bf)
            ? tensor(DType.FLOAT32, n, Dim.sym("L"), c)
            : tensor(DType.FLOAT32, Dim.sym("L"), n, c);
      default:
        return null;
    }
  }

  private static Tensor tensor(DType dtype, Dim... dims) {
    return Tensors.empty(Device.META, dtype, Shape.of(List.of(dims)));
  }

  private static Dim getter(Object o, String... names) {
    for (String n : names) {
      try {
        Method m = o.getClass().getMethod(n);
        Object v = m.invoke(o);
        if (v instanceof Number num) {
          return Dim.of(num.longValue());
        }
        if (v instanceof Dim d) {
          return d;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Try the next name.
      }
    }
    return null;
  }

  private static Boolean flag(Object o, String... names) {
    for (String n : names) {
      try {
        Object v = o.getClass().getMethod(n).invoke(o);
        if (v instanceof Boolean b) {
          return b;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Try the next name.
      }
    }
    return null;
  }
}
