import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** torchvision.models.regnet.SimpleStemIN: 3x3 stride-2 conv, norm, activation. */
public class SimpleStemIN extends Conv2dNormActivation {
    public SimpleStemIN(int widthIn, int widthOut, IntFunction<Module> normLayer, Supplier<Module> activationLayer) {
        super(widthIn, widthOut, 3, 2, 1, normLayer, activationLayer);
    }
}
