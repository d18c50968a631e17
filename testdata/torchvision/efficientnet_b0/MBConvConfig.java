/** torchvision.models.efficientnet.MBConvConfig: one stage of Table 1 of the EfficientNet paper. */
public class MBConvConfig {
    public final double expandRatio;
    public final int kernel;
    public int stride;
    public int inputChannels;
    public final int outChannels;
    public final int numLayers;

    public MBConvConfig(double expandRatio, int kernel, int stride, int inputChannels, int outChannels, int numLayers,
            double widthMult, double depthMult) {
        this.expandRatio = expandRatio;
        this.kernel = kernel;
        this.stride = stride;
        this.inputChannels = adjustChannels(inputChannels, widthMult);
        this.outChannels = adjustChannels(outChannels, widthMult);
        this.numLayers = (int) Math.ceil(numLayers * depthMult);
    }

    private MBConvConfig(MBConvConfig c) {
        expandRatio = c.expandRatio;
        kernel = c.kernel;
        stride = c.stride;
        inputChannels = c.inputChannels;
        outChannels = c.outChannels;
        numLayers = c.numLayers;
    }

    /** copy.copy(cnf) */
    public MBConvConfig copy() {
        return new MBConvConfig(this);
    }

    public static int adjustChannels(int channels, double widthMult) {
        return makeDivisible(channels * widthMult, 8);
    }

    /** torchvision.models._utils._make_divisible with min_value None. */
    public static int makeDivisible(double v, int divisor) {
        int minValue = divisor;
        int newV = Math.max(minValue, (int) (v + divisor / 2.0) / divisor * divisor);
        if (newV < 0.9 * v) {
            newV += divisor;
        }
        return newV;
    }
}
