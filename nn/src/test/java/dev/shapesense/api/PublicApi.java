package dev.shapesense.api;

import dev.shapesense.nn.F;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of the nn artifact as lines of text, read by reflection from its compiled classes:
 * for each type a user can name (public, or protected and nested in one), a line for the type, one
 * for each supertype it can be assigned to, and one for each public or protected constructor,
 * method and field it declares. A line is {@code type | entry}; an entry is the member's {@code
 * toGenericString()} without its declaring class (varargs print as {@code T...}).
 */
final class PublicApi {
  private PublicApi() {}

  /** The lines of today's API: what each accessible type declares. */
  static Set<String> declared() {
    Set<String> out = new TreeSet<>();
    for (Class<?> c : accessibleTypes()) {
      String type = c.getTypeName();
      out.add(type + " | " + kind(c));
      for (Class<?> s : supertypes(c)) {
        out.add(type + " | is a " + s.getTypeName());
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k)) {
          out.add(type + " | " + k.toGenericString());
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m) && !m.isBridge()) {
          out.add(type + " | " + entry(m, m.toGenericString()));
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f)) {
          out.add(type + " | " + entry(f, f.toGenericString()));
        }
      }
    }
    return out;
  }

  /**
   * The entries {@code c} offers a user: its own members and those it inherits, keyed as {@link
   * #declared} writes them, so a member moved to a superclass still counts for {@code c}.
   */
  static Set<String> available(Class<?> c) {
    Set<String> out = new TreeSet<>();
    out.add(kind(c));
    for (Class<?> s : supertypes(c)) {
      out.add("is a " + s.getTypeName());
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (visible(k)) {
        out.add(k.toGenericString());
      }
    }
    for (Method m : c.getMethods()) {
      out.add(entry(m, m.toGenericString()));
    }
    for (Field f : c.getFields()) {
      out.add(entry(f, f.toGenericString()));
    }
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Method m : k.getDeclaredMethods()) {
        if (Modifier.isProtected(m.getModifiers()) && !m.isSynthetic()) {
          out.add(entry(m, m.toGenericString()));
        }
      }
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isProtected(f.getModifiers()) && !f.isSynthetic()) {
          out.add(entry(f, f.toGenericString()));
        }
      }
    }
    return out;
  }

  /** The member's text without {@code declaring.class.} before its name. */
  private static String entry(Member m, String text) {
    return text.replace(m.getDeclaringClass().getTypeName() + "." + m.getName(), m.getName());
  }

  private static String kind(Class<?> c) {
    String kind =
        c.isAnnotation()
            ? "@interface"
            : c.isInterface()
                ? "interface"
                : c.isEnum() ? "enum" : c.isRecord() ? "record" : "class";
    int mods = c.getModifiers() & ~Modifier.INTERFACE & ~Modifier.STATIC;
    if (c.isInterface() || c.isEnum() || c.isRecord()) {
      mods &= ~Modifier.ABSTRACT & ~Modifier.FINAL;
    }
    String m = Modifier.toString(mods);
    return (m.isEmpty() ? "" : m + " ") + kind;
  }

  /** Every class and interface {@code c} can be assigned to, but Object. */
  private static Set<Class<?>> supertypes(Class<?> c) {
    Set<Class<?>> out = new java.util.LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(c);
    while (!todo.isEmpty()) {
      Class<?> k = todo.poll();
      if (k.getSuperclass() != null && k.getSuperclass() != Object.class) {
        todo.add(k.getSuperclass());
        out.add(k.getSuperclass());
      }
      for (Class<?> i : k.getInterfaces()) {
        todo.add(i);
        out.add(i);
      }
    }
    return out;
  }

  private static boolean visible(Member m) {
    int mods = m.getModifiers();
    return (Modifier.isPublic(mods) || Modifier.isProtected(mods)) && !m.isSynthetic();
  }

  /** Types outside the package can name: public top-level ones and their public/protected nests. */
  static List<Class<?>> accessibleTypes() {
    Path classes;
    try {
      classes = Path.of(F.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String rel = classes.relativize(p).toString().replace('\\', '/');
        String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, F.class.getClassLoader());
        if (accessible(c)) {
          out.add(c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static boolean accessible(Class<?> c) {
    if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
      return false;
    }
    int mods = c.getModifiers();
    Class<?> outer = c.getDeclaringClass();
    if (outer == null) {
      return Modifier.isPublic(mods);
    }
    return (Modifier.isPublic(mods) || Modifier.isProtected(mods)) && accessible(outer);
  }
}
