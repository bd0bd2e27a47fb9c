#!/usr/bin/env python3
"""PyTorch twin of the C++ scDiff network (core/src/engine/network.cpp, docs/method.md section 3).

Module names mirror the LibTorch ones, so the weights exported by engine::exportWeights load with
load_state_dict(strict=True): a renamed or missing parameter on either side fails loudly.

  python3 scdiff_twin.py check DIR   # DIR/{config.json,weights.sdt,inputs.sdt} from bench_twin
  python3 scdiff_twin.py bench DIR --threads N --steps S --batch B
"""
import argparse
import json
import math
import os
import struct
import sys
import time
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def read_tensors(path):
    """SCDTDICT file (core/include/scdiff/engine/inspect.hpp) -> {name: float32 tensor}."""
    buf = Path(path).read_bytes()
    if buf[:8] != b"SCDTDICT":
        raise ValueError(f"{path}: not a SCDTDICT tensor file")
    (count,), off, out = struct.unpack_from("<I", buf, 8), 12, OrderedDict()
    for _ in range(count):
        (name_len,) = struct.unpack_from("<I", buf, off)
        name = buf[off + 4:off + 4 + name_len].decode()
        off += 4 + name_len
        (rank,) = struct.unpack_from("<I", buf, off)
        dims = struct.unpack_from(f"<{rank}q", buf, off + 4)
        off += 4 + 8 * rank
        size = int(np.prod(dims, dtype=np.int64))
        values = np.frombuffer(buf, dtype="<f4", count=size, offset=off)
        off += 4 * size
        out[name] = torch.from_numpy(values.copy()).reshape(dims)
    return out


def layer_norm(d):
    return nn.LayerNorm(d, eps=1e-5)  # LibTorch's default eps


class ExpressionEmbedder(nn.Module):  # Linear(m, d, no bias) -> GELU (erf) -> LayerNorm
    def __init__(self, genes, d):
        super().__init__()
        self.linear, self.norm = nn.Linear(genes, d, bias=False), layer_norm(d)

    def forward(self, x):
        return self.norm(F.gelu(self.linear(x)))


class ContextConditioner(nn.Module):
    def __init__(self, genes, d, depth):
        super().__init__()
        self.embedder = ExpressionEmbedder(genes, d)
        self.layers = nn.ModuleList(
            nn.Sequential(OrderedDict(linear=nn.Linear(d, d), gelu=nn.GELU(), norm=layer_norm(d))) for _ in range(depth))

    def forward(self, context, classes):
        c, outs = self.embedder(context), []
        for layer in self.layers:
            c = layer(c)
            outs.append(c)
        return outs[::-1]  # the deepest representation meets the first block


class ClassConditioner(nn.Module):  # per block a (classes + 1) x d table, index 0 = null
    def __init__(self, column, classes, d, depth):
        super().__init__()
        self.column = column
        self.tables = nn.ModuleList(nn.Embedding(classes + 1, d) for _ in range(depth))

    def forward(self, context, classes):
        return [table(classes[:, self.column]) for table in self.tables]


class CrossAttention(nn.Module):  # one query token per cell over the K condition tokens
    def __init__(self, d, heads, head_dim):
        super().__init__()
        inner, self.heads, self.head_dim = heads * head_dim, heads, head_dim
        self.to_q, self.to_k, self.to_v = (nn.Linear(d, inner, bias=False) for _ in range(3))
        self.to_out = nn.Linear(inner, d)

    def forward(self, h, tokens):
        n, k = h.shape[0], tokens.shape[1]
        q = self.to_q(h).view(n, 1, self.heads, self.head_dim)
        keys = self.to_k(tokens).view(n, k, self.heads, self.head_dim)
        values = self.to_v(tokens).view(n, k, self.heads, self.head_dim)
        weights = torch.softmax((q * keys).sum(-1) / math.sqrt(self.head_dim), dim=1).unsqueeze(-1)  # [n, K, H, 1]
        return self.to_out((weights * values).sum(1).reshape(n, self.heads * self.head_dim))


class Block(nn.Module):  # h += Attn(LN(h), tokens); h += proj_out(value * gelu(gate)), (value, gate) = proj_in(LN(h))
    def __init__(self, d, heads, head_dim, ff_mult):
        super().__init__()
        self.norm1, self.norm2 = layer_norm(d), layer_norm(d)
        self.attn = CrossAttention(d, heads, head_dim)
        self.proj_in, self.proj_out = nn.Linear(d, 2 * ff_mult * d), nn.Linear(ff_mult * d, d)

    def forward(self, h, tokens):
        if tokens is not None and tokens.shape[1] > 0:
            h = h + self.attn(self.norm1(h), tokens)
        value, gate = self.proj_in(self.norm2(h)).chunk(2, dim=-1)
        return h + self.proj_out(value * F.gelu(gate))


class Decoder(nn.Module):
    def __init__(self, genes, batches, d):
        super().__init__()
        self.norm, self.batch_embedding, self.linear = layer_norm(d), nn.Embedding(batches + 1, d), nn.Linear(d, genes)

    def forward(self, h, batch):
        return self.linear(self.norm(h) + self.batch_embedding(batch))


def time_embedding(t, dim):
    half = dim // 2
    freqs = torch.exp(torch.arange(half, dtype=torch.float32) * (-math.log(10000.0) / half))
    args = t.float().unsqueeze(1) * freqs.unsqueeze(0)
    emb = torch.cat([torch.sin(args), torch.cos(args)], dim=1)
    return torch.cat([emb, torch.zeros(t.shape[0], 1)], dim=1) if dim % 2 else emb


class ScDiffTwin(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        d, depth, genes = cfg["hidden"], cfg["depth"], cfg["genes"]
        self.cfg = cfg
        self.embedder = ExpressionEmbedder(genes, d)
        self.conditioner_names = []
        if cfg["context"]:
            self.context = ContextConditioner(genes, d, depth)
            self.conditioner_names.append("context")
        for k, (name, count) in enumerate(zip(cfg["class_names"], cfg["class_counts"])):
            setattr(self, "class_" + name, ClassConditioner(k, count, d, depth))
            self.conditioner_names.append("class_" + name)
        self.blocks = nn.ModuleList(Block(d, cfg["heads"], cfg["head_dim"], cfg["ff_mult"]) for _ in range(depth))
        self.decoder = Decoder(genes, cfg["batches"], d)

    @classmethod
    def from_dir(cls, directory):
        directory = Path(directory)
        twin = cls(json.loads((directory / "config.json").read_text()))
        twin.load_state_dict(read_tensors(directory / "weights.sdt"), strict=True)
        return twin

    def forward(self, xt, t, context, classes, batch):
        h = self.embedder(xt) + time_embedding(t, self.cfg["hidden"])
        per_conditioner = [getattr(self, name)(context, classes) for name in self.conditioner_names]
        for layer, block in enumerate(self.blocks):
            tokens = torch.stack([outs[layer] for outs in per_conditioner], 1) if per_conditioner else None
            h = block(h, tokens)
        return self.decoder(h, batch)


class Schedule:  # diffusion.cpp: sqrt(beta) linear in [sqrt(1e-4), sqrt(0.02)]
    def __init__(self, timesteps):
        b = np.linspace(math.sqrt(1e-4), math.sqrt(0.02), timesteps) ** 2
        bar = np.cumprod(1.0 - b)
        self.sqrt_bar = torch.tensor(np.sqrt(bar), dtype=torch.float32)
        self.sqrt_one_minus = torch.tensor(np.sqrt(1.0 - bar), dtype=torch.float32)

    def noised(self, x0, t, eps):
        return self.sqrt_bar[t].unsqueeze(1) * x0 + self.sqrt_one_minus[t].unsqueeze(1) * eps


def train_step(twin, optimizer, schedule, x0, classes, batch):
    """The work of trainer.cpp's trainStep: draw t / noise / context mask / condition dropout, forward,
    MSE against x0, backward, AdamW step. Random streams differ from C++; shapes and operations do not."""
    cfg = twin.cfg
    n, genes = x0.shape
    t = torch.randint(cfg["timesteps"], (n,))
    eps = torch.randn(n, genes)
    r = torch.rand(n, 1)
    r = torch.where(torch.rand(n, 1) < cfg["full_mask_probability"], torch.ones_like(r), r)
    context = x0 * (torch.rand(n, genes) >= r)
    drop = cfg["condition_dropout"]
    classes = classes.masked_fill(torch.rand(classes.shape) < drop, 0)
    batch = batch.masked_fill(torch.rand(batch.shape) < drop, 0)
    pred = twin(schedule.noised(x0, t, eps), t, context, classes, batch)
    loss = F.mse_loss(pred, x0)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


def check(directory):
    twin = ScDiffTwin.from_dir(directory).eval()
    inp = read_tensors(Path(directory) / "inputs.sdt")
    with torch.no_grad():
        out = twin(inp["xt"], inp["t"].long(), inp["context"], inp["classes"].long(), inp["batch"].long())
    diff = (out - inp["expected"]).abs().max().item()
    print(f"forward_max_abs_diff={diff:.3e} (n={out.shape[0]}, genes={out.shape[1]}, "
          f"max |output|={inp['expected'].abs().max().item():.3g})")
    return 0 if diff <= 1e-4 else 1


def bench(directory, threads, steps, batch_size):
    torch.set_num_threads(threads if threads > 0 else os.cpu_count())  # 0 = all cores, as bench_twin
    torch.manual_seed(0)
    twin = ScDiffTwin.from_dir(directory).train()
    cfg = twin.cfg
    optimizer = torch.optim.AdamW(twin.parameters(), lr=cfg["learning_rate"], weight_decay=0.0)
    schedule = Schedule(cfg["timesteps"])
    # Log-normalised-looking data, ~10 % non-zero; the network's cost does not depend on the values.
    n, genes = 2 * batch_size, cfg["genes"]
    data = torch.log1p(torch.randint(1, 21, (n, genes)).float() * (torch.rand(n, genes) < 0.1))
    classes = torch.randint(1, cfg["class_counts"][0] + 1, (n, len(cfg["class_counts"])))
    batches = torch.randint(1, cfg["batches"] + 1, (n,))

    def step(s):
        rows = torch.arange(s % 2 * batch_size, (s % 2 + 1) * batch_size)
        return train_step(twin, optimizer, schedule, data[rows], classes[rows], batches[rows])

    for s in range(2):  # warm-up
        step(s)
    start = time.perf_counter()
    for s in range(steps):
        step(s)
    seconds = time.perf_counter() - start
    print(f"py_threads={torch.get_num_threads()} py_steps={steps} py_train_cells_per_s={steps * batch_size / seconds:.2f}")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=["check", "bench"])
    p.add_argument("dir")
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--steps", type=int, default=10)
    p.add_argument("--batch", type=int, default=256)
    a = p.parse_args()
    return check(a.dir) if a.mode == "check" else bench(a.dir, a.threads, a.steps, a.batch)


if __name__ == "__main__":
    sys.exit(main())
