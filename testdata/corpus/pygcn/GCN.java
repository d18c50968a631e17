import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * tkipf/pygcn pygcn/models.py's GCN: two graph convolutions by matmul with a (dense, normalised)
 * adjacency. N nodes with 64 features (Cora: 2708 nodes, 1433 features), 16 hidden, 7 classes.
 */
public class GCN extends Module {
    private final GraphConvolution gc1;
    private final GraphConvolution gc2;
    private final double dropout;

    public GCN() {
        this(64, 16, 7, 0.5);
    }

    public GCN(int nfeat, int nhid, int nclass, double dropout) {
        gc1 = new GraphConvolution(nfeat, nhid);
        gc2 = new GraphConvolution(nhid, nclass);
        this.dropout = dropout;
    }

    public Tensor forward(@Dims("N, 64") Tensor x, @Dims("N, N") Tensor adj) {
        x = F.relu(gc1.call(x, adj));
        x = F.dropout(x, dropout, isTraining());
        x = gc2.call(x, adj);
        return F.logSoftmax(x, 1);
    }
}
