package dev.shapesense.analyzer.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.analyzer.Workspace.TypeRef;
import dev.shapesense.analyzer.interp.Overloads.Arg;
import dev.shapesense.analyzer.interp.Overloads.Choice;
import dev.shapesense.analyzer.interp.Overloads.PType;
import dev.shapesense.analyzer.interp.Overloads.Prim;
import dev.shapesense.analyzer.interp.Overloads.Sig;
import dev.shapesense.nn.Linear;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Dim;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Overloads} chooses as javac does (JLS 15.12.2): each case is a set of overloads and the
 * one javac picks for the call (checked by compiling the Java in each comment).
 */
class OverloadsTest {
  private static final Overloads.Types CLASSES =
      new Overloads.Types() {
        @Override
        public boolean isSubtype(TypeRef sub, TypeRef sup) {
          return false;
        }

        @Override
        public boolean isSubclassOf(TypeRef sub, Class<?> sup) {
          return false;
        }

        @Override
        public TypeRef typeOfValue(Object v) {
          return null;
        }

        @Override
        public boolean isInterface(TypeRef t) {
          return false;
        }
      };

  private static Sig sig(Class<?>... types) {
    return new Sig(Arrays.stream(types).map(PType::of).toList(), false);
  }

  private static Sig varargs(Class<?>... types) {
    return new Sig(Arrays.stream(types).map(PType::of).toList(), true);
  }

  private static Choice<Sig> choose(List<Arg> args, boolean reflective, Sig... cands) {
    return Overloads.choose(List.of(cands), Function.identity(), args, CLASSES, reflective);
  }

  private static Arg lit(int v) {
    return new Arg((long) v, Prim.INT);
  }

  @Test
  void exactBeforeWideningWhateverTheDeclarationOrder() {
    // fc(int, double) declared first, fc(int, int) second: fc(8, 4) is fc(int, int).
    Sig intDouble = sig(int.class, double.class);
    Sig intInt = sig(int.class, int.class);
    assertEquals(intInt, choose(List.of(lit(8), lit(4)), false, intDouble, intInt).chosen());
    assertEquals(
        intDouble,
        choose(List.of(lit(8), new Arg(1.5, Prim.DOUBLE)), false, intDouble, intInt).chosen());
  }

  @Test
  void wideningBeforeBoxingBeforeVarargs() {
    // size(Integer) vs size(long): size(7) widens to long (phase 1) rather than box.
    Sig boxed = sig(Integer.class);
    Sig widened = sig(long.class);
    assertEquals(widened, choose(List.of(lit(7)), false, boxed, widened).chosen());
    // pick(int...) vs pick(Integer, Integer): pick(1, 2) boxes (phase 2) rather than use varargs.
    Sig many = varargs(int[].class);
    Sig two = sig(Integer.class, Integer.class);
    Choice<Sig> c = choose(List.of(lit(1), lit(2)), false, many, two);
    assertEquals(two, c.chosen());
    assertFalse(c.varargsCall());
    // pick(1, 2, 3): only the varargs one, as a variable-arity call.
    c = choose(List.of(lit(1), lit(2), lit(3)), false, many, two);
    assertEquals(many, c.chosen());
    assertTrue(c.varargsCall());
  }

  @Test
  void anExplicitArrayIsTheVarargsParameter() {
    Sig many = varargs(int[].class);
    Choice<Sig> c =
        choose(List.of(new Arg(new Values.ArrayValue(List.of(1L, 2L)), null)), false, many);
    assertEquals(many, c.chosen());
    assertFalse(c.varargsCall());
  }

  @Test
  void theMostSpecificReferenceType() {
    // of(Object), of(Module), of(Linear) on a Linear: of(Linear).
    Sig object = sig(Object.class);
    Sig module = sig(Module.class);
    Sig linear = sig(Linear.class);
    Arg l = new Arg(new Linear(2, 3), null);
    assertEquals(linear, choose(List.of(l), false, object, module, linear).chosen());
    assertEquals(module, choose(List.of(l), false, object, module).chosen());
    // null goes to the most specific reference type as well.
    assertEquals(linear, choose(List.of(new Arg(null, null)), false, module, linear).chosen());
  }

  @Test
  void aLongLiteralIsNotAnInt() {
    // m(int) vs m(long): m(5L) is m(long), m(5) is m(int).
    Sig i = sig(int.class);
    Sig l = sig(long.class);
    assertEquals(l, choose(List.of(new Arg(5L, Prim.LONG)), false, i, l).chosen());
    assertEquals(i, choose(List.of(lit(5)), false, i, l).chosen());
    // Only m(int): m(5L) is not applicable.
    assertNull(choose(List.of(new Arg(5L, Prim.LONG)), false, i).chosen());
  }

  @Test
  void anUnknownArgumentDecidesNothingItDoesNotChange() {
    Sig intDouble = sig(int.class, double.class);
    Sig intInt = sig(int.class, int.class);
    // fc(?, 4): both candidates take an int first, so fc(int, int) whatever the unknown is.
    Choice<Sig> c =
        choose(List.of(new Arg(Values.UNKNOWN, null), lit(4)), false, intDouble, intInt);
    assertEquals(intInt, c.chosen());
    // fc(8, ?): int or double depends on the unknown: undecided.
    c = choose(List.of(lit(8), new Arg(Values.UNKNOWN, null)), false, intDouble, intInt);
    assertNull(c.chosen());
    assertTrue(c.undecided());
  }

  @Test
  void aSizeIsADimOnlyWhenNothingElseApplies() {
    // LayerNorm(long...) and LayerNorm(Dim...): new LayerNorm(64) is the long one.
    Sig longs = varargs(long[].class);
    Sig dims = varargs(Dim[].class);
    assertEquals(longs, choose(List.of(lit(64)), true, longs, dims).chosen());
    // A symbolic size can only be passed by reflection where a Dim is taken.
    Arg n = new Arg(Dim.sym("N"), null);
    assertEquals(dims, choose(List.of(n), true, longs, dims).chosen());
    // Interpreted code takes it as an integral value.
    assertEquals(longs, choose(List.of(n), false, longs, sig(String.class)).chosen());
  }
}
