// RUN: py2triton-opt %s -py-decompose=keep-attention=true | FileCheck %s
// RUN: py2triton-opt %s -py-decompose | FileCheck %s --check-prefix=ALL

// With keep-attention, the attention the flash-attention kernel computes
// stays (isFlashAttentionSupported: no mask, f32/f16/bf16, static head dims
// of at most 256); everything else is decomposed as without the option.
// Without it (ALL), every decomposable attention is decomposed.

// CHECK-LABEL: func.func @kept_f16_causal_dynamic(
// CHECK-NEXT: [[R:%.+]] = py.scaled_dot_product_attention %arg0, %arg1, %arg2 {is_causal = true} : (tensor<?x4x?x40xf16>, tensor<?x4x?x40xf16>, tensor<?x4x?x24xf16>) -> tensor<?x4x?x24xf16>
// CHECK-NEXT: return [[R]]
// ALL-LABEL: func.func @kept_f16_causal_dynamic(
// The decomposition needs static lengths for the causal index ranges.
// ALL-NEXT: py.scaled_dot_product_attention
func.func @kept_f16_causal_dynamic(%q: tensor<?x4x?x40xf16>, %k: tensor<?x4x?x40xf16>, %v: tensor<?x4x?x24xf16>) -> tensor<?x4x?x24xf16> {
  %r = py.scaled_dot_product_attention %q, %k, %v {is_causal = true} : (tensor<?x4x?x40xf16>, tensor<?x4x?x40xf16>, tensor<?x4x?x24xf16>) -> tensor<?x4x?x24xf16>
  return %r : tensor<?x4x?x24xf16>
}

// CHECK-LABEL: func.func @kept_bf16_broadcast_3d(
// CHECK-NEXT: [[R:%.+]] = py.scaled_dot_product_attention %arg0, %arg1, %arg2 {scale = 5.000000e-01 : f64} : (tensor<2x3x5x256xbf16>, tensor<3x7x256xbf16>, tensor<7x1xbf16>) -> tensor<2x3x5x1xbf16>
// CHECK-NEXT: return [[R]]
// ALL-LABEL: func.func @kept_bf16_broadcast_3d(
// ALL: py.matmul
// ALL-NOT: py.scaled_dot_product_attention
func.func @kept_bf16_broadcast_3d(%q: tensor<2x3x5x256xbf16>, %k: tensor<3x7x256xbf16>, %v: tensor<7x1xbf16>) -> tensor<2x3x5x1xbf16> {
  %r = py.scaled_dot_product_attention %q, %k, %v {scale = 5.000000e-01 : f64} : (tensor<2x3x5x256xbf16>, tensor<3x7x256xbf16>, tensor<7x1xbf16>) -> tensor<2x3x5x1xbf16>
  return %r : tensor<2x3x5x1xbf16>
}

// A mask is not the kernel's: decomposed.
// CHECK-LABEL: func.func @decomposed_mask(
// CHECK-NOT: py.scaled_dot_product_attention
// CHECK: py.where %arg3
// CHECK: return
func.func @decomposed_mask(%q: tensor<2x5x8xf32>, %k: tensor<2x7x8xf32>, %v: tensor<2x7x8xf32>, %m: tensor<5x7xi1>) -> tensor<2x5x8xf32> {
  %r = py.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<2x5x8xf32>, tensor<2x7x8xf32>, tensor<2x7x8xf32>, tensor<5x7xi1>) -> tensor<2x5x8xf32>
  return %r : tensor<2x5x8xf32>
}

// f64 is not the kernel's: decomposed.
// CHECK-LABEL: func.func @decomposed_f64(
// CHECK-NOT: py.scaled_dot_product_attention
// CHECK: py.matmul
// CHECK: return
func.func @decomposed_f64(%q: tensor<2x5x8xf64>, %k: tensor<2x7x8xf64>, %v: tensor<2x7x8xf64>) -> tensor<2x5x8xf64> {
  %r = py.scaled_dot_product_attention %q, %k, %v : (tensor<2x5x8xf64>, tensor<2x7x8xf64>, tensor<2x7x8xf64>) -> tensor<2x5x8xf64>
  return %r : tensor<2x5x8xf64>
}

// Head dims over 256 (here the value's) are not the kernel's: decomposed.
// CHECK-LABEL: func.func @decomposed_wide_value(
// CHECK-NOT: py.scaled_dot_product_attention
// CHECK: py.matmul
// CHECK: return
func.func @decomposed_wide_value(%q: tensor<2x5x8xf32>, %k: tensor<2x7x8xf32>, %v: tensor<2x7x257xf32>) -> tensor<2x5x257xf32> {
  %r = py.scaled_dot_product_attention %q, %k, %v : (tensor<2x5x8xf32>, tensor<2x7x8xf32>, tensor<2x7x257xf32>) -> tensor<2x5x257xf32>
  return %r : tensor<2x5x257xf32>
}

// A dynamic head dim with an explicit scale: decomposed (the kernel's tiles
// need a static one).
// CHECK-LABEL: func.func @decomposed_dynamic_head_dim(
// CHECK-NOT: py.scaled_dot_product_attention
// CHECK: py.matmul
// CHECK: return
func.func @decomposed_dynamic_head_dim(%q: tensor<2x5x?xf32>, %k: tensor<2x7x?xf32>, %v: tensor<2x7x8xf32>) -> tensor<2x5x8xf32> {
  %r = py.scaled_dot_product_attention %q, %k, %v {scale = 2.500000e-01 : f64} : (tensor<2x5x?xf32>, tensor<2x7x?xf32>, tensor<2x7x8xf32>) -> tensor<2x5x8xf32>
  return %r : tensor<2x5x8xf32>
}
