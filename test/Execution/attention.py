# F.scaled_dot_product_attention as the flash-attention kernel: default and
# explicit scale; query and key lengths that differ both ways; head dims
# that are not powers of two (40, 3, 1) and a value head dim other than the
# query's; sizes 1 and primes; 3-D inputs; batch dims that broadcast; more
# key blocks than one (131 keys, BLOCK_N 64) and more query blocks than one;
# views of arguments read through strides, a computed query (materialised
# first) and a pointwise consumer of the result. Boolean and additive masks
# are not the kernel's: they are decomposed into matmul, softmax, matmul.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def sdpa(q: "f32[2, 3, 7, 16]", k: "f32[2, 3, 7, 16]", v: "f32[2, 3, 7, 16]"):
    return (F.scaled_dot_product_attention(q, k, v),
            F.scaled_dot_product_attention(q, k, v, scale=0.5))


def sdpa_lengths(q: "f32[1, 5, 8]", k: "f32[1, 11, 8]", v: "f32[1, 11, 3]"):
    return F.scaled_dot_product_attention(q, k, v), F.scaled_dot_product_attention(q, k, v, scale=0.125)


def sdpa_longer_queries(q: "f32[3, 19, 40]", k: "f32[3, 13, 40]", v: "f32[3, 13, 24]"):
    return F.scaled_dot_product_attention(q, k, v)


def sdpa_blocks(q: "f32[1, 2, 131, 40]", k: "f32[1, 2, 131, 40]", v: "f32[1, 2, 131, 40]"):
    return F.scaled_dot_product_attention(q, k, v, scale=0.2)


def sdpa_ones(q: "f32[1, 1, 1]", k: "f32[1, 1, 1]", v: "f32[1, 1, 1]"):
    return F.scaled_dot_product_attention(q, k, v)


def sdpa_primes(q: "f32[5, 3, 17]", k: "f32[5, 23, 17]", v: "f32[5, 23, 7]"):
    return F.scaled_dot_product_attention(q, k, v, scale=-0.3)


def sdpa_broadcast(q: "f32[2, 3, 7, 16]", k: "f32[3, 9, 16]", v: "f32[1, 3, 9, 8]"):
    return F.scaled_dot_product_attention(q, k, v)


def sdpa_views(x: "f32[2, 9, 3, 16]", k: "f32[2, 3, 16, 9]"):
    # Query heads from a transpose, keys stored transposed, values a slice.
    return F.scaled_dot_product_attention(x.transpose(1, 2), k.transpose(2, 3),
                                          x[:, :, :, 4:12].transpose(1, 2))


def sdpa_prologue_epilogue(q: "f32[2, 6, 16]", k: "f32[2, 9, 16]", v: "f32[2, 9, 16]"):
    return F.scaled_dot_product_attention(q * 0.5 + 1.0, k, v) * 2.0 + q


def sdpa_masks(q: "f32[2, 6, 16]", k: "f32[2, 9, 16]", v: "f32[2, 9, 16]", m: "f32[6, 9]"):
    return (F.scaled_dot_product_attention(q, k, v, attn_mask=m > -1.0),
            F.scaled_dot_product_attention(q, k, v, attn_mask=m))


def sdpa_dynamic(q: "f32[2, L, 8]", k: "f32[2, S, 8]", v: "f32[2, S, 12]"):
    return F.scaled_dot_product_attention(q, k, v)

# CHECK-NOT: FAIL
# CHECK: {{^}}99 passed, 0 failed
