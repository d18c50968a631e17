package dev.shapesense.nn;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.EmbeddingRules;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * Base of {@code nn.Embedding}: the lookup table {@code weight} of {@code [num_embeddings,
 * embedding_dim]}, the options (each with PyTorch's default; the generated class has their
 * setters), the forward and {@code from_pretrained}.
 */
public abstract class EmbeddingBase extends Module {
  final Dim numEmbeddings;
  final Dim embeddingDim;
  Integer paddingIdx;
  Double maxNorm;
  double normType = 2.0;
  boolean scaleGradByFreq;
  boolean sparse;
  Parameter weight;

  /** Whether the weight came from {@link #fromPretrained}: its padding row is kept. */
  boolean pretrained;

  EmbeddingBase(long numEmbeddings, long embeddingDim) {
    this(Dim.of(numEmbeddings), Dim.of(embeddingDim));
  }

  EmbeddingBase(Dim numEmbeddings, Dim embeddingDim) {
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    weight = registerParameter("weight", Parameter.of(Shape.of(numEmbeddings, embeddingDim)));
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
  final void setPaddingIdx(Integer paddingIdx) {
    if (paddingIdx == null) {
      this.paddingIdx = null;
    } else {
      long p = EmbeddingRules.paddingIdx(paddingIdx, numEmbeddings);
      this.paddingIdx = (int) p;
      if (!pretrained) {
        zeroRow(weight, this.paddingIdx);
      }
    }
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

  /** The table's row count ({@code num_embeddings}); indices must be below it. */
  public long numEmbeddings() {
    return numEmbeddings.value();
  }

  /** The size of each embedding vector ({@code embedding_dim}), the output's last dim. */
  public long embeddingDim() {
    return embeddingDim.value();
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
