import dev.shapesense.nn.*;

/** ResNet-50's block: 1x1 reduce, 3x3 (carrying the stride, as torchvision's v1.5), 1x1 expand. */
public class Bottleneck extends ResidualBlock {
    public Bottleneck(int inPlanes, int planes, int stride) {
        super(inPlanes, planes, stride);
    }

    @Override
    protected Sequential buildBranch(int inPlanes, int planes, int stride) {
        Sequential branch = new Sequential();
        branch.add(convBn(inPlanes, planes, 1, 1)).add(new ReLU(true));
        branch.add(convBn(planes, planes, 3, stride)).add(new ReLU(true));
        branch.add(convBn(planes, planes * expansion(), 1, 1));
        return branch;
    }

    @Override
    public int expansion() {
        return 4;
    }
}
