import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** torchvision.models.swin_t(): patch 4, embed 96, depths [2, 2, 6, 2], heads [3, 6, 12, 24], window 7, stochastic depth 0.2. */
public class SwinTransformer extends Module {
    private final int numClasses;
    private final Sequential features;
    private final Module norm;
    private final Permute permute = new Permute(new int[] {0, 3, 1, 2});
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Flatten flatten = new Flatten(1);
    private final Linear head;

    public SwinTransformer() {
        this(new int[] {4, 4}, 96, new int[] {2, 2, 6, 2}, new int[] {3, 6, 12, 24}, new int[] {7, 7}, 4.0, 0.0, 0.0, 0.2, 1000);
    }

    public SwinTransformer(int[] patchSize, int embedDim, int[] depths, int[] numHeads, int[] windowSize, double mlpRatio,
            double dropout, double attentionDropout, double stochasticDepthProb, int numClasses) {
        this.numClasses = numClasses;
        IntFunction<Module> normLayer = c -> new LayerNorm(c, 1e-5);

        List<Module> layers = new ArrayList<>();
        // split image into non-overlapping patches
        layers.add(new Sequential(
                new Conv2d(3, embedDim, new int[] {patchSize[0], patchSize[1]}).stride(patchSize[0], patchSize[1]),
                new Permute(new int[] {0, 2, 3, 1}),
                normLayer.apply(embedDim)));

        int totalStageBlocks = 0;
        for (int d : depths) {
            totalStageBlocks += d;
        }
        int stageBlockId = 0;
        // build SwinTransformer blocks
        for (int iStage = 0; iStage < depths.length; iStage++) {
            List<Module> stage = new ArrayList<>();
            int dim = embedDim * (1 << iStage);
            for (int iLayer = 0; iLayer < depths[iStage]; iLayer++) {
                // adjust stochastic depth probability based on the depth of the stage block
                double sdProb = stochasticDepthProb * stageBlockId / (totalStageBlocks - 1);
                int[] shiftSize = new int[windowSize.length];
                for (int j = 0; j < windowSize.length; j++) {
                    shiftSize[j] = iLayer % 2 == 0 ? 0 : windowSize[j] / 2;
                }
                stage.add(new SwinTransformerBlock(dim, numHeads[iStage], windowSize, shiftSize, mlpRatio, dropout,
                        attentionDropout, sdProb, normLayer));
                stageBlockId++;
            }
            layers.add(new Sequential(stage.toArray(new Module[0])));
            // add patch merging layer
            if (iStage < depths.length - 1) {
                layers.add(new PatchMerging(dim, normLayer));
            }
        }
        features = new Sequential(layers.toArray(new Module[0]));

        int numFeatures = embedDim * (1 << (depths.length - 1));
        norm = normLayer.apply(numFeatures);
        head = new Linear(numFeatures, numClasses);
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = norm.call(x);
        x = permute.forward(x);
        x = avgpool.forward(x);
        x = flatten.forward(x);
        x = head.forward(x);
        return x;
    }
}
