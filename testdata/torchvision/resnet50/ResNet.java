import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/** torchvision.models.resnet50(): Bottleneck, layers [3, 4, 6, 3]. */
public class ResNet extends Module {
    private int inplanes = 64;
    private int dilation = 1;
    private final int groups;
    private final int baseWidth;

    private final Conv2d conv1;
    private final BatchNorm2d bn1;
    private final ReLU relu = new ReLU(true);
    private final MaxPool2d maxpool = new MaxPool2d(3).stride(2).padding(1);
    private final Sequential layer1;
    private final Sequential layer2;
    private final Sequential layer3;
    private final Sequential layer4;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(new int[] {1, 1});
    private final Linear fc;

    public ResNet() {
        this(new int[] {3, 4, 6, 3}, 1000, 1, 64);
    }

    public ResNet(int[] layers, int numClasses, int groups, int widthPerGroup) {
        this.groups = groups;
        this.baseWidth = widthPerGroup;
        conv1 = new Conv2d(3, inplanes, 7).stride(2).padding(3).bias(false);
        bn1 = new BatchNorm2d(inplanes);
        layer1 = makeLayer(64, layers[0], 1);
        layer2 = makeLayer(128, layers[1], 2);
        layer3 = makeLayer(256, layers[2], 2);
        layer4 = makeLayer(512, layers[3], 2);
        fc = new Linear(512 * Bottleneck.expansion, numClasses);
    }

    private Sequential makeLayer(int planes, int blocks, int stride) {
        Sequential downsample = null;
        int previousDilation = dilation;
        if (stride != 1 || inplanes != planes * Bottleneck.expansion) {
            downsample = new Sequential(
                    Bottleneck.conv1x1(inplanes, planes * Bottleneck.expansion, stride),
                    new BatchNorm2d(planes * Bottleneck.expansion));
        }
        List<Module> layers = new ArrayList<>();
        layers.add(new Bottleneck(inplanes, planes, stride, downsample, groups, baseWidth, previousDilation));
        inplanes = planes * Bottleneck.expansion;
        for (int i = 1; i < blocks; i++) {
            layers.add(new Bottleneck(inplanes, planes, 1, null, groups, baseWidth, dilation));
        }
        return new Sequential(layers.toArray(new Module[0]));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = conv1.forward(x);
        x = bn1.forward(x);
        x = relu.forward(x);
        x = maxpool.forward(x);

        x = layer1.forward(x);
        x = layer2.forward(x);
        x = layer3.forward(x);
        x = layer4.forward(x);

        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        x = fc.forward(x);
        return x;
    }
}
