import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** torchvision.models.vgg16_bn(): configuration "D" with batch norm. */
public class VGG extends Module {
    static final Map<String, List<Object>> CFGS = Map.of(
            "A", List.of(64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"),
            "B", List.of(64, 64, "M", 128, 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"),
            "D", List.of(64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"),
            "E", List.of(64, 64, "M", 128, 128, "M", 256, 256, 256, 256, "M", 512, 512, 512, 512, "M", 512, 512, 512, 512, "M"));

    private final Sequential features;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(new int[] {7, 7});
    private final Sequential classifier;

    public VGG() {
        this(makeLayers(CFGS.get("D"), true), 1000, 0.5);
    }

    public VGG(Sequential features, int numClasses, double dropout) {
        this.features = features;
        this.classifier = new Sequential(
                new Linear(512 * 7 * 7, 4096),
                new ReLU(true),
                new Dropout(dropout),
                new Linear(4096, 4096),
                new ReLU(true),
                new Dropout(dropout),
                new Linear(4096, numClasses));
    }

    static Sequential makeLayers(List<Object> cfg, boolean batchNorm) {
        List<Module> layers = new ArrayList<>();
        int inChannels = 3;
        for (Object v : cfg) {
            if (v.equals("M")) {
                layers.add(new MaxPool2d(2).stride(2));
            } else {
                int c = (Integer) v;
                Conv2d conv2d = new Conv2d(inChannels, c, 3).padding(1);
                if (batchNorm) {
                    layers.addAll(List.of(conv2d, new BatchNorm2d(c), new ReLU(true)));
                } else {
                    layers.addAll(List.of(conv2d, new ReLU(true)));
                }
                inChannels = c;
            }
        }
        return new Sequential(layers.toArray(new Module[0]));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        x = classifier.forward(x);
        return x;
    }
}
