package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;
import java.util.List;

/**
 * One module call in forward-hook order: dotted path as {@code namedModules()} gives it ({@code ""}
 * for the model), simple class name, 1-based line of the call site in the model's source, the
 * tensor inputs (shapes; null for a non-tensor argument) and the output: a {@code Shape} or a list
 * nesting shapes as PyTorch nests a tuple (null when unknown). {@code params} counts the module's
 * parameters, children included. {@code error} is the message of a call that failed (its output is
 * then what the layer gives for a fitting input), else null. {@code stats}: torchinfo's statistics
 * of the call (multiply-adds, memory).
 */
public record TraceEntry(
    String path,
    String type,
    int line,
    List<Object> inputs,
    Object output,
    Dim params,
    String error,
    LayerStats stats) {}
