import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** Part-of-speech tagging (Penn Treebank, 45 tags) with a two-layer unidirectional GRU. */
public class GruPosTagger extends SequenceTagger {
    public GruPosTagger() {
        super(SequenceTagger.builder()
                .vocabSize(50000)
                .embeddingDim(300)
                .hiddenSize(200)
                .numLayers(2)
                .cell(CellType.valueOf("GRU"))
                .numTags(45)
                .dropout(0.3));
    }
}
