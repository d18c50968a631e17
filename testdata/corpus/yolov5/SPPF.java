import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** Spatial Pyramid Pooling - Fast (SPPF) layer for YOLOv5 by Glenn Jocher. */
public class SPPF extends Module {
    private final Conv cv1;
    private final Conv cv2;
    private final MaxPool2d m;

    public SPPF(int c1, int c2, int k) { // equivalent to SPP(k=(5, 9, 13))
        int c_ = c1 / 2; // hidden channels
        cv1 = new Conv(c1, c_, 1, 1);
        cv2 = new Conv(c_ * 4, c2, 1, 1);
        m = new MaxPool2d(k).stride(1).padding(k / 2);
    }

    public Tensor forward(Tensor x) {
        x = cv1.forward(x);
        Tensor y1 = m.forward(x);
        Tensor y2 = m.forward(y1);
        return cv2.forward(Tensors.cat(List.of(x, y1, y2, m.forward(y2)), 1));
    }
}
