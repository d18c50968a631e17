import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/**
 * pytorch/examples siamese_network/main.py's SiameseNetwork: a ResNet-18 whose first conv reads
 * one-channel MNIST images and whose last layer is cut off, run on both images; the two feature
 * vectors are concatenated and scored by a small MLP and a sigmoid.
 */
public class SiameseNetwork extends Module {
    private final Sequential resnet;
    private final long fc_in_features;
    private final Sequential fc;
    private final Sigmoid sigmoid = new Sigmoid();

    public SiameseNetwork() {
        // get resnet model
        ResNet resnet18 = new ResNet();

        // over-write the first conv layer to be able to read MNIST images
        // as resnet18 reads (3,x,x) where 3 is RGB channels
        // whereas MNIST has (1,x,x) where 1 is a gray-scale channel
        resnet18.conv1 = new Conv2d(1, 64, new int[] {7, 7}).stride(2, 2).padding(3, 3).bias(false);
        fc_in_features = resnet18.fc.inFeatures();

        // remove the last layer of resnet18 (linear layer which is before avgpool layer)
        List<Module> children = resnet18.children();
        resnet = new Sequential(children.subList(0, children.size() - 1).toArray(new Module[0]));

        // add linear layers to compare between the features of the two images
        fc = new Sequential(
                new Linear(fc_in_features * 2, 256),
                new ReLU(true),
                new Linear(256, 1));
    }

    private Tensor forwardOnce(Tensor x) {
        Tensor output = resnet.forward(x);
        output = output.view(output.size(0), -1);
        return output;
    }

    public Tensor forward(@Dims("N, 1, 28, 28") Tensor input1, @Dims("N, 1, 28, 28") Tensor input2) {
        // get two images' features
        Tensor output1 = forwardOnce(input1);
        Tensor output2 = forwardOnce(input2);

        // concatenate both images' features
        Tensor output = Tensors.cat(List.of(output1, output2), 1);

        // pass the concatenation to the linear layers
        output = fc.forward(output);

        // pass the out of the linear layers to sigmoid layer
        output = sigmoid.forward(output);

        return output;
    }
}
