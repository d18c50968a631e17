import java.util.*;

import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class HandAttention extends Module {
    private final int heads = 4;
    private final int headDim = 16;
    private final Linear qkv = new Linear(64, 3 * 64);
    private final Linear out = new Linear(64, 64);

    public Tensor forward(@Dims("N, 10, 64") Tensor x) {
        Tensor qkvOut = qkv.forward(x);
      //                ^ [N, 10, 192]
        List<Tensor> parts = qkvOut.chunk(3, -1);
        Tensor q = parts.get(0).view(x.size(0), 10, heads, headDim).permute(0, 2, 1, 3);
      //           ^ [N, 4, 10, 16]
        Tensor k = parts.get(1).view(x.size(0), 10, heads, headDim).permute(0, 2, 1, 3);
      //           ^ [N, 4, 10, 16]
        Tensor v = parts.get(2).view(x.size(0), 10, heads, headDim).permute(0, 2, 1, 3);
      //           ^ [N, 4, 10, 16]
        Tensor scores = q.matmul(k.transpose(-2, -1)).div(Math.sqrt(headDim));
      //                ^ [N, 4, 10, 10]
        Tensor attn = F.softmax(scores, -1);
      //              ^ [N, 4, 10, 10]
        Tensor ctx = attn.matmul(v);
      //             ^ [N, 4, 10, 16]
        ctx = ctx.permute(0, 2, 1, 3).reshape(x.size(0), 10, heads * headDim);
      //      ^ [N, 10, 64]
        return out.forward(ctx);
      //       ^ [N, 10, 64]
    }
}
