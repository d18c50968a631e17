import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ResNet50 extends Module {
    private int inplanes = 64;

    private final Conv2d conv1 = new Conv2d(3, 64, 7).stride(2).padding(3).bias(false);
    private final BatchNorm2d bn1 = new BatchNorm2d(64);
    private final ReLU relu = new ReLU();
    private final MaxPool2d maxpool = new MaxPool2d(3).stride(2).padding(1);
    private final Sequential layer1;
    private final Sequential layer2;
    private final Sequential layer3;
    private final Sequential layer4;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Linear fc;

    public ResNet50() {
        this(1000);
    }

    public ResNet50(int numClasses) {
        layer1 = makeLayer(64, 3, 1);
        layer2 = makeLayer(128, 4, 2);
        layer3 = makeLayer(256, 6, 2);
        layer4 = makeLayer(512, 3, 2);
        fc = new Linear(512 * Bottleneck.expansion, numClasses);
    }

    private Sequential makeLayer(int planes, int blocks, int stride) {
        Sequential downsample = null;
        if (stride != 1 || inplanes != planes * Bottleneck.expansion) {
            downsample = new Sequential(
                    new Conv2d(inplanes, planes * Bottleneck.expansion, 1).stride(stride).bias(false),
                    new BatchNorm2d(planes * Bottleneck.expansion));
        }
        Sequential layer = new Sequential();
        layer.add(new Bottleneck(inplanes, planes, stride, downsample));
        inplanes = planes * Bottleneck.expansion;
        for (int i = 1; i < blocks; i++) {
            layer.add(new Bottleneck(inplanes, planes, 1, null));
        }
        return layer;
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = conv1.forward(x);
      //    ^ [N, 64, 112, 112]
        x = bn1.forward(x);
      //    ^ [N, 64, 112, 112]
        x = relu.forward(x);
      //    ^ [N, 64, 112, 112]
        x = maxpool.forward(x);
      //    ^ [N, 64, 56, 56]

        x = layer1.forward(x);
      //    ^ [N, 256, 56, 56]
        x = layer2.forward(x);
      //    ^ [N, 512, 28, 28]
        x = layer3.forward(x);
      //    ^ [N, 1024, 14, 14]
        x = layer4.forward(x);
      //    ^ [N, 2048, 7, 7]

        x = avgpool.forward(x);
      //    ^ [N, 2048, 1, 1]
        x = Tensors.flatten(x, 1);
      //    ^ [N, 2048]
        return fc.forward(x);
      //       ^ [N, 1000]
    }
}
