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
 * CPU results equal PyTorch's on fixed inputs: {@code testdata/cpu/cases.json}, recorded by
 * {@code testdata/cpu/make_cases.py}, holds each case's inputs, parameters and outputs; the
 * parameters are copied in, so PyTorch's RNG plays no part. Tolerance: relative 1e-5 with an
 * absolute floor of 1e-6. The largest relative error seen is written to
 * {@code target/cpu-numeric-report.txt}.
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

  static final Map<String, Op> OPS =
      Map.ofEntries(
          Map.entry("linear", module(() -> new Linear(5, 3))),
          Map.entry("conv1d", module(() -> new Conv1d(4, 6, 3).stride(2).padding(1).dilation(2).groups(2))),
          Map.entry(
              "conv2d",
              module(() -> new Conv2d(4, 6, 3).stride(2, 1).padding(1, 2).dilation(1, 2).groups(2))),
          Map.entry(
              "conv2d_same_reflect",
              module(() -> new Conv2d(3, 4, 3).padding("same").paddingMode("reflect"))),
          Map.entry(
              "conv_transpose2d",
              module(() -> new ConvTranspose2d(4, 6, 3).stride(2).padding(1).outputPadding(1).groups(2))),
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
          Map.entry("multihead_attention", module(() -> new MultiheadAttention(8, 2).batchFirst(true))));

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
    Files.writeString(
        out, "cases: " + OPS.size() + "\nmax relative error: " + maxRelative + "\n");
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
      compare(name + " running_mean", tensor(c.get("buffers_after").get("running_mean")), ((NormBase<?>) m).runningMean());
      compare(name + " running_var", tensor(c.get("buffers_after").get("running_var")), ((NormBase<?>) m).runningVar());
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
