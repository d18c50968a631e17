import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * Nested classes: a static nested class calls the outer class's static helper and reads its
 * constants unqualified; an inner class reads the outer instance's fields and calls its methods
 * (Outer.this.x too); a local class reads the enclosing object's field.
 */
public class NestedNet extends Module {
    static final int BASE = 8;

    static int twice(int n) {
        return 2 * n;
    }

    static class Stem extends Module {
        private final Linear fc = new Linear(BASE, twice(BASE));

        public Tensor forward(Tensor x) {
            return fc.forward(x);
               //  ^ [N, 16]
        }
    }

    class Body extends Module {
        private final Linear fc = new Linear(width(), NestedNet.this.hidden + depth);

        public Tensor forward(Tensor x) {
            return fc.forward(x);
               //  ^ [N, 14]
        }
    }

    private int hidden = 12;
    private int depth = 2;
    private final Stem stem = new Stem();
    private final Body body;
    private final Linear head;

    int width() {
        return hidden + 4;
    }

    public NestedNet() {
        hidden = 12;
        body = new Body();
        class Split {
            int out() {
                return hidden / 3;
            }
        }
        head = new Linear(14, new Split().out());
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = stem.forward(x);
               //  ^ [N, 16]
        h = body.forward(h);
        //  ^ [N, 14]
        return head.forward(h);
           //  ^ [N, 4]
    }
}
