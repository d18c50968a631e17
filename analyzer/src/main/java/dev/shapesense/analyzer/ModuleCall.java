package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;
import java.util.List;

/**
 * One evaluation of a module call site ({@code conv1.forward(x)}) at {@code range} of {@code path}:
 * the module's simple type name, the module as PyTorch prints it, its parameter count (null when
 * unknown), the inputs' and the output's shape labels as hints show them (null when unknown), and
 * the field the module was read from ({@code fieldPath}, {@code field}: the variable declarator's
 * range), or nulls when it was not read from a field, and torchinfo's statistics of the call
 * ({@code stats}, null when unknown); the field's name ({@code fieldName}, null with {@code field})
 * and the symbols the inputs' and output's shapes use ({@code symbols}, in name order). Offsets are
 * 0-based UTF-16, end exclusive.
 */
public record ModuleCall(
    String path,
    TextRange range,
    String type,
    String repr,
    Dim params,
    List<String> inputs,
    String output,
    String fieldPath,
    TextRange field,
    LayerStats stats,
    String fieldName,
    java.util.SortedSet<String> symbols) {}
