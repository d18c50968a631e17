import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** resnet50 with 100 classes, its architecture looked up by name as a config file would give it. */
public class ResNet50 extends ResNet {
    public ResNet50() {
        super(Arch.valueOf("resnet50".toUpperCase()), 100, 64, 128, 256, 512);
    }
}
