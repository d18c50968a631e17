"""PyTorch twin of MLPMixer.java: lucidrains/mlp-mixer-pytorch mlp_mixer_pytorch/mlp_mixer_pytorch.py,
with einops' Rearrange/Reduce written out as modules of the same names, and MLPMixer a Sequential
subclass (the original is a function returning nn.Sequential)."""
from functools import partial

import torch
from torch import nn


class Rearrange(nn.Module):
    """Rearrange('b c (h p1) (w p2) -> b (h w) (p1 p2 c)')"""

    def __init__(self, p1, p2):
        super().__init__()
        self.p1 = p1
        self.p2 = p2

    def forward(self, x):
        b, c = x.size(0), x.size(1)
        h, w = x.size(2) // self.p1, x.size(3) // self.p2
        return x.view(b, c, h, self.p1, w, self.p2).permute(0, 2, 4, 3, 5, 1).reshape(b, h * w, self.p1 * self.p2 * c)


class Reduce(nn.Module):
    """Reduce('b n c -> b c', 'mean')"""

    def forward(self, x):
        return x.mean(1)


pair = lambda x: x if isinstance(x, tuple) else (x, x)


class PreNormResidual(nn.Module):
    def __init__(self, dim, fn):
        super().__init__()
        self.fn = fn
        self.norm = nn.LayerNorm(dim)

    def forward(self, x):
        return self.fn(self.norm(x)) + x


def FeedForward(dim, expansion_factor=4, dropout=0., dense=nn.Linear):
    inner_dim = int(dim * expansion_factor)
    return nn.Sequential(
        dense(dim, inner_dim),
        nn.GELU(),
        nn.Dropout(dropout),
        dense(inner_dim, dim),
        nn.Dropout(dropout)
    )


class MLPMixer(nn.Sequential):
    def __init__(self, *, image_size=32, channels=3, patch_size=4, dim=48, depth=2, num_classes=10,
                 expansion_factor=4, expansion_factor_token=0.5, dropout=0.):
        image_h, image_w = pair(image_size)
        assert (image_h % patch_size) == 0 and (image_w % patch_size) == 0, 'image must be divisible by patch size'
        num_patches = (image_h // patch_size) * (image_w // patch_size)
        chan_first, chan_last = partial(nn.Conv1d, kernel_size=1), nn.Linear
        super().__init__(
            Rearrange(patch_size, patch_size),
            nn.Linear((patch_size ** 2) * channels, dim),
            *[nn.Sequential(
                PreNormResidual(dim, FeedForward(num_patches, expansion_factor, dropout, chan_first)),
                PreNormResidual(dim, FeedForward(dim, expansion_factor_token, dropout, chan_last))
            ) for _ in range(depth)],
            nn.LayerNorm(dim),
            Reduce(),
            nn.Linear(dim, num_classes)
        )

    def forward(self, x):
        return super().forward(x)
