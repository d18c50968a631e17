package com.example;

import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.*;

/** The network of PyTorch's "Reasoning about Shapes" recipe, as a user writes it in Java. */
public class Net extends Module {
    private final Conv2d conv1 = new Conv2d(3, 6, 5);
    private final MaxPool2d pool = new MaxPool2d(2, 2);
    private final Conv2d conv2 = new Conv2d(6, 16, 5);
    private final Linear fc1 = new Linear(16 * 5 * 5, 120);
    private final Linear fc2 = new Linear(120, 84);
    private final Linear fc3 = new Linear(84, 10);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = pool.forward(F.relu(conv1.forward(x)));
        x = pool.forward(F.relu(conv2.forward(x)));
        x = x.flatten(1);                  // torch.flatten(x, 1); Tensors.flatten(x, 1) also works
        x = F.relu(fc1.forward(x));
        x = F.relu(fc2.forward(x));
        return fc3.forward(x);
    }
}
