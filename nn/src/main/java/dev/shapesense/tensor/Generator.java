package dev.shapesense.tensor;

import java.util.SplittableRandom;

/**
 * The default random generator of CPU factories, dropout masks and parameter initialisation ({@code
 * torch.manual_seed} sets it through {@link Tensors#manualSeed}). Draws are deterministic for a
 * seed, but not PyTorch's sequence: tests that compare numbers with PyTorch set their weights
 * explicitly. Shared by all threads (calls are synchronized), as PyTorch's default generator is.
 */
public final class Generator {
  /** PyTorch's default initial seed. */
  private static final long DEFAULT_SEED = 67280421310721L;

  private static SplittableRandom random = new SplittableRandom(DEFAULT_SEED);

  private Generator() {}

  static synchronized void manualSeed(long seed) {
    random = new SplittableRandom(seed);
  }

  /** {@code n} draws from N(0, 1). */
  public static synchronized double[] normal(int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = random.nextGaussian();
    }
    return out;
  }

  /** {@code n} draws from U(low, high). */
  public static synchronized double[] uniform(int n, double low, double high) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = low + (high - low) * random.nextDouble();
    }
    return out;
  }

  /** {@code n} draws of 1 with probability {@code keep}, else 0. */
  public static synchronized double[] bernoulli(int n, double keep) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = random.nextDouble() < keep ? 1 : 0;
    }
    return out;
  }

  /** {@code n} integers in {@code [low, high)}. */
  public static synchronized long[] integers(int n, long low, long high) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = low + (long) Math.floor(random.nextDouble() * (high - low));
    }
    return out;
  }
}
