# Regenerates conv-kernels.jsonl with the real PyTorch 1.13 (Debian python3-torch):
#   /usr/bin/python3 gen_conv_kernels.py
# Convolutions whose kernel has a zero-size dim: check_shape_forward lets them through and the CPU
# backend that _select_conv_backend picks (oneDNN or a slow kernel) refuses them, each with its own
# text. Same case format as cases.jsonl (gen_cases.py).
import json, warnings
import torch, torch.nn as nn, torch.nn.functional as F
warnings.filterwarnings("ignore")
DT = {'float32': torch.float32, 'float64': torch.float64, 'int64': torch.int64}
cases = []
def mk(shape, dt):
    d = DT[dt]
    return torch.randn(shape, dtype=d) if d.is_floating_point else torch.ones(shape, dtype=d)
def add(kind, op, args=(), kwargs={}, inputs=(), dtypes=None):
    dtypes = dtypes or ['float32'] * len(inputs)
    c = dict(id=f"{op}/z{len(cases):04d}", kind=kind, op=op, args=list(args), kwargs=dict(kwargs),
             inputs=[list(s) for s in inputs], dtypes=dtypes, training=True)
    xs = [mk(s, d) for s, d in zip(inputs, dtypes)]
    phase = 'construct'
    try:
        if kind == 'module':
            m = getattr(nn, op)(*args, **kwargs); phase = 'forward'; r = m(*xs)
        else:
            phase = 'forward'; r = getattr(F, op[2:])(*xs, *args, **kwargs)
        c['cpu'] = {'output': list(r.shape), 'output_type': 'tensor'}
    except Exception as e:
        c['cpu'] = {'error': str(e), 'error_type': type(e).__name__}; c['error'] = 1; c['phase'] = phase
    cases.append(c)

for n in [1, 2, 16]:
    for kw in [{}, {'stride': 2}, {'dilation': 2}, {'padding': 1}, {'groups': 3}]:
        add('module', 'Conv1d', [3, 6, 0], kw, [[n, 3, 10]])
        add('module', 'Conv2d', [3, 6, 0], kw, [[n, 3, 10, 10]])
        add('module', 'Conv2d', [3, 6, (0, 3)], kw, [[n, 3, 10, 10]])
        add('module', 'Conv2d', [3, 6, (5, 0)], kw, [[n, 3, 10, 10]])
        add('module', 'Conv3d', [3, 6, (0, 2, 2)], kw, [[n, 3, 6, 6, 6]])
add('module', 'Conv2d', [3, 6, 0], {}, [[3, 10, 10]])
add('module', 'Conv2d', [3, 6, (4, 0)], {}, [[1, 3, 10, 10]])
add('module', 'Conv2d', [3, 6, (0, 3)], {}, [[1, 3, 100, 100]])
add('module', 'Conv2d', [3, 6, (0, 3)], {}, [[1, 3, 80, 80]])
add('module', 'Conv3d', [3, 6, (0, 2, 2)], {}, [[1, 3, 6, 60, 60]])
add('module', 'Conv3d', [3, 6, (0, 2, 2)], {}, [[1, 3, 60, 200, 4]])
add('module', 'Conv1d', [3, 6, 0], {}, [[1, 3, 8000]])
add('module', 'Conv2d', [3, 6, 0], {'padding': 'same'}, [[2, 3, 10, 10]])
add('module', 'Conv2d', [3, 6, (0, 3)], {'padding': 'valid'}, [[2, 3, 10, 10]])
add('module', 'Conv2d', [3, 6, (0, 3)], {'padding': 'valid'}, [[1, 3, 10, 10]])
for dt in ['float32', 'float64', 'int64']:
    for n in [1, 2]:
        add('function', 'F.conv1d', [], {}, [[n, 3, 10], [4, 3, 0]], [dt, dt])
        add('function', 'F.conv2d', [], {}, [[n, 3, 10, 10], [4, 3, 0, 3]], [dt, dt])
        add('function', 'F.conv2d', [], {'dilation': 2}, [[n, 3, 10, 10], [4, 3, 0, 3]], [dt, dt])
        add('function', 'F.conv3d', [], {}, [[n, 3, 6, 6, 6], [4, 3, 0, 2, 2]], [dt, dt])
        add('function', 'F.conv3d', [], {'dilation': 2}, [[n, 3, 6, 6, 6], [4, 3, 2, 0, 2]], [dt, dt])
with open('conv-kernels.jsonl', 'w') as f:
    for c in cases:
        f.write(json.dumps(c, separators=(',', ':')) + '\n')
print(len(cases), 'cases')
