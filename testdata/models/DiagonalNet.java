import java.util.List;

import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * torch.diagonal as a method and as a function (the op added through the op table in
 * ARCHITECTURE.md, "Adding an op"): the scores of each token with itself and with the next one.
 */
public class DiagonalNet extends Module {
    private final Linear query = new Linear(32, 32);
    private final Linear key = new Linear(32, 32);

    public Tensor forward(@Dims("N, 10, 32") Tensor x) {
        Tensor q = query.forward(x);
      //           ^ [N, 10, 32]
        Tensor k = key.forward(x);
      //           ^ [N, 10, 32]
        Tensor scores = q.matmul(k.transpose(1, 2));
      //                ^ [N, 10, 10]
        Tensor self = scores.diagonal(0, 1, 2);
      //              ^ [N, 10]
        Tensor next = Tensors.diagonal(scores, 1, -2, -1);
      //              ^ [N, 9]
        return Tensors.cat(List.of(self, next), 1);
      //       ^ [N, 19]
    }
}
