import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/**
 * Virtual dispatch: the superclass constructor and superclass methods call the runtime class's
 * override; an abstract method resolves to it; super.m() calls the superclass's version.
 */
public class DispatchNet extends Module {
    abstract static class Stage extends Module {
        protected final Linear fc;

        Stage() {
            fc = new Linear(8, width());
        }

        abstract int width();

        int scale() {
            return 1;
        }

        int total() {
            return width() * scale();
        }

        public Tensor forward(Tensor x) {
            return fc.forward(x);
               //  ^ [N, 32]
        }
    }

    static class WideStage extends Stage {
        @Override
        int width() {
            return 32;
        }

        @Override
        int scale() {
            return super.scale() + 1;
        }
    }

    private final Stage body = new WideStage();
    private final Linear head = new Linear(body.total(), 5);

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = body.forward(x);
               //  ^ [N, 32]
        Tensor both = Tensors.cat(List.of(h, h), 1);
                  //  ^ [N, 64]
        return head.forward(both);
           //  ^ [N, 5]
    }
}
