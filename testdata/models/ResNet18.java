import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ResNet18 extends Module {
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

    public ResNet18() {
        this(1000);
    }

    public ResNet18(int numClasses) {
        layer1 = makeLayer(64, 2, 1);
        layer2 = makeLayer(128, 2, 2);
        layer3 = makeLayer(256, 2, 2);
        layer4 = makeLayer(512, 2, 2);
        fc = new Linear(512 * BasicBlock.expansion, numClasses);
    }

    private Sequential makeLayer(int planes, int blocks, int stride) {
        Sequential downsample = null;
        if (stride != 1 || inplanes != planes * BasicBlock.expansion) {
            downsample = new Sequential(
                    new Conv2d(inplanes, planes * BasicBlock.expansion, 1).stride(stride).bias(false),
                    new BatchNorm2d(planes * BasicBlock.expansion));
        }
        Sequential layer = new Sequential();
        layer.add(new BasicBlock(inplanes, planes, stride, downsample));
        inplanes = planes * BasicBlock.expansion;
        for (int i = 1; i < blocks; i++) {
            layer.add(new BasicBlock(inplanes, planes, 1, null));
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
      //    ^ [N, 64, 56, 56]
        x = layer2.forward(x);
      //    ^ [N, 128, 28, 28]
        x = layer3.forward(x);
      //    ^ [N, 256, 14, 14]
        x = layer4.forward(x);
      //    ^ [N, 512, 7, 7]

        x = avgpool.forward(x);
      //    ^ [N, 512, 1, 1]
        x = Tensors.flatten(x, 1);
      //    ^ [N, 512]
        return fc.forward(x);
      //       ^ [N, 1000]
    }
}
