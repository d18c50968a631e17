# Regenerates cases.jsonl with the real PyTorch 1.13 (Debian python3-torch):
#   /usr/bin/python3 gen_cases.py
# Functional convolutions and pools called positionally, with a tuple argument after an int one or
# in the middle of the call (API.md: "A tuple argument in the middle of a call is an int[]"), as
# F's generated overloads take them. Same case format as ../oracle/ops-public.jsonl (CPU verdict).
import json, warnings
import torch, torch.nn.functional as F
warnings.filterwarnings("ignore")
torch.manual_seed(0)
cases = []
def add(op, args, inputs, kwargs={}, name=None):
    # A None bias is the first positional argument after the tensors.
    if inputs[-1] is None:
        inputs, args = inputs[:-1], [None] + list(args)
    c = dict(id=f"{op}/{name or 'p%03d' % len(cases)}", kind='function', op=op, args=list(args),
             kwargs=dict(kwargs), inputs=[list(s) for s in inputs],
             dtypes=['float32'] * len(inputs), training=True)
    xs = [torch.randn(s) for s in inputs]
    try:
        r = getattr(F, op[2:])(*xs, *args, **kwargs)
        if isinstance(r, tuple):
            c['cpu'] = {'output': [list(t.shape) for t in r], 'output_type': 'tuple'}
        else:
            c['cpu'] = {'output': list(r.shape), 'output_type': 'tensor'}
    except Exception as e:
        c['cpu'] = {'error': str(e), 'error_type': type(e).__name__}
        c['error'] = c['cpu']['error']; c['phase'] = 'forward'
    cases.append(c)

x2 = [1, 3, 32, 32]
# The three forms of issue 22.
add('F.avg_pool2d', [4, [1, 1]], [x2], name='int-then-tuple')
add('F.max_pool2d', [[4, 2], 1, [0, 1]], [x2], name='tuple-int-tuple')
add('F.conv2d', [2, [0, 0]], [x2, [6, 3, 5, 5], [6]], name='int-then-tuple')
# More of each family.
add('F.conv2d', [1, [1, 2], 2], [x2, [6, 3, 5, 5], [6]])
add('F.conv2d', [1, 'same', [1, 2]], [x2, [6, 3, 5, 5], None])
add('F.conv2d', [[2, 1], 'same'], [x2, [6, 3, 5, 5], None])
add('F.conv2d', [[2, 1], [1, 0], 1, 3], [[2, 6, 16, 16], [9, 2, 3, 3], [9]])
add('F.conv1d', [[2], 1, 2], [[2, 4, 20], [8, 4, 3], None])
add('F.conv3d', [[1, 2, 1], 1, [1, 1, 2]], [[1, 2, 8, 8, 8], [4, 2, 3, 3, 3], [4]])
add('F.conv_transpose2d', [2, [1, 0], [1, 0]], [[1, 4, 8, 8], [4, 2, 3, 3], None])
add('F.conv_transpose2d', [[2, 1], 0, 1, 1, [2, 1]], [[1, 4, 8, 8], [4, 2, 3, 3], [2]])
add('F.conv_transpose1d', [[2], 1, 1, 1, [2]], [[1, 4, 10], [4, 3, 3], None])
add('F.conv_transpose3d', [2, [1, 0, 1]], [[1, 4, 5, 5, 5], [4, 2, 3, 3, 3], None])
add('F.max_pool1d', [3, [2], 1], [[2, 3, 20]])
add('F.max_pool2d', [3, [2, 1], 1, [1, 2]], [x2])
add('F.max_pool2d', [[4, 2], 1, [0, 1]], [x2], {'return_indices': True})
add('F.max_pool3d', [[3, 2, 2], 2, [1, 0, 0], 1, True], [[1, 2, 9, 9, 9]])
add('F.avg_pool1d', [[4], 2, [1]], [[2, 3, 20]])
add('F.avg_pool2d', [[3, 2], 2, [1, 0], True], [x2])
add('F.avg_pool3d', [3, [2, 2, 1], 1, False, True, 2], [[1, 2, 9, 9, 9]])
add('F.lp_pool1d', [2.0, 3, [2]], [[1, 3, 16]])
add('F.lp_pool2d', [2.0, 3, [2, 1]], [[1, 3, 16, 16]])
add('F.conv1d', [2, [1]], [[2, 4, 20], [8, 4, 3], [8]])
add('F.conv3d', [2, [1, 0, 1]], [[1, 2, 8, 8, 8], [4, 2, 3, 3, 3], None])
add('F.conv3d', [[1, 2, 1], 'valid', 2], [[1, 2, 9, 9, 9], [4, 2, 3, 3, 3], [4]])
add('F.conv_transpose1d', [2, [1], [1], 1, 2], [[1, 4, 10], [4, 3, 3], [3]])
add('F.conv_transpose2d', [1, 0, 0, 2, [1, 2]], [[1, 4, 8, 8], [4, 2, 3, 3], None], name='ints-then-tuple')
add('F.conv_transpose3d', [[2, 1, 1], 1, [1, 0, 0], 1, [1, 1, 2]], [[1, 4, 5, 5, 5], [4, 2, 3, 3, 3], [2]])
add('F.max_pool1d', [[3], 2, 1, [2]], [[2, 3, 20]])
add('F.max_pool3d', [2, [1, 2, 2]], [[1, 2, 9, 9, 9]])
add('F.max_pool1d', [3, [2]], [[2, 3, 20]], {'return_indices': True})
add('F.avg_pool1d', [3, [2], [1], True, False], [[2, 3, 20]])
add('F.avg_pool2d', [2, 2, [1, 0], False, True, 3], [x2])
add('F.avg_pool3d', [[2, 2, 2], 1, [1, 0, 1]], [[1, 2, 9, 9, 9]])
add('F.lp_pool1d', [2.0, 3, 2, True], [[1, 3, 16]])
add('F.lp_pool2d', [2.0, [3, 2], 2], [[1, 3, 16, 16]], name='tuple-then-int')
add('F.lp_pool2d', [1.0, 3, [2, 1], True], [[1, 3, 16, 16]])
# Adaptive pools: an int, a tuple, a tuple with None (keeps the input's size; not in 1-d).
add('F.adaptive_avg_pool1d', [4], [[2, 3, 20]])
add('F.adaptive_avg_pool1d', [[4]], [[2, 3, 20]])
add('F.adaptive_max_pool1d', [[5]], [[2, 3, 20]], {'return_indices': True})
add('F.adaptive_avg_pool2d', [[None, 4]], [x2], name='none-in-tuple')
add('F.adaptive_avg_pool2d', [6], [x2])
add('F.adaptive_max_pool2d', [[3, None]], [x2])
add('F.adaptive_max_pool2d', [[3, 5]], [x2], {'return_indices': True})
add('F.adaptive_avg_pool3d', [[2, None, 3]], [[1, 2, 8, 8, 8]])
add('F.adaptive_max_pool3d', [2], [[1, 2, 8, 8, 8]])
add('F.adaptive_max_pool3d', [[None, 4, None]], [[1, 2, 8, 8, 8]], {'return_indices': True})
# pad: a tuple, then mode and value positionally.
add('F.pad', [[1, 2]], [x2])
add('F.pad', [[1, 2, 3, 4], 'constant', 2.0], [x2], name='tuple-mode-value')
add('F.pad', [[1, 1, 2, 0], 'reflect'], [x2])
add('F.pad', [[2, 2], 'replicate'], [[2, 3, 20]])
add('F.pad', [[1, 1, 1, 1, 1, 1], 'circular'], [[1, 2, 8, 8, 8]])
# interpolate: the size an int or a tuple, or None with a scale factor, then the rest.
add('F.interpolate', [8], [x2], name='int-size')
add('F.interpolate', [[8, 12], None, 'bilinear', True], [x2], name='tuple-size-mode')
add('F.interpolate', [None, 2.0], [x2])
add('F.interpolate', [None, 1.5, 'bilinear', False, True], [x2])
add('F.interpolate', [5, None, 'linear', False], [[2, 3, 20]])
add('F.interpolate', [[4, 5, 6], None, 'trilinear'], [[1, 2, 8, 8, 8]])
add('F.interpolate', [8, None, 'bicubic', None, None, True], [x2])
# An int where PyTorch takes a float? (a Java Double: written 2.0, as a double/Double pair of
# overloads would make every call that boxes another argument ambiguous).
add('F.interpolate', [None, 2], [x2], name='int-scale')
add('F.pad', [[1, 1], 'constant', 2], [x2], name='int-value')
# Errors PyTorch raises for such calls.
add('F.max_pool2d', [[4, 2], 1, [3, 1]], [x2])
add('F.avg_pool2d', [4, [1, 1, 1]], [x2])
add('F.conv2d', [1, [0, 0, 0]], [x2, [6, 3, 5, 5], None])
add('F.adaptive_avg_pool2d', [[3, 4, 5]], [x2])
add('F.pad', [[1, 2, 3], 'constant'], [x2])
add('F.interpolate', [(8, 12, 3)], [x2])  # a tuple, as an int[] stands for
add('F.interpolate', [8, 2.0], [x2])
add('F.interpolate', [[8, 12], None, 'linear'], [x2])
add('F.lp_pool2d', [2.0, [3, 2], [1, 1, 1]], [[1, 3, 16, 16]])
with open('cases.jsonl', 'w') as f:
    for c in cases:
        f.write(json.dumps(c, separators=(',', ':')) + '\n')
print(len(cases), 'cases')
