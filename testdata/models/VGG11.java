import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class VGG11 extends Module {
    private final Sequential features = new Sequential();
    private final Linear classifier = new Linear(512, 10);

    public VGG11() {
        int[] cfg = {64, -1, 128, -1, 256, 256, -1, 512, 512, -1, 512, 512, -1};
        int inChannels = 3;
        for (int v : cfg) {
            if (v == -1) {
                features.add(new MaxPool2d(2, 2));
            } else {
                features.add(new Conv2d(inChannels, v, 3).padding(1));
                features.add(new BatchNorm2d(v));
                features.add(new ReLU());
                inChannels = v;
            }
        }
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = features.forward(x);
      //    ^ [N, 512, 1, 1]
        x = x.flatten(1);
      //    ^ [N, 512]
        return classifier.forward(x);
      //       ^ [N, 10]
    }
}
