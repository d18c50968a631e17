/** torchvision.models.mobilenetv3.InvertedResidualConfig: a row of Tables 1 and 2 of the MobileNetV3 paper. */
public class InvertedResidualConfig {
    public final int inputChannels;
    public final int kernel;
    public final int expandedChannels;
    public final int outChannels;
    public final boolean useSe;
    public final boolean useHs;
    public final int stride;
    public final int dilation;

    public InvertedResidualConfig(int inputChannels, int kernel, int expandedChannels, int outChannels, boolean useSe,
            String activation, int stride, int dilation, double widthMult) {
        this.inputChannels = adjustChannels(inputChannels, widthMult);
        this.kernel = kernel;
        this.expandedChannels = adjustChannels(expandedChannels, widthMult);
        this.outChannels = adjustChannels(outChannels, widthMult);
        this.useSe = useSe;
        this.useHs = activation.equals("HS");
        this.stride = stride;
        this.dilation = dilation;
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
