/** The speech-commands setting shared by the audio models: one second of 8 kHz audio, 35 words. */
public interface AudioSpec {
    int SAMPLE_RATE = 8000;
    int NUM_CLASSES = 35;
    int N_MFCC = 40;
    int HOP_MS = 10;

    /** MFCC frames for one second (a centred STFT gives one more frame than hops). */
    default int frames() {
        return 1000 / HOP_MS + 1;
    }
}
