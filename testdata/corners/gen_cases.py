# Regenerates cases.jsonl with the real PyTorch 1.13 (Debian python3-torch): /usr/bin/python3 gen_cases.py
# Each case is run once on CPU; the verdict (shape or error text) is what ShapeSense must reproduce.
import torch, torch.nn as nn, torch.nn.functional as F, json, warnings, itertools
warnings.filterwarnings("ignore")
DT={'float32':torch.float32,'float64':torch.float64,'int64':torch.int64,'int32':torch.int32,'bool':torch.bool,'float16':torch.float16,'int16':torch.int16,'bfloat16':torch.bfloat16}
cases=[]
def mk(shape, dt):
    d=DT[dt]
    if d.is_floating_point: return torch.randn(shape, dtype=d)
    if d==torch.bool: return torch.ones(shape, dtype=d)
    return torch.zeros(shape, dtype=d)
def out(r):
    if isinstance(r, torch.Tensor): return list(r.shape)
    if isinstance(r,(list,tuple)): return [out(x) for x in r]
    return r
def add(kind, op, args=(), kwargs={}, inputs=(), dtypes=None, training=True):
    dtypes = dtypes or ['float32']*len(inputs)
    c=dict(id=f"{op}/x{len(cases):04d}", kind=kind, op=op, args=list(args), kwargs=dict(kwargs), inputs=[list(s) for s in inputs], dtypes=dtypes, training=training)
    xs=[mk(s,d) for s,d in zip(inputs,dtypes)]
    phase='construct'
    try:
        if kind=='module':
            m=getattr(nn,op)(*args,**kwargs); m.train(training); phase='forward'; r=m(*xs)
        elif kind=='function':
            phase='forward'; r=getattr(F, op[2:])(*xs,*args,**kwargs)
        else:
            phase='forward'; r=getattr(xs[0], op[7:])(*xs[1:],*args,**kwargs)
        c['cpu']={'output':out(r),'output_type':'tensor'}
    except Exception as e:
        c['cpu']={'error':str(e),'error_type':type(e).__name__}; c['error']=1; c['phase']=phase
    cases.append(c)
S=[[],[3],[2,3],[2,4,5],[2,3,4,5],[0,3]]
acts=['ReLU','ReLU6','SELU','SiLU','Mish','Hardswish','Hardsigmoid','Sigmoid','Tanh','Softsign','Tanhshrink','LogSigmoid','ELU','CELU','LeakyReLU','GELU','Hardtanh','Softplus','Softshrink','Hardshrink','RReLU','PReLU','GLU','Softmax','Softmin','LogSoftmax','Softmax2d']
for a in acts:
    for s in S:
        add('module',a,inputs=[s])
    for dt in ['int64','bool','float64','float16','int32']:
        add('module',a,inputs=[[2,4]],dtypes=[dt])
for a,args in [('ELU',[0.5]),('CELU',[2.0]),('LeakyReLU',[0.2]),('Hardtanh',[1.0,0.0]),('Hardtanh',[-2.0,2.0]),('Hardtanh',[0.5,0.5]),('Softplus',[2.0,10.0]),('Softshrink',[-1.0]),('Softshrink',[0.0]),('Hardshrink',[-1.0]),('RReLU',[0.5,0.1]),('RReLU',[0.1,0.5]),('PReLU',[3]),('PReLU',[4]),('PReLU',[1]),('PReLU',[0]),('GLU',[0]),('GLU',[1]),('GLU',[2]),('GLU',[-3]),('Softmax',[0]),('Softmax',[-1]),('Softmax',[3]),('Softmin',[1]),('LogSoftmax',[2]),('Threshold',[0.1,20.0]),('GELU',['tanh']),('GELU',['bad'])]:
    for s in S:
        add('module',a,args=args,inputs=[s])
for a in ['ReLU','ReLU6','Threshold']:
    pass
for s in S: add('module','Threshold',args=[0.1,2.0],inputs=[s],dtypes=['int64'])
for s in S+[[2,3,4,5,6]]:
  for op in ['Dropout','Dropout1d','Dropout2d','Dropout3d','AlphaDropout','FeatureAlphaDropout']:
    for p in [0.0,0.5,1.0]:
      for tr in [True,False]:
        add('module',op,args=[p],inputs=[s],training=tr)
    add('module',op,args=[1.5],inputs=[s])
    for dt in ['int64','float16','bool']:
        add('module',op,args=[0.5],inputs=[s],dtypes=[dt])
for op in ['BatchNorm1d','BatchNorm2d','BatchNorm3d','InstanceNorm1d','InstanceNorm2d','InstanceNorm3d']:
  for s in [[3],[2,3],[1,3],[2,3,4],[1,3,1],[2,4,5],[3,4],[2,3,4,5],[1,3,1,1],[3,1,1],[2,3,1,1],[0,3,4],[2,3,4,5,6],[1,3,1,1,1],[3,4,5,6],[2,3,0]]:
    for kw in [{},{'affine':False},{'track_running_stats':False},{'affine':True,'track_running_stats':True},{'momentum':None}]:
      for tr in [True,False]:
        add('module',op,args=[3],kwargs=kw,inputs=[s],training=tr)
    add('module',op,args=[3],inputs=[s],dtypes=['int64'])
  add('module',op,args=[-1],inputs=[[2,3]])
for g,c in [(1,4),(2,4),(3,4),(4,4),(2,6),(-2,4)]:
  for s in [[2,4],[1,4],[2,4,5],[1,4,1],[1,2],[2,6,3,3],[3],[1,4,1,1],[0,4,3]]:
    for kw in [{},{'affine':False}]:
      add('module','GroupNorm',args=[g,c],kwargs=kw,inputs=[s])
for ns in [4,[4],[3,4],[],[2,3,4],[5]]:
  for s in [[4],[3,4],[2,3,4],[],[4,3],[0,4]]:
    for kw in [{},{'elementwise_affine':False}]:
      add('module','LayerNorm',args=[ns],kwargs=kw,inputs=[s])
  add('module','LayerNorm',args=[ns],inputs=[[3,4]],dtypes=['int64'])
for s in [[2,3],[2,3,4],[2,3,4,5],[2,3,4,5,6],[0,3,4]]:
  for sz in [1,2,3]:
    add('module','LocalResponseNorm',args=[sz],inputs=[s])
for args,kw in [([10,3],{}),([10,3],{'padding_idx':-1}),([10,3],{'padding_idx':-10}),([10,3],{'padding_idx':-11}),([10,3],{'padding_idx':9}),([10,3],{'padding_idx':0}),([10,3],{'max_norm':1.0}),([0,3],{}),([10,0],{})]:
  for s,dt in [([2,3],'int64'),([],'int64'),([4],'int32'),([2],'int16'),([2],'float32'),([2,3],'bool'),([0,2],'int64')]:
    add('module','Embedding',args=args,kwargs=kw,inputs=[s],dtypes=[dt])
# functions, positional only
for f,args in [('F.gelu',[]),('F.silu',[]),('F.elu',[]),('F.leaky_relu',[0.2]),('F.log_softmax',[1]),('F.softmax',[0]),('F.softmin',[1]),('F.sigmoid',[]),('F.tanh',[]),('F.relu6',[]),('F.hardtanh',[]),('F.glu',[1]),('F.glu',[]),('F.softsign',[]),('F.logsigmoid',[]),('F.hardswish',[]),('F.mish',[]),('F.selu',[]),('F.celu',[]),('F.softplus',[]),('F.softshrink',[-0.5]),('F.hardshrink',[]),('F.threshold',[0.5,1.0]),('F.rrelu',[]),('F.hardsigmoid',[]),('F.tanhshrink',[]),('F.dropout',[0.3]),('F.dropout',[0.3,False]),('F.dropout2d',[0.5]),('F.dropout3d',[0.5]),('F.dropout1d',[0.5]),('F.alpha_dropout',[0.5,True]),('F.feature_alpha_dropout',[0.5,True]),('F.layer_norm',[[4]]),('F.layer_norm',[[3,4]]),('F.group_norm',[2]),('F.group_norm',[1]),('F.local_response_norm',[2]),('F.instance_norm',[])]:
  for s in [[],[4],[3,4],[2,3,4],[1,4],[1,2,1]]:
    for dt in ['float32','int64']:
      add('function',f,args=args,inputs=[s],dtypes=[dt])
for s,w in [([2,3],[3]),([2,3],[2]),([2,3],[1]),([3],[3]),([3],[1]),([],[1]),([],[2]),([2,3,4],[3]),([2,3],[1,3])]:
  add('function','F.prelu',inputs=[s,w])
for s,w,dt,a in [([2,3],[10,4],'int64',[]),([2,3],[10],'int64',[]),([2,3],[10,4,2],'int64',[]),([2,3],[10,4],'float32',[]),([],[10,4],'int32',[]),([2],[10,4],'int64',[-3]),([2],[10,4],'int64',[10]),([2],[10,4],'int64',[-11]),([2],[10,4],'int64',[None,1.0]),([2],[10],'int64',[None,1.0]),([2],[10,4],'float32',[None,1.0])]:
  add('function','F.embedding',args=a,inputs=[s,w],dtypes=[dt,'float32'])
for s,rm,w in [([2,3],[3],[3]),([2,3],[4],[3]),([2,3],[3],[4]),([1,3],[3],[3]),([2,3,4],[3],None)]:
  ins=[s,rm,rm]+([w,w] if w else [])
  add('function','F.batch_norm',inputs=ins)
  add('function','F.batch_norm',args=[],inputs=ins)
for op in ['Tensor.softmax','Tensor.log_softmax']:
  for s in [[],[3],[2,3],[2,3,4]]:
    for d in [0,1,-1,2,-3]:
      for dt in ['float32','int64']:
        add('method',op,args=[d],inputs=[s],dtypes=[dt])
for op in ['Tensor.relu','Tensor.sigmoid','Tensor.tanh']:
  for dt in ['float32','int64','bool','float16','float64']:
    add('method',op,inputs=[[2,3]],dtypes=[dt])
for kw in [{},{'mode':'sum'},{'mode':'max'},{'mode':'foo'},{'include_last_offset':True},{'padding_idx':2},{'padding_idx':-1},{'max_norm':1.0},{'mode':'max','sparse':True},{'mode':'max','scale_grad_by_freq':True}]:
  for ins,dts in [([[2,4]],['int64']),([[0,4]],['int64']),([[4,0]],['int64']),([[8],[3]],['int64','int64']),([[8],[0]],['int64','int64']),([[8],[3]],['int32','int64']),([[8],[3]],['float32','int64']),([[8],[3]],['int64','float32']),([[8]],['int64']),([[8],[3,1]],['int64','int64']),([[2,3,4]],['int64']),([[2,4],[2]],['int64','int64']),([[2,4]],['int32']),([[8],[3],[8]],['int64','int64','float32']),([[8],[3],[7]],['int64','int64','float32']),([[8],[3],[8]],['int64','int64','float64']),([[2,4],None,[2,4]],['int64',None,'float32'])]:
    if None in ins: continue
    if ins[1:2] == [[0]] and kw: continue  # PyTorch 1.13 may segfault on empty offsets
    add('module','EmbeddingBag',args=[10,3],kwargs=kw,inputs=ins,dtypes=dts)
add('module','EmbeddingBag',args=[10,3],kwargs={'padding_idx':10},inputs=[[2,4]],dtypes=['int64'])
add('module','EmbeddingBag',args=[10,3],kwargs={'padding_idx':-11},inputs=[[2,4]],dtypes=['int64'])
add('module','EmbeddingBag',args=[10,3,None,2.0,False,'sum'],inputs=[[2,4]],dtypes=['int64'])
for ins,dts in [([[2,4],[10,3]],['int64','float32']),([[8],[10,3],[3]],['int64','float32','int64']),([[8],[10],[3]],['int64','float32','int64']),([[2,4],[10,3]],['int64','int64']),([[2,4],[10,3]],['int64','float64']),([[2,4],[10,3]],['int64','bfloat16']),([[8],[10,3],[3]],['int64','float32','int32'])]:
  add('function','F.embedding_bag',inputs=ins,dtypes=dts)
for s_ in [[],[3],[2,3],[2,3,4],[2,0]]:
  for a in [[],[2.0],[1.0,0],[2.0,-1],[2.0,2],[2.0,-3]]:
    for dt in ['float32','int64','bool','float16','float64']:
      add('function','F.normalize',args=a,inputs=[s_],dtypes=[dt])
for op in ['Dropout','Dropout1d','Dropout2d','Dropout3d','AlphaDropout','FeatureAlphaDropout']:
  for p_ in [0, 1, 2, -1]:
    add('module',op,args=[p_],inputs=[[2,3,4]])
    add('module',op,kwargs={'p':p_},inputs=[[2,3,4]])
for p_ in [0, 1, 2, -1]:
  add('function','F.dropout',args=[p_],inputs=[[2,3]])
  add('function','F.dropout',args=[p_, False],inputs=[[2,3]])
with open(__file__.rsplit('/',1)[0]+'/cases.jsonl','w') as f:
  for c in cases: f.write(json.dumps(c, separators=(',', ':'))+'\n')
print(len(cases))
