# Regenerates cases.jsonl with the real PyTorch 1.13 (Debian python3-torch):
#   /usr/bin/python3 gen_cases.py
# Ops added through the op tables after the public oracle was recorded (ARCHITECTURE.md, "Adding
# an op"), in ../oracle/ops-public.jsonl's format (CPU verdict), each valid case also with
# "values": the result on the input torch.arange(numel).reshape(shape) (float32), flattened.
import json, warnings
import torch
warnings.filterwarnings("ignore")
cases = []
def add(kind, op, args, inputs, kwargs={}, name=None, dtype=torch.float32):
    c = dict(id=f"{op}/{name or '%03d' % len(cases)}", kind=kind, op=op, args=list(args),
             kwargs=dict(kwargs), inputs=[list(s) for s in inputs],
             dtypes=[str(dtype).replace('torch.', '')] * len(inputs), training=True)
    xs = [torch.arange(torch.Size(s).numel()).reshape(s).to(dtype) for s in inputs]
    try:
        if kind == 'method':
            r = getattr(xs[0], op.split('.')[1])(*xs[1:], *args, **kwargs)
        else:
            r = getattr(torch, op.split('.')[1])(*xs, *args, **kwargs)
        c['cpu'] = {'output': list(r.shape), 'output_type': 'tensor'}
        c['values'] = r.flatten().tolist()
    except Exception as e:
        c['cpu'] = {'error': str(e), 'error_type': type(e).__name__}
        c['error'] = c['cpu']['error']; c['phase'] = 'forward'
    cases.append(c)

# torch.diagonal(input, offset=0, dim1=0, dim2=1) and Tensor.diagonal(offset=0, dim1=0, dim2=1)
for kind, op in [('method', 'Tensor.diagonal'), ('function', 'torch.diagonal')]:
    add(kind, op, [], [[4, 4]])
    add(kind, op, [], [[3, 5]])
    add(kind, op, [1], [[3, 5]])
    add(kind, op, [-1], [[3, 5]])
    add(kind, op, [2], [[5, 3]])
    add(kind, op, [-4], [[5, 3]])
    add(kind, op, [7], [[3, 5]], name='offset-past-the-end')
    add(kind, op, [-9], [[3, 5]], name='offset-before-the-start')
    add(kind, op, [0, 1, 2], [[2, 3, 4]])
    add(kind, op, [1], [[2, 3, 4]], {'dim1': -1, 'dim2': 0})
    add(kind, op, [-1, 2, 0], [[2, 3, 4]])
    add(kind, op, [0, -1, -3], [[2, 3, 4, 5]])
    add(kind, op, [0, 1, 3], [[2, 0, 4, 5]], name='empty-dim')
    add(kind, op, [], [[3, 3]], name='int64', dtype=torch.int64)
    # Errors PyTorch raises.
    add(kind, op, [0, 1, 1], [[2, 3, 4]], name='identical-dims')
    add(kind, op, [0, 0, -3], [[2, 3, 4]], name='identical-after-wrap')
    add(kind, op, [0, 0, 3], [[2, 3, 4]], name='dim2-out-of-range')
    add(kind, op, [0, -4, 0], [[2, 3, 4]], name='dim1-out-of-range')
    add(kind, op, [], [[5]], name='one-dim')
    add(kind, op, [], [[]], name='zero-dim')
with open('cases.jsonl', 'w') as f:
    for c in cases:
        f.write(json.dumps(c, separators=(',', ':')) + '\n')
print(len(cases), 'cases')
