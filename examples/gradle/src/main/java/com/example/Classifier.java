package com.example;

import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.*;

/**
 * A model to open in the editor with the ShapeSense extension: every layer call and tensor
 * assignment in {@code forward} gets its output shape as an inlay hint, in the symbols of
 * {@code @Dims} ({@code [N, 32, 16 * h, 16 * w]}...). Change {@code 64} in {@code head} to {@code 32}
 * and the call to {@code head} turns red with PyTorch's message and a quick fix.
 */
public class Classifier extends Module {
    private final Sequential stem = new Sequential(
            new Conv2d(3, 32, 3).padding(1).bias(false),
            new BatchNorm2d(32),
            new ReLU(),
            new MaxPool2d(2));
    private final Block block = new Block(32, 64);
    private final AdaptiveAvgPool2d pool = new AdaptiveAvgPool2d(1);
    private final Dropout dropout = new Dropout(0.2);
    private final Linear head = new Linear(64, 10);

    public Tensor forward(@Dims("N, 3, 32 * h, 32 * w") Tensor x) {
        Tensor features = stem.forward(x);
        features = block.forward(features);
        Tensor pooled = pool.forward(features).flatten(1);
        return head.forward(dropout.forward(pooled));
    }

    /** Two 3x3 convolutions with a strided 1x1 shortcut, as in ResNet. */
    public static class Block extends Module {
        private final Conv2d conv1;
        private final BatchNorm2d bn1;
        private final Conv2d conv2;
        private final BatchNorm2d bn2;
        private final Conv2d shortcut;

        public Block(int in, int out) {
            conv1 = new Conv2d(in, out, 3).stride(2).padding(1).bias(false);
            bn1 = new BatchNorm2d(out);
            conv2 = new Conv2d(out, out, 3).padding(1).bias(false);
            bn2 = new BatchNorm2d(out);
            shortcut = new Conv2d(in, out, 1).stride(2).bias(false);
        }

        public Tensor forward(Tensor x) {
            Tensor y = F.relu(bn1.forward(conv1.forward(x)));
            y = bn2.forward(conv2.forward(y));
            return F.relu(y.add(shortcut.forward(x)));
        }
    }
}
