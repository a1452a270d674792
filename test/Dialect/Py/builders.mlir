// The C++ builder API MLIRGen uses: -test-py-builders builds py ops from the
// arguments of each @build_* function (tools/py2triton-opt/TestPyBuilders.cpp)
// before its return. Result types are inferred; null attributes select ODS
// defaults; createOrFail reports bad arguments instead of aborting.

// RUN: py2triton-opt %s -test-py-builders -verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @build_binary(
// CHECK-NEXT: %[[S:.*]] = py.add %arg0, %arg1 : (tensor<4x1xf16>, tensor<?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: py.mul %[[S]], %arg1 : (tensor<4x?xf32>, tensor<?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: py.lt %arg0, %arg1 : (tensor<4x1xf16>, tensor<?xf32>) -> tensor<4x?xi1>
// CHECK-NEXT: return
func.func @build_binary(%a: tensor<4x1xf16>, %b: tensor<?xf32>) {
  return
}

// The failed py.add is not created; the builder goes on.
// CHECK-LABEL: func.func @build_bad_binary(
// CHECK-NEXT: py.sub %arg0, %arg0
// CHECK-NEXT: return
func.func @build_bad_binary(%a: tensor<4x3xf32>, %b: tensor<5xf32>) {
  // expected-error @+1 {{'py.add' op operands are not broadcast-compatible: 'tensor<4x3xf32>' and 'tensor<5xf32>'}}
  return
}

// A Python float scalar does not widen a bf16 tensor.
// CHECK-LABEL: func.func @build_scalar_constant(
// CHECK-NEXT: %[[C:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
// CHECK-NEXT: py.mul %arg0, %[[C]] : (tensor<8xbf16>, tensor<f32>) -> tensor<8xbf16>
func.func @build_scalar_constant(%a: tensor<8xbf16>) {
  return
}

// CHECK-LABEL: func.func @build_reduction(
// CHECK-NEXT: py.sum %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<4x?xi32> -> tensor<4x1xi64>
// CHECK-NEXT: py.sum %arg0 {dims = array<i64: 0>} : tensor<4x?xi32> -> tensor<?xi64>
// CHECK-NEXT: py.argmax %arg0 : tensor<4x?xi32> -> tensor<i64>
// CHECK-NEXT: py.var %arg1 {correction = 0 : i64, dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: return
func.func @build_reduction(%x: tensor<4x?xi32>, %f: tensor<4x?xf32>) {
  // expected-error @+1 {{'py.mean' op dim 5 is out of range for rank 2}}
  return
}

// The gelu with approximate = "fast" passes inference but not the verifier;
// createOrFail erases it.
// CHECK-LABEL: func.func @build_unary(
// CHECK-NEXT: py.exp %arg0 : tensor<2x?xf16> -> tensor<2x?xf16>
// CHECK-NEXT: py.elu %arg0 : tensor<2x?xf16> -> tensor<2x?xf16>
// CHECK-NEXT: py.gelu %arg0 {approximate = "tanh"} : tensor<2x?xf16> -> tensor<2x?xf16>
// CHECK-NEXT: py.clamp %arg0 {min = 0.000000e+00 : f64} : tensor<2x?xf16> -> tensor<2x?xf16>
// CHECK-NEXT: py.softmax %arg0 {dim = -1 : i64} : tensor<2x?xf16> -> tensor<2x?xf16>
// CHECK-NEXT: return
func.func @build_unary(%x: tensor<2x?xf16>) {
  // expected-error @+1 {{'py.gelu' op expects approximate to be 'none' or 'tanh', got 'fast'}}
  return
}

// Optional operands are passed as null Values.
// CHECK-LABEL: func.func @build_nn(
// CHECK-NEXT: py.linear %arg0, %arg1, %arg2 : (tensor<?x128xf32>, tensor<64x128xf32>, tensor<64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: %[[Y:.*]] = py.linear %arg0, %arg1 : (tensor<?x128xf32>, tensor<64x128xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: py.layer_norm %[[Y]] bias %arg2 {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: py.scaled_dot_product_attention %[[Y]], %[[Y]], %[[Y]] {is_causal = true} : (tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: return
func.func @build_nn(%x: tensor<?x128xf32>, %w: tensor<64x128xf32>, %bias: tensor<64xf32>) {
  return
}

// CHECK-LABEL: func.func @build_views(
// CHECK-NEXT: py.reshape %arg0 {shape = array<i64: -1>} : tensor<4x6xf32> -> tensor<24xf32>
// CHECK-NEXT: py.transpose %arg0 {dim0 = 0 : i64, dim1 = -1 : i64} : tensor<4x6xf32> -> tensor<6x4xf32>
// CHECK-NEXT: py.unsqueeze %arg0 {dim = -1 : i64} : tensor<4x6xf32> -> tensor<4x6x1xf32>
// CHECK-NEXT: py.cat %arg0, %arg0 {dim = 1 : i64} : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x12xf32>
// CHECK-NEXT: py.slice %arg0 {dim = 1 : i64, start = 1 : i64} : tensor<4x6xf32> -> tensor<4x5xf32>
// CHECK-NEXT: return
func.func @build_views(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'py.reshape' op expects at most one -1 in shape [-1, -1]}}
  return
}
