package dev.shapesense.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's networks give PyTorch's outputs and parameter counts for the same architectures
 * (PyTorch 1.13: seed Net 62,006, torchvision resnet50 25,557,032, the 12-layer encoder
 * 85,054,464), on META, in eval mode.
 */
class MetaModelsTest {
  private static void check(String name, String output, long params) {
    Module m = MetaModels.create(name);
    assertFalse(m.isTraining());
    Tensor y = m.call(MetaModels.input(name));
    assertEquals(output, y.shape().toString());
    assertEquals(Device.META, y.device());
    assertEquals(params, m.parameterCount());
  }

  @Test
  void seedNet() {
    check(MetaModels.NET, "[1024, 10]", 62_006);
  }

  @Test
  void resNet50() {
    check(MetaModels.RESNET50, "[8, 1000]", 25_557_032);
  }

  @Test
  void transformerEncoder() {
    check(MetaModels.TRANSFORMER, "[8, 512, 768]", 85_054_464);
  }
}
