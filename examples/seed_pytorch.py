"""Records what PyTorch prints for the seed program (examples/*/Seed.java) into seed-pytorch.txt.

PyTorch's "Reasoning about Shapes" recipe: the Net on the meta device, a forward hook on every
module printing its output shape, for a [1024, 3, 32, 32] input, then a [1024, 3, 28, 28] input
that fails at fc1; then the Net on the CPU for a [2, 3, 32, 32] input. PyTorch 1.13 has no
`with torch.device("meta")`: the module is moved with .to("meta") and the input made there. The
failure's text is PyTorch's CPU text (the one a real run raises, which the nn API throws), from the
same input on the CPU. Run: /usr/bin/python3 examples/seed_pytorch.py > examples/seed-pytorch.txt
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x


def fw_hook(module, input, output):
    print(f"Shape of output to {module} is {output.shape}.")


def hooked(device):
    net = Net().to(device)
    for name, layer in net.named_modules():
        layer.register_forward_hook(fw_hook)
    return net


print("== meta [1024, 3, 32, 32]")
net = hooked("meta")
out = net(torch.randn((1024, 3, 32, 32), device="meta"))
print(f"output {list(out.shape)} on {out.device}")

print("== meta [1024, 3, 28, 28]")
try:
    hooked("cpu")(torch.randn((1024, 3, 28, 28)))
    print("no error")
except RuntimeError as e:
    print(f"RuntimeError: {e}")

print("== cpu [2, 3, 32, 32], seed 0")
torch.manual_seed(0)
net = Net().eval()
logits = net(torch.randn(2, 3, 32, 32))
print(f"output {list(logits.shape)} on {logits.device}, params {sum(p.numel() for p in net.parameters())}")
