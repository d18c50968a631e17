/** DenseNet-BC's hyper-parameters (Huang et al. 2017), shared by the classes that implement it. */
public interface DenseNetSpec {
    int IMAGE_SIZE = 32;
    int GROWTH_RATE = 12;
    int BN_SIZE = 4;
    double COMPRESSION = 0.5;

    /** Channels of a dense layer's 1x1 bottleneck. */
    default int bottleneckWidth() {
        return BN_SIZE * GROWTH_RATE;
    }

    /** Channels after a transition layer. */
    default int compressed(int channels) {
        return (int) Math.floor(channels * COMPRESSION);
    }
}
