/** A Fire module's widths: a 1x1 squeeze, then 1x1 and 3x3 expands that are concatenated. */
public record FireSpec(int squeeze, int expand1x1, int expand3x3) {
    public static FireSpec of(int squeeze, int expand) {
        return new FireSpec(squeeze, expand, expand);
    }

    public int outChannels() {
        return expand1x1 + expand3x3;
    }
}
