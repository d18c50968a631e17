package dev.shapesense.analyzer.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An object's fields behave as the ordered map of them did, laid out or not. */
class FieldValuesTest {
  private static FieldValues.Layout layout(Object... namesAndValues) {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return FieldValues.Layout.of(m, java.util.Set.of());
  }

  @Test
  void declaredFieldsComeFirstInOrderThenOthersAsPut() {
    FieldValues f = new FieldValues();
    f.put("component", 7L);
    f.declare(layout("a", null, "b", 0L, "c", false));
    f.put("b", 3L);
    f.put("late", "x");
    assertEquals("{a=null, b=3, c=false, component=7, late=x}", f.toString());
    assertEquals(List.of("a", "b", "c", "component", "late"), new ArrayList<>(f.keySet()));
    assertEquals(5, f.size());
    assertTrue(f.containsKey("a"));
    assertNull(f.get("a"));
    assertFalse(f.containsKey("zzz"));
    assertTrue(f.containsValue(false));
    assertFalse(f.containsValue(4L));
  }

  @Test
  void twoObjectsOfOneLayoutDoNotShareValues() {
    FieldValues.Layout l = layout("w", 1L);
    FieldValues x = new FieldValues();
    FieldValues y = new FieldValues();
    x.declare(l);
    y.declare(l);
    x.put("w", 2L);
    assertEquals(1L, y.get("w"));
    assertEquals(1L, l.initial()[0]);
  }

  /** A name two classes of the chain declare reads as unknown, whatever is put into it. */
  @Test
  void aHiddenFieldReadsAsUnknown() {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    m.put("width", 6L);
    m.put("depth", 2L);
    FieldValues f = new FieldValues();
    f.declare(FieldValues.Layout.of(m, java.util.Set.of("width")));
    assertTrue(Values.isUnknown(f.get("width")));
    f.put("width", 1L);
    f.put("depth", 3L);
    assertTrue(Values.isUnknown(f.get("width")));
    assertEquals(3L, f.get("depth"));
    assertTrue(f.containsKey("width"));
  }

  /** Random puts, replaceAll and copies, against a LinkedHashMap given the same. */
  @Test
  void randomOperationsMatchALinkedHashMap() {
    Random r = new Random(11);
    String[] names = {"a", "b", "c", "d", "e", "f"};
    for (int t = 0; t < 500; t++) {
      LinkedHashMap<String, Object> want = new LinkedHashMap<>();
      LinkedHashMap<String, Object> declared = new LinkedHashMap<>();
      for (int i = 0; i < 3; i++) {
        declared.put(names[r.nextInt(4)], r.nextBoolean() ? null : (long) i);
      }
      FieldValues got = new FieldValues();
      got.declare(FieldValues.Layout.of(declared, java.util.Set.of()));
      want.putAll(declared);
      for (int op = 0; op < 12; op++) {
        String n = names[r.nextInt(names.length)];
        switch (r.nextInt(4)) {
          case 0, 1 -> assertEquals(want.put(n, (long) op), got.put(n, (long) op));
          case 2 -> {
            want.replaceAll((k, v) -> k + v);
            got.replaceAll((k, v) -> k + v);
          }
          default -> {
            Map<String, Object> copy = new LinkedHashMap<>(got);
            got.putAll(copy);
            assertEquals(new ArrayList<>(want.entrySet()), new ArrayList<>(copy.entrySet()));
          }
        }
        assertEquals(want, got);
        assertEquals(new ArrayList<>(want.keySet()), new ArrayList<>(got.keySet()));
        assertEquals(new ArrayList<>(want.values()), new ArrayList<>(got.values()));
        assertEquals(want.containsKey(n), got.containsKey(n));
        assertEquals(want.size(), got.size());
      }
    }
  }
}
