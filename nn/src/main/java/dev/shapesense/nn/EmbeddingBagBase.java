package dev.shapesense.nn;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.EmbeddingBagRules;
import dev.shapesense.tensor.rules.EmbeddingRules;

/**
 * Base of {@code nn.EmbeddingBag}: the {@code [num_embeddings, embedding_dim]} weight, the options
 * (each with PyTorch's default; the generated class has their setters) and the forward ({@link
 * #run}).
 */
public abstract class EmbeddingBagBase extends Module {
  final long numEmbeddings;
  final long embeddingDim;
  Double maxNorm;
  double normType = 2.0;
  boolean scaleGradByFreq;
  String mode = "mean";
  boolean sparse;
  boolean includeLastOffset;
  Integer paddingIdx;
  final Parameter weight;

  EmbeddingBagBase(long numEmbeddings, long embeddingDim) {
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    weight = registerParameter("weight", Parameter.of(numEmbeddings, embeddingDim));
  }

  /** {@code reset_parameters}: N(0, 1). */
  @Override
  protected void initialise(String name, Parameter p) {
    Init.normal(p, 1);
  }

  /**
   * Sets {@code padding_idx} (null for none), checked against {@code num_embeddings}; as the
   * constructor argument does in PyTorch ({@code reset_parameters}), it zeroes that row of a CPU
   * weight.
   */
  final void setPaddingIdx(Integer paddingIdx) {
    this.paddingIdx =
        paddingIdx == null
            ? null
            : (int)
                EmbeddingRules.paddingIdx(
                    paddingIdx, Dim.of(numEmbeddings), "padding_idx must be within num_embeddings");
    if (this.paddingIdx != null) {
      EmbeddingBase.zeroRow(weight, this.paddingIdx);
    }
  }

  /** The forward, {@code offsets} and {@code perSampleWeights} null when not given. */
  final Tensor run(Tensor input, Tensor offsets, Tensor perSampleWeights) {
    var options =
        new EmbeddingBagRules.Options(
            maxNorm != null, scaleGradByFreq, mode, sparse, includeLastOffset, paddingIdx);
    return fire(
        NormOps.embeddingBag(input, weight, offsets, perSampleWeights, options, maxNorm, normType),
        input,
        offsets,
        perSampleWeights);
  }

  @Override
  protected String extraRepr() {
    StringBuilder sb =
        EmbeddingBase.repr(numEmbeddings, embeddingDim, null, maxNorm, normType, scaleGradByFreq);
    sb.append(", mode=").append(mode);
    if (paddingIdx != null) {
      sb.append(", padding_idx=").append(paddingIdx);
    }
    return sb.toString();
  }
}
