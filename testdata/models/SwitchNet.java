import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Configuration chosen by switch: an enum in a switch expression, a string in a switch statement. */
public class SwitchNet extends Module {
    enum Size { SMALL, LARGE }

    private final Linear fc1;
    private final Module act;
    private final Linear fc2;

    public SwitchNet() {
        this(Size.LARGE, "gelu");
    }

    public SwitchNet(Size size, String activation) {
        int hidden = switch (size) {
            case SMALL -> 64;
            case LARGE -> {
                int base = 128;
                yield base * 2;
            }
        };
        fc1 = new Linear(16, hidden);
        Module chosen;
        switch (activation) {
            case "relu":
                chosen = new ReLU();
                break;
            case "gelu":
                chosen = new GELU();
                break;
            default:
                chosen = new Identity();
        }
        act = chosen;
        fc2 = new Linear(hidden, 3);
    }

    public Tensor forward(@Dims("N, 16") Tensor x) {
        Tensor h = act.call(fc1.forward(x));
      //           ^ [N, 256]
      //                    ^ [N, 256]
        return fc2.forward(h);
      //       ^ [N, 3]
    }
}
