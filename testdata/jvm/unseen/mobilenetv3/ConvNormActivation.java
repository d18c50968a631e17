import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/** torchvision's ConvNormActivation: a Sequential of conv, batch norm and an optional activation. */
public class ConvNormActivation extends Sequential {
    public ConvNormActivation(int in, int out, int kernel, int stride, int groups, Act act) {
        super(layers(in, out, kernel, stride, groups, act));
    }

    public ConvNormActivation(int in, int out, int kernel, Act act) {
        this(in, out, kernel, 1, 1, act);
    }

    private static Module[] layers(int in, int out, int kernel, int stride, int groups, Act act) {
        List<Module> list = new ArrayList<>();
        list.add(new Conv2d(in, out, kernel).stride(stride).padding((kernel - 1) / 2).groups(groups).bias(false));
        list.add(new BatchNorm2d(out).eps(0.001).momentum(0.01));
        Module a = act.create();
        if (a != null) {
            list.add(a);
        }
        return list.toArray(new Module[0]);
    }
}
