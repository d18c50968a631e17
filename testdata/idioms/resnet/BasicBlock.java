import dev.shapesense.nn.*;

/** ResNet-18/34's block: two 3x3 convolutions. */
public class BasicBlock extends ResidualBlock {
    public static final int EXPANSION = 1;

    public BasicBlock(int inPlanes, int planes, int stride) {
        super(inPlanes, planes, stride);
    }

    @Override
    protected Sequential buildBranch(int inPlanes, int planes, int stride) {
        return new Sequential(convBn(inPlanes, planes, 3, stride), new ReLU(true), convBn(planes, planes, 3, 1));
    }

    @Override
    public int expansion() {
        return EXPANSION;
    }
}
