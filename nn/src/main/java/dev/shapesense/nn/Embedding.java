package dev.shapesense.nn;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.EmbeddingRules;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.Embedding}: a lookup table {@code weight} of {@code [num_embeddings, embedding_dim]};
 * int64/int32 indices of any shape give {@code input.shape + [embedding_dim]}. A negative {@code
 * padding_idx} counts from the end; it must lie within {@code num_embeddings} (PyTorch's
 * AssertionError at construction).
 */
public class Embedding extends Module {
  private final Dim numEmbeddings;
  private final Dim embeddingDim;
  private Integer paddingIdx;
  private Double maxNorm;
  private double normType = 2.0;
  private boolean scaleGradByFreq;
  private boolean sparse;
  private Parameter weight;
  /** Whether the weight came from {@link #fromPretrained}: its padding row is kept. */
  private boolean pretrained;

  public Embedding(long numEmbeddings, long embeddingDim) {
    this(Dim.of(numEmbeddings), Dim.of(embeddingDim));
  }

  /** A table whose sizes may be symbolic, as the analyzer builds one from unknown arguments. */
  public Embedding(Dim numEmbeddings, Dim embeddingDim) {
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    weight = registerParameter("weight", Parameter.of(Shape.of(numEmbeddings, embeddingDim)));
  }

  public Embedding(long numEmbeddings, long embeddingDim, Integer paddingIdx) {
    this(numEmbeddings, embeddingDim);
    paddingIdx(paddingIdx);
  }

  public Embedding(long numEmbeddings, long embeddingDim, Integer paddingIdx, Double maxNorm) {
    this(numEmbeddings, embeddingDim, paddingIdx);
    this.maxNorm = maxNorm;
  }

  /** {@code reset_parameters}: N(0, 1). */
  @Override
  protected void initialise(String name, Parameter p) {
    Init.normal(p, 1);
  }

  /** {@code nn.Embedding.from_pretrained(embeddings)}: a 2-d table becomes the weight. */
  public static Embedding fromPretrained(Tensor embeddings) {
    EmbeddingRules.fromPretrained(embeddings.shape());
    Embedding e = new Embedding(embeddings.size(0), embeddings.size(1));
    e.weight = e.registerParameter("weight", new Parameter(embeddings, false));
    e.pretrained = true;
    return e;
  }

  /**
   * Sets {@code padding_idx} (null for none), checked against {@code num_embeddings}. As the
   * constructor argument does in PyTorch ({@code reset_parameters}), it zeroes that row of a CPU
   * weight, unless the weight is pretrained.
   */
  public Embedding paddingIdx(Integer paddingIdx) {
    if (paddingIdx == null) {
      this.paddingIdx = null;
    } else {
      long p = EmbeddingRules.paddingIdx(paddingIdx, numEmbeddings);
      this.paddingIdx = (int) p;
      if (!pretrained) {
        zeroRow(weight, this.paddingIdx);
      }
    }
    return this;
  }

  /** {@code _fill_padding_idx_with_zero}: row {@code row} of a CPU table becomes zeros. */
  static void zeroRow(Tensor weight, int row) {
    if (!weight.hasData()) {
      return;
    }
    double[] w = weight.doubles().clone();
    int dim = (int) weight.size(1);
    java.util.Arrays.fill(w, row * dim, (row + 1) * dim, 0);
    weight.copy_(Tensor.computed(weight.shape(), weight.dtype(), w));
  }

  public Embedding maxNorm(Double maxNorm) {
    this.maxNorm = maxNorm;
    return this;
  }

  public Embedding normType(double normType) {
    this.normType = normType;
    return this;
  }

  public Embedding scaleGradByFreq(boolean scaleGradByFreq) {
    this.scaleGradByFreq = scaleGradByFreq;
    return this;
  }

  public Embedding sparse(boolean sparse) {
    this.sparse = sparse;
    return this;
  }

  /** The table's row count ({@code num_embeddings}); indices must be below it. */
  public long numEmbeddings() {
    return numEmbeddings.value();
  }

  /** The size of each embedding vector ({@code embedding_dim}), the output's last dim. */
  public long embeddingDim() {
    return embeddingDim.value();
  }

  /** The padding index made non-negative, or null. */
  public Integer paddingIdx() {
    return paddingIdx;
  }

  public Parameter weight() {
    return weight;
  }

  public Tensor forward(Tensor input) {
    return fire(
        F.embedding(input, weight, paddingIdx, maxNorm, normType, scaleGradByFreq, sparse), input);
  }

  @Override
  protected String extraRepr() {
    StringBuilder sb =
        repr(numEmbeddings, embeddingDim, paddingIdx, maxNorm, normType, scaleGradByFreq);
    if (sparse) {
      sb.append(", sparse=True");
    }
    return sb.toString();
  }

  /**
   * The start of Embedding's and EmbeddingBag's {@code extra_repr}: the sizes, then each option
   * that is not PyTorch's default ({@code paddingIdx} null when printed later).
   */
  static StringBuilder repr(
      Object numEmbeddings,
      Object embeddingDim,
      Integer paddingIdx,
      Double maxNorm,
      double normType,
      boolean scaleGradByFreq) {
    StringBuilder sb = new StringBuilder().append(numEmbeddings).append(", ").append(embeddingDim);
    if (paddingIdx != null) {
      sb.append(", padding_idx=").append(paddingIdx);
    }
    if (maxNorm != null) {
      sb.append(", max_norm=").append(PythonFloat.repr(maxNorm));
    }
    if (normType != 2.0) {
      sb.append(", norm_type=").append(PythonFloat.repr(normType));
    }
    if (scaleGradByFreq) {
      sb.append(", scale_grad_by_freq=True");
    }
    return sb;
  }
}
