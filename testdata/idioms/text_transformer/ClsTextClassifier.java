/** The same classifier reading out a prepended class token, with 2 classes. */
public class ClsTextClassifier extends TextClassifier {
    public ClsTextClassifier() {
        super(Config.base(30522, 2).withPooling(Pooling.valueOf("CLS")));
    }
}
