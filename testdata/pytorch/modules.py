"""Writes ../torchvision/modules/<Class>.json: PyTorch's named_modules() (path, type) and parameter
count of every model ported to Java in ../torchvision/, for comparison with namedModules().

Run: /usr/bin/python3 testdata/pytorch/modules.py
"""
import importlib.util
import json
import os

import torchvision.models as tvm

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("nets", os.path.join(HERE, "..", "oracle", "nets.py"))
nets = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nets)

PORTS = {
    "AlexNet": tvm.alexnet,
    "VGG": tvm.vgg11,
    "ResNet": tvm.resnet18,
    "MobileNetV2": tvm.mobilenet_v2,
    "VisionTransformer": tvm.vit_b_16,
    "Net": nets.Net,
    "LSTMTextClassifier": nets.LSTMTextClassifier,
    "TinyTransformerClassifier": nets.TinyTransformerClassifier,
    "MlpSequential": nets.mlp,
}

out_dir = os.path.join(HERE, "..", "torchvision", "modules")
os.makedirs(out_dir, exist_ok=True)
for name, factory in PORTS.items():
    m = factory()
    data = {
        "class": name,
        "params": sum(p.numel() for p in m.parameters()),
        "parameters": [n for n, _ in m.named_parameters()],
        "modules": [[path, type(mod).__name__] for path, mod in m.named_modules()],
    }
    with open(os.path.join(out_dir, name + ".json"), "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(name, data["params"], len(data["modules"]))
