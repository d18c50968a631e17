package dev.shapesense.analyzer.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The bridge finds the interface method a lambda becomes, and the interpreter's own signals come
 * out of JDK code unchanged, through reflection's and proxies' wrappers.
 */
class JdkBridgeUnwrapTest {
  @Test
  void theBudgetsEndComesOutOfReflectionAndProxyWrappers() {
    Signals.OutOfBudget end = new Signals.OutOfBudget(null, false);
    assertSame(
        end, JdkBridge.cause(new InvocationTargetException(new UndeclaredThrowableException(end))));
    assertSame(
        end, JdkBridge.cause(new UndeclaredThrowableException(new InvocationTargetException(end))));
    assertSame(end, JdkBridge.cause(end));
  }

  @Test
  void functionalInterfacesHaveOneAbstractMethodBesidesObjects() {
    assertEquals("apply", JdkBridge.functionalMethod(Function.class).getName());
    assertEquals("apply", JdkBridge.functionalMethod(IntFunction.class).getName());
    // Comparator declares equals(Object) abstract too: Object's, not the interface's.
    assertEquals("compare", JdkBridge.functionalMethod(Comparator.class).getName());
    assertNull(JdkBridge.functionalMethod(java.util.List.class));
    assertNull(JdkBridge.functionalMethod(String.class));
  }
}
