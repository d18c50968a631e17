"""Generates one-site size mutants of the correct testdata models and records PyTorch's verdict.

Run from anywhere: /usr/bin/python3 testdata/mutants/verdicts.py   (needs python3-torch 1.13)
Writes testdata/mutants/mutants.json; the Java tests read it and need no PyTorch.

A mutation changes one size argument in one place of a model's Java source, and the same argument
in the same place of its PyTorch twin (../pytorch/twins.py, same classes and attribute names):
Linear in_features, Conv in/out channels, kernel, stride and padding, LSTM/GRU input_size, view
and reshape sizes, flatten's start dim. Sites are paired by layer type and order of appearance
in the class; a pairing whose integer literals disagree stops the script. Each mutant records the
exact Java edit (file, 0-based UTF-16 offsets [start, end), replacement) and PyTorch's CPU verdict
in eval mode with the inputs of ../pytorch/trace.py (N = 2, L = 7): the output shape, or the error
message with the dotted path and type of the innermost module that was running (forward
pre-hooks; "builtin" when it is a torch.nn layer rather than a twin class), or the error a layer's
constructor raised.
"""
import ast
import json
import os
import re
import sys
import types

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "testdata", "pytorch"))
import trace as pytrace  # noqa: E402

TWINS = os.path.join(ROOT, "testdata", "pytorch", "twins.py")

# Java file (class) -> twin class holding its code, and the models whose run exercises it.
TWIN_CLASS = {"ResNet18": "_ResNet", "ResNet50": "_ResNet"}
USED_BY = {
    "BasicBlock": ["ResNet18"],
    "Bottleneck": ["ResNet50"],
    "ConvBNReLU": ["MobileNetV2"],
    "InvertedResidualBlock": ["MobileNetV2"],
    "DoubleConv": ["UNet"],
}
LAYERS = {
    "Linear": {0: "in_features"},
    "Conv1d": {0: "in_channels", 1: "out_channels", 2: "kernel_size", "stride": 1, "padding": 0},
    "Conv2d": {0: "in_channels", 1: "out_channels", 2: "kernel_size", "stride": 1, "padding": 0},
    "ConvTranspose2d": {0: "in_channels", 1: "out_channels", 2: "kernel_size", "stride": 1, "padding": 0},
    "LSTM": {0: "input_size"},
    "GRU": {0: "input_size"},
}
MINIMUM = {"stride": 1, "padding": 0, "start_dim": 0}


# ---------------------------------------------------------------------------------------------
# Java: a small scanner for `new Layer(args).fluent(arg)...`, `.view(...)`, `.flatten(...)`.

def java_args(text, open_paren):
    """Spans of the top-level arguments of the call whose '(' is at open_paren, and the ')'."""
    depth, start, spans, i = 0, open_paren + 1, [], open_paren
    while True:
        c = text[i]
        if c == '"':
            i = text.index('"', i + 1)
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                if text[start:i].strip():
                    spans.append(strip(text, start, i))
                return spans, i
        elif c == "," and depth == 1:
            spans.append(strip(text, start, i))
            start = i + 1
        i += 1


def strip(text, s, e):
    while text[s].isspace():
        s += 1
    while text[e - 1].isspace():
        e -= 1
    return (s, e)


def java_sites(source):
    # Comments become spaces, so offsets stay those of the source.
    text = re.sub(r"//[^\n]*|/\*.*?\*/", lambda m: " " * len(m.group()), source, flags=re.S)
    sites = []
    for m in re.finditer(r"\bnew\s+(\w+)\s*\(", text):
        kind = m.group(1)
        if kind not in LAYERS:
            continue
        args, close = java_args(text, m.end() - 1)
        kw, i = {}, close + 1
        while True:
            f = re.compile(r"\s*\.\s*(\w+)\s*\(").match(text, i)
            if not f:
                break
            a, c = java_args(text, f.end() - 1)
            if len(a) == 1:
                kw[camel_to_snake(f.group(1))] = a[0]
            i = c + 1
        sites.append({"kind": kind, "args": args, "kw": kw, "insert": close + 1})
    for m in re.finditer(r"(?<!Tensors)\.\s*(view|reshape|flatten)\s*\(", text):
        args, _ = java_args(text, m.end() - 1)
        sites.append({"kind": m.group(1), "args": args, "kw": {}})
    for m in re.finditer(r"\bTensors\.flatten\s*\(", text):
        args, _ = java_args(text, m.end() - 1)
        sites.append({"kind": "flatten", "args": args[1:], "kw": {}})
    sites.sort(key=lambda s: s["args"][0][0] if s["args"] else s.get("insert", 0))
    return sites


def camel_to_snake(s):
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), s)


# ---------------------------------------------------------------------------------------------
# Python: the same sites in the twin class, from its syntax tree.

def py_sites(src, cls_name):
    tree = ast.parse(src)
    line_starts = [0]
    for line in src.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))

    def span(node):
        return (line_starts[node.lineno - 1] + node.col_offset, line_starts[node.end_lineno - 1] + node.end_col_offset)

    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls_name)
    sites = []
    for node in ast.walk(cls):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        f = node.func
        if isinstance(f.value, ast.Name) and f.value.id == "nn" and f.attr in LAYERS:
            sites.append({"kind": f.attr, "args": [span(a) for a in node.args],
                          "kw": {k.arg: span(k.value) for k in node.keywords},
                          "insert": span(node)[1] - 1})
        elif f.attr in ("view", "reshape", "flatten") and not (isinstance(f.value, ast.Name) and f.value.id == "torch"):
            sites.append({"kind": f.attr, "args": [span(a) for a in node.args], "kw": {}})
        elif f.attr == "flatten":
            sites.append({"kind": "flatten", "args": [span(a) for a in node.args[1:]], "kw": {}})
    sites.sort(key=lambda s: s["args"][0][0] if s["args"] else s.get("insert", 0))
    return sites


# ---------------------------------------------------------------------------------------------

def int_literal(t):
    t = t.rstrip("Ll")
    return int(t) if re.fullmatch(r"-?\d+", t) else None


def shifted(t, delta):
    v = int_literal(t)
    if v is not None:
        return str(v + delta)
    return "(%s) %s %d" % (t, "+" if delta > 0 else "-", abs(delta))


def mutations(model, jtext, psrc):
    """(description, java edit, python edit) for every one-site mutation of the model."""
    cls = TWIN_CLASS.get(model, model)
    js, ps = java_sites(jtext), py_sites(psrc, cls)
    out = []
    for kind in sorted({s["kind"] for s in js} | {s["kind"] for s in ps}):
        jk = [s for s in js if s["kind"] == kind]
        pk = [s for s in ps if s["kind"] == kind]
        if len(jk) != len(pk):
            raise SystemExit(f"{model}: {len(jk)} Java {kind} sites but {len(pk)} in twin {cls}")
        for n, (j, p) in enumerate(zip(jk, pk)):
            if kind in LAYERS:
                params = LAYERS[kind]
            elif kind == "flatten":
                params = {0: "start_dim"}
            else:
                params = {i: "size%d" % i for i in range(len(j["args"]))}
            for key, name in params.items():
                name = key if isinstance(key, str) else name
                site = f"{model}: {kind} #{n + 1} {name}"
                if isinstance(key, int):
                    if key >= len(j["args"]) or key >= len(p["args"]):
                        continue
                    jt, pt = jtext[slice(*j["args"][key])], psrc[slice(*p["args"][key])]
                    check(site, jt, pt)
                    if int_literal(jt) == -1:
                        continue
                    for d in (1, -1):
                        if int_literal(jt) is not None and int_literal(jt) + d < MINIMUM.get(name, 1):
                            continue
                        out.append((f"{site} {d:+d}", (j["args"][key], shifted(jt, d)), (p["args"][key], shifted(pt, d))))
                elif key in j["kw"] and key in p["kw"]:
                    jt, pt = jtext[slice(*j["kw"][key])], psrc[slice(*p["kw"][key])]
                    check(site, jt, pt)
                    for d in (1, -1):
                        if int_literal(jt) is not None and int_literal(jt) + d < MINIMUM[name]:
                            continue
                        out.append((f"{site} {d:+d}", (j["kw"][key], shifted(jt, d)), (p["kw"][key], shifted(pt, d))))
                elif key not in j["kw"] and key not in p["kw"]:
                    key_value = params[key] + 1
                    out.append((f"{site} = {key_value}",
                                ((j["insert"], j["insert"]), ".%s(%d)" % (key, key_value)),
                                ((p["insert"], p["insert"]), ", %s=%d" % (key, key_value))))
                else:
                    raise SystemExit(f"{site}: given in only one of Java and Python")
    return out


def check(site, jt, pt):
    if int_literal(jt) != int_literal(pt):
        raise SystemExit(f"{site}: Java {jt!r} and Python {pt!r} disagree")


def edit(text, e):
    (s, t), repl = e
    return text[:s] + repl + text[t:]


def verdict(twin_src, model):
    ns = types.ModuleType("twins")
    exec(compile(twin_src, "twins.py", "exec"), ns.__dict__)
    factory, shapes, dtype = pytrace.MODELS[model]
    torch.manual_seed(0)
    try:
        net = ns.BLOCKS[model][0]() if model in ns.BLOCKS else getattr(ns, model)()
        net = net.eval()
    except Exception as e:  # noqa: BLE001 - a layer's constructor rejected its arguments
        return {"ok": False, "phase": "construct", "error": str(e).splitlines()[0], "path": None}
    stack = []

    def leave(mod, inp, out):
        stack.pop()

    for path, m in net.named_modules():
        m.register_forward_pre_hook(lambda mod, inp, path=path: stack.append(path))
        m.register_forward_hook(leave)
    inputs = [torch.randint(0, 1000, s) if dtype == "int64" else torch.randn(*s) for s in shapes]
    try:
        with torch.no_grad():
            out = net(*inputs)
    except Exception as e:  # noqa: BLE001 - PyTorch's verdict on the mutant
        failing = net.get_submodule(stack[-1])
        return {"ok": False, "phase": "forward", "error": str(e).splitlines()[0], "path": stack[-1],
                "type": type(failing).__name__, "builtin": type(failing).__module__.startswith("torch.nn")}
    return {"ok": True, "output": pytrace.shape_of(out)}


def main():
    twin_src = open(TWINS).read()
    files = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "testdata", "models"))
                   if f.endswith(".java") and f[:-5] in pytrace.MODELS)
    mutants = []
    for cls in files:
        rel = "testdata/models/%s.java" % cls
        jtext = open(os.path.join(ROOT, rel)).read()
        assert jtext.isascii(), rel + " is not ASCII: offsets would differ from Java's UTF-16"
        for desc, jedit, pedit in mutations(cls, jtext, twin_src):
            src = edit(twin_src, pedit)
            for model in USED_BY.get(cls, [cls]):
                v = verdict(src, model)
                (s, e), repl = jedit
                mutants.append({"id": "%s [%s]" % (desc, model) if cls in USED_BY else desc,
                                "file": rel, "model": model, "start": s, "end": e,
                                "original": jtext[s:e], "replacement": repl,
                                "python": {"original": twin_src[pedit[0][0]:pedit[0][1]], "replacement": pedit[1]},
                                "pytorch": v})
                print(mutants[-1]["id"], "->", "ok" if v["ok"] else v["error"][:90])
    with open(os.path.join(HERE, "mutants.json"), "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(m) for m in mutants) + "\n]\n")
    rejected = sum(1 for m in mutants if not m["pytorch"]["ok"])
    ids = [m["id"] for m in mutants]
    assert len(set(ids)) == len(ids), "mutant ids are not unique"
    print(f"{len(mutants)} mutants, {rejected} rejected by PyTorch")


if __name__ == "__main__":
    main()
