"""Writes ../summaries/<Class>.json: torchinfo 1.8.0's per-layer statistics and footer totals for the
models ported to Java in ../torchvision/, computed on the real PyTorch models with forward hooks.

torchinfo cannot be installed here, so this file re-implements the few formulas its summary uses,
from torchinfo 1.8.0 (github.com/TylerYep/torchinfo, tag v1.8.0):

- torchinfo/layer_info.py, LayerInfo.calculate_size: a layer's output size is the size of its
  output tensor, or of the first tensor of a (nested) tuple or list; elem_bytes is that tensor's
  element_size().                                                        -> output_size() below
- torchinfo/torchinfo.py, the forward hook: output_bytes = elem_bytes * prod(output_size).
- torchinfo/layer_info.py, LayerInfo.calculate_num_params: num_params, trainable_params (params
  with requires_grad), param_bytes = sum(param.element_size() * numel) over named_parameters().
- torchinfo/layer_info.py, LayerInfo.calculate_macs: for each (name, param) of named_parameters():
  name "weight" or "bias": "Conv" in the class name -> numel * prod(output_size[:1] + output_size[2:])
  (batch times output spatial dims), else -> output_size[0] * numel; any other name containing
  "weight" or "bias" (RNN weight_ih_l0 ...) -> prod(output_size[:2]) * numel.  -> macs() below
- torchinfo/layer_info.py: is_leaf_layer = not any(module.children()); check_recursive marks a
  module already seen in this forward pass.
- torchinfo/model_statistics.py, ModelStatistics.__init__: over the layer list, for leaf layers
  total_mult_adds += macs; if num_params > 0: total_output_bytes += output_bytes * 2 ("x2 for
  gradients"); unless recursive: total_params += num_params, total_param_bytes += param_bytes,
  trainable_params += trainable_params. Non-leaf layers (not recursive) add their leftover params
  (own parameters not held by a child), which is 0 for every model here.
- torchinfo/torchinfo.py, get_total_memory_used: the input size is sys.getsizeof() of each input
  tensor's storage (its bytes plus Python's object header); "inputBytes" is the tensors' bytes
  alone, "inputSizeof" what torchinfo measures.
- torchinfo/model_statistics.py, __repr__: sizes in MB are bytes / 1e6 printed with 2 decimals;
  "Total mult-adds (M|G|T)" divides by 1e6, 1e9 or 1e12 (to_readable), 2 decimals.

Run: /usr/bin/python3 testdata/pytorch/torchinfo_stats.py   (PyTorch 1.13, torchvision 0.14)
"""
import importlib.util
import json
import os
import sys

import torch
import torchvision.models as tvm

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("nets", os.path.join(HERE, "..", "oracle", "nets.py"))
nets = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nets)

OUT = os.path.join(HERE, "..", "summaries")

# Java class in ../torchvision/ -> (factory, input shape with N = 2, dtype)
MODELS = {
    "Net": (nets.Net, [2, 3, 32, 32], "float32"),
    "AlexNet": (tvm.alexnet, [2, 3, 224, 224], "float32"),
    "VGG": (tvm.vgg11, [2, 3, 224, 224], "float32"),
    "ResNet": (tvm.resnet18, [2, 3, 224, 224], "float32"),
    "MobileNetV2": (tvm.mobilenet_v2, [2, 3, 224, 224], "float32"),
    "MlpSequential": (nets.mlp, [2, 1, 28, 28], "float32"),
    "LSTMTextClassifier": (nets.LSTMTextClassifier, [2, 7], "int64"),
}


def prod(xs):
    r = 1
    for x in xs:
        r *= x
    return r


def first_tensor(v):
    """calculate_size / nested_list_size: the tensor itself, or the first one of a tuple/list."""
    if isinstance(v, torch.Tensor):
        return v
    if isinstance(v, (list, tuple)) and v:
        return first_tensor(v[0])
    return None


def output_size(v):
    t = first_tensor(v)
    return ([], 0) if t is None else (list(t.size()), t.element_size())


def macs(module, out_size):
    """LayerInfo.calculate_macs."""
    total = 0
    class_name = type(module).__name__
    for name, param in module.named_parameters():
        n = param.nelement()
        if name in ("weight", "bias"):
            if "Conv" in class_name:
                total += int(n * prod(out_size[:1] + out_size[2:]))
            else:
                total += out_size[0] * n
        elif "weight" in name or "bias" in name:
            total += prod(out_size[:2]) * n
    return total


def summarize(name, factory, shape, dtype):
    torch.manual_seed(0)
    model = factory().eval()
    layers = []
    seen = set()
    for path, m in model.named_modules():
        def hook(mod, inp, out, path=path):
            size, elem_bytes = output_size(out)
            params = list(mod.parameters())
            layers.append({
                "path": path,
                "type": type(mod).__name__,
                "leaf": not any(mod.children()),
                "recursive": id(mod) in seen,
                "output": size,
                "outputBytes": elem_bytes * prod(size),
                "params": sum(p.nelement() for p in params),
                "trainableParams": sum(p.nelement() for p in params if p.requires_grad),
                "paramBytes": sum(p.element_size() * p.nelement() for p in params),
                "macs": macs(mod, size),
            })
            seen.add(id(mod))
        m.register_forward_hook(hook)
    x = torch.randint(0, 1000, shape) if dtype == "int64" else torch.randn(*shape)
    with torch.no_grad():
        model(x)
    total = {"params": 0, "trainableParams": 0, "macs": 0, "forwardBackwardBytes": 0, "paramBytes": 0}
    for layer in layers:
        if not layer["leaf"]:
            continue
        total["macs"] += layer["macs"]
        if layer["params"] > 0:
            total["forwardBackwardBytes"] += layer["outputBytes"] * 2
        if layer["recursive"]:
            continue
        total["params"] += layer["params"]
        total["trainableParams"] += layer["trainableParams"]
        total["paramBytes"] += layer["paramBytes"]
    # Non-leaf layers add only their leftover params; check they have none here.
    assert total["params"] == sum(p.nelement() for p in model.parameters()), name
    total["nonTrainableParams"] = total["params"] - total["trainableParams"]
    total["inputBytes"] = x.element_size() * x.nelement()
    total["inputSizeof"] = sys.getsizeof(x.storage())
    total["totalBytes"] = total["inputSizeof"] + total["forwardBackwardBytes"] + total["paramBytes"]
    return {"class": name, "input": [shape], "dtype": dtype, "layers": layers, "total": total,
            "footer": footer(total)}


def footer(t):
    """ModelStatistics.__repr__'s footer lines."""
    macs = t["macs"]
    unit, value = ("T", macs / 1e12) if macs >= 1e12 else ("G", macs / 1e9) if macs >= 1e9 else ("M", macs / 1e6)
    return [
        f"Total params: {t['params']:,}",
        f"Trainable params: {t['trainableParams']:,}",
        f"Non-trainable params: {t['nonTrainableParams']:,}",
        f"Total mult-adds ({unit}): {value:0.2f}",
        f"Input size (MB): {t['inputSizeof'] / 1e6:0.2f}",
        f"Forward/backward pass size (MB): {t['forwardBackwardBytes'] / 1e6:0.2f}",
        f"Params size (MB): {t['paramBytes'] / 1e6:0.2f}",
        f"Estimated Total Size (MB): {t['totalBytes'] / 1e6:0.2f}",
    ]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (factory, shape, dtype) in MODELS.items():
        result = summarize(name, factory, shape, dtype)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(result, f, indent=None, separators=(", ", ": "))
            f.write("\n")
        print(name, *result["footer"], sep="\n  ")


if __name__ == "__main__":
    main()
