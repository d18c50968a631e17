import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ConvNeXt (Liu et al. 2022) in torchvision's layout: patchify stem, stages of depthwise 7x7 +
 * inverted MLP blocks with layer scale, LayerNorm-and-stride-2-conv downsampling between stages.
 */
public class ConvNeXt extends Module {
    /** The family, from timm's atto to torchvision's tiny: stage depths and the first stage's width. */
    public enum Variant {
        ATTO(40, 2, 2, 6, 2),
        FEMTO(48, 2, 2, 6, 2),
        PICO(64, 2, 2, 6, 2),
        NANO(80, 2, 2, 8, 2),
        TINY(96, 3, 3, 9, 3),
        SMALL(96, 3, 3, 27, 3);

        private static final Map<String, Variant> BY_ALIAS;

        static {
            BY_ALIAS = Arrays.stream(values())
                    .collect(Collectors.toMap(v -> "convnext_" + v.name().toLowerCase(Locale.ROOT), Function.identity()));
        }

        private final int baseWidth;
        private final int[] depths;

        Variant(int baseWidth, int... depths) {
            this.baseWidth = baseWidth;
            this.depths = depths;
        }

        public static Variant byAlias(String alias) {
            Variant v = BY_ALIAS.get(alias);
            return v != null ? v : valueOf(alias.toUpperCase(Locale.ROOT));
        }

        int dim(int stage) {
            return baseWidth << stage;
        }

        int depth(int stage) {
            return depths[stage];
        }

        int stages() {
            return depths.length;
        }
    }

    /** LayerNorm over the channels of an NCHW tensor (torchvision's LayerNorm2d). */
    static class LayerNorm2d extends Module {
        private final LayerNorm norm;

        LayerNorm2d(int channels) {
            norm = new LayerNorm(channels).eps(1e-6);
        }

        public Tensor forward(Tensor x) {
            return norm.forward(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2);
        }
    }

    /** One ConvNeXt block; an inner class, it reads the model's layer-scale initial value. */
    class CNBlock extends Module {
        private final Conv2d dwconv;
        private final LayerNorm norm;
        private final Linear pwconv1;
        private final GELU act = new GELU();
        private final Linear pwconv2;
        private final Parameter layerScale;

        CNBlock(int dim) {
            dwconv = new Conv2d(dim, dim, 7).padding(3).groups(dim);
            norm = new LayerNorm(dim).eps(1e-6);
            pwconv1 = new Linear(dim, 4 * dim);
            pwconv2 = new Linear(4 * dim, dim);
            layerScale = new Parameter(Tensors.ones(dim, 1, 1).mul(layerScaleInit));
        }

        public Tensor forward(Tensor x) {
            Tensor y = dwconv.forward(x).permute(0, 2, 3, 1);
            y = pwconv2.forward(act.forward(pwconv1.forward(norm.forward(y))));
            y = layerScale.mul(y.permute(0, 3, 1, 2));
            return x.add(y);
        }
    }

    private final double layerScaleInit;
    private final Sequential features = new Sequential();
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Sequential classifier;

    {
        layerScaleInit = 1e-6;
    }

    public ConvNeXt() {
        this(Variant.byAlias("convnext_atto"), 100);
    }

    protected ConvNeXt(Variant variant, int numClasses) {
        features.add(new Sequential(new Conv2d(3, variant.dim(0), 4).stride(4), new LayerNorm2d(variant.dim(0))));
        for (int i = 0; i < variant.stages(); i++) {
            if (i > 0) {
                features.add(new Sequential(new LayerNorm2d(variant.dim(i - 1)), new Conv2d(variant.dim(i - 1), variant.dim(i), 2).stride(2)));
            }
            Sequential stage = new Sequential();
            Collections.nCopies(variant.depth(i), variant.dim(i)).forEach(dim -> stage.add(new CNBlock(dim)));
            features.add(stage);
        }
        int last = variant.dim(variant.stages() - 1);
        classifier = new Sequential(new LayerNorm2d(last), new Flatten(1), new Linear(last, numClasses));
    }

    public Tensor forward(@Dims("N, 3, 64, 64") Tensor x) {
        return classifier.forward(avgpool.forward(features.forward(x)));
    }
}
