import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ConfigTransformer extends Module {
    public record Config(int dModel, int heads) {}

    private final MultiheadAttention attn;
    private final LayerNorm norm;
    private final Linear ff1;
    private final Linear ff2;

    public ConfigTransformer() {
        this(new Config(64, 4));
    }

    public ConfigTransformer(Config cfg) {
        attn = new MultiheadAttention(cfg.dModel(), cfg.heads()).batchFirst(true);
        norm = new LayerNorm(cfg.dModel());
        ff1 = new Linear(cfg.dModel(), 4 * cfg.dModel());
        ff2 = new Linear(4 * cfg.dModel(), cfg.dModel());
    }

    public Tensor forward(@Dims("N, 10, 64") Tensor x) {
        MultiheadAttention.Output a = attn.forward(x, x, x);
      //                              ^ ([N, 10, 64], [N, 10, 10])
        x = norm.forward(x.add(a.output()));
      //    ^ [N, 10, 64]
        Tensor h = F.relu(ff1.forward(x));
      //           ^ [N, 10, 256]
      //                  ^ [N, 10, 256]
        return x.add(ff2.forward(h));
      //       ^ [N, 10, 64]
      //             ^ [N, 10, 64]
    }
}
