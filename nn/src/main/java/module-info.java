/**
 * The PyTorch-like nn API: META and CPU tensors with symbolic dims ({@code dev.shapesense.tensor})
 * and the layers, containers and functions models are written with ({@code dev.shapesense.nn}).
 *
 * <p>A module reads a model's fields reflectively ({@code namedModules()}, {@code parameters()},
 * copies): a named module holding models opens their package to this one ({@code opens
 * com.example.models to dev.shapesense.nn;}). On the class path nothing is needed. The shape rules
 * ({@code dev.shapesense.tensor.rules}) stay internal.
 */
module dev.shapesense.nn {
  exports dev.shapesense.tensor;
  exports dev.shapesense.nn;
}
