package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Index;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import org.junit.jupiter.api.Test;

/** The CPU device's contract: data, seeding, initialisation, and its errors. */
class CpuDeviceTest {
  @Test
  void theReadmeExampleComputes() {
    Linear fc = new Linear(2, 1);
    fc.weight().copy_(Tensors.tensor(new double[] {0.5, -1}, 1, 2));
    fc.bias().copy_(Tensors.tensor(new double[] {0.25}, 1));
    assertEquals(0.25, fc.forward(Tensors.tensor(new double[] {2, 1}, 1, 2)).item());
  }

  @Test
  void manualSeedMakesRandnAndInitRepeatable() {
    Tensors.manualSeed(7);
    double[] a = Tensors.randn(3, 4).doubles();
    double[] wa = new Conv2d(3, 4, 3).weight().doubles();
    Tensors.manualSeed(7);
    assertArrayEquals(a, Tensors.randn(3, 4).doubles());
    assertArrayEquals(wa, new Conv2d(3, 4, 3).weight().doubles());
    Tensors.manualSeed(8);
    assertFalse(java.util.Arrays.equals(a, Tensors.randn(3, 4).doubles()));
  }

  @Test
  void parametersGetPyTorchsInitialDistributions() {
    Tensors.manualSeed(0);
    Linear fc = new Linear(16, 32);
    double bound = 1 / Math.sqrt(16);
    for (double v : fc.weight().doubles()) {
      assertTrue(Math.abs(v) <= bound, "weight " + v);
    }
    for (double v : fc.bias().doubles()) {
      assertTrue(Math.abs(v) <= bound, "bias " + v);
    }
    BatchNorm2d bn = new BatchNorm2d(3);
    assertArrayEquals(new double[] {1, 1, 1}, bn.weight().doubles());
    assertArrayEquals(new double[] {0, 0, 0}, bn.bias().doubles());
    assertArrayEquals(new double[] {1, 1, 1}, bn.runningVar().doubles());
    double[] e = new Embedding(100, 100).weight().doubles();
    double mean = java.util.Arrays.stream(e).average().orElseThrow();
    double var =
        java.util.Arrays.stream(e).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
    assertEquals(0, mean, 0.05);
    assertEquals(1, var, 0.05);
  }

  @Test
  void float32ValuesAreRoundedAndInt64IsExact() {
    Tensor x = Tensors.tensor(new double[] {0.1}, 1);
    assertEquals((double) 0.1f, x.item());
    assertEquals(0.1, x.to(DType.FLOAT64).item(), 1e-8);
    long big = (1L << 60) + 1;
    Tensor i = Tensors.tensor(new long[] {big, 2}, 2);
    assertEquals(big + 2, i.add(Tensors.tensor(new long[] {2, 0}, 2)).longs()[0]);
  }

  @Test
  void metaHoldsNoDataAndDevicesDoNotMix() {
    Tensor meta = Tensors.randn(Device.META, 2, 3);
    assertFalse(meta.hasData());
    assertThrows(UnsupportedOperationException.class, meta::doubles);
    assertThrows(UnsupportedOperationException.class, () -> meta.to(Device.CPU));
    Tensor cpu = Tensors.randn(2, 3);
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> cpu.add(meta));
    assertTrue(
        e.getMessage().startsWith("Expected all tensors to be on the same device"), e.getMessage());
    assertEquals(Device.META, meta.add(cpu).device());
  }

  @Test
  void paddingIdxZeroesItsRowAtConstructionAsResetParametersDoes() {
    Tensors.manualSeed(1);
    // nn.Embedding(4, 2, padding_idx=1).weight[1] -> tensor([0., 0.])
    Embedding e = new Embedding(4, 2, 1);
    assertArrayEquals(new double[] {0, 0}, e.weight().index(Index.at(1)).doubles());
    assertTrue(e.weight().index(Index.at(0)).abs().sum().item() > 0);
    // nn.EmbeddingBag(4, 2, padding_idx=-1).weight[3] -> tensor([0., 0.])
    EmbeddingBag b = new EmbeddingBag(4, 2).paddingIdx(-1);
    assertArrayEquals(new double[] {0, 0}, b.weight().index(Index.at(3)).doubles());
    // A pretrained table keeps its rows.
    Tensor table = Tensors.tensor(new double[] {1, 2, 3, 4}, 2, 2);
    Embedding p = Embedding.fromPretrained(table).paddingIdx(0);
    assertArrayEquals(new double[] {1, 2}, p.weight().index(Index.at(0)).doubles());
  }

  private static void fails(String type, String message, Runnable r) {
    dev.shapesense.tensor.ShapeError e =
        assertThrows(dev.shapesense.tensor.ShapeError.class, r::run);
    assertEquals(message, e.getMessage());
    assertEquals(type, e.pythonType());
  }

  @Test
  void indexValuesAreCheckedAsPyTorchChecksThem() {
    Tensor w = Tensors.randn(3, 2);
    // F.embedding(torch.tensor([-1]), torch.randn(3, 2))
    fails(
        "IndexError",
        "index out of range in self",
        () -> F.embedding(Tensors.tensor(new long[] {-1}, 1), w));
    Tensor x = Tensors.randn(2, 3);
    // x.index_select(0, torch.tensor([2])), x.index_select(1, torch.tensor([3]))
    fails(
        "IndexError",
        "index out of range in self",
        () -> x.indexSelect(0, Tensors.tensor(new long[] {2}, 1)));
    fails(
        "RuntimeError",
        "INDICES element is out of DATA bounds, id=3 axis_dim=3",
        () -> x.indexSelect(1, Tensors.tensor(new long[] {3}, 1)));
    Tensor idx = Tensors.tensor(new long[] {1, 2, 0}, 3);
    // F.embedding_bag(torch.tensor([1, 2, 0]), w, torch.tensor([1, 2]))
    fails(
        "RuntimeError",
        "offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from"
            + " position 0. However, got 1\n[ torch.LongTensor{} ]",
        () -> F.embeddingBag(idx, w, Tensors.tensor(new long[] {1, 2}, 2)));
    // F.embedding_bag(torch.tensor([1, 2, 0]), w, torch.tensor([0, 5]))
    fails(
        "RuntimeError",
        "offsets[-1] can not be greater than input's length 3 but got offsets[-1] of 5",
        () -> F.embeddingBag(idx, w, Tensors.tensor(new long[] {0, 5}, 2)));
    Tensor bad = Tensors.tensor(new long[] {1, 5, 0}, 3);
    Tensor off = Tensors.tensor(new long[] {0, 1}, 2);
    // float32 sum runs FBGEMM; float64 (and max, and padding_idx) run ATen's loop.
    fails(
        "RuntimeError",
        "[enforce fail at embedding_lookup_idx.cc:214] 0 <= idx && idx < data_size. Index 1 is out"
            + " of bounds: 5, range 0 to 3",
        () -> F.embeddingBag(bad, w, off, null, 2.0, false, "sum"));
    fails(
        "RuntimeError",
        "embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be 5",
        () -> F.embeddingBag(bad, w.to(DType.FLOAT64), off, null, 2.0, false, "sum"));
    fails(
        "RuntimeError",
        "embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be 5",
        () -> F.embeddingBag(bad, w, off, null, 2.0, false, "max"));
  }

  @Test
  void inplaceOverwritesTheInputAndReturnsIt() {
    Tensor x = Tensors.tensor(new double[] {-1, 2}, 2);
    // y = F.relu(x, inplace=True): y is x, x -> tensor([0., 2.])
    assertSame(x, F.relu(x, true));
    assertArrayEquals(new double[] {0, 2}, x.doubles());
    Tensor z = Tensors.tensor(new double[] {-1, 2}, 2);
    // nn.LeakyReLU(0.5, inplace=True)(z): the same tensor, z -> tensor([-0.5, 2.])
    assertSame(z, new LeakyReLU(0.5, true).forward(z));
    assertArrayEquals(new double[] {-0.5, 2}, z.doubles());
    Tensor w = Tensors.tensor(new double[] {-1, 2}, 2);
    // nn.Dropout(0.5, inplace=True).eval()(w) is w, unchanged
    Dropout d = new Dropout(0.5).inplace(true);
    d.eval();
    assertSame(w, d.forward(w));
    assertArrayEquals(new double[] {-1, 2}, w.doubles());
    // Without inplace the input is left alone: F.elu(v) is a new tensor.
    Tensor v = Tensors.tensor(new double[] {-1, 2}, 2);
    F.elu(v);
    assertArrayEquals(new double[] {-1, 2}, v.doubles());
  }

  @Test
  void localResponseNormReturnsAnEmptyInputItself() {
    // F.local_response_norm(torch.zeros(0, 3, 4, dtype=torch.int64), 2) is x, still int64
    Tensor x = Tensors.zeros(DType.INT64, 0, 3, 4);
    assertSame(x, F.localResponseNorm(x, 2));
  }

  @Test
  void hstackAndVstackJoinAsTorchDoes() {
    Tensor a = Tensors.tensor(new double[] {1, 2}, 2);
    Tensor b = Tensors.tensor(new double[] {3}, 1);
    // torch.hstack([tensor([1., 2.]), tensor([3.])]) -> tensor([1., 2., 3.])
    assertArrayEquals(new double[] {1, 2, 3}, Tensors.hstack(java.util.List.of(a, b)).doubles());
    Tensor m = Tensors.tensor(new double[] {3, 4, 5, 6}, 2, 2);
    // torch.vstack([tensor([1., 2.]), tensor([[3., 4.], [5., 6.]])]) -> [[1, 2], [3, 4], [5, 6]]
    Tensor v = Tensors.vstack(java.util.List.of(a, m));
    assertEquals("[3, 2]", v.shape().toString());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, v.doubles());
    // torch.hstack([tensor([[1.], [2.]]), tensor([[3., 4.], [5., 6.]])]) -> [[1, 3, 4], [2, 5, 6]]
    Tensor h = Tensors.hstack(java.util.List.of(Tensors.tensor(new double[] {1, 2}, 2, 1), m));
    assertArrayEquals(new double[] {1, 3, 4, 2, 5, 6}, h.doubles());
  }

  @Test
  void fillAndZeroWriteInPlace() {
    Tensor x = Tensors.tensor(new double[] {1, 2, 3, 4}, 2, 2);
    // x.fill_(2.5) on float32 -> all 2.5, the same tensor returned
    assertSame(x, x.fill_(2.5));
    assertArrayEquals(new double[] {2.5, 2.5, 2.5, 2.5}, x.doubles());
    x.zero_();
    assertArrayEquals(new double[] {0, 0, 0, 0}, x.doubles());
    Tensor i = Tensors.zeros(DType.INT64, 3);
    // torch.zeros(3, dtype=torch.int64).fill_(7.9) -> tensor([7, 7, 7])
    i.fill_(7.9);
    assertArrayEquals(new long[] {7, 7, 7}, i.longs());
  }

  @Test
  void meshgridGivesPyTorchsGrids() {
    Tensor a = Tensors.tensor(new double[] {0, 1, 2}, 3);
    Tensor b = Tensors.tensor(new double[] {0, 1}, 2);
    // torch.meshgrid(torch.arange(3.), torch.arange(2.), indexing="xy")
    java.util.List<Tensor> xy = Tensors.meshgrid(java.util.List.of(a, b), "xy");
    assertEquals("[2, 3]", xy.get(0).shape().toString());
    assertArrayEquals(new double[] {0, 1, 2, 0, 1, 2}, xy.get(0).doubles());
    assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1}, xy.get(1).doubles());
    // the same with indexing="ij"
    java.util.List<Tensor> ij = Tensors.meshgrid(java.util.List.of(a, b), "ij");
    assertArrayEquals(new double[] {0, 0, 1, 1, 2, 2}, ij.get(0).doubles());
    assertArrayEquals(new double[] {0, 1, 0, 1, 0, 1}, ij.get(1).doubles());
  }

  @Test
  void basicIndexingComposesSelectSliceAndNewAxis() {
    Tensor x = Tensors.tensor(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 2, 3, 2);
    // x[:, -1, None, 1:] -> [[[5]], [[11]]]
    Tensor y = x.index(Index.all(), Index.at(-1), Index.none(), Index.from(1));
    assertEquals("[2, 1, 1]", y.shape().toString());
    assertArrayEquals(new double[] {5, 11}, y.doubles());
    // x[..., 0] -> [[0, 2, 4], [6, 8, 10]]
    assertArrayEquals(
        new double[] {0, 2, 4, 6, 8, 10}, x.index(Index.ellipsis(), Index.at(0)).doubles());
  }

  @Test
  void symbolicSizesStayOnMeta() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> Tensors.empty(Device.CPU, dev.shapesense.tensor.Shape.parse("N, 3")));
  }

  @Test
  void batchNormTrainingUpdatesRunningStats() {
    BatchNorm2d bn = new BatchNorm2d(1);
    Tensor x = Tensors.tensor(new double[] {1, 2, 3, 4}, 2, 1, 1, 2);
    bn.forward(x);
    // mean 2.5, unbiased var 5/3; momentum 0.1 from (0, 1).
    assertEquals(0.25, bn.runningMean().item(), 1e-7);
    assertEquals(0.9 + 0.1 * 5.0 / 3, bn.runningVar().item(), 1e-6);
  }

  @Test
  void torchFunctionalFormsAgreeWithF() {
    Tensors.manualSeed(3);
    Tensor x = Tensors.randn(2, 3, 4);
    assertArrayEquals(F.layerNorm(x, 4).doubles(), Tensors.layerNorm(x, 4).doubles());
    assertArrayEquals(F.groupNorm(x, 3).doubles(), Tensors.groupNorm(x, 3).doubles());
    assertArrayEquals(F.celu(x).doubles(), Tensors.celu(x).doubles());
    assertArrayEquals(F.selu(x).doubles(), Tensors.selu(x).doubles());
    Tensor w = Tensors.tensor(new double[] {0.1, 0.2, 0.3}, 3);
    assertArrayEquals(F.prelu(x, w).doubles(), Tensors.prelu(x, w).doubles());
    Tensor table = Tensors.randn(5, 2);
    Tensor idx = Tensors.tensor(new long[] {4, 0}, 2);
    assertArrayEquals(F.embedding(idx, table).doubles(), Tensors.embedding(table, idx).doubles());
    assertArrayEquals(x.doubles(), Tensors.dropout(x, 0.5, false).doubles());
  }
}
