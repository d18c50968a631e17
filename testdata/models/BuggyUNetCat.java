import java.util.*;

import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyUNetCat extends Module {
    private final DoubleConv inc = new DoubleConv(3, 16);
    private final MaxPool2d pool = new MaxPool2d(2);
    private final DoubleConv down1 = new DoubleConv(16, 32);
    private final DoubleConv down2 = new DoubleConv(32, 64);
    private final ConvTranspose2d up1 = new ConvTranspose2d(64, 32, 2).stride(2);
    private final DoubleConv conv1 = new DoubleConv(64, 32);
    private final ConvTranspose2d up2 = new ConvTranspose2d(32, 16, 2).stride(2);
    private final DoubleConv conv2 = new DoubleConv(32, 16);
    private final Conv2d outc = new Conv2d(16, 2, 1);

    public Tensor forward(@Dims("N, 3, 61, 61") Tensor x) {
        Tensor x1 = inc.forward(x);
      //            ^ [N, 16, 61, 61]
        Tensor x2 = down1.forward(pool.forward(x1));
      //            ^ [N, 32, 30, 30]
      //                          ^ [N, 16, 30, 30]
        Tensor x3 = down2.forward(pool.forward(x2));
      //            ^ [N, 64, 15, 15]
      //                          ^ [N, 32, 15, 15]

        Tensor y = up1.forward(x3);
      //           ^ [N, 32, 30, 30]
        y = conv1.forward(Tensors.cat(List.of(y, x2), 1));
      //    ^ [N, 32, 30, 30]
        y = up2.forward(y);
      //    ^ [N, 16, 60, 60]
        y = conv2.forward(Tensors.cat(List.of(y, x1), 1));
      //                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error shape/cat-sizes: Sizes of tensors must match except in dimension 1. Expected size 60 but got size 61 for tensor number 1 in the list.
        return outc.forward(y);
    }
}
