import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Simple GCN layer, similar to https://arxiv.org/abs/1609.02907 */
public class GraphConvolution extends Module {
    private final int in_features;
    private final int out_features;
    private final Parameter weight;
    private final Parameter bias;

    public GraphConvolution(int inFeatures, int outFeatures, boolean bias) {
        in_features = inFeatures;
        out_features = outFeatures;
        weight = new Parameter(Tensors.empty(in_features, out_features));
        this.bias = bias ? new Parameter(Tensors.empty(out_features)) : null;
    }

    public GraphConvolution(int inFeatures, int outFeatures) {
        this(inFeatures, outFeatures, true);
    }

    public Tensor forward(Tensor input, Tensor adj) {
        Tensor support = Tensors.mm(input, weight);
        Tensor output = Tensors.mm(adj, support); // torch.spmm on a dense adjacency
        if (bias != null) {
            return output.add(bias);
        } else {
            return output;
        }
    }
}
