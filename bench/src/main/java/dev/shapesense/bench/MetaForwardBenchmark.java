package dev.shapesense.bench;

import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Tensor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item 1: one forward pass of a whole network on the META device, warm. {@code net.call(x)} is the
 * Java form of PyTorch's {@code net(x)} (forward plus hooks), which the PyTorch side times.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The seed Net reaches its steady state only after about 5 s of calls on a loaded 2-core machine
// (JIT compilation competes for the cores): 3 x 1 s measured the compiler, not the forward.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MetaForwardBenchmark {
  @Param({MetaModels.NET, MetaModels.RESNET50, MetaModels.TRANSFORMER})
  public String model;

  private Module net;
  private Tensor input;

  @Setup
  public void setUp() {
    net = MetaModels.create(model);
    input = MetaModels.input(model);
  }

  @Benchmark
  public Tensor forward() {
    return net.call(input);
  }
}
