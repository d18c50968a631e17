import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** The seed Net without @Dims: the input is inferred from conv1 as [N, 3, H, W]. */
public class InferredNet extends Module {
    private final Conv2d conv1 = new Conv2d(3, 6, 5);
    private final MaxPool2d pool = new MaxPool2d(2, 2);
    private final Conv2d conv2 = new Conv2d(6, 16, 5);
    private final Linear fc1 = new Linear(16 * 5 * 5, 120);
    private final Linear fc2 = new Linear(120, 84);
    private final Linear fc3 = new Linear(84, 10);

    public Tensor forward(Tensor x) {
        x = pool.forward(F.relu(conv1.forward(x)));
      //    ^ [N, 6, (H - 4) / 2, (W - 4) / 2]
      //                        ^ [N, 6, H - 4, W - 4]
        x = pool.forward(F.relu(conv2.forward(x)));
      //    ^ [N, 16, (H - 12) / 4, (W - 12) / 4]
      //                        ^ [N, 16, (H - 4) / 2 - 4, (W - 4) / 2 - 4]
        x = x.flatten(1);
      //    ^ [N, 16 * ((H - 12) / 4) * ((W - 12) / 4)]
        x = F.relu(fc1.forward(x));
      //    ^ [N, 120]
      //           ^ [N, 120]
      //           ^^^^^^^^^^^^^^ info shape/pinned-input: fc1 needs 16 * ((H - 12) / 4) * ((W - 12) / 4) == 400: holds when 16 <= H <= 19 and 112 <= W <= 115, or 32 <= H <= 35 and 32 <= W <= 35, or 112 <= H <= 115 and 16 <= W <= 19
        x = F.relu(fc2.forward(x));
      //    ^ [N, 84]
      //           ^ [N, 84]
        return fc3.forward(x);
      //       ^ [N, 10]
    }
}
