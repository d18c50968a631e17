"""Records PyTorch's forward-hook trace of every twin in twins.py into ../traces/<Model>.json.

Run from anywhere: /usr/bin/python3 testdata/pytorch/trace.py
Symbols of the Java @Dims are given concrete values: N = 2 (batch), L = 7 (sequence length).
"""
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import twins  # noqa: E402

SYMBOLS = {"N": 2, "L": 7}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "traces")

# model -> (factory, input shapes as in the Java @Dims with N = 2, L = 7, dtype)
MODELS = {
    "Net": (twins.Net, [[2, 3, 32, 32]], "float32"),
    "LeNet5": (twins.LeNet5, [[2, 1, 28, 28]], "float32"),
    "VGG11": (twins.VGG11, [[2, 3, 32, 32]], "float32"),
    "ResNet18": (twins.ResNet18, [[2, 3, 224, 224]], "float32"),
    "ResNet50": (twins.ResNet50, [[2, 3, 224, 224]], "float32"),
    "MobileNetV2": (twins.MobileNetV2, [[2, 3, 224, 224]], "float32"),
    "UNet": (twins.UNet, [[2, 3, 64, 64]], "float32"),
    "LSTMClassifier": (twins.LSTMClassifier, [[2, 7]], "int64"),
    "GRUEncoder": (twins.GRUEncoder, [[2, 7]], "int64"),
    "TransformerClassifier": (twins.TransformerClassifier, [[2, 7]], "int64"),
    "ViTPatchEmbed": (twins.ViTPatchEmbed, [[2, 3, 32, 32]], "float32"),
    "HandAttention": (twins.HandAttention, [[2, 10, 64]], "float32"),
    "ConvAutoencoder": (twins.ConvAutoencoder, [[2, 1, 28, 28]], "float32"),
    "MLP": (twins.MLP, [[2, 1, 28, 28]], "float32"),
    "AudioCNN": (twins.AudioCNN, [[2, 1, 16000]], "float32"),
    "ModuleListNet": (twins.ModuleListNet, [[2, 3, 32, 32]], "float32"),
    "ModuleDictNet": (twins.ModuleDictNet, [[2, 32]], "float32"),
    "ConfigTransformer": (twins.ConfigTransformer, [[2, 10, 64]], "float32"),
    "ViewFlattenNet": (twins.ViewFlattenNet, [[2, 3, 32, 32]], "float32"),
    "HelperMethodNet": (twins.HelperMethodNet, [[2, 3, 32, 32]], "float32"),
    "ConditionalNet": (twins.ConditionalNet, [[2, 3, 32, 32]], "float32"),
    "SEConvNet": (twins.SEConvNet, [[2, 3, 32, 32]], "float32"),
}
for name, (factory, shapes) in twins.BLOCKS.items():
    MODELS[name] = (factory, shapes, "float32")
MODELS.update({
    "IdiomsNet": (twins.IdiomsNet, [[2, 8]], "float32"),
    "SwitchNet": (twins.SwitchNet, [[2, 16]], "float32"),
    "FunctionalNet": (twins.FunctionalNet, [[2, 10]], "float32"),
    "PositionalPoolNet": (twins.PositionalPoolNet, [[2, 3, 64, 64]], "float32"),
    "DiagonalNet": (twins.DiagonalNet, [[2, 10, 32]], "float32"),
    "InferredNet": (twins.InferredNet, [[2, 3, 32, 32]], "float32"),
    "InferredTagger": (twins.InferredTagger, [[2, 7]], "int64"),
    "FeedForwardBlock": (lambda: twins.FeedForwardBlock(16), [[2, 7, 16]], "float32"),
    "TinyGPT": (twins.TinyGPT, [[2, 7]], "int64"),
})
# Symbols a model's Java analysis keeps beyond N and L, with the values its twin uses.
EXTRA_SYMBOLS = {
    "InferredNet": {"H": 32, "W": 32},
    "FeedForwardBlock": {"dModel": 16},
}


def shape_of(v):
    if v is None:
        return None
    if isinstance(v, torch.Tensor):
        return list(v.shape)
    return [shape_of(e) for e in v]


def trace(name, factory, shapes, dtype):
    torch.manual_seed(0)
    model = factory().eval()
    records = []
    for path, m in model.named_modules():
        m.register_forward_hook(
            lambda mod, inp, out, path=path: records.append(
                {"path": path, "type": type(mod).__name__, "output": shape_of(out)}))
    if dtype == "int64":
        inputs = [torch.randint(0, 1000, s) for s in shapes]
    else:
        inputs = [torch.randn(*s) for s in shapes]
    with torch.no_grad():
        out = model(*inputs)
    return {
        "model": name,
        "input": shapes,
        "dtype": dtype,
        "symbols": {**SYMBOLS, **EXTRA_SYMBOLS.get(name, {})},
        "mode": "eval",
        "params": sum(p.numel() for p in model.parameters()),
        "trace": records,
        "output": shape_of(out),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (factory, shapes, dtype) in MODELS.items():
        result = trace(name, factory, shapes, dtype)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(result, f, indent=None, separators=(", ", ": "))
            f.write("\n")
        print(f"{name}: {result['output']} params={result['params']} entries={len(result['trace'])}")


if __name__ == "__main__":
    main()
