import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A forward returning a user record: the model's output shows every component's shape. */
public class RecordOutputVAE extends Module {
    record Out(Tensor recon, Tensor mu, Tensor logvar) {}

    private final Linear enc = new Linear(784, 400);
    private final Linear mu = new Linear(400, 20);
    private final Linear logvar = new Linear(400, 20);
    private final Linear dec = new Linear(20, 784);

    public Out forward(@Dims("N, 784") Tensor x) {
        Tensor h = F.relu(enc.forward(x));
      //           ^ [N, 400]
      //                  ^ [N, 400]
        Tensor m = mu.forward(h);
      //           ^ [N, 20]
        Tensor lv = logvar.forward(h);
      //            ^ [N, 20]
        Tensor z = m.add(lv.mul(0.5).exp().mul(Tensors.randnLike(lv)));
      //           ^ [N, 20]
        Out out = new Out(Tensors.sigmoid(dec.forward(z)), m, lv);
      //                                  ^ [N, 784]
      //          ^ (recon [N, 784], mu [N, 20], logvar [N, 20])
        return out;
    }
}
