package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;

/**
 * torchinfo's statistics of one module call (docs/summary.md has the formulas). Every count is a
 * possibly symbolic {@link Dim}, null when unknown. {@code macs}: multiply-adds of the call, those
 * of the calls and functional matmuls inside it included (for a layer without children, torchinfo's
 * per-layer number). {@code trainableParams}: elements of parameters that require grad, children
 * included. {@code paramBytes}: bytes of all its parameters. {@code outputBytes}: bytes of its
 * output (the first tensor of a tuple). {@code leaf}: the module has no children. {@code
 * recursive}: the module was called before in this forward pass.
 */
public record LayerStats(
    Dim macs,
    Dim trainableParams,
    Dim paramBytes,
    Dim outputBytes,
    boolean leaf,
    boolean recursive) {}
