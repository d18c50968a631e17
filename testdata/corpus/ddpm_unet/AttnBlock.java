import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class AttnBlock extends Module {
    private final GroupNorm norm;
    private final Conv2d q;
    private final Conv2d k;
    private final Conv2d v;
    private final Conv2d proj_out;

    public AttnBlock(int inChannels) {
        norm = Model.Normalize(inChannels);
        q = new Conv2d(inChannels, inChannels, 1).stride(1).padding(0);
        k = new Conv2d(inChannels, inChannels, 1).stride(1).padding(0);
        v = new Conv2d(inChannels, inChannels, 1).stride(1).padding(0);
        proj_out = new Conv2d(inChannels, inChannels, 1).stride(1).padding(0);
    }

    public Tensor forward(Tensor x) {
        Tensor h_ = x;
        h_ = norm.forward(h_);
        Tensor q = this.q.forward(h_);
        Tensor k = this.k.forward(h_);
        Tensor v = this.v.forward(h_);

        // compute attention
        long b = q.size(0);
        long c = q.size(1);
        long h = q.size(2);
        long w = q.size(3);
        q = q.reshape(b, c, h * w);
        q = q.permute(0, 2, 1); // b,hw,c
        k = k.reshape(b, c, h * w); // b,c,hw
        Tensor w_ = Tensors.bmm(q, k); // b,hw,hw    w[b,i,j]=sum_c q[b,i,c]k[b,c,j]
        w_ = w_.mul(Math.pow((int) c, -0.5));
        w_ = F.softmax(w_, 2);

        // attend to values
        v = v.reshape(b, c, h * w);
        w_ = w_.permute(0, 2, 1); // b,hw,hw (first hw of k, second of q)
        h_ = Tensors.bmm(v, w_); // b, c,hw (hw of q) h_[b,c,j] = sum_i v[b,c,i] w_[b,i,j]
        h_ = h_.reshape(b, c, h, w);

        h_ = proj_out.forward(h_);
        return x.add(h_);
    }
}
