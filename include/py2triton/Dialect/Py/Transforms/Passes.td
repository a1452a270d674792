//===- Passes.td - py dialect passes -----------------------*- tablegen -*-===//
//
// Passes over the py dialect.
//
//===----------------------------------------------------------------------===//

#ifndef PY_TRANSFORMS_PASSES
#define PY_TRANSFORMS_PASSES

include "mlir/Pass/PassBase.td"

def Decompose : Pass<"py-decompose", "mlir::ModuleOp"> {
  let summary = "Rewrite composite torch-level py ops into primitive py ops";
  let description = [{
    Replaces every composite py op by its definition in terms of the
    primitive py ops the Triton back end implements: constant, cast,
    full_like, elementwise binary/unary ops, where, sum/amax/amin/prod/argmax/
    argmin, matmul, the views (reshape, transpose, permute, unsqueeze,
    squeeze, expand, slice, select, flip), cat, cumsum and cumprod. The
    formulas are torch's own (ATen kernels / torch.nn.functional), checked
    numerically against torch. Scalars are rank-0 `py.constant`s.

    Float math of f16/bf16 ops runs in f32 (`py.cast` in and out), as torch's
    kernels do (opmath); integer inputs of float-producing ops are cast to
    f32 first. The replacement value always has the replaced op's type (a
    final `py.cast` reconciles element type or static-ness of dims).

    Activations (`c` is a rank-0 constant):
      relu(x) => maximum(x, 0)
      relu6(x) => minimum(maximum(x, 0), 6)
      hardtanh(x, lo, hi), clamp(x, lo, hi) => minimum(maximum(x, lo), hi)
        (integer x: ceil(lo), floor(hi))
      leaky_relu(x, s) => where(x > 0, x, x * s)
      elu(x, a) => where(x > 0, x, a * expm1(x))
      celu(x, a) => where(x > 0, x, a * expm1(x / a))
      selu(x) => 1.0507009873554805 * where(x > 0, x, 1.6732632423543772 * expm1(x))
      gelu(x, 'none') => x * 0.5 * (1 + erf(x * M_SQRT1_2))
      gelu(x, 'tanh') => 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x*x*x)))
      silu(x) => x * sigmoid(x)
      mish(x) => x * tanh(log1p(exp(x)))
      softplus(x, b, t) => where(x * b > t, x, log1p(exp(x * b)) / b)
      hardsigmoid(x) => minimum(maximum(x + 3, 0), 6) / 6
      hardswish(x) => x * minimum(maximum(x + 3, 0), 6) / 6
      softsign(x) => x / (1 + abs(x))
      tanhshrink(x) => x - tanh(x)
      log_sigmoid(x) => minimum(x, 0) - log1p(exp(-abs(x)))
      hardshrink(x, l) => where(abs(x) <= l, 0, x)
      softshrink(x, l) => x - minimum(maximum(x, -l), l)
      threshold(x, t, v) => where(x <= t, v, x)
      square(x) => x * x
      log10(x) => log(x) / ln(10)

    Reductions (N = number of reduced elements, from static dims):
      mean(x) => sum(x) / N
      var(x, c) => m = sum(x, keepdim) / N; sum((x - m) * (x - m)) / max(N - c, 0)
      std(x, c) => sqrt(var(x, c))
      logsumexp(x) => m = amax(x, keepdim); m' = where(abs(m) == inf, 0, m);
                      log(sum(exp(x - m'), keepdim)) + m' (squeezed unless keepdim)
      norm(x, p) => 2: sqrt(sum(x*x)); 1: sum(abs(x)); inf: amax(abs(x));
                    -inf: amin(abs(x)); 0: cast(sum(x != 0));
                    p: pow(sum(pow(abs(x), p)), 1/p)
      any(x) => sum(x != 0) != 0;  all(x) => sum(logical_not(x)) == 0
      softmax(x, d) => e = exp(x - amax(x, d, keepdim)); e / sum(e, d, keepdim)
      log_softmax(x, d) => s = x - amax(x, d, keepdim); s - log(sum(exp(s), d, keepdim))

    Matrix products and shapes:
      bmm(a, b) => matmul(a, b)
      linear(x, w, b) => matmul(x, transpose(w, 0, 1)) + b
      flatten(x) => reshape(x) (at most one unknown size, as -1)
      stack(xs, d) => cat(unsqueeze(x, d)..., d)

    Normalisation (biased variance; per-channel operands of batch, group and
    instance norm reshaped to [1, C, 1, ...]):
      layer_norm => d = x - mean(x); d * rsqrt(mean(d*d) + eps) * w + b
      rms_norm => x * rsqrt(mean(x*x) + eps) (cast to x's dtype) * w;
                  eps absent: finfo(f32).eps (finfo(f64).eps for f64), as torch
      batch_norm => (x - rm) * rsqrt(rv + eps) * w + b
      group_norm => reshape to [N, G, C/G, *], normalise over the group,
                    reshape back, * w + b
      instance_norm => normalise over the spatial dims, * w + b
      normalize(x, p, d, eps) => x / maximum(norm(x, p, d, keepdim), eps)
      cosine_similarity(a, b, d, eps) => sum((a / maximum(norm2(a), eps)) *
                                             (b / maximum(norm2(b), eps)), d)

    Losses (reduction 'none' keeps the per-element loss, 'sum' sums, 'mean'
    divides by the element count, kl_div 'batchmean' by input.size(0)):
      mse => (x - y)^2;  l1 => abs(x - y)
      smooth_l1(beta) => where(|d| < beta, 0.5 * |d| * |d| / beta, |d| - 0.5 * beta)
      huber(delta) => where(|d| < delta, 0.5 * |d| * |d|, delta * (|d| - 0.5 * delta))
      kl_div => where(y == 0, 0, y * log(y)) - y * x;  log_target: exp(y) * (y - x)
      binary_cross_entropy => (y - 1) * maximum(log1p(-x), -100) - y * maximum(log(x), -100)
      binary_cross_entropy_with_logits => (1 - y) * x - log_sigmoid(x) (the form above)
      nll_loss, cross_entropy (class indices) => picked = sum(where(t == classes,
        logp, 0), class_dim) with `classes` a constant [0, ..., C-1] (static C);
        loss = -picked, with label smoothing (1 - e) * loss + e / C * -sum(logp);
        ignore_index masked with where; 'mean' divides by sum(t != ignore_index)
      cross_entropy (probabilities) => -sum(y' * logp, class_dim),
        y' = y * (1 - e) + e / C
      triplet_margin_loss => maximum(margin + dist(a, p) - dist(a, n), 0),
        dist(u, v) = norm(u - v + eps, p, -1), swap: minimum(dist(a, n), dist(p, n))

    Attention:
      scaled_dot_product_attention(q, k, v) => s = matmul(q, transpose(k)) * scale;
        causal: where(rows >= cols, s, -inf) with constant row/column index
        vectors (static L, S); bool mask: where(mask, s, -inf); float mask:
        s + mask; p = softmax(s), rows that are fully masked give 0 (torch's
        safe softmax); matmul(p, v)

    Left in place: max_pool and avg_pool (kernels of their own), py.dim, and
    ops whose decomposition needs a size only known at run time: mean, var,
    std over dynamic reduced dims (other rewrites that need a mean over
    dynamic dims emit `py.mean` for it), flatten with two unknown sizes,
    group_norm with a dynamic channel count or two unknown sizes, class-index
    cross_entropy/nll_loss with a dynamic class count, scaled_dot_product_attention
    with is_causal and dynamic L or S, or without scale and a dynamic E,
    cosine_similarity that broadcasts its reduced dim to a dynamic size.

    With `keep-attention`, scaled_dot_product_attention ops that the Triton
    back end's flash-attention kernel computes (no attn_mask, an f32, f16 or
    bf16 dtype, static head dims of at most 256: py::isFlashAttentionSupported)
    are left in place; the others are decomposed as above. The py2triton
    driver sets it when it emits Triton.
  }];
  let options = [
    Option<"keepAttention", "keep-attention", "bool", /*default=*/"false",
           "Leave scaled_dot_product_attention ops the flash-attention "
           "kernel supports in place">
  ];
  let dependentDialects = ["::py2triton::py::PyDialect"];
}

def SmallMatmul : Pass<"py-small-matmul", "mlir::ModuleOp"> {
  let summary = "Rewrite matrix products with a dim below 16 as multiply + sum";
  let description = [{
    A `py.matmul` of 2-D (or batched) float operands with a static M, N or K
    below 16 cannot fill a tensor-core tile; it becomes a broadcast multiply
    and a sum over K, computed in f32 for 16-bit floats and cast back:

      matmul(a[..., M, K], b[..., K, N])
        => sum(unsqueeze(a, -1) * unsqueeze(b, -3), dim=-2)

    The Triton back end runs it as a reduction kernel with the multiply
    fused. Runs after -py-decompose in the driver's Triton pipeline.
  }];
  let dependentDialects = ["::py2triton::py::PyDialect"];
}

#endif // PY_TRANSFORMS_PASSES
