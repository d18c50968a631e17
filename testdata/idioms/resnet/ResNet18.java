import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** resnet18 with 100 classes. */
public class ResNet18 extends ResNet {
    public ResNet18() {
        super(Arch.RESNET18, 100, 64, 128, 256, 512);
    }
}
