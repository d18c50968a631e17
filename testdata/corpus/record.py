"""Records PyTorch's forward-hook trace of every PyTorch twin in <model>/twin.py into traces.jsonl,
one JSON object per (model, input), in the format of ../torchvision/<model>/traces.jsonl (see
../pytorch/torchvision_traces.py): id, source, class (the Java class), input, input_dtype, mode,
params, trace [{path, type, inputs, output}], output or error (error_type, error_path,
error_module_type, error_stack), uncalled, modules. A model with several forward inputs has a list
of shapes in `input` and a list of dtypes in `input_dtype`. Integer inputs are drawn from [0, 2).

Run: /usr/bin/python3 testdata/corpus/record.py [model ...]   (PyTorch 1.13, Debian python3-torch)
"""
import importlib.util
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))

# folder -> (source, Java class, twin class, inputs: list of (id suffix, [(shape, dtype), ...]
# [, Java class, twin class for a folder holding two models]))
MODELS = {
    "nanogpt": ("github.com/karpathy/nanoGPT model.py", "GPT", "GPT",
                [("", [([2, 16], "int64")])]),
    "llama": ("github.com/meta-llama/llama llama/model.py", "Transformer", "Transformer",
              [("", [([2, 16], "int64")])]),
    "whisper": ("github.com/openai/whisper whisper/model.py (AudioEncoder)", "AudioEncoder", "AudioEncoder",
                [("", [([2, 16, 100], "float32")])]),
    "yolov5": ("github.com/ultralytics/yolov5 models/yolo.py, models/common.py", "DetectionModel", "DetectionModel",
               [("", [([2, 3, 128, 128], "float32")])]),
    "ddpm_unet": ("github.com/pesser/pytorch_diffusion pytorch_diffusion/model.py (Model)", "Model", "Model",
                  [("", [([2, 3, 32, 32], "float32"), ([2], "int64")])]),
    "wavenet": ("github.com/golbin/WaveNet wavenet/networks.py", "WaveNet", "WaveNet",
                [("", [([2, 100, 32], "float32")])]),
    "pointnet": ("github.com/fxia22/pointnet.pytorch pointnet/model.py (PointNetCls)", "PointNetCls", "PointNetCls",
                 [("", [([2, 3, 256], "float32")])]),
    "pygcn": ("github.com/tkipf/pygcn pygcn/models.py, pygcn/layers.py", "GCN", "GCN",
              [("", [([50, 64], "float32"), ([50, 50], "float32")])]),
    "bert": ("github.com/huggingface/transformers src/transformers/models/bert/modeling_bert.py (BertModel)", "BertModel", "BertModel",
             [("", [([2, 12], "int64")])]),
    "t5": ("github.com/huggingface/transformers src/transformers/models/t5/modeling_t5.py (T5EncoderModel)", "T5EncoderModel", "T5EncoderModel",
           [("", [([2, 12], "int64")])]),
    "mlp_mixer": ("github.com/lucidrains/mlp-mixer-pytorch mlp_mixer_pytorch/mlp_mixer_pytorch.py", "MLPMixer", "MLPMixer",
                  [("", [([2, 3, 32, 32], "float32")])]),
    "vae": ("github.com/pytorch/examples vae/main.py (VAE)", "VAE", "VAE",
            [("", [([2, 1, 28, 28], "float32")])]),
    "seq2seq_attention": ("github.com/bentrevett/pytorch-seq2seq 3 - Neural Machine Translation by Jointly Learning to Align and Translate.ipynb", "Seq2Seq", "Seq2Seq",
                          [("", [([7, 2], "int64"), ([6, 2], "int64")])]),
    "tcn": ("github.com/locuslab/TCN TCN/tcn.py, TCN/adding_problem/model.py", "TCN", "TCN",
            [("", [([2, 2, 100], "float32")])]),
    "dcgan": ("github.com/pytorch/examples dcgan/main.py", None, None,
              [("_generator", [([2, 100, 1, 1], "float32")], "Generator", "Generator"),
               ("_discriminator", [([2, 3, 64, 64], "float32")], "Discriminator", "Discriminator")]),
    "c3d": ("github.com/DavideA/c3d-pytorch C3D_model.py", "C3D", "C3D",
            [("", [([2, 3, 16, 112, 112], "float32")])]),
    "siamese": ("github.com/pytorch/examples siamese_network/main.py (SiameseNetwork)", "SiameseNetwork", "SiameseNetwork",
                [("", [([2, 1, 28, 28], "float32"), ([2, 1, 28, 28], "float32")])]),
}


def shape_of(v):
    if v is None:
        return None
    if isinstance(v, torch.Tensor):
        return list(v.shape)
    if isinstance(v, (list, tuple)):
        return [shape_of(e) for e in v]
    return None


def load(folder):
    spec = importlib.util.spec_from_file_location("twin_" + folder, os.path.join(HERE, folder, "twin.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def make_input(shape, dtype):
    if dtype == "int64":
        return torch.randint(0, 2, shape)
    return torch.randn(*shape)


def trace(folder, source, cls, factory, suffix, inputs):
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
    single = len(inputs) == 1
    entry = {"id": folder + suffix, "source": source, "class": cls,
             "input": inputs[0][0] if single else [s for s, _ in inputs],
             "input_dtype": inputs[0][1] if single else [d for _, d in inputs], "mode": "eval",
             "params": sum(p.numel() for p in model.parameters())}
    xs = [make_input(s, d) for s, d in inputs]
    try:
        with torch.no_grad():
            out = model(*xs)
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
    path = os.path.join(HERE, "traces.jsonl")
    old = {}
    if os.path.exists(path):
        for line in open(path):
            e = json.loads(line)
            old[e["id"]] = e
    out = {}
    for folder in MODELS:
        source, cls, twin_cls, inputs = MODELS[folder]
        if folder in names:
            twin = load(folder)
            for suffix, xs, *classes in inputs:
                java_cls, twin_name = classes if classes else (cls, twin_cls)
                e = trace(folder, source, java_cls, getattr(twin, twin_name), suffix, xs)
                out[e["id"]] = e
                print(e["id"], e["params"], len(e["trace"]), e.get("output"), e.get("error", "")[:100], e.get("error_path"))
        else:
            for suffix, *_ in inputs:
                if folder + suffix in old:
                    out[folder + suffix] = old[folder + suffix]
    with open(path, "w") as f:
        for e in out.values():
            f.write(json.dumps(e) + "\n")


if __name__ == "__main__":
    main()
