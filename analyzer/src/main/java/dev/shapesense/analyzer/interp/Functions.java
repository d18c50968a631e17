package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.Statement;
import dev.shapesense.analyzer.interp.Interpreter.Frame;
import dev.shapesense.analyzer.interp.Values.ClassValue;
import dev.shapesense.analyzer.interp.Values.Closure;
import dev.shapesense.analyzer.interp.Values.MethodRef;
import dev.shapesense.analyzer.interp.Values.TypeValue;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.UndecidableShapeException;
import java.util.List;

/**
 * Calls of functional values, whatever the interface method is named ({@code apply}, {@code get},
 * {@code test}...): a lambda runs its body in a copy of the frame it was created in; a method
 * reference calls its method, with the first argument as receiver for {@code Tensor::relu}.
 */
final class Functions {
  private Functions() {}

  static Object apply(Interpreter in, Expressions ex, Object fn, List<Object> args) {
    if (fn instanceof Closure c) {
      return lambda(in, ex, c, args);
    }
    MethodRef ref = (MethodRef) fn;
    Object r = reference(in, ex, ref, args);
    // What a method reference computes comes from its receiver and arguments (Tensor::relu).
    in.rec.derived(r, ref.scope(), args);
    return r;
  }

  private static Object reference(
      Interpreter in, Expressions ex, MethodRef ref, List<Object> args) {
    try {
      if (ref.name().equals("new")) {
        // A constructor reference (BatchNorm2d::new, Block::new) called as a factory.
        if (ref.scope() instanceof TypeValue tv) {
          return in.instantiate(tv.type(), args, null, null);
        }
        if (ref.scope() instanceof ClassValue cv) {
          for (Object a : args) {
            if (Values.isUnknown(a)) {
              return Values.UNKNOWN;
            }
          }
          if (cv.cls().isArray()) {
            // Module[]::new applied to a length.
            return args.size() == 1 && args.get(0) instanceof Long n && n >= 0 && n < 1_000_000
                ? Calls.fromJava(
                    java.lang.reflect.Array.newInstance(cv.cls().getComponentType(), n.intValue()),
                    cv.cls())
                : Values.UNKNOWN;
          }
          return Calls.construct(cv.cls(), args);
        }
        return Values.UNKNOWN;
      }
      if (ref.scope() instanceof TypeValue tv) {
        return typeReference(in, tv.type(), ref.name(), args);
      }
      if (ref.scope() instanceof ClassValue cv) {
        args = JdkBridge.wrap(in, ex, null, args);
        Object r = Calls.invoke(cv.cls(), null, ref.name(), args);
        if (Values.isUnknown(r) && !args.isEmpty() && args.get(0) != null) {
          Object receiver = args.get(0);
          if (cv.cls().isInstance(receiver)) {
            return Calls.invoke(
                receiver.getClass(), receiver, ref.name(), args.subList(1, args.size()));
          }
          // Integer::intValue on a value the analysis holds as a Long: the receiver as the class's.
          Object as =
              receiver instanceof Long || receiver instanceof Double || receiver instanceof Dim
                  ? Calls.convert(receiver, cv.cls())
                  : Calls.NO;
          if (as != Calls.NO && cv.cls().isInstance(as)) {
            return Calls.invoke(cv.cls(), as, ref.name(), args.subList(1, args.size()));
          }
        }
        return r;
      }
      Object scope = ref.scope();
      if (scope instanceof InterpretedModule im
          && ref.name().equals("forward")
          && in.types.findMethod(im.type, "forward", args.size()) != null) {
        // blk::forward is a module call: traced as blk.forward(x) is.
        return in.callModule(im, args, null);
      }
      if (scope instanceof InterpretedModule im) {
        Object r = in.callUser(im.type, im, ref.name(), Overloads.args(args), true);
        if (r != Interpreter.NO_METHOD) {
          return r;
        }
        // A method the module inherits from the nn library (this::addModule in Map.forEach).
        Object target =
            im.delegate() != null && !ModuleCalls.isModuleMethod(ref.name()) ? im.delegate() : im;
        Class<?> cls = target == im ? dev.shapesense.nn.Module.class : target.getClass();
        return Calls.invoke(cls, target, ref.name(), JdkBridge.wrap(in, ex, null, args));
      }
      if (scope instanceof Values.ObjectValue o) {
        Object r = in.callUser(o.type, o, ref.name(), Overloads.args(args), true);
        return r == Interpreter.NO_METHOD ? Values.UNKNOWN : r;
      }
      if (Calls.callable(scope.getClass()) || scope instanceof dev.shapesense.nn.Module) {
        return Calls.invoke(
            scope.getClass(), scope, ref.name(), JdkBridge.wrap(in, ex, null, args));
      }
      return Values.UNKNOWN;
    } catch (ShapeError | UndecidableShapeException e) {
      return Values.UNKNOWN;
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      return Values.UNKNOWN;
    }
  }

  /**
   * {@code Type::name} of a workspace type applied to {@code args} (JLS 15.13.1): a static method
   * taking every argument (an enum's implicit {@code valueOf} too), else an instance method of the
   * first argument taking the others ({@code Cfg::width}, {@code Block::forward}), run as the first
   * argument's class overrides it. A static search that finds an instance method is not the
   * reference's declaration: javac takes the instance one of the second search.
   */
  private static Object typeReference(
      Interpreter in, dev.shapesense.analyzer.Workspace.TypeRef t, String name, List<Object> args) {
    Overloads.Choice<Members.Method> c = in.members.resolve(t, name, Overloads.args(args));
    if (c.undecided()) {
      return Values.UNKNOWN;
    }
    if (c.chosen() == null || c.chosen().decl().isStatic()) {
      Object r = in.callUser(t, null, name, Overloads.args(args), true);
      if (r != Interpreter.NO_METHOD) {
        return r;
      }
    }
    if (args.isEmpty()) {
      return Values.UNKNOWN;
    }
    Object receiver = args.get(0);
    List<Object> rest = args.subList(1, args.size());
    if (receiver instanceof InterpretedModule im
        && name.equals("forward")
        && in.types.findMethod(im.type, "forward", rest.size()) != null) {
      // Block::forward is a module call: traced as blk.forward(x) is.
      return in.callModule(im, rest, null);
    }
    if (receiver instanceof InterpretedModule || receiver instanceof Values.ObjectValue) {
      Object r = in.callUser(t, receiver, name, Overloads.args(rest), true);
      return r == Interpreter.NO_METHOD ? Values.UNKNOWN : r;
    }
    return Values.UNKNOWN;
  }

  private static Object lambda(Interpreter in, Expressions ex, Closure c, List<Object> args) {
    LambdaExpr l = c.lambda();
    Frame f = new Frame(c.frame().file, c.frame().type, c.frame().self);
    f.locals = new java.util.LinkedHashMap<>(c.frame().locals);
    for (int i = 0; i < l.getParameters().size(); i++) {
      f.locals.put(
          l.getParameter(i).getNameAsString(), i < args.size() ? args.get(i) : Values.UNKNOWN);
    }
    Statement body = l.getBody();
    if (body.isExpressionStmt()) {
      return ex.eval(body.asExpressionStmt().getExpression(), f);
    }
    try {
      in.statements().exec(body, f);
    } catch (Signals.Return r) {
      return r.value;
    } catch (Signals.Jump | Signals.Yield stray) {
      return Values.UNKNOWN;
    }
    return null;
  }
}
