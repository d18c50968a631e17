/** GPT-2 small (124M parameters with a tied head; 163M here, the head untied). */
public class GPT2Small extends GPT {
    public GPT2Small() {
        super(Config.gpt2());
    }
}
