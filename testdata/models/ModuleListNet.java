import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ModuleListNet extends Module {
    private final ModuleList convs = new ModuleList(
            new Conv2d(3, 16, 3).padding(1),
            new Conv2d(16, 32, 3).padding(1),
            new Conv2d(32, 64, 3).padding(1));
    private final ModuleList hidden = new ModuleList();
    private final Linear head = new Linear(64, 10);

    public ModuleListNet() {
        for (int i = 0; i < 3; i++) {
            hidden.add(new Linear(64, 64));
        }
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        for (Module conv : convs) {
            x = F.relu(conv.call(x));
        }
        x = F.adaptiveAvgPool2d(x, 1).flatten(1);
      //    ^ [N, 64]
        for (Module layer : hidden) {
            x = F.relu(layer.call(x));
          //    ^ [N, 64]
          //           ^ [N, 64]
        }
        return head.forward(x);
      //       ^ [N, 10]
    }
}
