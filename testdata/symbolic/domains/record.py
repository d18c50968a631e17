"""Checks the valid input domain that the analyzer reports for the torchvision ports (and the seed
Net) against PyTorch, and records PyTorch's answers in domains.jsonl beside this script.

For each model below: the analyzer's domain for the input "N, 3, H, W" (its `valid` text, asked of
the analyzer through its Java API from server/target/shapesense.jar, without a time or step budget
so that a loaded machine gives the same text as an idle one), then PyTorch's verdict at sizes on
both sides of every bound of that text (a - 1 and a for `X >= a`, b and b + 1 for `X <= b`, a few
of each residue class for `X % p`), at a grid of sizes (N in {1, 2}; H, W in GRID), and at the
model's extra points. The seed Net is run at every H and W from 1 to 129 with N = 2, and at a few
sizes with N = 1.

The PyTorch models are built as the Java ports build them: the same torchvision 0.14 constructor
(the Java ports' comments and ../../torchvision/<model>/traces.jsonl name it), in training mode
(the analyzer runs a model in training mode unless its code calls eval(); none of these does), on
the meta device where it can stand for CPU, else on CPU (see record(): meta skips some of CPU's
checks). ViT-B/16's port reshapes the patch grid to the configured 14 x 14 instead of
asserting H == W == 224 as torchvision does (VisionTransformer.java, processInput): its twin here
does the same.

Output: one JSON object per model per line: file, class, input, valid (the analyzer's text when
recorded; null when it reports no bound), points: [{N, H, W, ok, error (PyTorch's message when
not ok)}].

Run (from the repository root, after `./shapesense --version` has built the jar):
  /usr/bin/python3 testdata/symbolic/domains/record.py [--out FILE] [model-id ...]
"""
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile

import torch
import torchvision.models as tvm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "testdata", "oracle"))
import nets  # noqa: E402  the seed Net

INPUT = "N, 3, H, W"
GRID = [1, 2, 7, 15, 16, 31, 32, 33, 63, 64, 65, 127, 224, 225]
CHECK_ON_CPU = [(1, 32, 32), (1, 33, 33), (2, 16, 16), (2, 64, 48), (1, 97, 80)]


def vit_b_16_as_ported():
    """torchvision's vit_b_16 whose patch grid is reshaped to 14 x 14, as the Java port does."""
    m = tvm.vit_b_16()

    def process_input(x):
        n = x.shape[0]
        n_h = m.image_size // m.patch_size
        n_w = m.image_size // m.patch_size
        x = m.conv_proj(x)
        x = x.reshape(n, m.hidden_dim, n_h * n_w)
        return x.permute(0, 2, 1)

    m._process_input = process_input
    return m


# id -> (Java file, Java class, factory, extra points (N, H, W))
MODELS = {
    "Net": ("testdata/torchvision/Net.java", "Net", nets.Net, []),
    "AlexNet": ("testdata/torchvision/AlexNet.java", "AlexNet", tvm.alexnet, []),
    "VGG": ("testdata/torchvision/VGG.java", "VGG", tvm.vgg11, []),
    "ResNet": ("testdata/torchvision/ResNet.java", "ResNet", tvm.resnet18, []),
    "MobileNetV2": ("testdata/torchvision/MobileNetV2.java", "MobileNetV2", tvm.mobilenet_v2, []),
    # The patch grid must hold 196 patches: (H / 16) * (W / 16) == 196.
    "VisionTransformer": ("testdata/torchvision/VisionTransformer.java", "VisionTransformer", vit_b_16_as_ported,
                          [(n, h, w) for n in (1, 2) for h, w in
                           [(223, 224), (224, 223), (224, 224), (239, 239), (240, 224), (224, 240),
                            (112, 448), (127, 463), (111, 448), (112, 447), (128, 448), (448, 112),
                            (16, 3136), (31, 3151), (15, 3136), (32, 3136)]]),
    "resnet50": ("testdata/torchvision/resnet50/ResNet.java", "ResNet", tvm.resnet50, []),
    "resnext50_32x4d": ("testdata/torchvision/resnext50_32x4d/ResNet.java", "ResNet", tvm.resnext50_32x4d, []),
    "squeezenet1_1": ("testdata/torchvision/squeezenet1_1/SqueezeNet.java", "SqueezeNet", tvm.squeezenet1_1, []),
    "densenet121": ("testdata/torchvision/densenet121/DenseNet.java", "DenseNet", tvm.densenet121, []),
    "googlenet": ("testdata/torchvision/googlenet/GoogLeNet.java", "GoogLeNet",
                  lambda: tvm.googlenet(aux_logits=False, init_weights=False), []),
    "inception_v3": ("testdata/torchvision/inception_v3/Inception3.java", "Inception3",
                     lambda: tvm.inception_v3(init_weights=False), []),
    "mobilenet_v3_small": ("testdata/torchvision/mobilenet_v3_small/MobileNetV3.java", "MobileNetV3",
                           tvm.mobilenet_v3_small, []),
    "mnasnet0_5": ("testdata/torchvision/mnasnet0_5/MNASNet.java", "MNASNet", tvm.mnasnet0_5, []),
    "shufflenet_v2_x1_0": ("testdata/torchvision/shufflenet_v2_x1_0/ShuffleNetV2.java", "ShuffleNetV2",
                           tvm.shufflenet_v2_x1_0, []),
    "regnet_y_400mf": ("testdata/torchvision/regnet_y_400mf/RegNet.java", "RegNet", tvm.regnet_y_400mf, []),
    "vgg16_bn": ("testdata/torchvision/vgg16_bn/VGG.java", "VGG", tvm.vgg16_bn, []),
    "efficientnet_b0": ("testdata/torchvision/efficientnet_b0/EfficientNet.java", "EfficientNet",
                        tvm.efficientnet_b0, []),
    "convnext_tiny": ("testdata/torchvision/convnext_tiny/ConvNeXt.java", "ConvNeXt", tvm.convnext_tiny, []),
    "swin_t": ("testdata/torchvision/swin_t/SwinTransformer.java", "SwinTransformer", tvm.swin_t, []),
}

# Asks the analyzer for each model's domain: arguments are (file, class) pairs; prints one line per
# model, the valid text or "null".
VALID_JAVA = r"""
import dev.shapesense.analyzer.*;
import dev.shapesense.tensor.Shape;
import java.nio.file.*;
import java.util.*;

public class Valid {
  public static void main(String[] a) throws Exception {
    for (int i = 0; i < a.length; i += 2) {
      Path file = Path.of(a[i]);
      List<SourceFile> files = new ArrayList<>();
      try (var s = Files.list(file.getParent())) {
        for (Path p : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          files.add(new SourceFile(p.toString(), Files.readString(p)));
        }
      }
      AnalysisOptions o = AnalysisOptions.DEFAULT.withInput(Shape.parse("%s")).withClassName(a[i + 1])
          .withTimeBudgetMillis(Long.MAX_VALUE).withStepBudget(Integer.MAX_VALUE);
      ModelResult m = Analyzer.analyzeFile(Workspace.of(files), file.toString(), o).models().get(0);
      System.out.println(m.valid() == null ? "null" : m.valid());
    }
  }
}
""" % INPUT


def analyzer_domains(ids):
    jar = os.path.join(ROOT, "server", "target", "shapesense.jar")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "Valid.java")
        with open(src, "w") as f:
            f.write(VALID_JAVA)
        args = []
        for i in ids:
            args += [MODELS[i][0], MODELS[i][1]]
        out = subprocess.run(["java", "-cp", jar, src] + args, cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.splitlines()
    return {i: (None if v == "null" else v) for i, v in zip(ids, out)}


def critical_values(valid):
    """Per symbol, the sizes on both sides of every bound and a few of every residue class."""
    vals = {"N": {1, 2}, "H": set(), "W": set()}
    if valid is None:
        return vals
    for a, x, b in re.findall(r"(\d+) <= ([A-Z]) <= (\d+)", valid):
        vals[x] |= {int(a) - 1, int(a), int(b), int(b) + 1}
    for x, op, a in re.findall(r"(?<![<=] )\b([A-Z]) (>=|<=|==) (\d+)\b(?! \*)", valid):
        a = int(a)
        vals[x] |= {a - 1, a} if op == ">=" else {a, a + 1} if op == "<=" else {a - 1, a, a + 1}
    for x in re.findall(r"\b([A-Z]) (?:even|odd)\b", valid):
        vals[x] |= {1, 2, 3, 4, 31, 32, 33, 34}
    for x, p in re.findall(r"\b([A-Z]) % (\d+)", valid):
        p = int(p)
        vals[x] |= {k * p + r for k in (1, 2) for r in range(p)} if p <= 16 else {p - 1, p, p + 1, 2 * p}
    return {x: {v for v in s if v >= 1} for x, s in vals.items()}


def points_for(mid, valid, extra):
    if mid == "Net":
        pts = [(2, h, w) for h in range(1, 130) for w in range(1, 130)]
        pts += [(1, h, w) for h, w in [(1, 1), (16, 112), (19, 115), (20, 115), (32, 32), (35, 35), (36, 35),
                                        (32, 31), (112, 16), (115, 19), (115, 20), (64, 64)]]
        return pts
    crit = critical_values(valid)
    pts = set(itertools.product(sorted(crit["N"]), sorted(crit["H"]), sorted(crit["W"])))
    pts |= set(itertools.product((1, 2), GRID, GRID))
    pts |= set(extra)
    return sorted(pts)


def run(model, n, h, w, device):
    x = torch.empty(n, 3, h, w, device=device)
    try:
        with torch.no_grad():
            model(x)
        return True, None
    except Exception as e:  # noqa: BLE001 - the error is what is recorded
        return False, str(e)


def watch_empty(model):
    """A flag that a forward hook raises when a module returns a tensor with a zero-size dim."""
    seen = [False]

    def hook(mod, inp, out):
        outs = out if isinstance(out, (tuple, list)) else [out]
        if any(isinstance(o, torch.Tensor) and o.numel() == 0 for o in outs):
            seen[0] = True
    for m in model.modules():
        m.register_forward_hook(hook)
    return seen


def record(mid, valid):
    """PyTorch's verdict at each point. The meta device skips some of CPU's checks (in 1.13 its
    convolution computes the output size without CPU's 'Kernel size can't be greater than actual
    input size', giving an empty tensor that later layers pass along), and its error texts are not
    always CPU's: a point is taken from meta only when meta runs it with no module returning an
    empty tensor; every other point (meta rejects it, or some layer's output was empty) is run on
    CPU, whose verdict and text are recorded."""
    file, cls, factory, extra = MODELS[mid]
    torch.manual_seed(0)
    cpu = factory().train()
    meta = factory().train().to("meta")
    empty = watch_empty(meta)
    points, on_cpu, meta_wrong = [], 0, 0
    for n, h, w in points_for(mid, valid, extra):
        empty[0] = False
        ok, err = run(meta, n, h, w, "meta")
        if not ok or empty[0]:
            on_cpu += 1
            cok, err = run(cpu, n, h, w, "cpu")
            meta_wrong += cok != ok
            ok = cok
        p = {"N": n, "H": h, "W": w, "ok": ok}
        if not ok:
            p["error"] = err
        points.append(p)
    # Where meta runs cleanly it stands for CPU: confirm at a few such sizes.
    for n, h, w in CHECK_ON_CPU:
        empty[0] = False
        m = run(meta, n, h, w, "meta")
        if m[0] and not empty[0]:
            c = run(cpu, n, h, w, "cpu")
            if c[0] != m[0]:
                raise SystemExit(f"{mid}: meta and CPU disagree at N={n} H={h} W={w}: cpu {c}, meta {m}")
    print(f"{mid}: {on_cpu} points run on CPU, {meta_wrong} where meta's verdict was not CPU's", file=sys.stderr)
    return {"file": file, "class": cls, "input": INPUT, "valid": valid, "points": points}


def main():
    args = sys.argv[1:]
    out_path = os.path.join(HERE, "domains.jsonl")
    if args[:1] == ["--out"]:  # another file, e.g. for a second run beside a first
        out_path, args = args[1], args[2:]
    ids = args or list(MODELS)
    old = {}
    if os.path.exists(out_path):
        for line in open(out_path):
            e = json.loads(line)
            old[(e["file"], e["class"])] = line
    domains = analyzer_domains(ids)
    order = {(MODELS[m][0], MODELS[m][1]): k for k, m in enumerate(MODELS)}
    for mid in ids:
        e = record(mid, domains[mid])
        old[(e["file"], e["class"])] = json.dumps(e, separators=(",", ":")) + "\n"
        ok = sum(p["ok"] for p in e["points"])
        print(f"{mid}: valid {e['valid']!r}: {len(e['points'])} points, {ok} ok", file=sys.stderr)
        with open(out_path, "w") as f:  # after each model: a long run keeps what it has done
            for key in sorted(old, key=lambda k: order.get(k, len(order))):
                f.write(old[key])


if __name__ == "__main__":
    main()
