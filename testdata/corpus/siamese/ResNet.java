import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.resnet18(weights=None): BasicBlock, layers [2, 2, 2, 2]. */
public class ResNet extends Module {
    private int inplanes = 64;

    Conv2d conv1 = new Conv2d(3, inplanes, 7).stride(2).padding(3).bias(false);
    private final BatchNorm2d bn1 = new BatchNorm2d(inplanes);
    private final ReLU relu = new ReLU(true);
    private final MaxPool2d maxpool = new MaxPool2d(3).stride(2).padding(1);
    private final Sequential layer1;
    private final Sequential layer2;
    private final Sequential layer3;
    private final Sequential layer4;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(new int[] {1, 1});
    final Linear fc;

    public ResNet() {
        this(new int[] {2, 2, 2, 2}, 1000);
    }

    public ResNet(int[] layers, int numClasses) {
        layer1 = makeLayer(64, layers[0], 1);
        layer2 = makeLayer(128, layers[1], 2);
        layer3 = makeLayer(256, layers[2], 2);
        layer4 = makeLayer(512, layers[3], 2);
        fc = new Linear(512 * BasicBlock.expansion, numClasses);
    }

    private Sequential makeLayer(int planes, int blocks, int stride) {
        Sequential downsample = null;
        if (stride != 1 || inplanes != planes * BasicBlock.expansion) {
            downsample = new Sequential(
                    new Conv2d(inplanes, planes * BasicBlock.expansion, 1).stride(stride).bias(false),
                    new BatchNorm2d(planes * BasicBlock.expansion));
        }
        Sequential layers = new Sequential();
        layers.add(new BasicBlock(inplanes, planes, stride, downsample));
        inplanes = planes * BasicBlock.expansion;
        for (int i = 1; i < blocks; i++) {
            layers.add(new BasicBlock(inplanes, planes, 1, null));
        }
        return layers;
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
