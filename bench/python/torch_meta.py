"""Item 1, PyTorch side: one forward pass on PyTorch's meta device, per network, median of many.

The networks match bench's MetaModels: the seed Net (copied from shared/oracle/nets.py, the
PyTorch CIFAR-10 tutorial CNN) with input [1024, 3, 32, 32]; torchvision's resnet50 with
[8, 3, 224, 224]; nn.TransformerEncoder of 12 layers (d_model 768, 12 heads, feed-forward 3072,
batch_first, as nets.big_transformer_encoder) with [8, 512, 768]. All in eval mode under
torch.no_grad(), which is PyTorch's cheapest way to call them. Prints one JSON object.
"""
import json
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision


class Net(nn.Module):
    """The seed net, verbatim from shared/oracle/nets.py."""

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
        return self.fc3(x)


def big_transformer_encoder(layers=12, d_model=768, nhead=12):
    """Verbatim from shared/oracle/nets.py: BERT-base sized, batch_first."""
    layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=4 * d_model,
                                       batch_first=True)
    return nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)


MODELS = {
    "Net": (Net, (1024, 3, 32, 32), 5000),
    "ResNet50": (lambda: torchvision.models.resnet50(weights=None), (8, 3, 224, 224), 300),
    "TransformerEncoder": (big_transformer_encoder, (8, 512, 768), 300),
}


def time_forward(make, shape, runs):
    """Median and quartiles of `runs` timed calls, in microseconds, after a warm-up."""
    model = make().to("meta").eval()
    x = torch.randn(*shape, device="meta")
    times = []
    with torch.no_grad():
        out = model(x)
        for _ in range(max(20, runs // 10)):
            model(x)
        for _ in range(runs):
            t0 = time.perf_counter_ns()
            model(x)
            times.append((time.perf_counter_ns() - t0) / 1000.0)
    q = statistics.quantiles(times, n=4)
    return {"median_us": statistics.median(times), "p25_us": q[0], "p75_us": q[2], "runs": runs,
            "output": list(out.shape)}


def main():
    names = sys.argv[1:] or list(MODELS)
    torch.set_num_threads(1)
    result = {"torch": torch.__version__, "torchvision": torchvision.__version__, "models": {}}
    for name in names:
        make, shape, runs = MODELS[name]
        result["models"][name] = time_forward(make, shape, runs)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
