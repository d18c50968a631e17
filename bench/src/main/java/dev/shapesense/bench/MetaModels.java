package dev.shapesense.bench;

import dev.shapesense.nn.Module;
import dev.shapesense.nn.TransformerEncoder;
import dev.shapesense.nn.TransformerEncoderLayer;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.lang.reflect.InvocationTargetException;

/**
 * The three networks of the META benchmark and their inputs, the same architectures and sizes as
 * {@code bench/torch_meta.py} builds in PyTorch. The seed Net and ResNet-50 are the classes
 * compiled from {@code testdata/models} (default package, hence constructed by name); the encoder
 * is built from nn calls as {@code nets.big_transformer_encoder()} builds it. Every module is in
 * eval mode, as in the PyTorch script.
 */
public final class MetaModels {
  /** The benchmark's model names, as JMH's {@code model} parameter and the report use them. */
  public static final String NET = "Net";

  public static final String RESNET50 = "ResNet50";
  public static final String TRANSFORMER = "TransformerEncoder";

  private MetaModels() {}

  /** A fresh model with all parameters on META, in eval mode. */
  public static Module create(String name) {
    try (var scope = Device.META.asDefault()) {
      Module m =
          switch (name) {
            case NET, RESNET50 -> construct(name);
            case TRANSFORMER ->
                new TransformerEncoder(
                        new TransformerEncoderLayer(768, 12).dimFeedforward(3072).batchFirst(true),
                        12)
                    .enableNestedTensor(false);
            default -> throw new IllegalArgumentException("unknown model: " + name);
          };
      m.to(Device.META);
      m.eval();
      return m;
    }
  }

  /** The META input of one forward pass: the seed's batch for Net, batch 8 for the others. */
  public static Tensor input(String name) {
    return switch (name) {
      case NET -> Tensors.randn(Device.META, 1024, 3, 32, 32);
      case RESNET50 -> Tensors.randn(Device.META, 8, 3, 224, 224);
      case TRANSFORMER -> Tensors.randn(Device.META, 8, 512, 768);
      default -> throw new IllegalArgumentException("unknown model: " + name);
    };
  }

  static Module construct(String className) {
    try {
      return (Module) Class.forName(className).getConstructor().newInstance();
    } catch (ClassNotFoundException
        | NoSuchMethodException
        | InstantiationException
        | IllegalAccessException e) {
      throw new IllegalStateException(
          "testdata model " + className + " is not on the class path", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
