#!/usr/bin/env python3
"""MinimalLLM and its training step in PyTorch Python: the reference for
py2triton-train's throughput (tokens/s, MFU).

    python bench/llm_torch_ref.py --config base --steps 30 --micro-batch 24 \
        --grad-accum 4 --seq-len 512 [--data train.tok] [--json]
    python bench/llm_torch_ref.py --config tiny --steps 3 --device cpu   # smoke

The same model as lib/LLM/Model.cpp: parameter names, GPT-2 style
initialization (N(0, 0.02), wo/w_down scaled by 1/sqrt(2 L)), pre-norm
RMSNorm computed in float32, fused wqkv with rotary embeddings in the
"rotate half" layout, causal scaled_dot_product_attention, SwiGLU with a fused
w_gate_up (gate first), tied head. The same optimizer setup as
lib/LLM/Train.cpp: Muon (Nesterov 0.95, 5 Newton-Schulz steps in bf16,
batched over the matrices of one shape, update scaled by
max(1, rows/cols)^0.5) for the layers' matrices, AdamW (0.9, 0.95, eps 1e-8,
no weight decay) for the embedding and the norms,
warm-up + cosine schedule, loss / grad_accum per micro-batch, global
gradient-norm clipping, bf16 autocast on CUDA around the forward pass.

Tokens/s counts every input position (B * T per micro-batch); MFU =
(6 N_nonembed + 6 V D + 12 L D T) * tokens/s / peak, peak from --peak-flops or
the GPU's name (H100/H200 SXM dense bf16: 989e12). The first --warmup-steps
steps are not timed. --checkpoint loads the weights of a py2triton-train
checkpoint.pt (for a cross-check of the two implementations).
"""
import argparse
import json
import math
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIGS = {
    # name: (dim, layers, heads, ffn hidden, max seq len)
    "tiny": (128, 2, 4, 384, 512),
    "base": (768, 6, 12, 2048, 2048),
}
PROMPT, ANSWER, END = 2, 4, 5


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return F.rms_norm(x.float(), (x.size(-1),), self.weight.float(),
                          self.eps).to(x.dtype)


def apply_rope(x, cos, sin):
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    c, s = cos.to(x.dtype), sin.to(x.dtype)
    return torch.cat([x1 * c - x2 * s, x2 * c + x1 * s], -1)


class Attention(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads, self.head_dim = heads, dim // heads
        self.wqkv = nn.Linear(dim, 3 * dim, bias=False)
        self.wo = nn.Linear(dim, dim, bias=False)

    def forward(self, x, cos, sin):
        b, t, d = x.shape
        qkv = self.wqkv(x).view(b, t, 3, self.heads, self.head_dim)
        q = apply_rope(qkv[:, :, 0].transpose(1, 2), cos, sin)
        k = apply_rope(qkv[:, :, 1].transpose(1, 2), cos, sin)
        v = qkv[:, :, 2].transpose(1, 2)
        out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return self.wo(out.transpose(1, 2).reshape(b, t, d))


class FeedForward(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.hidden = hidden
        self.w_gate_up = nn.Linear(dim, 2 * hidden, bias=False)
        self.w_down = nn.Linear(hidden, dim, bias=False)

    def forward(self, x):
        gate, up = self.w_gate_up(x).split(self.hidden, -1)
        return self.w_down(F.silu(gate) * up)


class Block(nn.Module):
    def __init__(self, dim, heads, hidden, eps):
        super().__init__()
        self.attn_norm = RMSNorm(dim, eps)
        self.attn = Attention(dim, heads)
        self.ffn_norm = RMSNorm(dim, eps)
        self.ffn = FeedForward(dim, hidden)

    def forward(self, x, cos, sin):
        h = x + self.attn(self.attn_norm(x), cos, sin)
        return h + self.ffn(self.ffn_norm(h))


class MinimalLLM(nn.Module):
    def __init__(self, vocab, dim, layers, heads, hidden, max_seq_len,
                 rope_theta=10000.0, eps=1e-5):
        super().__init__()
        self.vocab, self.dim, self.num_layers = vocab, dim, layers
        self.tok_emb = nn.Embedding(vocab, dim)
        self.layers = nn.ModuleList(
            Block(dim, heads, hidden, eps) for _ in range(layers))
        self.norm = RMSNorm(dim, eps)
        std, residual = 0.02, 0.02 / math.sqrt(2.0 * layers)
        with torch.no_grad():
            for name, p in self.named_parameters():
                if p.dim() == 2:
                    p.normal_(0.0, residual if name.endswith(
                        ("wo.weight", "w_down.weight")) else std)
        head_dim = dim // heads
        half = head_dim // 2
        inv = torch.pow(torch.tensor(rope_theta, dtype=torch.float64),
                        -torch.arange(half, dtype=torch.float64) * 2.0
                        / head_dim)
        angles = torch.outer(torch.arange(max_seq_len, dtype=torch.float64),
                             inv)
        # Not parameters or state: float32 whatever the model's dtype.
        self.register_buffer("rope_cos", angles.cos().float(),
                             persistent=False)
        self.register_buffer("rope_sin", angles.sin().float(),
                             persistent=False)

    def forward(self, ids):
        t = ids.shape[1]
        cos, sin = self.rope_cos[:t], self.rope_sin[:t]
        x = self.tok_emb(ids)
        for layer in self.layers:
            x = layer(x, cos, sin)
        h = self.norm(x)
        return h @ self.tok_emb.weight.to(h.dtype).t()


def newton_schulz5(g, steps=5):
    a, b, c = 3.4445, -4.7750, 2.0315
    x = g.bfloat16()
    x = x / (torch.linalg.vector_norm(x, dim=(-2, -1), keepdim=True) + 1e-7)
    tall = g.size(-2) > g.size(-1)
    if tall:
        x = x.mT
    for _ in range(steps):
        gram = x @ x.mT
        poly = b * gram + c * (gram @ gram)
        x = a * x + poly @ x
    if tall:
        x = x.mT
    return x.to(g.dtype)


class Muon(torch.optim.Optimizer):
    def __init__(self, params, lr=0.02, momentum=0.95, nesterov=True,
                 ns_steps=5, weight_decay=0.0):
        super().__init__(params, dict(lr=lr, momentum=momentum,
                                      nesterov=nesterov, ns_steps=ns_steps,
                                      weight_decay=weight_decay))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            m, lr = group["momentum"], group["lr"]
            # Matrices of one shape share one batched Newton-Schulz
            # iteration, as lib/LLM/Muon.cpp does.
            by_shape = {}
            for p in group["params"]:
                if p.grad is not None:
                    by_shape.setdefault(tuple(p.shape), []).append(p)
            for shape, params in by_shape.items():
                grads = [p.grad for p in params]
                bufs = []
                for p in params:
                    state = self.state[p]
                    if "buf" not in state:
                        state["buf"] = torch.zeros_like(p)
                    bufs.append(state["buf"])
                torch._foreach_mul_(bufs, m)
                torch._foreach_add_(bufs, grads)
                updates = torch._foreach_add(grads, bufs, alpha=m) \
                    if group["nesterov"] else bufs
                ortho = newton_schulz5(torch.stack(updates), group["ns_steps"])
                scale = max(1.0, shape[0] / shape[1]) ** 0.5
                if group["weight_decay"]:
                    torch._foreach_mul_(params, 1 - lr * group["weight_decay"])
                torch._foreach_add_(params, ortho.unbind(0),
                                    alpha=-lr * scale)


def lr_factor(step, warmup, max_steps, min_ratio):
    if warmup > 0 and step < warmup:
        return (step + 1) / warmup
    decay = max_steps - max(warmup, 0)
    progress = (step - max(warmup, 0)) / max(1, decay - 1)
    progress = min(max(progress, 0.0), 1.0)
    return min_ratio + (1 - min_ratio) * 0.5 * (1 + math.cos(math.pi
                                                             * progress))


def flops_per_token(vocab, dim, layers, hidden, seq_len):
    non_embedding = layers * (4 * dim * dim + 3 * dim * hidden + 2 * dim) \
        + dim
    return 6 * non_embedding + 6 * vocab * dim + 12 * layers * dim * seq_len


def peak_flops(name):
    n = name.lower()
    if "h100" in n and "pcie" in n:
        return 756e12
    if "h100" in n or "h200" in n or "h800" in n:
        return 989e12
    if "a100" in n:
        return 312e12
    return 0.0


class TokenBatches:
    """Random (B, T) windows: of a .tok file (loss on answer tokens, as the
    trainer's mask) or of uniform random tokens (every position counted)."""

    def __init__(self, path, vocab, batch, seq_len, seed):
        self.batch, self.seq_len, self.vocab = batch, seq_len, vocab
        self.rng = np.random.default_rng(seed)
        self.tokens = None
        if path:
            tokens = np.fromfile(path, dtype="<u2").astype(np.int64)
            if len(tokens) < seq_len + 1:
                raise ValueError(f"{path}: fewer than {seq_len + 1} tokens")
            if tokens.max() >= vocab:
                raise ValueError(f"{path}: token id {tokens.max()} >= "
                                 f"vocabulary size {vocab}")
            # Answer tokens: the last marker (<prompt>, <answer>, <end>)
            # before the position is <answer>; <end> itself counts.
            marker = (tokens == PROMPT) | (tokens == ANSWER) | (tokens == END)
            last = np.maximum.accumulate(
                np.where(marker, np.arange(len(tokens)), -1))
            before = np.concatenate([[-1], last[:-1]])
            mask = (before >= 0) & (tokens[np.maximum(before, 0)] == ANSWER) \
                & (tokens != PROMPT) & (tokens != ANSWER)
            self.tokens, self.mask = tokens, mask

    def next(self):
        b, t = self.batch, self.seq_len
        if self.tokens is None:
            rows = self.rng.integers(END + 1, self.vocab, size=(b, t + 1))
            inputs, targets = rows[:, :-1], rows[:, 1:].copy()
        else:
            starts = self.rng.integers(0, len(self.tokens) - t, size=b)
            idx = starts[:, None] + np.arange(t + 1)[None, :]
            rows, mask = self.tokens[idx], self.mask[idx]
            inputs, targets = rows[:, :-1], rows[:, 1:].copy()
            targets[~mask[:, 1:]] = -100
        return torch.from_numpy(inputs), torch.from_numpy(targets)


def load_checkpoint(model, path):
    """Copies the weights of a py2triton-train checkpoint.pt (a
    torch::serialize archive, readable with torch.jit.load)."""
    archive = torch.jit.load(path, map_location="cpu")
    weights = dict(archive.model.named_parameters())
    missing = set(dict(model.named_parameters())) - set(weights)
    if missing:
        raise ValueError(f"{path}: no weights for {sorted(missing)}")
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.copy_(weights[name])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", choices=sorted(CONFIGS), default="base")
    ap.add_argument("--vocab-size", type=int, default=8192)
    ap.add_argument("--data", help=".tok file (default: random tokens)")
    ap.add_argument("--steps", type=int, default=30,
                    help="timed optimizer steps")
    ap.add_argument("--warmup-steps", type=int, default=None,
                    help="untimed steps first (default 3; tiny 1)")
    ap.add_argument("--micro-batch", type=int, default=None,
                    help="default 24 (tiny: 4)")
    ap.add_argument("--grad-accum", type=int, default=None,
                    help="default 4 (tiny: 2)")
    ap.add_argument("--seq-len", type=int, default=None,
                    help="default 512 (tiny: 128)")
    ap.add_argument("--muon-lr", type=float, default=0.02)
    ap.add_argument("--adam-lr", type=float, default=3e-3)
    ap.add_argument("--warmup", type=int, default=50,
                    help="lr warm-up steps of the schedule")
    ap.add_argument("--max-steps", type=int, default=1000,
                    help="length of the lr schedule")
    ap.add_argument("--min-lr-ratio", type=float, default=0.1)
    ap.add_argument("--clip-norm", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--no-bf16", action="store_true")
    ap.add_argument("--compile", action="store_true",
                    help="torch.compile the model (not the C++ baseline)")
    ap.add_argument("--peak-flops", type=float, default=0.0)
    ap.add_argument("--checkpoint", help="start from a py2triton-train "
                    "checkpoint.pt's weights")
    ap.add_argument("--json", action="store_true",
                    help="print one JSON object (and nothing else) on stdout")
    args = ap.parse_args(argv)
    # The trainer's defaults; smaller ones for the tiny CPU smoke test.
    small = args.config == "tiny"
    for key, base, tiny in (("warmup_steps", 3, 1), ("micro_batch", 24, 4),
                            ("grad_accum", 4, 2), ("seq_len", 512, 128)):
        if getattr(args, key) is None:
            setattr(args, key, tiny if small else base)

    if args.device == "auto":
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    else:
        device = torch.device(args.device)
    if device.type == "cuda" and not torch.cuda.is_available():
        print("llm_torch_ref: error: CUDA is not available", file=sys.stderr)
        return 1
    dim, layers, heads, hidden, max_len = CONFIGS[args.config]
    if not 2 <= args.seq_len <= max_len:
        print(f"llm_torch_ref: error: --seq-len must be in [2, {max_len}]",
              file=sys.stderr)
        return 1

    torch.manual_seed(args.seed)
    model = MinimalLLM(args.vocab_size, dim, layers, heads, hidden, max_len)
    if args.checkpoint:
        try:
            load_checkpoint(model, args.checkpoint)
        except Exception as e:  # noqa: BLE001 (any load failure)
            print(f"llm_torch_ref: error: {e}", file=sys.stderr)
            return 1
    model.to(device)
    n_params = sum(p.numel() for p in model.parameters())
    muon_params, adam_params = [], []
    for name, p in model.named_parameters():
        (muon_params if name.startswith("layers.") and p.dim() == 2
         else adam_params).append(p)
    muon = Muon(muon_params, lr=args.muon_lr)
    adamw = torch.optim.AdamW(adam_params, lr=args.adam_lr,
                              betas=(0.9, 0.95), eps=1e-8, weight_decay=0.0)
    step_fn_model = torch.compile(model) if args.compile else model
    autocast = device.type == "cuda" and not args.no_bf16
    try:
        data = TokenBatches(args.data, args.vocab_size, args.micro_batch,
                            args.seq_len, args.seed)
    except (OSError, ValueError) as e:
        print(f"llm_torch_ref: error: {e}", file=sys.stderr)
        return 1

    def loss_of(inputs, targets):
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=autocast):
            logits = step_fn_model(inputs)
            total = F.cross_entropy(
                logits.reshape(-1, logits.size(-1)).float(),
                targets.reshape(-1), ignore_index=-100, reduction="sum")
        count = (targets != -100).sum().float()
        return total / count.clamp_min(1.0)

    def train_step(step):
        factor = lr_factor(step, args.warmup, args.max_steps,
                           args.min_lr_ratio)
        for g in muon.param_groups:
            g["lr"] = args.muon_lr * factor
        for g in adamw.param_groups:
            g["lr"] = args.adam_lr * factor
        total = torch.zeros((), device=device)
        for _ in range(args.grad_accum):
            inputs, targets = data.next()
            inputs = inputs.to(device, non_blocking=True)
            targets = targets.to(device, non_blocking=True)
            loss = loss_of(inputs, targets)
            (loss / args.grad_accum).backward()
            total += loss.detach()
        if args.clip_norm > 0:
            torch.nn.utils.clip_grad_norm_(model.parameters(),
                                           args.clip_norm)
        muon.step()
        adamw.step()
        muon.zero_grad(set_to_none=True)
        adamw.zero_grad(set_to_none=True)
        return total / args.grad_accum

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize(device)

    losses = []
    for step in range(args.warmup_steps):
        losses.append(train_step(step).item())
    sync()
    t0 = time.perf_counter()
    last = None
    for step in range(args.warmup_steps, args.warmup_steps + args.steps):
        last = train_step(step)
    sync()
    seconds = time.perf_counter() - t0
    if last is not None:
        losses.append(last.item())

    tokens = args.steps * args.grad_accum * args.micro_batch * args.seq_len
    tps = tokens / seconds if seconds > 0 else 0.0
    name = torch.cuda.get_device_name(device) if device.type == "cuda" \
        else "cpu"
    peak = args.peak_flops or peak_flops(name)
    fpt = flops_per_token(args.vocab_size, dim, layers, hidden, args.seq_len)
    mfu = fpt * tps / peak if peak > 0 else None
    result = {
        "impl": "pytorch-python" + ("-compile" if args.compile else ""),
        "config": args.config, "parameters": n_params,
        "device": name, "torch": torch.__version__,
        "micro_batch": args.micro_batch, "grad_accum": args.grad_accum,
        "seq_len": args.seq_len, "bf16": autocast,
        "timed_steps": args.steps, "tokens": tokens, "seconds": seconds,
        "tokens_per_s": tps, "flops_per_token": fpt, "peak_flops": peak,
        "mfu": mfu, "first_loss": losses[0] if losses else None,
        "last_loss": losses[-1] if losses else None,
    }
    if args.json:
        print(json.dumps(result))
    else:
        mfu_text = f"{100 * mfu:.1f}%" if mfu is not None else "n/a"
        print(f"llm_torch_ref: {args.config} ({n_params:,} parameters) on "
              f"{name}: {tps:,.0f} tokens/s, MFU {mfu_text}, "
              f"{args.steps} steps in {seconds:.2f} s, loss "
              f"{result['first_loss']:.4f} -> {result['last_loss']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
