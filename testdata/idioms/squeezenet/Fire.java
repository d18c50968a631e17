import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.stream.Stream;

import static java.util.stream.Collectors.toList;

/** torchvision's Fire module. */
public class Fire extends Module {
    private final Conv2d squeeze;
    private final ReLU squeezeActivation = new ReLU(true);
    private final Conv2d expand1x1;
    private final Conv2d expand3x3;

    public Fire(int inplanes, int squeezePlanes, int expand1x1Planes, int expand3x3Planes) {
        squeeze = new Conv2d(inplanes, squeezePlanes, 1);
        expand1x1 = new Conv2d(squeezePlanes, expand1x1Planes, 1);
        expand3x3 = new Conv2d(squeezePlanes, expand3x3Planes, 3).padding(1);
    }

    public Fire(int inplanes, FireSpec spec) {
        this(inplanes, spec.squeeze(), spec.expand1x1(), spec.expand3x3());
    }

    public Tensor forward(Tensor x) {
        Tensor s = squeezeActivation.forward(squeeze.forward(x));
        return Tensors.cat(
                Stream.of(expand1x1, expand3x3).map(conv -> F.relu(conv.forward(s))).collect(toList()), 1);
    }
}
