package dev.shapesense.nn;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Tensor;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Batch norm over dim 1 (PyTorch's {@code _BatchNorm}): the subclass fixes the accepted ranks; the
 * output has the input's shape. Batch statistics are used in training and, in eval, when no running
 * stats are tracked; then more than one value per channel is required.
 *
 * @param <T> the concrete module, returned by the fluent setters
 */
public abstract class BatchNormBase<T extends BatchNormBase<T>> extends NormBase<T> {
  protected BatchNormBase(long numFeatures) {
    super(numFeatures, true, true);
  }

  /** Sets the optional arguments given positionally, in PyTorch's order. */
  protected void positional(double eps, Double momentum) {
    this.eps = eps;
    this.momentum = momentum;
  }

  /** The ValueError PyTorch raises for an input of the wrong rank, or null when it is accepted. */
  protected abstract String rankError(int rank);

  /** {@link #rankError} for a module that accepts the ranks {@code accepted}. */
  /** As {@link #expectRank(int, int...)} for one rank, without an array per call. */
  static String expectRank(int rank, int accepted) {
    return rank == accepted ? null : expectRank(rank, new int[] {accepted});
  }

  static String expectRank(int rank, int... accepted) {
    for (int r : accepted) {
      if (r == rank) {
        return null; // the per-call path: no stream
      }
    }
    return "expected "
        + Arrays.stream(accepted).mapToObj(r -> r + "D").collect(Collectors.joining(" or "))
        + " input (got "
        + rank
        + "D input)";
  }

  public Tensor forward(Tensor input) {
    String error = rankError(input.dim());
    Checks.check(error == null, "ValueError", () -> error);
    boolean bnTraining = isTraining() || (runningMean == null && runningVar == null);
    boolean passStats = !isTraining() || trackRunningStats;
    Tensor out =
        NormOps.batchNorm(
            input,
            passStats ? runningMean : null,
            passStats ? runningVar : null,
            weight,
            bias,
            bnTraining,
            runningAverageFactor(),
            eps);
    return fire(out, input);
  }
}
