import dev.shapesense.tensor.*;

/** The channel shuffle of ShuffleNet, as a mix-in with a default method. */
public interface ChannelShuffler {
    int GROUPS = 2;

    default Tensor channelShuffle(Tensor x) {
        return channelShuffle(x, GROUPS);
    }

    default Tensor channelShuffle(Tensor x, int groups) {
        long batch = x.size(0), channels = x.size(1), height = x.size(2), width = x.size(3);
        long perGroup = channels / groups;
        Tensor y = x.view(batch, groups, perGroup, height, width);
        y = y.transpose(1, 2).contiguous();
        return y.view(batch, -1, height, width);
    }
}
