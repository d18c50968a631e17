import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GoogLeNet (Szegedy et al. 2015) for 32x32 CIFAR images, as in kuangliu/pytorch-cifar: the
 * paper's Inception table, a max-pool after stages 3 and 4.
 */
public class GoogLeNet extends Module implements ConvFactory {
    static final Map<String, InceptionSpec> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("a3", InceptionSpec.of(64, 96, 128, 16, 32, 32));
        TABLE.put("b3", InceptionSpec.of(128, 128, 192, 32, 96, 64));
        TABLE.put("a4", InceptionSpec.of(192, 96, 208, 16, 48, 64));
        TABLE.put("b4", InceptionSpec.of(160, 112, 224, 24, 64, 64));
        TABLE.put("c4", InceptionSpec.of(128, 128, 256, 24, 64, 64));
        TABLE.put("d4", InceptionSpec.of(112, 144, 288, 32, 64, 64));
        TABLE.put("e4", InceptionSpec.of(256, 160, 320, 32, 128, 128));
        TABLE.put("a5", InceptionSpec.of(256, 160, 320, 32, 128, 128));
        TABLE.put("b5", InceptionSpec.of(384, 192, 384, 48, 128, 128));
    }

    private final Sequential preLayers = convBnRelu(3, 192, 3);
    private final Sequential body = new Sequential();
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Linear linear;

    public GoogLeNet() {
        int channels = 192;
        Iterator<Map.Entry<String, InceptionSpec>> rows = TABLE.entrySet().iterator();
        while (rows.hasNext()) {
            Map.Entry<String, InceptionSpec> row = rows.next();
            if (row.getKey().equals("a4") || row.getKey().equals("a5")) {
                body.add("pool" + row.getKey().charAt(1), new MaxPool2d(3, 2, 1));
            }
            body.add(row.getKey(), new Inception(channels, row.getValue()));
            channels = row.getValue().outChannels();
        }
        linear = new Linear(channels, 10);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = body.forward(preLayers.forward(x));
        return linear.forward(avgpool.forward(x).flatten(1));
    }
}
