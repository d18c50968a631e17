import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ResnetBlock extends Module {
    private final int in_channels;
    private final int out_channels;
    private final boolean use_conv_shortcut;
    private final GroupNorm norm1;
    private final Conv2d conv1;
    private final Linear temb_proj;
    private final GroupNorm norm2;
    private final Dropout dropout;
    private final Conv2d conv2;
    private Conv2d conv_shortcut;
    private Conv2d nin_shortcut;

    public ResnetBlock(int inChannels, Integer outChannels, boolean convShortcut, double dropout, int tembChannels) {
        in_channels = inChannels;
        out_channels = outChannels == null ? inChannels : outChannels;
        use_conv_shortcut = convShortcut;

        norm1 = Model.Normalize(in_channels);
        conv1 = new Conv2d(in_channels, out_channels, 3).stride(1).padding(1);
        temb_proj = new Linear(tembChannels, out_channels);
        norm2 = Model.Normalize(out_channels);
        this.dropout = new Dropout(dropout);
        conv2 = new Conv2d(out_channels, out_channels, 3).stride(1).padding(1);
        if (in_channels != out_channels) {
            if (use_conv_shortcut) {
                conv_shortcut = new Conv2d(in_channels, out_channels, 3).stride(1).padding(1);
            } else {
                nin_shortcut = new Conv2d(in_channels, out_channels, 1).stride(1).padding(0);
            }
        }
    }

    public Tensor forward(Tensor x, Tensor temb) {
        Tensor h = x;
        h = norm1.forward(h);
        h = Model.nonlinearity(h);
        h = conv1.forward(h);

        h = h.add(temb_proj.forward(Model.nonlinearity(temb)).index(Index.all(), Index.all(), Index.none(), Index.none()));

        h = norm2.forward(h);
        h = Model.nonlinearity(h);
        h = dropout.forward(h);
        h = conv2.forward(h);

        if (in_channels != out_channels) {
            if (use_conv_shortcut) {
                x = conv_shortcut.forward(x);
            } else {
                x = nin_shortcut.forward(x);
            }
        }
        return x.add(h);
    }
}
