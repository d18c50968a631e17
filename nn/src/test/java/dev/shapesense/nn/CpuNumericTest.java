package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CPU results equal PyTorch's on fixed inputs: {@code testdata/cpu/cases.json}, recorded by {@code
 * testdata/cpu/make_cases.py}, holds each case's inputs, parameters and outputs; the parameters are
 * copied in, so PyTorch's RNG plays no part. Tolerance: relative 1e-5 with an absolute floor of
 * 1e-6. The largest relative error seen is written to {@code target/cpu-numeric-report.txt}.
 */
class CpuNumericTest {
  static final double RTOL = 1e-5;
  static final double ATOL = 1e-6;
  static double maxRelative;

  /** A case: its module (or null) and how to call it on the inputs. */
  record Op(Supplier<Module> module, Function<List<Tensor>, List<Tensor>> call) {}

  static Op module(Supplier<Module> m) {
    return new Op(m, null);
  }

  static Op fn(Function<List<Tensor>, Tensor> f) {
    return new Op(null, in -> List.of(f.apply(in)));
  }

  /** A function with several outputs (a record of tensors, such as values and indices). */
  static Op fns(Function<List<Tensor>, Object> f) {
    return new Op(null, in -> flatten(f.apply(in)));
  }

  static final Map<String, Op> OPS =
      Map.ofEntries(
          Map.entry("linear", module(() -> new Linear(5, 3))),
          Map.entry(
              "conv1d",
              module(() -> new Conv1d(4, 6, 3).stride(2).padding(1).dilation(2).groups(2))),
          Map.entry(
              "conv2d",
              module(
                  () -> new Conv2d(4, 6, 3).stride(2, 1).padding(1, 2).dilation(1, 2).groups(2))),
          Map.entry(
              "conv2d_same_reflect",
              module(() -> new Conv2d(3, 4, 3).padding("same").paddingMode("reflect"))),
          Map.entry(
              "conv_transpose2d",
              module(
                  () ->
                      new ConvTranspose2d(4, 6, 3)
                          .stride(2)
                          .padding(1)
                          .outputPadding(1)
                          .groups(2))),
          Map.entry("max_pool2d", module(() -> new MaxPool2d(3, 2, 1))),
          Map.entry("max_pool2d_ceil", module(() -> new MaxPool2d(2, 2).ceilMode(true))),
          Map.entry(
              "avg_pool2d",
              module(() -> new AvgPool2d(3, 2, 1).ceilMode(true).countIncludePad(false))),
          Map.entry("avg_pool2d_pad", module(() -> new AvgPool2d(3, 2, 1))),
          Map.entry("adaptive_avg_pool2d", module(() -> new AdaptiveAvgPool2d(new int[] {3, 4}))),
          Map.entry("batch_norm2d_eval", module(() -> new BatchNorm2d(3))),
          Map.entry("batch_norm2d_train", module(() -> new BatchNorm2d(3))),
          Map.entry("layer_norm", module(() -> new LayerNorm(new long[] {4, 5}))),
          Map.entry("embedding", module(() -> new Embedding(10, 4))),
          Map.entry("relu", module(ReLU::new)),
          Map.entry("gelu", module(GELU::new)),
          Map.entry("silu", module(SiLU::new)),
          Map.entry("sigmoid", module(Sigmoid::new)),
          Map.entry("tanh", module(Tanh::new)),
          Map.entry("softmax", module(() -> new Softmax(1))),
          Map.entry("log_softmax", module(() -> new LogSoftmax(-1))),
          Map.entry("dropout_eval", module(() -> new Dropout(0.5))),
          Map.entry("add_broadcast", fn(in -> Tensors.add(in.get(0), in.get(1)))),
          Map.entry("mul_broadcast", fn(in -> Tensors.mul(in.get(0), in.get(1)))),
          Map.entry("matmul_batched", fn(in -> Tensors.matmul(in.get(0), in.get(1)))),
          Map.entry("sum_dims", fn(in -> in.get(0).sum(new int[] {1, 2}, true))),
          Map.entry("mean_last", fn(in -> in.get(0).mean(-1))),
          Map.entry("view", fn(in -> in.get(0).view(6, -1))),
          Map.entry("reshape", fn(in -> in.get(0).reshape(4, 6))),
          Map.entry("permute", fn(in -> in.get(0).permute(2, 0, 1))),
          Map.entry("transpose", fn(in -> in.get(0).transpose(0, 2))),
          Map.entry("flatten", fn(in -> Tensors.flatten(in.get(0), 1))),
          Map.entry("cat", fn(in -> Tensors.cat(List.of(in.get(0), in.get(1)), 1))),
          Map.entry("stack", fn(in -> Tensors.stack(List.of(in.get(0), in.get(1)), 1))),
          Map.entry("lp_pool2d", module(() -> new LPPool2d(2, 3, 2))),
          Map.entry("softmin", module(() -> new Softmin(1))),
          Map.entry("norm_p1", fn(in -> in.get(0).norm(1, 1))),
          Map.entry("lstm_cell", module(() -> new LSTMCell(5, 4))),
          Map.entry("gru_cell", module(() -> new GRUCell(5, 4))),
          Map.entry("rnn_cell_relu", module(() -> new RNNCell(5, 4).nonlinearity("relu"))),
          Map.entry("lstm", module(() -> new LSTM(5, 4).batchFirst(true))),
          Map.entry("gru", module(() -> new GRU(5, 4).batchFirst(true))),
          Map.entry(
              "lstm_bidirectional_2layer",
              module(() -> new LSTM(3, 4).numLayers(2).bidirectional(true))),
          Map.entry(
              "multihead_attention", module(() -> new MultiheadAttention(8, 2).batchFirst(true))),
          Map.entry("local_response_norm", module(() -> new LocalResponseNorm(3, 1e-2, 0.75, 2.0))),
          Map.entry("local_response_norm_3d", module(() -> new LocalResponseNorm(2))),
          Map.entry("local_response_norm_5d", module(() -> new LocalResponseNorm(4, 1e-1))),
          Map.entry(
              "local_response_norm_int",
              fn(in -> F.localResponseNorm(in.get(0), 3, 0.1, 0.75, 1.0))),
          Map.entry("embedding_bag_mean_2d", module(() -> new EmbeddingBag(10, 3))),
          Map.entry("embedding_bag_sum_offsets", module(() -> new EmbeddingBag(10, 3).mode("sum"))),
          Map.entry("embedding_bag_max", module(() -> new EmbeddingBag(10, 3).mode("max"))),
          Map.entry(
              "embedding_bag_per_sample_weights",
              module(() -> new EmbeddingBag(10, 3).mode("sum"))),
          Map.entry(
              "embedding_bag_include_last_offset",
              module(() -> new EmbeddingBag(10, 3).includeLastOffset(true))),
          Map.entry(
              "embedding_bag_padding_mean", module(() -> new EmbeddingBag(10, 3).paddingIdx(2))),
          Map.entry(
              "embedding_bag_padding_max",
              module(() -> new EmbeddingBag(10, 3).mode("max").paddingIdx(-1))),
          Map.entry(
              "embedding_bag_max_norm",
              module(() -> new EmbeddingBag(10, 3).maxNorm(1.0).normType(1.0).mode("sum"))),
          Map.entry(
              "embedding_bag_include_last_offset_f64",
              fn(
                  in ->
                      F.embeddingBag(
                          in.get(0), in.get(1), in.get(2), null, 2.0, false, "mean", false, null,
                          true, null))),
          Map.entry(
              "embedding_bag_int32_f64",
              fn(
                  in ->
                      F.embeddingBag(
                          in.get(0), in.get(1), in.get(2), null, 2.0, false, "sum", false,
                          in.get(3), false, null))),
          Map.entry(
              "embedding_max_norm_p3", module(() -> new Embedding(10, 4, 0, 1.0).normType(3.0))),
          Map.entry(
              "adaptive_max_pool1d_indices",
              fns(in -> F.adaptiveMaxPool1dWithIndices(in.get(0), 4))),
          Map.entry(
              "adaptive_max_pool2d_indices",
              fns(in -> F.adaptiveMaxPool2dWithIndices(in.get(0), new Integer[] {3, null}))),
          Map.entry(
              "adaptive_max_pool3d_indices",
              fns(in -> F.adaptiveMaxPool3dWithIndices(in.get(0), new int[] {2, 3, 2}))),
          Map.entry(
              "adaptive_max_pool2d_module_indices",
              module(() -> new AdaptiveMaxPool2d(2, 3).returnIndices(true))),
          Map.entry(
              "interpolate_bilinear_aa_down",
              fn(
                  in ->
                      F.interpolate(
                          in.get(0), new int[] {5, 7}, null, "bilinear", false, null, true))),
          Map.entry(
              "interpolate_bilinear_aa_mixed",
              fn(
                  in ->
                      F.interpolate(
                          in.get(0), new int[] {9, 3}, null, "bilinear", false, null, true))),
          Map.entry(
              "interpolate_bicubic_aa_scale",
              fn(in -> F.interpolate(in.get(0), null, 0.6, "bicubic", false, null, true))),
          Map.entry(
              "interpolate_bicubic_aa_align",
              fn(
                  in ->
                      F.interpolate(
                          in.get(0), new int[] {4, 9}, null, "bicubic", true, null, true))),
          Map.entry(
              "interpolate_bilinear_aa_scale_keeps_height",
              fn(in -> F.interpolate(in.get(0), null, 1.1, "bilinear", false, null, true))),
          Map.entry(
              "interpolate_bilinear_aa_f64",
              fn(
                  in ->
                      F.interpolate(
                          in.get(0), new int[] {3, 4}, null, "bilinear", false, null, true))),
          Map.entry("roll_flat", fn(in -> in.get(0).roll(-4))),
          Map.entry("roll_dims", fn(in -> in.get(0).roll(new long[] {1, -2}, new int[] {0, 2}))),
          Map.entry(
              "roll_repeated_dim_int64",
              fn(in -> Tensors.roll(in.get(0), new long[] {5, 2}, new int[] {1, -1}))),
          Map.entry("index_select_dim1", fn(in -> in.get(0).indexSelect(1, in.get(1)))),
          Map.entry(
              "index_select_dim0_int32", fn(in -> Tensors.indexSelect(in.get(0), 0, in.get(1)))),
          Map.entry(
              "index_select_scalar_index_int64", fn(in -> in.get(0).indexSelect(-1, in.get(1)))));

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.exists(p.resolve("testdata/cpu/cases.json"))) {
      p = p.getParent();
    }
    return p;
  }

  static Tensor tensor(JsonNode t) {
    long[] shape = new long[t.get("shape").size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = t.get("shape").get(i).asLong();
    }
    JsonNode data = t.get("data");
    if (t.get("dtype").asText().equals("int64")) {
      long[] v = new long[data.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = data.get(i).asLong();
      }
      return Tensors.tensor(v, shape);
    }
    double[] v = new double[data.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = data.get(i).asDouble();
    }
    return Tensors.tensor(DType.parse(t.get("dtype").asText()), v, shape);
  }

  @TestFactory
  Stream<DynamicTest> cpuMatchesPyTorch() throws Exception {
    JsonNode root = new ObjectMapper().readTree(root().resolve("testdata/cpu/cases.json").toFile());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      String name = c.get("name").asText();
      tests.add(DynamicTest.dynamicTest(name, () -> check(name, c)));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "every recorded case has a Java twin",
            () -> assertEquals(OPS.size(), root.get("cases").size())));
    tests.add(DynamicTest.dynamicTest("report", CpuNumericTest::report));
    return tests.stream();
  }

  static void report() throws Exception {
    Path out = Path.of("target/cpu-numeric-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "cases: " + OPS.size() + "\nmax relative error: " + maxRelative + "\n");
  }

  static void check(String name, JsonNode c) {
    Op op = OPS.get(name);
    assertTrue(op != null, "no Java twin for " + name);
    List<Tensor> inputs = new ArrayList<>();
    for (JsonNode in : c.get("inputs")) {
      inputs.add(tensor(in));
    }
    List<Tensor> outputs;
    Module m = null;
    try (var scope = Device.CPU.asDefault()) {
      if (op.module() != null) {
        m = op.module().get();
        var params = m.namedParameters();
        var it = c.get("params").fields();
        while (it.hasNext()) {
          var e = it.next();
          Tensor target =
              switch (e.getKey()) {
                case "running_mean" -> ((NormBase<?>) m).runningMean();
                case "running_var" -> ((NormBase<?>) m).runningVar();
                default -> params.get(e.getKey());
              };
          assertTrue(target != null, name + ": no parameter " + e.getKey());
          target.copy_(tensor(e.getValue()));
        }
        m.train(name.endsWith("_train"));
        outputs = flatten(call(m, inputs));
      } else {
        outputs = op.call().apply(inputs);
      }
    }
    JsonNode expected = c.get("outputs");
    assertEquals(expected.size(), outputs.size(), name + ": outputs");
    for (int i = 0; i < outputs.size(); i++) {
      compare(name + " output " + i, tensor(expected.get(i)), outputs.get(i));
    }
    if (c.has("buffers_after")) {
      compare(
          name + " running_mean",
          tensor(c.get("buffers_after").get("running_mean")),
          ((NormBase<?>) m).runningMean());
      compare(
          name + " running_var",
          tensor(c.get("buffers_after").get("running_var")),
          ((NormBase<?>) m).runningVar());
    }
  }

  static Object call(Module m, List<Tensor> in) {
    if (m instanceof LSTM l) {
      return l.forward(in.get(0));
    }
    if (m instanceof LSTMCell l) {
      return l.forward(in.get(0));
    }
    if (m instanceof GRU g) {
      return g.forward(in.get(0));
    }
    if (m instanceof AdaptiveMaxPool2d p && p.isReturnIndices()) {
      return p.forwardWithIndices(in.get(0));
    }
    if (m instanceof MultiheadAttention a) {
      return a.forward(in.get(0), in.get(1), in.get(2));
    }
    return m.call(in.toArray());
  }

  static List<Tensor> flatten(Object r) {
    List<Tensor> out = new ArrayList<>();
    if (r instanceof Tensor t) {
      out.add(t);
    } else if (r instanceof TupleOutput tuple) {
      for (Object o : tuple.asTuple()) {
        out.addAll(flatten(o));
      }
    } else if (r instanceof List<?> l) {
      for (Object o : l) {
        out.addAll(flatten(o));
      }
    }
    return out;
  }

  static void compare(String what, Tensor want, Tensor got) {
    assertEquals(want.shape(), got.shape(), what + ": shape");
    assertEquals(want.dtype(), got.dtype(), what + ": dtype");
    assertEquals(Shape.of(want.shape().dims()), got.shape());
    double[] w = want.doubles();
    double[] g = got.doubles();
    for (int i = 0; i < w.length; i++) {
      double err = Math.abs(w[i] - g[i]);
      if (Math.abs(w[i]) > ATOL / RTOL) {
        maxRelative = Math.max(maxRelative, err / Math.abs(w[i]));
      }
      if (err > Math.max(RTOL * Math.abs(w[i]), ATOL)) {
        throw new AssertionError(
            what + ": element " + i + " is " + g[i] + ", PyTorch " + w[i] + " (error " + err + ")");
      }
    }
  }
}
