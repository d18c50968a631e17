package dev.shapesense.nn;

import dev.shapesense.tensor.ShapeError;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Deep copies for {@code _get_clones}: transformer layers copy themselves from their configuration;
 * any other module is copied by its no-argument constructor and its own plain fields (activations
 * such as {@code GELU} or {@code ReLU}).
 */
final class ModuleCopies {
  private ModuleCopies() {}

  static Module copy(Module m) {
    if (m instanceof TransformerEncoderLayer l) {
      return l.copy();
    }
    if (m instanceof TransformerDecoderLayer l) {
      return l.copy();
    }
    try {
      Constructor<? extends Module> k = m.getClass().getDeclaredConstructor();
      k.setAccessible(true);
      Module out = k.newInstance();
      for (Class<?> c = m.getClass(); c != Module.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
            continue;
          }
          f.setAccessible(true);
          f.set(out, f.get(m));
        }
      }
      out.train(m.isTraining());
      return out;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ShapeError(
          "TypeError", "cannot deep-copy " + m.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
