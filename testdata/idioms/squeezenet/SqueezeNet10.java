/** squeezenet1_0, its version named as a command-line flag would give it. */
public class SqueezeNet10 extends SqueezeNet {
    public SqueezeNet10() {
        super(Version.valueOf("V" + "1.0".replace('.', '_')), 1000);
    }
}
