import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.LinkedHashMap;
import java.util.Map;

/** Four parallel branches concatenated on channels (the 5x5 branch as two 3x3, as in kuangliu's port). */
public class Inception extends Module implements ConvFactory {
    private final Map<String, Sequential> branches = new LinkedHashMap<>();

    public Inception(int in, InceptionSpec s) {
        branches.put("b1", convBnRelu(in, s.n1x1(), 1));
        branches.put("b2", new Sequential(convBnRelu(in, s.n3x3red(), 1), convBnRelu(s.n3x3red(), s.n3x3(), 3)));
        branches.put("b3", new Sequential(
                convBnRelu(in, s.n5x5red(), 1), convBnRelu(s.n5x5red(), s.n5x5(), 3), convBnRelu(s.n5x5(), s.n5x5(), 3)));
        branches.put("b4", new Sequential(new MaxPool2d(3, 1, 1), convBnRelu(in, s.poolPlanes(), 1)));
        branches.forEach((name, branch) -> addModule(name, branch));
    }

    public Tensor forward(Tensor x) {
        return Tensors.cat(branches.values().stream().map(branch -> branch.forward(x)).toList(), 1);
    }
}
