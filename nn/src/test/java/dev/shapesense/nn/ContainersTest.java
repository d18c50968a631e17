package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Containers fed by {@code addModule} (PyTorch's {@code add_module}), the module an error comes
 * from, and LayerNorm's eps as a LayerNorm subclass reads it; expectations recorded with PyTorch
 * 1.13.
 */
class ContainersTest {
  private static Tensor t(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  @Test
  void sequentialRunsModulesAddedByName() {
    // s = nn.Sequential(nn.Linear(4, 8)); s.add_module("act", nn.ReLU()); s.add_module("out",
    // nn.Linear(8, 3))
    Sequential s = new Sequential(new Linear(4, 8));
    s.addModule("act", new ReLU());
    s.addModule("out", new Linear(8, 3));
    assertEquals("[2, 3]", s.forward(t("2, 4")).shape().toString());
    assertEquals(3, s.size());
    assertEquals(List.of("", "0", "act", "out"), List.copyOf(s.namedModules().keySet()));
    // A name given again keeps its place: add_module("0", nn.Linear(4, 5)) -> children 0, act, out.
    Linear replaced = new Linear(4, 5);
    s.addModule("0", replaced);
    assertEquals(3, s.size());
    assertSame(replaced, s.get(0));
    assertEquals(List.of("", "0", "act", "out"), List.copyOf(s.namedModules().keySet()));
  }

  @Test
  void modulesListsTheTreeOnceInTheOrderOfNamedModules() {
    // shared = nn.Linear(4, 4); s = nn.Sequential(shared, nn.ReLU(), nn.Sequential(shared));
    // list(s.modules()) -> [s, shared, ReLU, inner]: the second use of shared is not listed again.
    Linear shared = new Linear(4, 4);
    Sequential inner = new Sequential(shared);
    Sequential s = new Sequential(shared, new ReLU(), inner);
    List<Module> modules = s.modules();
    assertEquals(List.copyOf(s.namedModules().values()), modules);
    assertEquals(4, modules.size());
    assertSame(s, modules.get(0));
    assertSame(shared, modules.get(1));
    assertSame(inner, modules.get(3));
  }

  @Test
  void moduleDictHoldsModulesAddedByName() {
    ModuleDict d = new ModuleDict();
    ReLU a = d.addModule("a", new ReLU());
    assertEquals(List.of("a"), d.keys());
    assertEquals(1, d.size());
    assertSame(a, d.get("a"));
    assertSame(a, d.items().get(0).getValue());
  }

  @Test
  void errorNamesTheInnermostModule() {
    // nn.Sequential(nn.Linear(4, 8), nn.Sequential(nn.BatchNorm1d(6)))(x): raised by the
    // BatchNorm1d.
    BatchNorm1d bn = new BatchNorm1d(6);
    Sequential inner = new Sequential(bn);
    Sequential outer = new Sequential(new Linear(4, 8), inner);
    ShapeError e = assertThrows(ShapeError.class, () -> outer.call(t("2, 4")));
    assertEquals("running_mean should contain 8 elements not 6", e.getMessage());
    assertSame(bn, e.origin());
    assertEquals("[2, 8]", ((Tensor) e.originInputs()[0]).shape().toString());
  }

  @Test
  void layerNormEpsAndFunctionalForm() {
    LayerNorm ln = new LayerNorm(8, 1e-6);
    assertEquals(1e-6, ln.eps());
    Tensor y = F.layerNorm(t("2, 5, 8"), ln.normalizedShape(), ln.weight(), ln.bias(), ln.eps());
    assertEquals("[2, 5, 8]", y.shape().toString());
  }

  @Test
  void buffersAreNotParameters() {
    // m = nn.Linear(4, 8); m.register_buffer("idx", torch.arange(5)): 40 parameters, one buffer.
    Linear m = new Linear(4, 8);
    Tensor idx = Tensors.arange(5);
    assertSame(idx, m.registerBuffer("idx", idx));
    assertEquals(40, m.parameterCount());
    assertEquals(List.of("idx"), List.copyOf(m.namedBuffers().keySet()));
    ShapeError e = assertThrows(ShapeError.class, () -> m.registerBuffer("a.b", idx));
    assertEquals("KeyError", e.pythonType());
  }
}
