import java.util.*;

import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ModuleDictNet extends Module {
    private final Sequential backbone = new Sequential(new Linear(32, 128), new ReLU());
    private final ModuleDict heads = new ModuleDict();

    public ModuleDictNet() {
        heads.put("cls", new Linear(128, 10));
        heads.put("box", new Linear(128, 4));
    }

    public Tensor forward(@Dims("N, 32") Tensor x) {
        Tensor feat = backbone.forward(x);
      //              ^ [N, 128]
        Tensor cls = heads.get("cls").call(feat);
      //             ^ [N, 10]
        Tensor box = heads.get("box").call(feat);
      //             ^ [N, 4]
        return Tensors.cat(List.of(cls, box), 1);
      //       ^ [N, 14]
    }
}
