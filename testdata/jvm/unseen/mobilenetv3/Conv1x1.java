/** A pointwise ConvNormActivation: one more level of the chain. */
public class Conv1x1 extends ConvNormActivation {
    public Conv1x1(int in, int out, Act act) {
        super(in, out, 1, act);
    }
}
