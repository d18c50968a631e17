/**
 * One row of the MobileNetV3 table: torchvision's InvertedResidualConfig. The compact constructor
 * scales the channel widths by the width multiplier, as torchvision's adjust_channels does.
 */
public record BneckConf(int inputChannels, int kernel, int expandedChannels, int outChannels,
                        boolean useSe, Act activation, int stride, int dilation, double widthMult) {
    public BneckConf {
        inputChannels = adjust(inputChannels, widthMult);
        expandedChannels = adjust(expandedChannels, widthMult);
        outChannels = adjust(outChannels, widthMult);
        activation = activation == null ? Act.RE : activation;
    }

    public BneckConf(int in, int k, int exp, int out, boolean se, String act, int stride) {
        this(in, k, exp, out, se, Act.of(act), stride, 1, 1.0);
    }

    public static int adjust(int channels, double widthMult) {
        return MobileNetV3Small.makeDivisible(channels * widthMult, 8);
    }

    public boolean useResConnect() {
        return stride == 1 && inputChannels == outChannels;
    }

    public int padding() {
        return (kernel - 1) / 2 * dilation;
    }
}
