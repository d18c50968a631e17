package dev.shapesense.tensor;

import dev.shapesense.nn.TupleOutput;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code (values, indices)} pair PyTorch returns from {@code max(dim)}, {@code min(dim)} and
 * similar reductions ({@code torch.return_types.max}): indices are int64, both of the same shape.
 */
public record ValuesIndices(Tensor values, Tensor indices) implements TupleOutput {
  @Override
  public List<Object> asTuple() {
    return Arrays.asList(values, indices);
  }
}
