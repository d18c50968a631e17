package dev.shapesense.analyzer.interp;

import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.tensor.Truth;
import java.util.Iterator;
import java.util.List;

/**
 * The enhanced for over an instance of a workspace class that implements {@code Iterable}, as the
 * JVM runs it: its {@code iterator()} is called once, then {@code hasNext()} and {@code next()}
 * before each turn, whether the iterator is a JDK one ({@code layers.iterator()}) or a workspace
 * class of its own. A user module extending an nn container with no {@code iterator()} of its own
 * iterates its container.
 */
final class UserIterables {
  private UserIterables() {}

  /** One turn at a time of an iteration. */
  interface Cursor {
    /** Whether there is a next element; UNKNOWN when the analysis cannot tell. */
    Truth hasNext();

    Object next();
  }

  /**
   * The cursor of an enhanced for over {@code v}, or null when {@code v} is not a workspace
   * Iterable.
   */
  static Cursor cursor(Interpreter in, Expressions ex, Object v) {
    TypeRef type =
        v instanceof InterpretedModule im
            ? im.type
            : v instanceof Values.ObjectValue o ? o.type : null;
    if (type == null) {
      return null;
    }
    if (in.types.findMethod(type, "iterator", 0) == null) {
      if (v instanceof InterpretedModule im && im.delegate() instanceof Iterable<?> container) {
        return jdk(container.iterator());
      }
      return null;
    }
    Object it = ex.userMethod(type, v, "iterator", List.of());
    if (it instanceof Iterator<?> jdk) {
      return jdk(jdk);
    }
    TypeRef itType =
        it instanceof InterpretedModule im
            ? im.type
            : it instanceof Values.ObjectValue o ? o.type : null;
    if (itType == null) {
      return null;
    }
    return new Cursor() {
      @Override
      public Truth hasNext() {
        Object r = ex.userMethod(itType, it, "hasNext", List.of());
        return r == null ? Truth.UNKNOWN : ex.truth(r);
      }

      @Override
      public Object next() {
        Object r = ex.userMethod(itType, it, "next", List.of());
        return r == null ? Values.UNKNOWN : r;
      }
    };
  }

  private static Cursor jdk(Iterator<?> it) {
    return new Cursor() {
      @Override
      public Truth hasNext() {
        try {
          return Truth.of(it.hasNext());
        } catch (RuntimeException e) {
          if (e.getClass().getName().startsWith("java.") || e instanceof JdkBridge.Unknowable) {
            return Truth.UNKNOWN;
          }
          throw e;
        }
      }

      @Override
      public Object next() {
        try {
          return Calls.fromJava(it.next(), Object.class);
        } catch (RuntimeException e) {
          if (e.getClass().getName().startsWith("java.") || e instanceof JdkBridge.Unknowable) {
            return Values.UNKNOWN;
          }
          throw e;
        }
      }
    };
  }
}
