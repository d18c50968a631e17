package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;

/**
 * The totals of torchinfo's summary footer for one model and input, each a possibly symbolic {@link
 * Dim} (null when unknown); sizes in bytes. {@code macs} adds the calls' multiply-adds, {@code
 * forwardBackwardBytes} twice the output bytes of each call of a layer without children that has
 * parameters, {@code paramBytes} the parameter bytes of those layers (each module once), {@code
 * totalBytes} input, forward/backward and parameter bytes. docs/summary.md has the formulas.
 */
public record ModelSummary(
    Dim params,
    Dim trainableParams,
    Dim macs,
    Dim inputBytes,
    Dim forwardBackwardBytes,
    Dim paramBytes,
    Dim totalBytes) {

  /** {@code params - trainableParams}, null when either is unknown. */
  public Dim nonTrainableParams() {
    return params == null || trainableParams == null ? null : params.minus(trainableParams);
  }
}
