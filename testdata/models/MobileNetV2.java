import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class MobileNetV2 extends Module {
    private final Sequential features = new Sequential();
    private final Sequential classifier;

    public MobileNetV2() {
        this(1000);
    }

    public MobileNetV2(int numClasses) {
        int[][] settings = {
            // t, c, n, s
            {1, 16, 1, 1},
            {6, 24, 2, 2},
            {6, 32, 3, 2},
            {6, 64, 4, 2},
            {6, 96, 3, 1},
            {6, 160, 3, 2},
            {6, 320, 1, 1},
        };
        int inputChannel = 32;
        int lastChannel = 1280;
        features.add(new ConvBNReLU(3, inputChannel, 3, 2, 1));
        for (int[] s : settings) {
            int t = s[0], c = s[1], n = s[2], stride = s[3];
            for (int i = 0; i < n; i++) {
                features.add(new InvertedResidualBlock(inputChannel, c, i == 0 ? stride : 1, t));
                inputChannel = c;
            }
        }
        features.add(new ConvBNReLU(inputChannel, lastChannel, 1));
        classifier = new Sequential(new Dropout(0.2), new Linear(lastChannel, numClasses));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
      //    ^ [N, 1280, 7, 7]
        x = F.adaptiveAvgPool2d(x, 1);
      //    ^ [N, 1280, 1, 1]
        x = Tensors.flatten(x, 1);
      //    ^ [N, 1280]
        return classifier.forward(x);
      //       ^ [N, 1000]
    }
}
