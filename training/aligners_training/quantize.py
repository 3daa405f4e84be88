"""Dynamic int8 quantization of an encoder's linear layers, as ONNX Runtime runs it, and the same
arithmetic in PyTorch so that thresholds, reports and golden logits are computed on what ships.

In the graph every MatMul with a constant weight becomes ONNX Runtime's `DynamicQuantizeMatMul`
(com.microsoft): the activations are quantized per tensor to uint8 when the graph runs, the weights
are stored int8 per output column. Weights keep 7 bits (-63..63): on x86 CPUs without VNNI the
uint8 x int8 kernels add pairs of products in 16 bits, which 8-bit weights can overflow (ONNX
Runtime's `reduce_range`). Integer products are exact, so PyTorch reproduces the graph up to the
float rounding of the scales.
"""
import numpy as np
import torch
import torch.nn as nn

WEIGHT_LEVELS = 63
MS_DOMAIN = "com.microsoft"


def weight_scales(w):
    """Per-output-column scales of a weight stored [in, out]."""
    scale = np.abs(w).max(axis=0) / WEIGHT_LEVELS
    return np.where(scale == 0, 1.0, scale).astype(np.float32)


def quantize_weight(w):
    """(int8 weight [in, out], float32 scale per column)."""
    s = weight_scales(w)
    q = np.clip(np.rint(w / s), -WEIGHT_LEVELS, WEIGHT_LEVELS).astype(np.int8)
    return q, s


def fake_quantize_activations(x):
    """uint8 per-tensor quantization and back, as ONNX Runtime's DynamicQuantizeLinear does it."""
    lo = torch.clamp(x.min(), max=0.0)
    hi = torch.clamp(x.max(), min=0.0)
    scale = torch.where(hi == lo, torch.ones_like(hi), (hi - lo) / 255.0)
    zero = torch.round(torch.clamp(0.0 - lo / scale, 0.0, 255.0))
    q = torch.clamp(torch.round(x / scale) + zero, 0.0, 255.0)
    return (q - zero) * scale


def _pre_hook(module, args):
    return (fake_quantize_activations(args[0]),) + tuple(args[1:])


def emulate(modules):
    """Makes each nn.Linear in `modules` compute as the quantized graph will: its weight rounded to
    the int8 grid, its input quantized on the fly. Returns the hook handles."""
    handles = []
    with torch.no_grad():
        for linear in modules:
            w = linear.weight.detach().numpy().T  # [in, out], as the graph stores it
            q, s = quantize_weight(w)
            linear.weight.copy_(torch.from_numpy((q.astype(np.float32) * s).T.copy()))
            handles.append(linear.register_forward_pre_hook(_pre_hook))
    return handles


def encoder_linears(encoder):
    """The linear layers of a MiniLM encoder, in graph order."""
    return [getattr(layer, part) for layer in encoder.layers for part in ("q", "k", "v", "o", "ff1", "ff2")]


def quantize_graph(model):
    """Rewrites every MatMul whose second input is a 2-D float initializer into DynamicQuantizeMatMul
    with an int8 weight and per-column scales. Returns the number of MatMuls rewritten."""
    from onnx import TensorProto, helper, numpy_helper
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    rewritten = 0
    for index, node in enumerate(list(graph.node)):
        if node.op_type != "MatMul" or node.input[1] not in inits:
            continue
        init = inits[node.input[1]]
        if init.data_type != TensorProto.FLOAT or len(init.dims) != 2:
            continue
        q, s = quantize_weight(numpy_helper.to_array(init))
        graph.initializer.remove(init)
        graph.initializer.extend([numpy_helper.from_array(q, init.name + "_int8"), numpy_helper.from_array(s, init.name + "_scale")])
        replacement = helper.make_node("DynamicQuantizeMatMul", [node.input[0], init.name + "_int8", init.name + "_scale"],
                                       list(node.output), name=(node.name or init.name) + "_int8", domain=MS_DOMAIN)
        position = list(graph.node).index(node)
        graph.node.remove(node)
        graph.node.insert(position, replacement)
        rewritten += 1
    if rewritten and not any(o.domain == MS_DOMAIN for o in model.opset_import):
        model.opset_import.append(helper.make_operatorsetid(MS_DOMAIN, 1))
    return rewritten


EMBEDDING_LEVELS = 127


def quantize_rows(table):
    """(int8 table, float32 scale per row) of an embedding table."""
    scale = np.abs(table).max(axis=1) / EMBEDDING_LEVELS
    scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
    return np.clip(np.rint(table / scale[:, None]), -EMBEDDING_LEVELS, EMBEDDING_LEVELS).astype(np.int8), scale


def emulate_embedding(embedding):
    """Rounds an nn.Embedding's table to the int8 grid `quantize_embedding_graph` stores."""
    with torch.no_grad():
        q, s = quantize_rows(embedding.weight.detach().numpy())
        embedding.weight.copy_(torch.from_numpy(q.astype(np.float32) * s[:, None]))


def quantize_embedding_graph(model, name):
    """Stores the embedding table `name` (read by Gather) as int8 rows with a scale per row: the
    Gather reads both and multiplies, so the lookup returns what `emulate_embedding` computes."""
    from onnx import TensorProto, helper, numpy_helper
    graph = model.graph
    init = next(i for i in graph.initializer if i.name == name)
    q, s = quantize_rows(numpy_helper.to_array(init))
    graph.initializer.remove(init)
    graph.initializer.extend([numpy_helper.from_array(q, name + "_rows8"), numpy_helper.from_array(s, name + "_rowscale")])
    gathers = [n for n in graph.node if n.op_type == "Gather" and n.input[0] == name]
    for node in gathers:
        ids, out, tag = node.input[1], node.output[0], node.name or name
        added = [
            helper.make_node("Gather", [name + "_rows8", ids], [tag + "_q"], name=tag + "_gather_q"),
            helper.make_node("Cast", [tag + "_q"], [tag + "_qf"], to=TensorProto.FLOAT, name=tag + "_cast"),
            helper.make_node("Gather", [name + "_rowscale", ids], [tag + "_s"], name=tag + "_gather_s"),
            helper.make_node("Unsqueeze", [tag + "_s", tag + "_axis"], [tag + "_s1"], name=tag + "_unsqueeze"),
            helper.make_node("Mul", [tag + "_qf", tag + "_s1"], [out], name=tag + "_dequantize"),
        ]
        graph.initializer.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), tag + "_axis"))
        position = list(graph.node).index(node)
        graph.node.remove(node)
        for offset, n in enumerate(added):
            graph.node.insert(position + offset, n)
    return len(gathers)


def dequantized(inits):
    """{name: float32 array} of a quantized graph's initializers, int8 weights restored to floats
    under their original names (for rebuilding the model in PyTorch)."""
    from onnx import numpy_helper
    arrays = {i.name: numpy_helper.to_array(i) for i in inits}
    out = {}
    for name, a in arrays.items():
        if name.endswith(("_scale", "_rowscale")) or name.endswith("_axis"):
            continue
        if name.endswith("_rows8"):
            base = name.removesuffix("_rows8")
            out[base] = a.astype(np.float32) * arrays[base + "_rowscale"][:, None]
        elif name.endswith("_int8"):
            base = name.removesuffix("_int8")
            out[base] = a.astype(np.float32) * arrays[base + "_scale"]
        else:
            out[name.removesuffix("_fp16")] = a.astype(np.float32)
    return out
