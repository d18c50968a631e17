"""Records PyTorch's forward-hook trace of torchvision 0.14 models ported to Java in
../torchvision/<model>/ into ../torchvision/<model>/traces.jsonl, one JSON object per input, in the
format of ../oracle/models-public.jsonl (see ../oracle/README.md): a valid input (2x3x224x224,
inception_v3 2x3x299x299) and for some models an input too small, where the CPU run raises.

Run: /usr/bin/python3 testdata/pytorch/torchvision_traces.py [model ...]
"""
import json
import os
import sys

import torch
import torchvision.models as tvm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "torchvision")

# folder -> (Java class, factory, inputs: list of (id suffix, shape))
MODELS = {
    "resnet50": ("ResNet", tvm.resnet50, [("", [2, 3, 224, 224]), ("_gray_error", [2, 1, 224, 224])]),
    "densenet121": ("DenseNet", tvm.densenet121, [("", [2, 3, 224, 224]), ("_16px_error", [2, 3, 16, 16])]),
    "squeezenet1_1": ("SqueezeNet", tvm.squeezenet1_1, [("", [2, 3, 224, 224]), ("_16px_error", [2, 3, 16, 16])]),
    "shufflenet_v2_x1_0": ("ShuffleNetV2", tvm.shufflenet_v2_x1_0, [("", [2, 3, 224, 224])]),
    "googlenet": ("GoogLeNet", lambda: tvm.googlenet(aux_logits=False, init_weights=False),
                  [("", [2, 3, 224, 224]), ("_gray_error", [2, 1, 224, 224])]),
    "efficientnet_b0": ("EfficientNet", tvm.efficientnet_b0, [("", [2, 3, 224, 224])]),
    "mobilenet_v3_small": ("MobileNetV3", tvm.mobilenet_v3_small, [("", [2, 3, 224, 224])]),
    "convnext_tiny": ("ConvNeXt", tvm.convnext_tiny, [("", [2, 3, 224, 224]), ("_16px_error", [2, 3, 16, 16])]),
    "regnet_y_400mf": ("RegNet", tvm.regnet_y_400mf, [("", [2, 3, 224, 224])]),
    "mnasnet0_5": ("MNASNet", tvm.mnasnet0_5, [("", [2, 3, 224, 224])]),
    "vgg16_bn": ("VGG", tvm.vgg16_bn, [("", [2, 3, 224, 224]), ("_16px_error", [2, 3, 16, 16])]),
    "inception_v3": ("Inception3", lambda: tvm.inception_v3(init_weights=False),
                     [("", [2, 3, 299, 299]), ("_64px_error", [2, 3, 64, 64])]),
    "swin_t": ("SwinTransformer", tvm.swin_t, [("", [2, 3, 224, 224])]),
    "resnext50_32x4d": ("ResNet", tvm.resnext50_32x4d, [("", [2, 3, 224, 224])]),
}


def shape_of(v):
    if v is None:
        return None
    if isinstance(v, torch.Tensor):
        return list(v.shape)
    if isinstance(v, (list, tuple)):
        return [shape_of(e) for e in v]
    return None


def trace(folder, cls, factory, suffix, shape):
    torch.manual_seed(0)
    model = factory().eval()
    records, stack, called = [], [], set()
    for path, m in model.named_modules():
        m.register_forward_pre_hook(lambda mod, inp, path=path: (stack.append(path), called.add(path)) and None)

        def hook(mod, inp, out, path=path):
            stack.pop()
            records.append({"path": path, "type": type(mod).__name__,
                            "inputs": [shape_of(i) for i in inp], "output": shape_of(out)})
        m.register_forward_hook(hook)
    entry = {"id": folder + suffix, "source": "torchvision.models." + folder, "class": cls,
             "input": shape, "input_dtype": "float32", "mode": "eval",
             "params": sum(p.numel() for p in model.parameters())}
    x = torch.randn(*shape)
    try:
        with torch.no_grad():
            out = model(x)
        entry["trace"] = records
        entry["output"] = shape_of(out)
    except Exception as e:  # noqa: BLE001 - the error is what is recorded
        entry["trace"] = records
        entry["error"] = str(e)
        entry["error_type"] = type(e).__name__
        entry["error_path"] = stack[-1]
        entry["error_module_type"] = type(dict(model.named_modules())[stack[-1]]).__name__
        entry["error_stack"] = list(stack)
    entry["uncalled"] = [p for p, _ in model.named_modules() if p not in called]
    entry["modules"] = [[p, type(m).__name__] for p, m in model.named_modules()]
    return entry


def main():
    names = sys.argv[1:] or list(MODELS)
    for folder in names:
        cls, factory, inputs = MODELS[folder]
        os.makedirs(os.path.join(OUT, folder), exist_ok=True)
        with open(os.path.join(OUT, folder, "traces.jsonl"), "w") as f:
            for suffix, shape in inputs:
                e = trace(folder, cls, factory, suffix, shape)
                f.write(json.dumps(e) + "\n")
                print(e["id"], e["params"], len(e["trace"]), e.get("output"), e.get("error", "")[:100], e.get("error_path"))


if __name__ == "__main__":
    main()
