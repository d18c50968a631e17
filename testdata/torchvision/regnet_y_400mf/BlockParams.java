import java.util.ArrayList;
import java.util.List;

/** torchvision.models.regnet.BlockParams: per-stage depths, widths, group widths of a RegNet. */
public class BlockParams {
    public final List<Integer> depths;
    public final List<Integer> widths;
    public final List<Integer> groupWidths;
    public final List<Double> bottleneckMultipliers;
    public final List<Integer> strides;
    public final Double seRatio;

    public BlockParams(List<Integer> depths, List<Integer> widths, List<Integer> groupWidths,
            List<Double> bottleneckMultipliers, List<Integer> strides, Double seRatio) {
        this.depths = depths;
        this.widths = widths;
        this.groupWidths = groupWidths;
        this.bottleneckMultipliers = bottleneckMultipliers;
        this.strides = strides;
        this.seRatio = seRatio;
    }

    /** BlockParams.from_init_params: quantized linear widths, split into stages of equal width. */
    public static BlockParams fromInitParams(int depth, int w0, double wA, double wM, int groupWidth,
            double bottleneckMultiplier, Double seRatio) {
        int quant = 8;
        int stride = 2;
        if (wA < 0 || w0 <= 0 || wM <= 1 || w0 % 8 != 0) {
            throw new IllegalArgumentException("Invalid RegNet settings");
        }
        List<Integer> blockWidths = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            double widthCont = i * wA + w0;
            double blockCapacity = Math.rint(Math.log(widthCont / w0) / Math.log(wM));
            blockWidths.add((int) (Math.rint(w0 * Math.pow(wM, blockCapacity) / quant) * quant));
        }
        // Stage boundaries: where the width changes (and the end).
        List<Integer> stageWidths = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i <= depth; i++) {
            int w = i < depth ? blockWidths.get(i) : 0;
            int wp = i > 0 ? blockWidths.get(i - 1) : 0;
            if (w != wp) {
                starts.add(i);
                if (i < depth) {
                    stageWidths.add(w);
                }
            }
        }
        List<Integer> stageDepths = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            stageDepths.add(starts.get(i) - starts.get(i - 1));
        }
        int numStages = stageWidths.size();
        List<Integer> strides = new ArrayList<>();
        List<Double> bottleneckMultipliers = new ArrayList<>();
        List<Integer> groupWidths = new ArrayList<>();
        for (int i = 0; i < numStages; i++) {
            strides.add(stride);
            bottleneckMultipliers.add(bottleneckMultiplier);
            groupWidths.add(groupWidth);
        }
        // _adjust_widths_groups_compatibilty
        List<Integer> adjustedWidths = new ArrayList<>();
        List<Integer> groupWidthsMin = new ArrayList<>();
        for (int i = 0; i < numStages; i++) {
            int wBot = (int) (stageWidths.get(i) * bottleneckMultipliers.get(i));
            int g = Math.min(groupWidths.get(i), wBot);
            int wsBot = makeDivisible(wBot, g);
            adjustedWidths.add((int) (wsBot / bottleneckMultipliers.get(i)));
            groupWidthsMin.add(g);
        }
        return new BlockParams(stageDepths, adjustedWidths, groupWidthsMin, bottleneckMultipliers, strides, seRatio);
    }

    /** torchvision.models._utils._make_divisible with min_value None. */
    static int makeDivisible(double v, int divisor) {
        int minValue = divisor;
        int newV = Math.max(minValue, (int) (v + divisor / 2.0) / divisor * divisor);
        if (newV < 0.9 * v) {
            newV += divisor;
        }
        return newV;
    }
}
