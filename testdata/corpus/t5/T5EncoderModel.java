import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * huggingface/transformers models/t5/modeling_t5.py's T5EncoderModel: shared embedding, a T5Stack
 * of T5Blocks whose first self-attention computes the bucketed relative position bias that the
 * later blocks reuse. Small T5Config; no cache, no head mask, tuples as records.
 */
public class T5EncoderModel extends Module {
    private final Embedding shared;
    private final T5Stack encoder;

    public T5EncoderModel() {
        this(new T5Config());
    }

    public T5EncoderModel(T5Config config) {
        shared = new Embedding(config.vocabSize(), config.dModel());
        encoder = new T5Stack(config, shared);
    }

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor inputIds) {
        Tensor encoderOutputs = encoder.call(inputIds);
        return encoderOutputs;
    }
}
