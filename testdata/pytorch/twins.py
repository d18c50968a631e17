"""PyTorch twins of the correct models in ../models/: same class names, same attribute names,
so that named_modules() paths equal the Java namedModules() paths one to one."""
import math
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
        return self.fc3(x)


class LeNet5(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, padding=2)
        self.pool1 = nn.AvgPool2d(2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.pool2 = nn.AvgPool2d(2)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = self.pool1(x)
        x = F.relu(self.conv2(x))
        x = self.pool2(x)
        x = x.flatten(1)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


class VGG11(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential()
        self.classifier = nn.Linear(512, 10)
        cfg = [64, -1, 128, -1, 256, 256, -1, 512, 512, -1, 512, 512, -1]
        in_channels = 3
        for v in cfg:
            if v == -1:
                self.features.append(nn.MaxPool2d(2, 2))
            else:
                self.features.append(nn.Conv2d(in_channels, v, 3, padding=1))
                self.features.append(nn.BatchNorm2d(v))
                self.features.append(nn.ReLU())
                in_channels = v

    def forward(self, x):
        x = self.features(x)
        x = x.flatten(1)
        return self.classifier(x)


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, inplanes, planes, stride, downsample):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU()
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample

    def forward(self, x):
        identity = x
        out = self.conv1(x)
        out = self.bn1(out)
        out = self.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        if self.downsample is not None:
            identity = self.downsample(x)
        out = out.add(identity)
        return self.relu(out)


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, inplanes, planes, stride, downsample):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.conv3 = nn.Conv2d(planes, planes * self.expansion, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(planes * self.expansion)
        self.relu = nn.ReLU()
        self.downsample = downsample

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out = out.add(identity)
        return self.relu(out)


class _ResNet(nn.Module):
    block = None
    layers = None

    def __init__(self, num_classes=1000):
        super().__init__()
        block = self.block
        self.inplanes = 64
        self.conv1 = nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU()
        self.maxpool = nn.MaxPool2d(3, stride=2, padding=1)
        self.layer1 = self.make_layer(64, self.layers[0], 1)
        self.layer2 = self.make_layer(128, self.layers[1], 2)
        self.layer3 = self.make_layer(256, self.layers[2], 2)
        self.layer4 = self.make_layer(512, self.layers[3], 2)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(512 * block.expansion, num_classes)

    def make_layer(self, planes, blocks, stride):
        block = self.block
        downsample = None
        if stride != 1 or self.inplanes != planes * block.expansion:
            downsample = nn.Sequential(
                nn.Conv2d(self.inplanes, planes * block.expansion, 1, stride=stride, bias=False),
                nn.BatchNorm2d(planes * block.expansion))
        layer = nn.Sequential()
        layer.append(block(self.inplanes, planes, stride, downsample))
        self.inplanes = planes * block.expansion
        for _ in range(1, blocks):
            layer.append(block(self.inplanes, planes, 1, None))
        return layer

    def forward(self, x):
        x = self.conv1(x)
        x = self.bn1(x)
        x = self.relu(x)
        x = self.maxpool(x)
        x = self.layer1(x)
        x = self.layer2(x)
        x = self.layer3(x)
        x = self.layer4(x)
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)


class ResNet18(_ResNet):
    block = BasicBlock
    layers = [2, 2, 2, 2]


class ResNet50(_ResNet):
    block = Bottleneck
    layers = [3, 4, 6, 3]


class ConvBNReLU(nn.Sequential):
    def __init__(self, in_planes, out_planes, kernel_size, stride=1, groups=1):
        super().__init__(
            nn.Conv2d(in_planes, out_planes, kernel_size, stride=stride,
                      padding=(kernel_size - 1) // 2, groups=groups, bias=False),
            nn.BatchNorm2d(out_planes),
            nn.ReLU())


class InvertedResidualBlock(nn.Module):
    def __init__(self, inp, oup, stride, expand_ratio):
        super().__init__()
        hidden_dim = inp * expand_ratio
        self.useResConnect = stride == 1 and inp == oup
        self.conv = nn.Sequential()
        if expand_ratio != 1:
            self.conv.append(ConvBNReLU(inp, hidden_dim, 1))
        self.conv.append(ConvBNReLU(hidden_dim, hidden_dim, 3, stride, hidden_dim))
        self.conv.append(nn.Conv2d(hidden_dim, oup, 1, bias=False))
        self.conv.append(nn.BatchNorm2d(oup))

    def forward(self, x):
        if self.useResConnect:
            return x.add(self.conv(x))
        return self.conv(x)


class MobileNetV2(nn.Module):
    def __init__(self, num_classes=1000):
        super().__init__()
        settings = [[1, 16, 1, 1], [6, 24, 2, 2], [6, 32, 3, 2], [6, 64, 4, 2],
                    [6, 96, 3, 1], [6, 160, 3, 2], [6, 320, 1, 1]]
        input_channel, last_channel = 32, 1280
        self.features = nn.Sequential()
        self.features.append(ConvBNReLU(3, input_channel, 3, 2, 1))
        for t, c, n, s in settings:
            for i in range(n):
                self.features.append(InvertedResidualBlock(input_channel, c, s if i == 0 else 1, t))
                input_channel = c
        self.features.append(ConvBNReLU(input_channel, last_channel, 1))
        self.classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(last_channel, num_classes))

    def forward(self, x):
        x = self.features(x)
        x = F.adaptive_avg_pool2d(x, 1)
        x = torch.flatten(x, 1)
        return self.classifier(x)


class DoubleConv(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.doubleConv = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels), nn.ReLU(),
            nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels), nn.ReLU())

    def forward(self, x):
        return self.doubleConv(x)


class UNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.inc = DoubleConv(3, 16)
        self.pool = nn.MaxPool2d(2)
        self.down1 = DoubleConv(16, 32)
        self.down2 = DoubleConv(32, 64)
        self.down3 = DoubleConv(64, 128)
        self.up1 = nn.ConvTranspose2d(128, 64, 2, stride=2)
        self.conv1 = DoubleConv(128, 64)
        self.up2 = nn.ConvTranspose2d(64, 32, 2, stride=2)
        self.conv2 = DoubleConv(64, 32)
        self.up3 = nn.ConvTranspose2d(32, 16, 2, stride=2)
        self.conv3 = DoubleConv(32, 16)
        self.outc = nn.Conv2d(16, 2, 1)

    def forward(self, x):
        x1 = self.inc(x)
        x2 = self.down1(self.pool(x1))
        x3 = self.down2(self.pool(x2))
        x4 = self.down3(self.pool(x3))
        y = self.up1(x4)
        y = self.conv1(torch.cat([y, x3], 1))
        y = self.up2(y)
        y = self.conv2(torch.cat([y, x2], 1))
        y = self.up3(y)
        y = torch.cat([y, x1], 1)
        y = self.conv3(y)
        return self.outc(y)


class LSTMClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(10000, 128)
        self.lstm = nn.LSTM(128, 128, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * 128, 5)

    def forward(self, tokens):
        x = self.embedding(tokens)
        out = self.lstm(x)
        last = out[0][:, -1]
        return self.fc(last)


class GRUEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(5000, 64)
        self.gru = nn.GRU(64, 128, num_layers=2, batch_first=True)
        self.proj = nn.Linear(128, 32)

    def forward(self, tokens):
        x = self.embed(tokens)
        out = self.gru(x)
        h = out[1][-1]
        return self.proj(h)


class TransformerClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(1000, 64)
        self.attn = nn.MultiheadAttention(64, 4, batch_first=True)
        self.norm1 = nn.LayerNorm(64)
        self.ff = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 64))
        self.norm2 = nn.LayerNorm(64)
        self.head = nn.Linear(64, 3)

    def forward(self, tokens):
        x = self.embed(tokens)
        a = self.attn(x, x, x)
        x = self.norm1(x.add(a[0]))
        x = self.norm2(x.add(self.ff(x)))
        pooled = x.mean(1)
        return self.head(pooled)


class ViTPatchEmbed(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Conv2d(3, 128, 4, stride=4)
        self.clsToken = nn.Parameter(torch.zeros(1, 1, 128))
        self.pos = nn.Parameter(torch.zeros(1, 8 * 8 + 1, 128))
        self.norm = nn.LayerNorm(128)

    def forward(self, x):
        x = self.proj(x)
        x = x.flatten(2).transpose(1, 2)
        cls = self.clsToken.expand(x.size(0), -1, -1)
        x = torch.cat([cls, x], 1)
        x = x.add(self.pos)
        return self.norm(x)


class HandAttention(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = 4
        self.headDim = 16
        self.qkv = nn.Linear(64, 3 * 64)
        self.out = nn.Linear(64, 64)

    def forward(self, x):
        qkv_out = self.qkv(x)
        parts = qkv_out.chunk(3, -1)
        q = parts[0].view(x.size(0), 10, self.heads, self.headDim).permute(0, 2, 1, 3)
        k = parts[1].view(x.size(0), 10, self.heads, self.headDim).permute(0, 2, 1, 3)
        v = parts[2].view(x.size(0), 10, self.heads, self.headDim).permute(0, 2, 1, 3)
        scores = q.matmul(k.transpose(-2, -1)).div(math.sqrt(self.headDim))
        attn = F.softmax(scores, -1)
        ctx = attn.matmul(v)
        ctx = ctx.permute(0, 2, 1, 3).reshape(x.size(0), 10, self.heads * self.headDim)
        return self.out(ctx)


class ConvAutoencoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 16, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU())
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(32, 16, 3, stride=2, padding=1, output_padding=1), nn.ReLU(),
            nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1, output_padding=1), nn.Sigmoid())

    def forward(self, x):
        z = self.encoder(x)
        return self.decoder(z)


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 256), nn.ReLU(), nn.Dropout(0.2),
                                    nn.Linear(256, 64), nn.ReLU(), nn.Linear(64, 10))

    def forward(self, x):
        return self.layers(x)


class AudioCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(1, 32, 80, stride=16)
        self.bn1 = nn.BatchNorm1d(32)
        self.pool1 = nn.MaxPool1d(4)
        self.conv2 = nn.Conv1d(32, 64, 3)
        self.bn2 = nn.BatchNorm1d(64)
        self.pool2 = nn.MaxPool1d(4)
        self.gap = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(64, 35)

    def forward(self, x):
        x = self.pool1(F.relu(self.bn1(self.conv1(x))))
        x = self.pool2(F.relu(self.bn2(self.conv2(x))))
        x = self.gap(x)
        x = x.squeeze(-1)
        return self.fc(x)


class ModuleListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv2d(3, 16, 3, padding=1), nn.Conv2d(16, 32, 3, padding=1),
                                    nn.Conv2d(32, 64, 3, padding=1)])
        self.hidden = nn.ModuleList()
        self.head = nn.Linear(64, 10)
        for _ in range(3):
            self.hidden.append(nn.Linear(64, 64))

    def forward(self, x):
        for conv in self.convs:
            x = F.relu(conv(x))
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        for layer in self.hidden:
            x = F.relu(layer(x))
        return self.head(x)


class ModuleDictNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(32, 128), nn.ReLU())
        self.heads = nn.ModuleDict()
        self.heads["cls"] = nn.Linear(128, 10)
        self.heads["box"] = nn.Linear(128, 4)

    def forward(self, x):
        feat = self.backbone(x)
        cls = self.heads["cls"](feat)
        box = self.heads["box"](feat)
        return torch.cat([cls, box], 1)


class ConfigTransformer(nn.Module):
    def __init__(self, d_model=64, heads=4):
        super().__init__()
        self.attn = nn.MultiheadAttention(d_model, heads, batch_first=True)
        self.norm = nn.LayerNorm(d_model)
        self.ff1 = nn.Linear(d_model, 4 * d_model)
        self.ff2 = nn.Linear(4 * d_model, d_model)

    def forward(self, x):
        a = self.attn(x, x, x)
        x = self.norm(x.add(a[0]))
        h = F.relu(self.ff1(x))
        return x.add(self.ff2(h))


class ViewFlattenNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(8 * 16 * 16, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))
        x = x.view(x.size(0), -1)
        return self.fc(x)


class HelperMethodNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, 3, stride=2, padding=1)
        self.bn2 = nn.BatchNorm2d(32)
        self.fc = nn.Linear(32, 10)

    def conv_bn_relu(self, x, conv, bn):
        return F.relu(bn(conv(x)))

    def classify(self, features):
        return self.fc(F.adaptive_avg_pool2d(features, 1).flatten(1))

    def forward(self, x):
        x = self.conv_bn_relu(x, self.conv1, self.bn1)
        x = self.conv_bn_relu(x, self.conv2, self.bn2)
        return self.classify(x)


class ConditionalNet(nn.Module):
    def __init__(self, global_pool=True):
        super().__init__()
        self.globalPool = global_pool
        self.conv = nn.Conv2d(3, 16, 3, padding=1)
        self.fc = nn.Linear(16, 10) if global_pool else nn.Linear(16 * 32 * 32, 10)

    def forward(self, x):
        x = F.relu(self.conv(x))
        if self.globalPool:
            x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        else:
            x = x.flatten(1)
        return self.fc(x)


class SEConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 32, 3, padding=1)
        self.squeeze = nn.Linear(32, 8)
        self.excite = nn.Linear(8, 32)
        self.gate = nn.Sigmoid()
        self.head = nn.Linear(32, 10)

    def forward(self, x):
        x = F.relu(self.conv(x))
        s = F.adaptive_avg_pool2d(x, 1).flatten(1)
        s = F.relu(self.squeeze(s))
        s = self.gate(self.excite(s))
        x = x.mul(s.unsqueeze(-1).unsqueeze(-1))
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.head(x)


# Building blocks with constructor arguments: traced with these arguments.
BLOCKS = {
    "BasicBlock": (lambda: BasicBlock(64, 64, 1, None), [[2, 64, 56, 56]]),
    "Bottleneck": (lambda: Bottleneck(64, 64, 1, nn.Sequential(nn.Conv2d(64, 256, 1, bias=False),
                                                               nn.BatchNorm2d(256))),
                   [[2, 64, 56, 56]]),
    "ConvBNReLU": (lambda: ConvBNReLU(3, 32, 3, 2, 1), [[2, 3, 224, 224]]),
    "InvertedResidualBlock": (lambda: InvertedResidualBlock(32, 16, 1, 1), [[2, 32, 112, 112]]),
    "DoubleConv": (lambda: DoubleConv(3, 64), [[2, 3, 64, 64]]),
}


class IdiomsNet(nn.Module):
    """Twin of IdiomsNet.java: a Sequential from a list, chunk and cat."""

    class Block(nn.Module):
        def __init__(self, width):
            super().__init__()
            self.fc = nn.Linear(width, width)

        def forward(self, x):
            return F.relu(self.fc(x))

    def __init__(self):
        super().__init__()
        layers = [nn.Linear(8, 32)] + [IdiomsNet.Block(32) for _ in range(3)]
        self.blocks = nn.Sequential(*layers)
        self.head = nn.Linear(32, 4)

    def forward(self, x):
        h = self.blocks(x)
        left, right = h.chunk(2, 1)
        return self.head(torch.cat([left, right], 1))


class SwitchNet(nn.Module):
    """Twin of SwitchNet.java as its no-argument constructor builds it (LARGE, "gelu")."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 256)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(256, 3)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


class FunctionalNet(nn.Module):
    """Twin of FunctionalNet.java."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(10, 20)
        self.head = nn.Linear(40, 2)

    def forward(self, x):
        h = F.relu(self.fc(x))
        return self.head(torch.cat([h, h], 1))


class PositionalPoolNet(nn.Module):
    """Twin of PositionalPoolNet.java (F's tuple arguments given positionally)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.weight = nn.Parameter(torch.randn(16, 6, 5, 5))
        self.bias = nn.Parameter(torch.randn(16))
        self.weight_t = nn.Parameter(torch.randn(16, 4, 3, 3))

    def forward(self, x):
        x = self.conv1(x)
        x = F.avg_pool2d(x, 4, (1, 1))
        x = F.max_pool2d(x, (4, 2), 1, (0, 1))
        x = F.conv2d(x, self.weight, self.bias, 2, (0, 0))
        x = F.lp_pool2d(x, 2.0, (3, 2), 2)
        x = F.pad(x, (1, 2, 3, 4), "constant", 0.5)
        x = F.interpolate(x, (20, 24), None, "bilinear", False)
        x = F.adaptive_max_pool2d(x, (None, 6))
        x = F.conv_transpose2d(x, self.weight_t, None, 1, 0, 0, 2, (1, 2))
        return F.adaptive_avg_pool2d(x, (5, 7))


class DiagonalNet(nn.Module):
    """Twin of DiagonalNet.java (torch.diagonal as a method and as a function)."""

    def __init__(self):
        super().__init__()
        self.query = nn.Linear(32, 32)
        self.key = nn.Linear(32, 32)

    def forward(self, x):
        q = self.query(x)
        k = self.key(x)
        scores = q.matmul(k.transpose(1, 2))
        diag = scores.diagonal(0, 1, 2)
        nxt = torch.diagonal(scores, 1, -2, -1)
        return torch.cat([diag, nxt], 1)


class InferredNet(Net):
    """Twin of InferredNet.java (the seed Net; the Java input is inferred as [N, 3, H, W])."""


class InferredTagger(nn.Module):
    """Twin of InferredTagger.java (the Java input is inferred as int64 [N, L])."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(1000, 32)
        self.lstm = nn.LSTM(32, 64, batch_first=True)
        self.tags = nn.Linear(64, 9)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.tags(out)


class FeedForwardBlock(nn.Module):
    """Twin of FeedForwardBlock.java, whose width dModel the Java analysis keeps symbolic."""

    def __init__(self, d_model):
        super().__init__()
        self.norm = nn.LayerNorm(d_model)
        self.up = nn.Linear(d_model, 4 * d_model)
        self.down = nn.Linear(4 * d_model, d_model)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x):
        h = F.gelu(self.up(self.norm(x)))
        return x + self.dropout(self.down(h))


class TinyGPT(nn.Module):
    """Twin of TinyGPT.java (nanoGPT's layout: wte, wpe, h.N.{ln1, attn, ln2, mlp}, lnF, lmHead)."""

    class CausalSelfAttention(nn.Module):
        def __init__(self, n_embd, n_head):
            super().__init__()
            self.cAttn = nn.Linear(n_embd, 3 * n_embd)
            self.cProj = nn.Linear(n_embd, n_embd)
            self.nHead = n_head
            self.nEmbd = n_embd

        def forward(self, x):
            b, t, c = x.size()
            q, k, v = self.cAttn(x).split(self.nEmbd, 2)
            q = q.view(b, t, self.nHead, c // self.nHead).transpose(1, 2)
            k = k.view(b, t, self.nHead, c // self.nHead).transpose(1, 2)
            v = v.view(b, t, self.nHead, c // self.nHead).transpose(1, 2)
            att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
            att = F.softmax(att, -1)
            y = att @ v
            y = y.transpose(1, 2).contiguous().view(b, t, c)
            return self.cProj(y)

    class Block(nn.Module):
        def __init__(self, n_embd, n_head):
            super().__init__()
            self.ln1 = nn.LayerNorm(n_embd)
            self.attn = TinyGPT.CausalSelfAttention(n_embd, n_head)
            self.ln2 = nn.LayerNorm(n_embd)
            self.mlp = nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.GELU(),
                                     nn.Linear(4 * n_embd, n_embd), nn.Dropout(0.1))

        def forward(self, x):
            x = x + self.attn(self.ln1(x))
            x = x + self.mlp(self.ln2(x))
            return x

    def __init__(self, vocab=1000, block_size=32, n_embd=64, n_head=4, n_layer=2):
        super().__init__()
        self.wte = nn.Embedding(vocab, n_embd)
        self.wpe = nn.Embedding(block_size, n_embd)
        self.h = nn.ModuleList([TinyGPT.Block(n_embd, n_head) for _ in range(n_layer)])
        self.lnF = nn.LayerNorm(n_embd)
        self.lmHead = nn.Linear(n_embd, vocab, bias=False)

    def forward(self, idx):
        pos = torch.arange(idx.size(1))
        x = self.wte(idx) + self.wpe(pos)
        for block in self.h:
            x = block(x)
        x = self.lnF(x)
        return self.lmHead(x)
