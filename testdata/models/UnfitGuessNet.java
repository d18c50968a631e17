import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * No @Dims, and no guess from the first layer fits forward: an error needs a declared or
 * configured input, so none is reported on a guess; an info at the parameter says why, with
 * PyTorch's text for the guess.
 */
public class UnfitGuessNet extends Module {
    private final Linear proj = new Linear(16, 16);
    private final Linear out = new Linear(32, 8);

    public Tensor forward(Tensor x) {
  //                      ^^^^^^^^ info analysis/no-input-shape: the shape of 'x' was guessed as [N, 16] from the first layer it goes through, and forward does not accept it (mat1 and mat2 shapes cannot be multiplied (Nx16 and 32x8)): declare it with @Dims("N, ...") to check this model
        Tensor a = proj.forward(x);
      //           ^ [N, 16]
        return out.forward(a);
      //       ^ [N, 8]
    }
}
