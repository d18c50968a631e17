/** Width arithmetic shared by the blocks: static methods of an interface. */
public interface Widths {
    static int groupWidth(int planes, int baseWidth, int groups) {
        return (int) (planes * (baseWidth / 64.0)) * groups;
    }

    static int expand(int planes) {
        return planes * Bottleneck.EXPANSION;
    }
}
