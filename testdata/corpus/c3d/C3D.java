import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * The C3D net for action recognition (Tran et al.), DavideA/c3d-pytorch C3D_model.py, unchanged:
 * 16-frame 112x112 clips, 487 Sports-1M classes.
 */
public class C3D extends Module {
    private final Conv3d conv1 = new Conv3d(3, 64, new int[] {3, 3, 3}).padding(1, 1, 1);
    private final MaxPool3d pool1 = new MaxPool3d(new int[] {1, 2, 2}, new int[] {1, 2, 2});

    private final Conv3d conv2 = new Conv3d(64, 128, new int[] {3, 3, 3}).padding(1, 1, 1);
    private final MaxPool3d pool2 = new MaxPool3d(new int[] {2, 2, 2}, new int[] {2, 2, 2});

    private final Conv3d conv3a = new Conv3d(128, 256, new int[] {3, 3, 3}).padding(1, 1, 1);
    private final Conv3d conv3b = new Conv3d(256, 256, new int[] {3, 3, 3}).padding(1, 1, 1);
    private final MaxPool3d pool3 = new MaxPool3d(new int[] {2, 2, 2}, new int[] {2, 2, 2});

    private final Conv3d conv4a = new Conv3d(256, 512, new int[] {3, 3, 3}).padding(1, 1, 1);
    private final Conv3d conv4b = new Conv3d(512, 512, new int[] {3, 3, 3}).padding(1, 1, 1);
    private final MaxPool3d pool4 = new MaxPool3d(new int[] {2, 2, 2}, new int[] {2, 2, 2});

    private final Conv3d conv5a = new Conv3d(512, 512, new int[] {3, 3, 3}).padding(1, 1, 1);
    private final Conv3d conv5b = new Conv3d(512, 512, new int[] {3, 3, 3}).padding(1, 1, 1);
    private final MaxPool3d pool5 = new MaxPool3d(new int[] {2, 2, 2}, new int[] {2, 2, 2}, new int[] {0, 1, 1});

    private final Linear fc6 = new Linear(8192, 4096);
    private final Linear fc7 = new Linear(4096, 4096);
    private final Linear fc8 = new Linear(4096, 487);

    private final Dropout dropout = new Dropout(0.5);

    private final ReLU relu = new ReLU();
    private final Softmax softmax = new Softmax();

    public Tensor forward(@Dims("N, 3, 16, 112, 112") Tensor x) {
        Tensor h = relu.forward(conv1.forward(x));
        h = pool1.forward(h);

        h = relu.forward(conv2.forward(h));
        h = pool2.forward(h);

        h = relu.forward(conv3a.forward(h));
        h = relu.forward(conv3b.forward(h));
        h = pool3.forward(h);

        h = relu.forward(conv4a.forward(h));
        h = relu.forward(conv4b.forward(h));
        h = pool4.forward(h);

        h = relu.forward(conv5a.forward(h));
        h = relu.forward(conv5b.forward(h));
        h = pool5.forward(h);

        h = h.view(-1, 8192);
        h = relu.forward(fc6.forward(h));
        h = dropout.forward(h);
        h = relu.forward(fc7.forward(h));
        h = dropout.forward(h);

        Tensor logits = fc8.forward(h);
        Tensor probs = softmax.forward(logits);

        return probs;
    }
}
