package dev.shapesense.analyzer.interp;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The instance fields of one of the user's objects, by name, in declaration order (superclass
 * first): a map whose declared fields sit in an array laid out by their class's {@link Layout},
 * which all objects of the class share, as an interpreter's hidden class does. Declaring an
 * object's fields copies one array (a module of 10,000 fields: no 10,000 map entries made and
 * hashed per object); a name outside the layout (a record's component, set by its constructor) goes
 * to a map of its own, after the declared ones. A field is never removed (Java has no way to), so
 * neither is an entry: {@code remove} is not supported.
 */
final class FieldValues extends AbstractMap<String, Object> {
  /**
   * A class's instance fields: their names in declaration order (superclass first), each one's
   * value before any initializer runs, the place of each name, and the names {@code hidden}: those
   * a class declares again though a superclass declares them (JLS 8.3: two fields of one name in
   * one object, which one a name means depending on where it is read). The analysis does not tell
   * such fields apart: the one slot of the name reads as unknown, never as the wrong one of the
   * two.
   */
  record Layout(String[] names, Object[] initial, Map<String, Integer> index, Set<String> hidden) {
    static final Layout EMPTY = new Layout(new String[0], new Object[0], Map.of(), Set.of());

    /** The layout of these fields, in the order given, with the {@code hidden} names. */
    static Layout of(LinkedHashMap<String, Object> fields, Set<String> hidden) {
      String[] names = fields.keySet().toArray(new String[0]);
      Object[] initial = fields.values().toArray();
      Map<String, Integer> index = new HashMap<>(names.length * 2);
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
        if (hidden.contains(names[i])) {
          initial[i] = Values.UNKNOWN;
        }
      }
      return new Layout(names, initial, Collections.unmodifiableMap(index), Set.copyOf(hidden));
    }
  }

  private Layout layout = Layout.EMPTY;
  private Object[] values = new Object[0];

  /** Fields outside the layout, in the order they were first put; null while there are none. */
  private LinkedHashMap<String, Object> extra;

  /**
   * Declares the fields of {@code l} with their first values. The object has no field yet, except
   * those outside any layout.
   */
  void declare(Layout l) {
    if (layout.names().length > 0) {
      throw new IllegalStateException("fields declared twice");
    }
    layout = l;
    values = l.initial().clone();
    if (extra != null) {
      for (String n : l.names()) {
        Object v = extra.remove(n);
        if (v != null || extra.containsKey(n)) {
          values[l.index().get(n)] = v;
        }
      }
    }
  }

  @Override
  public Object get(Object name) {
    Integer i = layout.index().get(name);
    return i != null ? values[i] : extra == null ? null : extra.get(name);
  }

  @Override
  public boolean containsKey(Object name) {
    return layout.index().containsKey(name) || (extra != null && extra.containsKey(name));
  }

  @Override
  public Object put(String name, Object value) {
    Integer i = layout.index().get(name);
    if (i != null) {
      Object old = values[i];
      values[i] = layout.hidden().contains(name) ? Values.UNKNOWN : value;
      return old;
    }
    if (extra == null) {
      extra = new LinkedHashMap<>();
    }
    return extra.put(name, value);
  }

  @Override
  public int size() {
    return values.length + (extra == null ? 0 : extra.size());
  }

  @Override
  public boolean containsValue(Object value) {
    for (Object v : values) {
      if (java.util.Objects.equals(v, value)) {
        return true;
      }
    }
    return extra != null && extra.containsValue(value);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    String[] names = layout.names();
    for (int i = 0; i < values.length; i++) {
      action.accept(names[i], values[i]);
    }
    if (extra != null) {
      extra.forEach(action);
    }
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
    String[] names = layout.names();
    for (int i = 0; i < values.length; i++) {
      values[i] = function.apply(names[i], values[i]);
    }
    if (extra != null) {
      extra.replaceAll(function);
    }
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return FieldValues.this.size();
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;
          private final Iterator<Entry<String, Object>> rest =
              extra == null ? Collections.emptyIterator() : extra.entrySet().iterator();

          @Override
          public boolean hasNext() {
            return next < values.length || rest.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            if (next < values.length) {
              return new Slot(next++);
            }
            if (!rest.hasNext()) {
              throw new NoSuchElementException();
            }
            return rest.next();
          }
        };
      }
    };
  }

  /** A declared field as a map entry: reads and writes go to its slot. */
  private final class Slot implements Entry<String, Object> {
    private final int i;

    Slot(int i) {
      this.i = i;
    }

    @Override
    public String getKey() {
      return layout.names()[i];
    }

    @Override
    public Object getValue() {
      return values[i];
    }

    @Override
    public Object setValue(Object value) {
      Object old = values[i];
      values[i] = layout.hidden().contains(getKey()) ? Values.UNKNOWN : value;
      return old;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry<?, ?> e
          && getKey().equals(e.getKey())
          && java.util.Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ java.util.Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
