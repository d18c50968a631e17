import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Multi-head attention with T5's bucketed relative position bias (self-attention, no cache). */
public class T5Attention extends Module {
    public record Output(Tensor attnOutput, Tensor positionBias) {}

    private final boolean is_decoder;
    private final boolean has_relative_attention_bias;
    private final int relative_attention_num_buckets;
    private final int relative_attention_max_distance;
    private final int d_model;
    private final int key_value_proj_dim;
    private final int n_heads;
    private final double dropout;
    private final int inner_dim;
    private final Linear q;
    private final Linear k;
    private final Linear v;
    private final Linear o;
    private Embedding relative_attention_bias;

    public T5Attention(T5Config config, boolean hasRelativeAttentionBias) {
        is_decoder = config.isDecoder();
        has_relative_attention_bias = hasRelativeAttentionBias;
        relative_attention_num_buckets = config.relativeAttentionNumBuckets();
        relative_attention_max_distance = config.relativeAttentionMaxDistance();
        d_model = config.dModel();
        key_value_proj_dim = config.dKv();
        n_heads = config.numHeads();
        dropout = config.dropoutRate();
        inner_dim = n_heads * key_value_proj_dim;

        q = new Linear(d_model, inner_dim).bias(false);
        k = new Linear(d_model, inner_dim).bias(false);
        v = new Linear(d_model, inner_dim).bias(false);
        o = new Linear(inner_dim, d_model).bias(false);

        if (has_relative_attention_bias) {
            relative_attention_bias = new Embedding(relative_attention_num_buckets, n_heads);
        }
    }

    /**
     * Translate relative position to a bucket number for relative attention (Mesh Tensorflow): small
     * distances get their own bucket, larger ones share logarithmically bigger buckets.
     */
    static Tensor relativePositionBucket(Tensor relativePosition, boolean bidirectional, int numBuckets, int maxDistance) {
        Tensor relativeBuckets = Tensors.zerosLike(relativePosition);
        if (bidirectional) {
            numBuckets /= 2;
            relativeBuckets = relativeBuckets.add(relativePosition.gt(0).to(DType.INT64).mul(numBuckets));
            relativePosition = Tensors.abs(relativePosition);
        } else {
            relativePosition = Tensors.minimum(relativePosition, Tensors.zerosLike(relativePosition)).neg();
        }
        // now relative_position is in the range [0, inf)

        // half of the buckets are for exact increments in positions
        int maxExact = numBuckets / 2;
        Tensor isSmall = relativePosition.lt(maxExact);

        // The other half of the buckets are for logarithmically bigger bins in positions up to max_distance
        Tensor relativePositionIfLarge = Tensors.log(relativePosition.to(DType.FLOAT32).div(maxExact))
                .div(Math.log((double) maxDistance / maxExact))
                .mul(numBuckets - maxExact)
                .to(DType.INT64)
                .add(maxExact);
        relativePositionIfLarge = Tensors.minimum(relativePositionIfLarge,
                Tensors.full(relativePositionIfLarge.device(), DType.INT64, relativePositionIfLarge.shape(), numBuckets - 1));

        relativeBuckets = relativeBuckets.add(Tensors.where(isSmall, relativePosition, relativePositionIfLarge));
        return relativeBuckets;
    }

    /** Compute binned relative position bias [1, n_heads, query_length, key_length]. */
    private Tensor computeBias(long queryLength, long keyLength) {
        Tensor contextPosition = Tensors.arange(queryLength).index(Index.all(), Index.none());
        Tensor memoryPosition = Tensors.arange(keyLength).index(Index.none(), Index.all());
        Tensor relativePosition = memoryPosition.sub(contextPosition); // shape (query_length, key_length)
        Tensor relativePositionBucket = relativePositionBucket(relativePosition, !is_decoder,
                relative_attention_num_buckets, relative_attention_max_distance);
        Tensor values = relative_attention_bias.forward(relativePositionBucket); // shape (query_length, key_length, num_heads)
        values = values.permute(2, 0, 1).unsqueeze(0); // shape (1, num_heads, query_length, key_length)
        return values;
    }

    private Tensor shape(Tensor states, long batchSize) {
        return states.view(batchSize, -1, n_heads, key_value_proj_dim).transpose(1, 2);
    }

    private Tensor unshape(Tensor states, long batchSize) {
        return states.transpose(1, 2).contiguous().view(batchSize, -1, inner_dim);
    }

    public Output forward(Tensor hiddenStates, Tensor mask, Tensor positionBias) {
        long batchSize = hiddenStates.size(0);
        long seqLength = hiddenStates.size(1);
        long realSeqLength = seqLength;
        long keyLength = realSeqLength;

        Tensor queryStates = shape(q.forward(hiddenStates), batchSize); // (batch_size, n_heads, seq_length, dim_per_head)
        Tensor keyStates = shape(k.forward(hiddenStates), batchSize);
        Tensor valueStates = shape(v.forward(hiddenStates), batchSize);

        // compute scores, equivalent of torch.einsum("bnqd,bnkd->bnqk", query_states, key_states)
        Tensor scores = Tensors.matmul(queryStates, keyStates.transpose(3, 2));

        if (positionBias == null) {
            if (!has_relative_attention_bias) {
                positionBias = Tensors.zeros(1, n_heads, realSeqLength, keyLength);
            } else {
                positionBias = computeBias(realSeqLength, keyLength);
            }
            if (mask != null) {
                positionBias = positionBias.add(mask); // (batch_size, n_heads, seq_length, key_length)
            }
        }

        scores = scores.add(positionBias);
        Tensor attnWeights = F.softmax(scores.to(DType.FLOAT32), -1).to(scores.dtype()); // (batch_size, n_heads, seq_length, key_length)
        attnWeights = F.dropout(attnWeights, dropout, isTraining());

        Tensor attnOutput = unshape(Tensors.matmul(attnWeights, valueStates), batchSize); // (batch_size, seq_length, dim)
        attnOutput = o.forward(attnOutput);
        return new Output(attnOutput, positionBias);
    }
}
