package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import org.junit.jupiter.api.Test;

/** Activation, dropout, normalisation and embedding modules: parameters, reprs, shapes. */
class ActivationNormEmbeddingTest {
  private static Tensor meta(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  @Test
  void parametersAreWeightAndBiasOnly() {
    assertEquals(32, new BatchNorm2d(16).parameterCount());
    assertEquals(0, new BatchNorm1d(16).affine(false).parameterCount());
    assertEquals(24, new LayerNorm(new int[] {3, 4}).parameterCount());
    assertEquals(0, new LayerNorm(8).elementwiseAffine(false).parameterCount());
    assertEquals(16, new GroupNorm(2, 8).parameterCount());
    assertEquals(0, new InstanceNorm2d(3).parameterCount());
    assertEquals(30, new Embedding(10, 3).parameterCount());
    assertEquals(3, new PReLU(3).parameterCount());
  }

  @Test
  void reprsMatchPyTorch() {
    assertEquals(
        "BatchNorm2d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)",
        new BatchNorm2d(3).toString());
    assertEquals(
        "LayerNorm((3, 4), eps=1e-05, elementwise_affine=True)",
        new LayerNorm(new int[] {3, 4}).toString());
    assertEquals("GroupNorm(2, 4, eps=1e-05, affine=True)", new GroupNorm(2, 4).toString());
    assertEquals(
        "InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False)",
        new InstanceNorm2d(3).toString());
    assertEquals(
        "Embedding(3, 4, padding_idx=1, max_norm=2.0)",
        new Embedding(3, 4).paddingIdx(1).maxNorm(2.0).toString());
    assertEquals("Dropout(p=0.25, inplace=False)", new Dropout(0.25).toString());
    assertEquals("GELU(approximate='none')", new GELU().toString());
    assertEquals("Softmax(dim=1)", new Softmax(1).toString());
    assertEquals("LeakyReLU(negative_slope=0.01)", new LeakyReLU().toString());
    assertEquals("Hardtanh(min_val=-1.0, max_val=1.0)", new Hardtanh().toString());
    assertEquals("Softplus(beta=1, threshold=20)", new Softplus().toString());
    assertEquals("RReLU(lower=0.125, upper=0.3333333333333333)", new RReLU().toString());
    assertEquals(
        "LocalResponseNorm(2, alpha=0.0001, beta=0.75, k=1.0)",
        new LocalResponseNorm(2).toString());
  }

  @Test
  void symbolicShapes() {
    Tensor x = meta("N, 16, H, W");
    assertEquals("[N, 16, H, W]", new BatchNorm2d(16).forward(x).shape().toString());
    assertEquals("[N, 16, H, W]", F.relu(x).shape().toString());
    assertEquals("[N, 8, H, W]", new GLU(1).forward(x).shape().toString());
    Tensor ids = Tensors.empty(Device.META, DType.INT64, Shape.parse("B, T"));
    assertEquals("[B, T, 64]", new Embedding(100, 64).forward(ids).shape().toString());
    assertEquals(
        "[B, T, 64]", F.embedding(ids, new Embedding(100, 64).weight()).shape().toString());
  }

  @Test
  void errorsInPyTorchPhases() {
    ShapeError construct = assertThrows(ShapeError.class, () -> new Dropout(2.0));
    assertEquals(
        "dropout probability has to be between 0 and 1, but got 2.0", construct.getMessage());
    assertEquals(
        "num_channels must be divisible by num_groups",
        assertThrows(ShapeError.class, () -> new GroupNorm(3, 32)).getMessage());
    assertEquals(
        "expected 4D input (got 3D input)",
        assertThrows(ShapeError.class, () -> new BatchNorm2d(6).forward(meta("2, 6, 6")))
            .getMessage());
    Tensor floats = meta("2, 3");
    assertEquals(
        "Expected tensor for argument #1 'indices' to have one of the following scalar types:"
            + " Long, Int; but got torch.FloatTensor instead (while checking arguments for"
            + " embedding)",
        assertThrows(ShapeError.class, () -> new Embedding(10, 3).forward(floats)).getMessage());
  }

  @Test
  void getters() {
    assertEquals(16, new BatchNorm1d(16).numFeatures());
    assertEquals("[3, 4]", new LayerNorm(new int[] {3, 4}).normalizedShape().toString());
    assertEquals(100, new Embedding(100, 8).numEmbeddings());
    assertEquals(8, new Embedding(100, 8).embeddingDim());
  }
}
