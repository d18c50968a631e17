import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ultralytics/yolov5 models/yolo.py's DetectionModel with the yolov5s backbone (depth 0.33, width
 * 0.25 of yolov5s.yaml: 16..256 channels) written out instead of parsed from YAML, no PAN neck:
 * Detect reads P3/8, P4/16 and P5/32 (layers 4, 6, 9) directly. 4 classes, yolov5s anchors.
 */
public class DetectionModel extends Module {
    static final double[][] ANCHORS = {
        {10, 13, 16, 30, 33, 23}, // P3/8
        {30, 61, 62, 45, 59, 119}, // P4/16
        {116, 90, 156, 198, 373, 326}, // P5/32
    };

    private final Sequential model;
    private final int[][] from = {{-1}, {-1}, {-1}, {-1}, {-1}, {-1}, {-1}, {-1}, {-1}, {-1}, {4, 6, 9}};
    private final Set<Integer> save = Set.of(4, 6, 9);

    public DetectionModel() {
        this(3, 4);
    }

    public DetectionModel(int ch, int nc) {
        model = new Sequential(
                new Conv(ch, 16, 6, 2, 2), // 0-P1/2
                new Conv(16, 32, 3, 2), // 1-P2/4
                new C3(32, 32, 1),
                new Conv(32, 64, 3, 2), // 3-P3/8
                new C3(64, 64, 1),
                new Conv(64, 128, 3, 2), // 5-P4/16
                new C3(128, 128, 1),
                new Conv(128, 256, 3, 2), // 7-P5/32
                new C3(256, 256, 1),
                new SPPF(256, 256, 5), // 9
                new Detect(nc, ANCHORS, new int[] {64, 128, 256}, new double[] {8, 16, 32}));
    }

    public Detect.Output forward(@Dims("N, 3, 128, 128") Tensor x) {
        List<Tensor> y = new ArrayList<>(); // outputs
        Tensor cur = x;
        Detect.Output out = null;
        for (int i = 0; i < model.size(); i++) {
            Module m = model.get(i);
            if (m instanceof Detect detect) {
                List<Tensor> inputs = new ArrayList<>();
                for (int j : from[i]) {
                    inputs.add(j == -1 ? cur : y.get(j)); // from earlier layers
                }
                out = detect.forward(inputs);
                y.add(null);
            } else {
                if (from[i][0] != -1) {
                    cur = y.get(from[i][0]); // from earlier layers
                }
                cur = m.call(cur); // run
                y.add(save.contains(i) ? cur : null); // save output
            }
        }
        return out;
    }
}
