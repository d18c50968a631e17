import java.util.*;

import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class UNet extends Module {
    private final DoubleConv inc = new DoubleConv(3, 16);
    private final MaxPool2d pool = new MaxPool2d(2);
    private final DoubleConv down1 = new DoubleConv(16, 32);
    private final DoubleConv down2 = new DoubleConv(32, 64);
    private final DoubleConv down3 = new DoubleConv(64, 128);
    private final ConvTranspose2d up1 = new ConvTranspose2d(128, 64, 2).stride(2);
    private final DoubleConv conv1 = new DoubleConv(128, 64);
    private final ConvTranspose2d up2 = new ConvTranspose2d(64, 32, 2).stride(2);
    private final DoubleConv conv2 = new DoubleConv(64, 32);
    private final ConvTranspose2d up3 = new ConvTranspose2d(32, 16, 2).stride(2);
    private final DoubleConv conv3 = new DoubleConv(32, 16);
    private final Conv2d outc = new Conv2d(16, 2, 1);

    public Tensor forward(@Dims("N, 3, 64, 64") Tensor x) {
        Tensor x1 = inc.forward(x);
      //            ^ [N, 16, 64, 64]
        Tensor x2 = down1.forward(pool.forward(x1));
      //            ^ [N, 32, 32, 32]
      //                          ^ [N, 16, 32, 32]
        Tensor x3 = down2.forward(pool.forward(x2));
      //            ^ [N, 64, 16, 16]
      //                          ^ [N, 32, 16, 16]
        Tensor x4 = down3.forward(pool.forward(x3));
      //            ^ [N, 128, 8, 8]
      //                          ^ [N, 64, 8, 8]

        Tensor y = up1.forward(x4);
      //           ^ [N, 64, 16, 16]
        y = conv1.forward(Tensors.cat(List.of(y, x3), 1));
      //    ^ [N, 64, 16, 16]
        y = up2.forward(y);
      //    ^ [N, 32, 32, 32]
        y = conv2.forward(Tensors.cat(List.of(y, x2), 1));
      //    ^ [N, 32, 32, 32]
        y = up3.forward(y);
      //    ^ [N, 16, 64, 64]
        y = Tensors.cat(List.of(y, x1), 1);
      //    ^ [N, 32, 64, 64]
        y = conv3.forward(y);
      //    ^ [N, 16, 64, 64]
        return outc.forward(y);
      //       ^ [N, 2, 64, 64]
    }
}
