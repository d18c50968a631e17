package com.example;

import dev.shapesense.nn.Module;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.Locale;

/**
 * PyTorch's "Reasoning about Shapes" recipe in Java: the Net built on the META device (shapes and
 * dtypes, no data), a forward hook on every module printing its output shape, then an input the
 * Net cannot take; then the same Net on the CPU with real numbers.
 */
public final class Seed {
    private Seed() {}

    public static void main(String[] args) {
        System.out.println("== meta [1024, 3, 32, 32]");
        // with torch.device("meta"):
        try (var scope = Device.META.asDefault()) {
            Net net = new Net();
            Tensor inp = Tensors.randn(1024, 3, 32, 32);

            // for name, layer in net.named_modules(): layer.register_forward_hook(fw_hook)
            for (Module layer : net.namedModules().values()) {
                layer.registerForwardHook((module, input, output) ->
                        System.out.println("Shape of output to " + module + " is " + ((Tensor) output).shape() + "."));
            }
            Tensor out = net.call(inp);
            System.out.println("output " + out.shape() + " on " + out.device());

            System.out.println("== meta [1024, 3, 28, 28]");
            try {
                net.call(Tensors.randn(1024, 3, 28, 28));
                System.out.println("no error");
            } catch (ShapeError e) {
                // PyTorch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (1024x256 and 400x120)
                System.out.println("ShapeError: " + e.getMessage());
            }
        }

        System.out.println("== cpu [2, 3, 32, 32], seed 0");
        Tensors.manualSeed(0);
        Net net = new Net();             // on the CPU: parameters initialised as PyTorch does
        net.eval();
        Tensor logits = net.call(Tensors.randn(2, 3, 32, 32));
        double[] values = logits.doubles();
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            first.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", values[i]));
        }
        System.out.println("output " + logits.shape() + " on " + logits.device() + ", params " + net.parameterCount());
        System.out.println("output[0, :5] [" + first + "]");
    }
}
