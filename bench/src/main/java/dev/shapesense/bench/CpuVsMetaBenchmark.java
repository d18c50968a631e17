package dev.shapesense.bench;

import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The seed Net on META and on CPU, in one run: META's cost does not depend on the input size, CPU's
 * grows with it. Not JMH (a CPU forward at a large batch is seconds, not microseconds): each figure
 * is the median of timed calls after warm-up calls, in the same JVM.
 *
 * <p>The seed Net's classifier expects 32x32 images, so a [1024, 3, 65536, 65536] input fails at
 * fc1 (PyTorch's own error); the size comparison on META therefore times the convolutional trunk
 * (conv1, relu, pool, conv2, relu, pool: Net's own modules), and the full Net at [2, 3, 32, 32] and
 * [1024, 3, 32, 32]. Run: {@code java -cp $CP dev.shapesense.bench.CpuVsMetaBenchmark}.
 */
public final class CpuVsMetaBenchmark {
  private CpuVsMetaBenchmark() {}

  public static void main(String[] args) {
    Module metaNet = net(Device.META);
    Module cpuNet = net(Device.CPU);
    Tensor small = Tensors.randn(Device.META, 2, 3, 32, 32);
    Tensor huge = Tensors.randn(Device.META, 1 << 10, 3, 1 << 16, 1 << 16);
    double trunkSmall = median(() -> trunk(metaNet, small), 20_000, 20_000);
    double trunkHuge = median(() -> trunk(metaNet, huge), 20_000, 20_000);
    double netSmall = median(() -> metaNet.call(small), 20_000, 20_000);
    double netBatch =
        median(() -> metaNet.call(Tensors.randn(Device.META, 1024, 3, 32, 32)), 20_000, 20_000);
    System.out.printf("META trunk [2, 3, 32, 32]                 %12.2f us%n", trunkSmall / 1e3);
    System.out.printf(
        "META trunk [1024, 3, 65536, 65536]         %12.2f us  (x%.2f)%n",
        trunkHuge / 1e3, trunkHuge / trunkSmall);
    System.out.printf("META Net   [2, 3, 32, 32]                  %12.2f us%n", netSmall / 1e3);
    System.out.printf(
        "META Net   [1024, 3, 32, 32]               %12.2f us  (x%.2f)%n",
        netBatch / 1e3, netBatch / netSmall);
    double base = 0;
    for (int batch : new int[] {2, 8, 32, 128}) {
      Tensor x = Tensors.randn(Device.CPU, batch, 3, 32, 32);
      int reps = batch >= 128 ? 5 : 20;
      double t = median(() -> cpuNet.call(x), reps, reps);
      if (base == 0) {
        base = t;
      }
      System.out.printf(
          "CPU  Net   [%d, 3, 32, 32] %s%12.2f us  (x%.2f; x%.1f META)%n",
          batch,
          " ".repeat(Math.max(0, 16 - String.valueOf(batch).length())),
          t / 1e3,
          t / base,
          t / netSmall);
    }
  }

  private static Module net(Device device) {
    try (var scope = device.asDefault()) {
      Module m = MetaModels.construct(MetaModels.NET);
      m.eval();
      return m;
    }
  }

  /** conv1, relu, pool, conv2, relu, pool: the seed Net's trunk, through its own modules. */
  private static Tensor trunk(Module net, Tensor x) {
    Map<String, Module> m = net.namedModules();
    Module pool = m.get("pool");
    x = pool.call(m.get("conv1").call(x).relu());
    return pool.call(m.get("conv2").call(x).relu());
  }

  /** The median wall time in nanoseconds of {@code timed} calls after {@code warmup} calls. */
  private static double median(Supplier<?> call, int warmup, int timed) {
    for (int i = 0; i < warmup; i++) {
      call.get();
    }
    long[] t = new long[timed];
    for (int i = 0; i < timed; i++) {
      long t0 = System.nanoTime();
      call.get();
      t[i] = System.nanoTime() - t0;
    }
    Arrays.sort(t);
    return t[timed / 2];
  }
}
