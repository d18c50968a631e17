import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDPM U-Net (pesser/pytorch_diffusion model.py, Ho et al.'s TF model ported): sinusoidal
 * timestep embedding, ResnetBlocks with a timestep projection, self-attention at 16x16, skip
 * connections by concatenation. Small: ch 32, ch_mult (1, 2, 2), one res block per level
 * (DDPM CIFAR-10: ch 128, ch_mult (1, 2, 2, 2), two res blocks).
 */
public class Model extends Module {
    private final int ch;
    private final int temb_ch;
    private final int num_resolutions;
    private final int num_res_blocks;
    private final int resolution;
    private final int in_channels;
    private final Temb temb;
    private final Conv2d conv_in;
    private final ModuleList down = new ModuleList();
    private final Mid mid = new Mid();
    private final ModuleList up = new ModuleList();
    private final GroupNorm norm_out;
    private final Conv2d conv_out;

    public Model() {
        this(32, 3, new int[] {1, 2, 2}, 1, new int[] {16}, 0.0, true, 3, 32);
    }

    public Model(int ch, int outCh, int[] chMult, int numResBlocks, int[] attnResolutions, double dropout,
            boolean resampWithConv, int inChannels, int resolution) {
        this.ch = ch;
        temb_ch = this.ch * 4;
        num_resolutions = chMult.length;
        num_res_blocks = numResBlocks;
        this.resolution = resolution;
        in_channels = inChannels;

        // timestep embedding
        temb = new Temb(new ModuleList(new Linear(this.ch, temb_ch), new Linear(temb_ch, temb_ch)));

        // downsampling
        conv_in = new Conv2d(in_channels, this.ch, 3).stride(1).padding(1);

        int currRes = resolution;
        int[] inChMult = new int[chMult.length + 1];
        inChMult[0] = 1;
        System.arraycopy(chMult, 0, inChMult, 1, chMult.length);
        int blockIn = 0;
        for (int iLevel = 0; iLevel < num_resolutions; iLevel++) {
            ModuleList block = new ModuleList();
            ModuleList attn = new ModuleList();
            blockIn = ch * inChMult[iLevel];
            int blockOut = ch * chMult[iLevel];
            for (int iBlock = 0; iBlock < num_res_blocks; iBlock++) {
                block.append(new ResnetBlock(blockIn, blockOut, false, dropout, temb_ch));
                blockIn = blockOut;
                if (contains(attnResolutions, currRes)) {
                    attn.append(new AttnBlock(blockIn));
                }
            }
            Level down = new Level(block, attn);
            if (iLevel != num_resolutions - 1) {
                down.downsample = new Downsample(blockIn, resampWithConv);
                currRes = currRes / 2;
            }
            this.down.append(down);
        }

        // middle
        mid.block_1 = new ResnetBlock(blockIn, blockIn, false, dropout, temb_ch);
        mid.attn_1 = new AttnBlock(blockIn);
        mid.block_2 = new ResnetBlock(blockIn, blockIn, false, dropout, temb_ch);

        // upsampling
        List<Level> ups = new ArrayList<>();
        for (int iLevel = num_resolutions - 1; iLevel >= 0; iLevel--) {
            ModuleList block = new ModuleList();
            ModuleList attn = new ModuleList();
            int blockOut = ch * chMult[iLevel];
            int skipIn = ch * chMult[iLevel];
            for (int iBlock = 0; iBlock < num_res_blocks + 1; iBlock++) {
                if (iBlock == num_res_blocks) {
                    skipIn = ch * inChMult[iLevel];
                }
                block.append(new ResnetBlock(blockIn + skipIn, blockOut, false, dropout, temb_ch));
                blockIn = blockOut;
                if (contains(attnResolutions, currRes)) {
                    attn.append(new AttnBlock(blockIn));
                }
            }
            Level up = new Level(block, attn);
            if (iLevel != 0) {
                up.upsample = new Upsample(blockIn, resampWithConv);
                currRes = currRes * 2;
            }
            ups.add(0, up); // prepend to get consistent order
        }
        for (Level l : ups) {
            up.append(l);
        }

        // end
        norm_out = Normalize(blockIn);
        conv_out = new Conv2d(blockIn, outCh, 3).stride(1).padding(1);
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** Sinusoidal timestep embeddings, as in Denoising Diffusion Probabilistic Models (tensor2tensor). */
    static Tensor getTimestepEmbedding(Tensor timesteps, int embeddingDim) {
        if (timesteps.dim() != 1) {
            throw new ShapeError("timesteps must be 1-d");
        }
        int halfDim = embeddingDim / 2;
        double emb0 = Math.log(10000) / (halfDim - 1);
        Tensor emb = Tensors.exp(Tensors.arange(halfDim, DType.FLOAT32).mul(-emb0));
        emb = timesteps.to(DType.FLOAT32).index(Index.all(), Index.none()).mul(emb.index(Index.none(), Index.all()));
        emb = Tensors.cat(List.of(Tensors.sin(emb), Tensors.cos(emb)), 1);
        if (embeddingDim % 2 == 1) { // zero pad
            emb = F.pad(emb, 0, 1, 0, 0);
        }
        return emb;
    }

    static Tensor nonlinearity(Tensor x) {
        // swish
        return x.mul(Tensors.sigmoid(x));
    }

    static GroupNorm Normalize(int inChannels) {
        return new GroupNorm(32, inChannels, 1e-6, true);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x, @Dims(value = "N", dtype = DType.INT64) Tensor t) {
        if (x.size(2) != resolution || x.size(3) != resolution) {
            throw new ShapeError("input must be " + resolution + "x" + resolution);
        }

        // timestep embedding
        Tensor temb = getTimestepEmbedding(t, ch);
        temb = this.temb.dense.get(0).call(temb);
        temb = nonlinearity(temb);
        temb = this.temb.dense.get(1).call(temb);

        // downsampling
        List<Tensor> hs = new ArrayList<>();
        hs.add(conv_in.forward(x));
        for (int iLevel = 0; iLevel < num_resolutions; iLevel++) {
            Level level = (Level) down.get(iLevel);
            for (int iBlock = 0; iBlock < num_res_blocks; iBlock++) {
                Tensor h = level.block.get(iBlock).call(hs.get(hs.size() - 1), temb);
                if (level.attn.size() > 0) {
                    h = level.attn.get(iBlock).call(h);
                }
                hs.add(h);
            }
            if (iLevel != num_resolutions - 1) {
                hs.add(level.downsample.call(hs.get(hs.size() - 1)));
            }
        }

        // middle
        Tensor h = hs.get(hs.size() - 1);
        h = mid.block_1.call(h, temb);
        h = mid.attn_1.call(h);
        h = mid.block_2.call(h, temb);

        // upsampling
        for (int iLevel = num_resolutions - 1; iLevel >= 0; iLevel--) {
            Level level = (Level) up.get(iLevel);
            for (int iBlock = 0; iBlock < num_res_blocks + 1; iBlock++) {
                h = level.block.get(iBlock).call(Tensors.cat(List.of(h, hs.remove(hs.size() - 1)), 1), temb);
                if (level.attn.size() > 0) {
                    h = level.attn.get(iBlock).call(h);
                }
            }
            if (iLevel != 0) {
                h = level.upsample.call(h);
            }
        }

        // end
        h = norm_out.forward(h);
        h = nonlinearity(h);
        h = conv_out.forward(h);
        return h;
    }
}
