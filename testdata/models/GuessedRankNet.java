import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * A block without @Dims whose forward needs a 3-D input: the guess from q ([N, 64]) does not fit
 * the view, so the guess is widened to [N, L, 64] (a Linear takes any leading dims); no error on
 * this correct code.
 */
public class GuessedRankNet extends Module {
    private final Linear q = new Linear(64, 64);

    public Tensor forward(Tensor x) {
        Tensor a = q.forward(x);
      //           ^ [N, L, 64]
        long b = x.size(0);
        long t = x.size(1);
        return a.view(b, t, 8, 8).transpose(1, 2);
      //       ^ [N, 8, L, 8]
    }
}
