import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class MLP extends Module {
    private final Linear c_fc;
    private final GELU gelu = new GELU();
    private final Linear c_proj;
    private final Dropout dropout;

    public MLP(GPTConfig config) {
        c_fc = new Linear(config.nEmbd(), 4 * config.nEmbd()).bias(config.bias());
        c_proj = new Linear(4 * config.nEmbd(), config.nEmbd()).bias(config.bias());
        dropout = new Dropout(config.dropout());
    }

    public Tensor forward(Tensor x) {
        x = c_fc.forward(x);
        x = gelu.forward(x);
        x = c_proj.forward(x);
        x = dropout.forward(x);
        return x;
    }
}
