import java.util.*;

import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.vit_b_16(): patch 16, 12 layers, 12 heads, hidden 768, MLP 3072. */
public class VisionTransformer extends Module {
    private final int image_size;
    private final int patch_size;
    private final int hidden_dim;
    private final Conv2d conv_proj;
    private final Parameter class_token;
    private final Encoder encoder;
    private final Sequential heads;

    public VisionTransformer() {
        this(224, 16, 12, 12, 768, 3072, 0.0, 0.0, 1000);
    }

    public VisionTransformer(int imageSize, int patchSize, int numLayers, int numHeads, int hiddenDim,
            int mlpDim, double dropout, double attentionDropout, int numClasses) {
        image_size = imageSize;
        patch_size = patchSize;
        hidden_dim = hiddenDim;
        conv_proj = new Conv2d(3, hiddenDim, patchSize).stride(patchSize);
        int seqLength = (imageSize / patchSize) * (imageSize / patchSize) + 1;
        class_token = new Parameter(Tensors.zeros(1, 1, hiddenDim));
        encoder = new Encoder(seqLength, numLayers, numHeads, hiddenDim, mlpDim, dropout, attentionDropout);
        heads = new Sequential().add("head", new Linear(hiddenDim, numClasses));
    }

    private Tensor processInput(Tensor x) {
        long n = x.size(0);
        int nH = image_size / patch_size;
        int nW = image_size / patch_size;
        x = conv_proj.forward(x);
        x = x.reshape(n, hidden_dim, nH * nW);
        return x.permute(0, 2, 1);
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = processInput(x);
        long n = x.size(0);
        Tensor batchClassToken = class_token.expand(n, -1, -1);
        x = Tensors.cat(List.of(batchClassToken, x), 1);
        x = encoder.forward(x);
        x = x.select(1, 0);
        return heads.forward(x);
    }
}
