package dev.shapesense.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's network, compiled from testdata/models/Net.java and run on the META device with a
 * forward hook on every module, prints what PyTorch's hooks print (oracle: seed_net_b1024); a 28x28
 * input fails with PyTorch's message.
 */
class SeedNetTest {
  @TempDir Path out;

  private Module newNet() throws Exception {
    assertEquals(
        List.of(),
        TestdataCompiles.compile(TestdataCompiles.root().resolve("testdata/models"), out));
    URLClassLoader loader =
        new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    return (Module) loader.loadClass("Net").getConstructor().newInstance();
  }

  @Test
  void hooksPrintTheSeedShapes() throws Exception {
    List<String> printed = new ArrayList<>();
    try (var scope = Device.META.asDefault()) {
      Module net = newNet();
      net.eval();
      for (var e : net.namedModules().entrySet()) {
        e.getValue()
            .registerForwardHook(
                (m, in, o) ->
                    printed.add(
                        e.getKey()
                            + " "
                            + m.getClass().getSimpleName()
                            + " "
                            + ((Tensor) o).shape()));
      }
      Tensor y = net.call(Tensors.randn(Device.META, 1 << 10, 3, 32, 32));
      assertEquals(Device.META, y.device());
      assertEquals(62006, net.parameterCount());
    }
    assertEquals(
        List.of(
            "conv1 Conv2d [1024, 6, 28, 28]",
            "pool MaxPool2d [1024, 6, 14, 14]",
            "conv2 Conv2d [1024, 16, 10, 10]",
            "pool MaxPool2d [1024, 16, 5, 5]",
            "fc1 Linear [1024, 120]",
            "fc2 Linear [1024, 84]",
            "fc3 Linear [1024, 10]",
            " Net [1024, 10]"),
        printed);
  }

  /** The hooks' lines of one forward of a fresh Net on {@code device}, and the output. */
  private List<String> hookLines(Device device, Tensor[] output) throws Exception {
    List<String> printed = new ArrayList<>();
    try (var scope = device.asDefault()) {
      Module net = newNet();
      net.eval();
      for (var e : net.namedModules().entrySet()) {
        e.getValue()
            .registerForwardHook(
                (m, in, o) ->
                    printed.add(
                        e.getKey()
                            + " "
                            + m.getClass().getSimpleName()
                            + " "
                            + ((Tensor) o).shape()));
      }
      Tensors.manualSeed(1);
      output[0] = net.call(Tensors.randn(device, 2, 3, 32, 32));
    }
    return printed;
  }

  @Test
  void onCpuTheHooksPrintTheMetaShapes() throws Exception {
    Tensor[] meta = new Tensor[1];
    Tensor[] cpu = new Tensor[1];
    List<String> onMeta = hookLines(Device.META, meta);
    List<String> onCpu = hookLines(Device.CPU, cpu);
    assertEquals(onMeta, onCpu);
    assertEquals("conv1 Conv2d [2, 6, 28, 28]", onCpu.get(0));
    assertEquals(" Net [2, 10]", onCpu.get(onCpu.size() - 1));
    assertEquals(Device.CPU, cpu[0].device());
    double[] logits = cpu[0].doubles();
    assertEquals(20, logits.length);
    for (double v : logits) {
      assertEquals(false, Double.isNaN(v) || Double.isInfinite(v), "logit " + v);
    }
  }

  @Test
  void aSmallerImageFailsAtFc1() throws Exception {
    try (var scope = Device.META.asDefault()) {
      Module net = newNet();
      ShapeError e = assertThrows(ShapeError.class, () -> net.call(Tensors.randn(1024, 3, 28, 28)));
      assertEquals(
          "mat1 and mat2 shapes cannot be multiplied (1024x256 and 400x120)", e.getMessage());
    }
  }

  @Test
  void metaIsFreeWhateverTheSize() {
    try (var scope = Device.META.asDefault()) {
      Tensor x = Tensors.randn(Device.META, 1 << 10, 3, 1 << 16, 1 << 16);
      Tensor y = new dev.shapesense.nn.Conv2d(3, 5, 2).forward(x);
      assertEquals("[1024, 5, 65535, 65535]", y.shape().toString());
      assertEquals(3L * (1L << 42), x.numel());
    }
  }
}
