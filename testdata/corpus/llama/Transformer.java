import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * meta-llama/llama model.py's Transformer: RMSNorm, rotary embeddings written out with cos/sin
 * instead of complex numbers, grouped-query attention, SwiGLU feed-forward; no kv cache.
 */
public class Transformer extends Module {
    private final ModelArgs params;
    private final int vocab_size;
    private final int n_layers;
    private final Embedding tok_embeddings;
    private final ModuleList layers = new ModuleList();
    private final RMSNorm norm;
    private final Linear output;
    private final Tensor freqs_cos;
    private final Tensor freqs_sin;

    public Transformer() {
        this(new ModelArgs());
    }

    public Transformer(ModelArgs params) {
        this.params = params;
        vocab_size = params.vocabSize();
        n_layers = params.nLayers();
        tok_embeddings = new Embedding(params.vocabSize(), params.dim());
        for (int layerId = 0; layerId < params.nLayers(); layerId++) {
            layers.append(new TransformerBlock(layerId, params));
        }
        norm = new RMSNorm(params.dim(), params.normEps());
        output = new Linear(params.dim(), params.vocabSize()).bias(false);
        Tensor freqs = precomputeFreqs(params.dim() / params.nHeads(), params.maxSeqLen() * 2, 10000.0);
        freqs_cos = Tensors.cos(freqs);
        freqs_sin = Tensors.sin(freqs);
    }

    /** The angles t * theta^(-2i/dim) of every position t < end and pair i < dim / 2. */
    static Tensor precomputeFreqs(int dim, int end, double theta) {
        Tensor exponents = Tensors.arange(0, dim, 2).slice(0, 0, dim / 2).to(DType.FLOAT32).div(dim);
        Tensor freqs = Tensors.pow(theta, exponents).reciprocal();
        Tensor t = Tensors.arange(end).to(DType.FLOAT32);
        return Tensors.outer(t, freqs); // [end, dim / 2]
    }

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor tokens) {
        long seqlen = tokens.size(1);
        Tensor h = tok_embeddings.forward(tokens);
        Tensor freqsCos = freqs_cos.slice(0, 0, seqlen);
        Tensor freqsSin = freqs_sin.slice(0, 0, seqlen);

        Tensor mask = null;
        if (seqlen > 1) {
            Tensor i = Tensors.arange(seqlen).view(seqlen, 1);
            Tensor j = Tensors.arange(seqlen).view(1, seqlen);
            // torch.triu(torch.full((seqlen, seqlen), -inf), diagonal=1), written with arange
            mask = Tensors.zeros(seqlen, seqlen).maskedFill(j.gt(i), Double.NEGATIVE_INFINITY);
        }
        for (Module layer : layers) {
            h = layer.call(h, freqsCos, freqsSin, mask);
        }
        h = norm.forward(h);
        Tensor out = output.forward(h).to(DType.FLOAT32);
        return out;
    }
}
