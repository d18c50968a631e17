package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;
import java.util.List;

/**
 * One evaluation of a module call site ({@code conv1.forward(x)}) at {@code range} of {@code path}:
 * the module's simple type name, the inputs' and the output's shape labels as hints show them (null
 * when unknown), and the field the module was read from ({@code fieldPath}, {@code field}: the
 * variable declarator's range; {@code fieldName}), or nulls when it was not read from a field. What
 * only a hover shows ({@link Details}: the module as PyTorch prints it, its parameter count,
 * torchinfo's statistics of the call, the symbols of its shapes) is worked out when first asked
 * for, from the module as the run left it. Offsets are 0-based UTF-16, end exclusive.
 */
public record ModuleCall(
    String path,
    TextRange range,
    String type,
    List<String> inputs,
    String output,
    String fieldPath,
    TextRange field,
    String fieldName,
    Lazy<Details> details) {

  /**
   * The module as PyTorch prints it, its parameter count (null when unknown), torchinfo's
   * statistics of the call (null when unknown) and the symbols the inputs' and output's shapes use
   * (in name order).
   */
  public record Details(
      String repr, Dim params, LayerStats stats, java.util.SortedSet<String> symbols) {}

  public String repr() {
    return details.get().repr();
  }

  public Dim params() {
    return details.get().params();
  }

  public LayerStats stats() {
    return details.get().stats();
  }

  public java.util.SortedSet<String> symbols() {
    return details.get().symbols();
  }

  /**
   * Equal components, the details last: a record's own equals compares its last component first,
   * and the details are worked out only when everything else is equal.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ModuleCall c
        && java.util.Objects.equals(range, c.range)
        && java.util.Objects.equals(output, c.output)
        && java.util.Objects.equals(path, c.path)
        && java.util.Objects.equals(type, c.type)
        && java.util.Objects.equals(inputs, c.inputs)
        && java.util.Objects.equals(fieldPath, c.fieldPath)
        && java.util.Objects.equals(field, c.field)
        && java.util.Objects.equals(fieldName, c.fieldName)
        && java.util.Objects.equals(details, c.details);
  }

  /**
   * From the place and the output only (equal records have equal ones): a record's own hash would
   * hash the details too, working them out for every call the analysis puts in its set.
   */
  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hashCode(range) + java.util.Objects.hashCode(output);
  }
}
