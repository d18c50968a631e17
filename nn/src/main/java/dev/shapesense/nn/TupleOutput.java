package dev.shapesense.nn;

import java.util.List;

/**
 * A forward result that PyTorch returns as a tuple. {@link #asTuple()} gives its parts nested as
 * PyTorch nests them: each part a Tensor, null, or a nested list (LSTM: {@code [output, [hN,
 * cN]]}).
 */
public interface TupleOutput {
  List<Object> asTuple();
}
