"""Records fixed-input numeric cases for the CPU device from PyTorch (Debian python3-torch 1.13).

Run from the repository root: /usr/bin/python3 testdata/cpu/make_cases.py > testdata/cpu/cases.json
Every case stores its inputs, the module's parameters (and buffers) and PyTorch's outputs, so the
Java test (nn CpuNumericTest) sets everything exactly and does not depend on PyTorch's RNG.
"""
import json
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
cases = []


def t(x):
    return {"shape": list(x.shape), "dtype": str(x.dtype).replace("torch.", ""),
            "data": x.detach().reshape(-1).tolist()}


def params(m):
    out = {k: t(v) for k, v in m.named_parameters()}
    out.update({k: t(v) for k, v in m.named_buffers() if v.dtype != torch.int64})
    return out


def module(name, m, *inputs, train=False, outputs=None, extra=None):
    m.train(train)
    p = params(m)
    with torch.no_grad():
        r = m(*inputs)
    rs = list(r) if isinstance(r, tuple) else [r]
    flat = []
    for x in rs:
        if isinstance(x, tuple):
            flat.extend(x)
        else:
            flat.append(x)
    case = {"name": name, "params": p, "inputs": [t(x) for x in inputs],
            "outputs": [t(x) for x in flat if x is not None]}
    if train and isinstance(m, nn.BatchNorm2d):
        case["buffers_after"] = {"running_mean": t(m.running_mean), "running_var": t(m.running_var)}
    cases.append(case)


def function(name, f, *inputs):
    with torch.no_grad():
        r = f(*inputs)
    cases.append({"name": name, "params": {}, "inputs": [t(x) for x in inputs],
                  "outputs": [t(x) for x in (r if isinstance(r, tuple) else [r])]})


r = torch.randn
module("linear", nn.Linear(5, 3), r(2, 4, 5))
module("conv1d", nn.Conv1d(4, 6, 3, stride=2, padding=1, dilation=2, groups=2), r(2, 4, 11))
module("conv2d", nn.Conv2d(4, 6, 3, stride=(2, 1), padding=(1, 2), dilation=(1, 2), groups=2), r(2, 4, 9, 10))
module("conv2d_same_reflect", nn.Conv2d(3, 4, 3, padding="same", padding_mode="reflect"), r(1, 3, 6, 7))
module("conv_transpose2d", nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, output_padding=1, groups=2), r(2, 4, 5, 5))
module("max_pool2d", nn.MaxPool2d(3, stride=2, padding=1), r(2, 3, 9, 9))
module("max_pool2d_ceil", nn.MaxPool2d(2, stride=2, ceil_mode=True), r(1, 2, 7, 7))
module("avg_pool2d", nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False), r(2, 3, 8, 8))
module("avg_pool2d_pad", nn.AvgPool2d(3, stride=2, padding=1), r(2, 3, 8, 8))
module("adaptive_avg_pool2d", nn.AdaptiveAvgPool2d((3, 4)), r(2, 3, 7, 9))
bn = nn.BatchNorm2d(3)
bn.running_mean.copy_(r(3))
bn.running_var.copy_(torch.rand(3) + 0.5)
bn.weight.data.copy_(r(3))
bn.bias.data.copy_(r(3))
module("batch_norm2d_eval", bn, r(2, 3, 4, 5))
bn2 = nn.BatchNorm2d(3)
bn2.weight.data.copy_(r(3))
bn2.bias.data.copy_(r(3))
module("batch_norm2d_train", bn2, r(4, 3, 3, 5), train=True)
ln = nn.LayerNorm([4, 5])
ln.weight.data.copy_(r(4, 5))
ln.bias.data.copy_(r(4, 5))
module("layer_norm", ln, r(2, 3, 4, 5))
module("embedding", nn.Embedding(10, 4), torch.tensor([[1, 0, 9], [3, 3, 7]]))
module("relu", nn.ReLU(), r(3, 5))
module("gelu", nn.GELU(), r(3, 5) * 3)
module("silu", nn.SiLU(), r(3, 5))
module("sigmoid", nn.Sigmoid(), r(3, 5))
module("tanh", nn.Tanh(), r(3, 5))
module("softmax", nn.Softmax(dim=1), r(3, 5))
module("log_softmax", nn.LogSoftmax(dim=-1), r(3, 5))
module("dropout_eval", nn.Dropout(0.5), r(3, 4))
function("add_broadcast", torch.add, r(2, 3, 4), r(3, 1))
function("mul_broadcast", torch.mul, r(2, 1, 4), r(3, 1))
function("matmul_batched", torch.matmul, r(2, 1, 3, 4), r(5, 4, 2))
function("sum_dims", lambda x: x.sum(dim=(1, 2), keepdim=True), r(2, 3, 4, 5))
function("mean_last", lambda x: x.mean(-1), r(2, 3, 4))
function("view", lambda x: x.view(6, -1), r(2, 3, 4))
function("reshape", lambda x: x.reshape(4, 6), r(2, 3, 4))
function("permute", lambda x: x.permute(2, 0, 1), r(2, 3, 4))
function("transpose", lambda x: x.transpose(0, 2), r(2, 3, 4))
function("flatten", lambda x: torch.flatten(x, 1), r(2, 3, 4))
function("cat", lambda a, b: torch.cat([a, b], 1), r(2, 3, 4), r(2, 2, 4))
function("stack", lambda a, b: torch.stack([a, b], 1), r(2, 3), r(2, 3))
module("lstm", nn.LSTM(5, 4, batch_first=True), r(2, 3, 5))
module("gru", nn.GRU(5, 4, batch_first=True), r(2, 3, 5))
module("lstm_bidirectional_2layer", nn.LSTM(3, 4, num_layers=2, bidirectional=True), r(6, 2, 3))
module("lp_pool2d", nn.LPPool2d(2, 3, stride=2), r(1, 2, 7, 7))
module("softmin", nn.Softmin(dim=1), r(3, 5))
function("norm_p1", lambda x: x.norm(1, 1), r(3, 5))
module("lstm_cell", nn.LSTMCell(5, 4), r(3, 5))
module("gru_cell", nn.GRUCell(5, 4), r(3, 5), r(3, 4))
module("rnn_cell_relu", nn.RNNCell(5, 4, nonlinearity="relu"), r(3, 5))
mha = nn.MultiheadAttention(8, 2, batch_first=True)
nn.init.uniform_(mha.in_proj_bias, -0.5, 0.5)
nn.init.uniform_(mha.out_proj.bias, -0.5, 0.5)
q = r(2, 3, 8)
module("multihead_attention", mha, q, q, q)
# Local response norm (3-d, 4-d, 5-d and an integral input, whose avg_pool divides as integers).
module("local_response_norm", nn.LocalResponseNorm(3, alpha=1e-2, beta=0.75, k=2.0), r(2, 5, 3, 4) * 3)
module("local_response_norm_3d", nn.LocalResponseNorm(2), r(2, 4, 6) * 3)
module("local_response_norm_5d", nn.LocalResponseNorm(4, alpha=1e-1), r(1, 6, 2, 3, 2) * 2)
function("local_response_norm_int", lambda x: F.local_response_norm(x, 3, alpha=0.1),
         torch.randint(-5, 6, (2, 4, 3)))
# EmbeddingBag: every mode, 2-d input, offsets with an empty bag, per_sample_weights,
# include_last_offset (the last offset at the input's length: PyTorch 1.13 writes out of bounds when
# it is below), padding_idx, max_norm.
bag_idx = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
bag_off = torch.tensor([0, 2, 2, 5])
module("embedding_bag_mean_2d", nn.EmbeddingBag(10, 3), torch.tensor([[1, 2, 4], [4, 3, 9]]))
module("embedding_bag_sum_offsets", nn.EmbeddingBag(10, 3, mode="sum"), bag_idx, bag_off)
module("embedding_bag_max", nn.EmbeddingBag(10, 3, mode="max"), bag_idx, bag_off)
module("embedding_bag_per_sample_weights", nn.EmbeddingBag(10, 3, mode="sum"), bag_idx, bag_off, r(8))
module("embedding_bag_include_last_offset", nn.EmbeddingBag(10, 3, include_last_offset=True),
       bag_idx, torch.tensor([0, 2, 3, 8]))
module("embedding_bag_padding_mean", nn.EmbeddingBag(10, 3, padding_idx=2),
       torch.tensor([2, 2, 1, 2, 7, 2]), torch.tensor([0, 2, 4]))
module("embedding_bag_padding_max", nn.EmbeddingBag(10, 3, mode="max", padding_idx=-1),
       torch.tensor([9, 9, 1, 9, 7, 0]), torch.tensor([0, 2, 4]))
module("embedding_bag_max_norm", nn.EmbeddingBag(10, 3, max_norm=1.0, norm_type=1.0, mode="sum"),
       bag_idx, bag_off)
function("embedding_bag_include_last_offset_f64",
         lambda i, w, o: F.embedding_bag(i, w, o, mode="mean", include_last_offset=True),
         bag_idx, r(10, 3, dtype=torch.float64), torch.tensor([0, 2, 2, 8]))
function("embedding_bag_int32_f64",
         lambda i, w, o, p: F.embedding_bag(i, w, o, mode="sum", per_sample_weights=p),
         bag_idx.int(), r(10, 3, dtype=torch.float64), bag_off.int(), r(8, dtype=torch.float64))
module("embedding_max_norm_p3", nn.Embedding(10, 4, padding_idx=0, max_norm=1.0, norm_type=3.0),
       torch.tensor([[0, 3, 3], [5, 9, 1]]))
# Adaptive max pooling with indices (flat within each plane, as PyTorch gives them).
function("adaptive_max_pool1d_indices", lambda x: F.adaptive_max_pool1d(x, 4, return_indices=True),
         r(2, 3, 9))
function("adaptive_max_pool2d_indices", lambda x: F.adaptive_max_pool2d(x, (3, None), return_indices=True),
         r(2, 3, 7, 5))
function("adaptive_max_pool3d_indices", lambda x: F.adaptive_max_pool3d(x, (2, 3, 2), return_indices=True),
         r(1, 2, 5, 7, 3))
module("adaptive_max_pool2d_module_indices", nn.AdaptiveMaxPool2d((2, 3), return_indices=True),
       r(2, 2, 5, 8))
# Antialiased interpolation (_upsample_bilinear2d_aa, _upsample_bicubic2d_aa).
function("interpolate_bilinear_aa_down",
         lambda x: F.interpolate(x, size=(5, 7), mode="bilinear", align_corners=False, antialias=True),
         r(1, 2, 11, 13))
function("interpolate_bilinear_aa_mixed",
         lambda x: F.interpolate(x, size=(9, 3), mode="bilinear", align_corners=False, antialias=True),
         r(2, 1, 4, 7))
function("interpolate_bicubic_aa_scale",
         lambda x: F.interpolate(x, scale_factor=0.6, mode="bicubic", align_corners=False, antialias=True),
         r(1, 2, 9, 11))
function("interpolate_bicubic_aa_align",
         lambda x: F.interpolate(x, size=(4, 9), mode="bicubic", align_corners=True, antialias=True),
         r(1, 2, 7, 5))
function("interpolate_bilinear_aa_scale_keeps_height",
         lambda x: F.interpolate(x, scale_factor=1.1, mode="bilinear", align_corners=False, antialias=True),
         r(1, 1, 5, 10))
function("interpolate_bilinear_aa_f64",
         lambda x: F.interpolate(x, size=(3, 4), mode="bilinear", align_corners=False, antialias=True),
         r(1, 2, 8, 9, dtype=torch.float64))
# roll and index_select.
function("roll_flat", lambda x: x.roll(-4), r(2, 3))
function("roll_dims", lambda x: x.roll((1, -2), (0, 2)), r(2, 3, 4))
function("roll_repeated_dim_int64", lambda x: torch.roll(x, (5, 2), (1, -1)), torch.arange(12).view(3, 4))
function("index_select_dim1", lambda x, i: x.index_select(1, i), r(2, 4, 3), torch.tensor([3, 0, 3, 1]))
function("index_select_dim0_int32", lambda x, i: torch.index_select(x, 0, i), r(2, 5),
         torch.tensor([1, 1, 0], dtype=torch.int32))
function("index_select_scalar_index_int64", lambda x, i: x.index_select(-1, i),
         torch.arange(12).view(3, 4), torch.tensor(2))
print(json.dumps({"torch": torch.__version__, "cases": cases}, indent=None))
