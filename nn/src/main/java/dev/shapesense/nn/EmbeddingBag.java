package dev.shapesense.nn;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.EmbeddingBagRules;
import dev.shapesense.tensor.rules.EmbeddingRules;

/**
 * {@code nn.EmbeddingBag}: sums, averages or maxes bags of embeddings of a {@code [num_embeddings,
 * embedding_dim]} table without building the intermediate embeddings. A 2-d input {@code [B, N]}
 * gives {@code [B, embedding_dim]}; a 1-d input with 1-d {@code offsets} gives one row per offset
 * (one fewer with {@code include_last_offset}).
 */
public class EmbeddingBag extends Module {
  private final long numEmbeddings;
  private final long embeddingDim;
  private Double maxNorm;
  private double normType = 2.0;
  private boolean scaleGradByFreq;
  private String mode = "mean";
  private boolean sparse;
  private boolean includeLastOffset;
  private Integer paddingIdx;
  private final Parameter weight;

  /** {@code reset_parameters}: N(0, 1). */
  @Override
  protected void initialise(String name, Parameter p) {
    Init.normal(p, 1);
  }

  public EmbeddingBag(long numEmbeddings, long embeddingDim) {
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    weight = registerParameter("weight", Parameter.of(numEmbeddings, embeddingDim));
  }

  public EmbeddingBag(long numEmbeddings, long embeddingDim, Double maxNorm) {
    this(numEmbeddings, embeddingDim);
    this.maxNorm = maxNorm;
  }

  public EmbeddingBag(
      long numEmbeddings,
      long embeddingDim,
      Double maxNorm,
      double normType,
      boolean scaleGradByFreq,
      String mode) {
    this(numEmbeddings, embeddingDim, maxNorm);
    this.normType = normType;
    this.scaleGradByFreq = scaleGradByFreq;
    this.mode = mode;
  }

  public EmbeddingBag maxNorm(Double maxNorm) {
    this.maxNorm = maxNorm;
    return this;
  }

  public EmbeddingBag normType(double normType) {
    this.normType = normType;
    return this;
  }

  public EmbeddingBag scaleGradByFreq(boolean scaleGradByFreq) {
    this.scaleGradByFreq = scaleGradByFreq;
    return this;
  }

  /** {@code 'sum'}, {@code 'mean'} or {@code 'max'}; checked by forward, as in PyTorch. */
  public EmbeddingBag mode(String mode) {
    this.mode = mode;
    return this;
  }

  public EmbeddingBag sparse(boolean sparse) {
    this.sparse = sparse;
    return this;
  }

  public EmbeddingBag includeLastOffset(boolean includeLastOffset) {
    this.includeLastOffset = includeLastOffset;
    return this;
  }

  /**
   * Sets {@code padding_idx} (null for none), checked against {@code num_embeddings}; as the
   * constructor argument does in PyTorch ({@code reset_parameters}), it zeroes that row of a CPU
   * weight.
   */
  public EmbeddingBag paddingIdx(Integer paddingIdx) {
    this.paddingIdx =
        paddingIdx == null
            ? null
            : (int)
                EmbeddingRules.paddingIdx(
                    paddingIdx, Dim.of(numEmbeddings), "padding_idx must be within num_embeddings");
    if (this.paddingIdx != null) {
      Embedding.zeroRow(weight, this.paddingIdx);
    }
    return this;
  }

  public long numEmbeddings() {
    return numEmbeddings;
  }

  public long embeddingDim() {
    return embeddingDim;
  }

  public Parameter weight() {
    return weight;
  }

  public Tensor forward(Tensor input) {
    return forward(input, null, null);
  }

  public Tensor forward(Tensor input, Tensor offsets) {
    return forward(input, offsets, null);
  }

  public Tensor forward(Tensor input, Tensor offsets, Tensor perSampleWeights) {
    var options =
        new EmbeddingBagRules.Options(
            maxNorm != null, scaleGradByFreq, mode, sparse, includeLastOffset, paddingIdx);
    return fire(
        NormOps.embeddingBag(
            input, weight, offsets, perSampleWeights, options, maxNorm, normType),
        input,
        offsets,
        perSampleWeights);
  }

  @Override
  protected String extraRepr() {
    StringBuilder sb =
        Embedding.repr(numEmbeddings, embeddingDim, null, maxNorm, normType, scaleGradByFreq);
    sb.append(", mode=").append(mode);
    if (paddingIdx != null) {
      sb.append(", padding_idx=").append(paddingIdx);
    }
    return sb.toString();
  }
}
