import dev.shapesense.tensor.*;

/** Window partition / reverse of Swin (timm's window_partition and window_reverse), channels last. */
public final class Windows {
    private Windows() {
    }

    /** [B, H, W, C] -> [B * nW, ws, ws, C]. */
    public static Tensor partition(Tensor x, int ws) {
        long b = x.size(0), h = x.size(1), w = x.size(2), c = x.size(3);
        x = x.view(b, h / ws, ws, w / ws, ws, c);
        return x.permute(0, 1, 3, 2, 4, 5).contiguous().view(-1, ws, ws, c);
    }

    /** [B * nW, ws, ws, C] -> [B, H, W, C]. */
    public static Tensor reverse(Tensor windows, int ws, long h, long w) {
        long c = windows.size(-1);
        long b = windows.size(0) / (h * w / ws / ws);
        Tensor x = windows.view(b, h / ws, w / ws, ws, ws, c);
        return x.permute(0, 1, 3, 2, 4, 5).reshape(b, h, w, c);
    }
}
