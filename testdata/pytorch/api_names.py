"""PyTorch 1.13's public names, for the porting guide's test (docs/pytorch-to-java.md): each
PyTorch name the guide derives from a Java one (camelCase -> snake_case) must be one of these.
Run: /usr/bin/python3 testdata/pytorch/api_names.py > testdata/pytorch/api-names.txt
One line per name: `nn.Conv2d`, `F.max_pool2d`, `torch.cat`, `Tensor.view`."""
import inspect

import torch
import torch.nn as nn
import torch.nn.functional as F

names = set()
for n, v in vars(nn).items():
    if inspect.isclass(v) and issubclass(v, nn.Module):
        names.add(f"nn.{n}")
for n in dir(F):
    if not n.startswith("_") and callable(getattr(F, n)):
        names.add(f"F.{n}")
for n in dir(torch):
    if not n.startswith("_") and callable(getattr(torch, n)) and not inspect.isclass(getattr(torch, n)):
        names.add(f"torch.{n}")
for n in dir(torch.Tensor):
    if not n.startswith("_"):
        names.add(f"Tensor.{n}")
print(f"# torch {torch.__version__}: nn modules, torch.nn.functional, torch.* functions, Tensor attributes")
for n in sorted(names):
    print(n)
