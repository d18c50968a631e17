import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.squeezenet.Fire: squeeze 1x1, then 1x1 and 3x3 expands concatenated. */
public class Fire extends Module {
    private final int inplanes;
    private final Conv2d squeeze;
    private final ReLU squeeze_activation = new ReLU(true);
    private final Conv2d expand1x1;
    private final ReLU expand1x1_activation = new ReLU(true);
    private final Conv2d expand3x3;
    private final ReLU expand3x3_activation = new ReLU(true);

    public Fire(int inplanes, int squeezePlanes, int expand1x1Planes, int expand3x3Planes) {
        this.inplanes = inplanes;
        squeeze = new Conv2d(inplanes, squeezePlanes, 1);
        expand1x1 = new Conv2d(squeezePlanes, expand1x1Planes, 1);
        expand3x3 = new Conv2d(squeezePlanes, expand3x3Planes, 3).padding(1);
    }

    public Tensor forward(Tensor x) {
        x = squeeze_activation.forward(squeeze.forward(x));
        return Tensors.cat(
                List.of(expand1x1_activation.forward(expand1x1.forward(x)),
                        expand3x3_activation.forward(expand3x3.forward(x))),
                1);
    }
}
