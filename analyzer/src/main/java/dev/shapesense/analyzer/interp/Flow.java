package dev.shapesense.analyzer.interp;

import dev.shapesense.nn.TupleOutput;
import dev.shapesense.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each tensor of a model's run came from, by identity: the module calls (indices in the run's
 * recorded calls, {@code >= 0}) and the model inputs ({@code -1 - i} for input {@code i}) whose
 * outputs it was computed from. A module call's output comes from that call; the result of any
 * other op (a functional op, a tensor method, a JDK call building a list) comes from what its
 * receiver and arguments came from. A tuple's parts come from the tuple; a list, array or user
 * object comes from what its elements come from now (it has no origin of its own: it may change).
 * Values are told apart by identity, never by order or equality: the same tensor read from two
 * variables has one origin, and two equal shapes may have different ones. One instance per model
 * run; not thread-safe.
 */
final class Flow {
  static final int[] NONE = new int[0];
  private static final int MAX_DEPTH = 4;

  private final Map<Object, int[]> origins = new IdentityHashMap<>();

  /** Records that {@code value} (and each tensor inside it) comes from {@code source} alone. */
  void produced(Object value, int source) {
    mark(value, new int[] {source}, true, 0);
  }

  /**
   * Records that {@code result} comes from whatever {@code target} and {@code args} come from. A
   * result that already has an origin keeps it (an element read from a list is that element),
   * unless it is the receiver itself: an in-place op ({@code buf.copy_(x)}) makes it come from what
   * it was given too. A tensor read from a container ({@code list.get(i)}) comes from nothing of
   * the container but itself.
   */
  void derived(Object result, Object target, List<Object> args) {
    if (!trackable(result)) {
      return;
    }
    int[] old = origins.get(result);
    if (old != null && result != target) {
      return;
    }
    // (A container is never given an origin of its own: its elements may change.)
    boolean elementRead =
        result instanceof Tensor && !(target instanceof Tensor) && !parts(target).isEmpty();
    int[] from = target == null || elementRead ? NONE : of(target);
    for (Object a : args) {
      from = union(from, of(a));
    }
    if (old != null) {
      origins.put(result, union(old, from));
    } else if (from.length > 0) {
      mark(result, from, false, 0);
    }
  }

  /** The origins of {@code value}: its own, else the union of its elements', sorted. */
  int[] of(Object value) {
    return of(value, 0);
  }

  private int[] of(Object value, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return NONE;
    }
    int[] own = origins.get(value);
    if (own != null) {
      return own;
    }
    List<int[]> found = new ArrayList<>();
    for (Object e : parts(value)) {
      int[] o = of(e, depth + 1);
      if (o.length > 0) {
        found.add(o);
      }
    }
    return unionAll(found);
  }

  /**
   * The sorted union of sorted sets of origins, in one sort: merging them one by one copies the
   * growing union again for each (a list of a thousand tensors each from a call of its own).
   */
  static int[] unionAll(List<int[]> sets) {
    if (sets.isEmpty()) {
      return NONE;
    }
    if (sets.size() <= 2) {
      return sets.size() == 1 ? sets.get(0) : union(sets.get(0), sets.get(1));
    }
    int total = 0;
    for (int[] s : sets) {
      total += s.length;
    }
    int[] all = new int[total];
    int n = 0;
    for (int[] s : sets) {
      System.arraycopy(s, 0, all, n, s.length);
      n += s.length;
    }
    Arrays.sort(all);
    int kept = 0;
    for (int i = 0; i < all.length; i++) {
      if (kept == 0 || all[i] != all[kept - 1]) {
        all[kept++] = all[i];
      }
    }
    return kept == all.length ? all : Arrays.copyOf(all, kept);
  }

  private void mark(Object value, int[] from, boolean replace, int depth) {
    if (!trackable(value) || depth > MAX_DEPTH) {
      return;
    }
    if ((value instanceof Tensor || value instanceof TupleOutput)
        && (replace || !origins.containsKey(value))) {
      origins.put(value, from);
    }
    for (Object e : parts(value)) {
      // The parts of a tuple or list (LSTM's output and state, chunk's pieces) come from it too,
      // however they are taken out of it later.
      if (replace || !origins.containsKey(e)) {
        mark(e, from, replace, depth + 1);
      }
    }
  }

  /** Values whose identity means something: tensors and what holds them. */
  private static boolean trackable(Object v) {
    return v instanceof Tensor
        || v instanceof List<?>
        || v instanceof TupleOutput
        || v instanceof Values.ArrayValue
        || v instanceof Values.ObjectValue
        || v instanceof Object[];
  }

  private static List<?> parts(Object v) {
    if (v instanceof TupleOutput t) {
      return t.asTuple();
    }
    if (v instanceof List<?> l) {
      return l;
    }
    if (v instanceof Values.ArrayValue a) {
      return a.items;
    }
    if (v instanceof Object[] a) {
      return Arrays.asList(a);
    }
    if (v instanceof Values.ObjectValue o) {
      return List.copyOf(o.fields.values().stream().filter(Flow::trackable).toList());
    }
    return List.of();
  }

  /** The sorted union of two sorted sets of origins. */
  static int[] union(int[] a, int[] b) {
    if (b.length == 0 || a == b) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int x;
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        x = a[i++];
      } else if (i >= a.length || b[j] < a[i]) {
        x = b[j++];
      } else {
        x = a[i++];
        j++;
      }
      out[n++] = x;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
