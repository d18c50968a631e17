import java.util.*;

import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ViTPatchEmbed extends Module {
    private final Conv2d proj = new Conv2d(3, 128, 4).stride(4);
    private final Parameter clsToken = new Parameter(Tensors.zeros(1, 1, 128));
    private final Parameter pos = new Parameter(Tensors.zeros(1, 8 * 8 + 1, 128));
    private final LayerNorm norm = new LayerNorm(128);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = proj.forward(x);
      //    ^ [N, 128, 8, 8]
        x = x.flatten(2).transpose(1, 2);
      //    ^ [N, 64, 128]
        Tensor cls = clsToken.expand(x.size(0), -1, -1);
      //             ^ [N, 1, 128]
        x = Tensors.cat(List.of(cls, x), 1);
      //    ^ [N, 65, 128]
        x = x.add(pos);
      //    ^ [N, 65, 128]
        return norm.forward(x);
      //       ^ [N, 65, 128]
    }
}
