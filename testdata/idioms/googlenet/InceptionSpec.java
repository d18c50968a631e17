/** The widths of one Inception module, in the paper's table order. */
public record InceptionSpec(int n1x1, int n3x3red, int n3x3, int n5x5red, int n5x5, int poolPlanes) {
    public InceptionSpec {
        if (n1x1 < 0 || n3x3red <= 0 || n5x5red <= 0) {
            throw new IllegalArgumentException("bad Inception widths");
        }
    }

    /** A row of the paper's table 1: #1x1, #3x3 reduce, #3x3, #5x5 reduce, #5x5, pool proj. */
    public static InceptionSpec of(int... row) {
        return new InceptionSpec(row[0], row[1], row[2], row[3], row[4], row[5]);
    }

    public int outChannels() {
        return n1x1 + n3x3 + n5x5 + poolPlanes;
    }
}
