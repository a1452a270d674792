// RUN: py2triton-opt %s -py-small-matmul | FileCheck %s

// M below 16, f16: multiply and sum over K in f32, cast back.
// CHECK-LABEL: func.func @small_m
// CHECK-NEXT: [[A:%.+]] = py.cast %arg0 : tensor<4x64xf16> -> tensor<4x64xf32>
// CHECK-NEXT: [[AU:%.+]] = py.unsqueeze [[A]] {dim = 2 : i64} : tensor<4x64xf32> -> tensor<4x64x1xf32>
// CHECK-NEXT: [[B:%.+]] = py.cast %arg1 : tensor<64x32xf16> -> tensor<64x32xf32>
// CHECK-NEXT: [[BU:%.+]] = py.unsqueeze [[B]] {dim = 0 : i64} : tensor<64x32xf32> -> tensor<1x64x32xf32>
// CHECK-NEXT: [[P:%.+]] = py.mul [[AU]], [[BU]] : (tensor<4x64x1xf32>, tensor<1x64x32xf32>) -> tensor<4x64x32xf32>
// CHECK-NEXT: [[S:%.+]] = py.sum [[P]] {dims = array<i64: 1>} : tensor<4x64x32xf32> -> tensor<4x32xf32>
// CHECK-NEXT: [[R:%.+]] = py.cast [[S]] : tensor<4x32xf32> -> tensor<4x32xf16>
// CHECK-NEXT: return [[R]]
func.func @small_m(%a: tensor<4x64xf16>, %b: tensor<64x32xf16>) -> tensor<4x32xf16> {
  %0 = py.matmul %a, %b : (tensor<4x64xf16>, tensor<64x32xf16>) -> tensor<4x32xf16>
  return %0 : tensor<4x32xf16>
}

// Batched, K below 16, f32 (no casts); the batch dims broadcast.
// CHECK-LABEL: func.func @small_k_batched
// CHECK-NEXT: py.unsqueeze %arg0 {dim = 3 : i64} : tensor<2x40x8xf32> -> tensor<2x40x8x1xf32>
// CHECK-NEXT: py.unsqueeze %arg1 {dim = 0 : i64} : tensor<8x50xf32> -> tensor<1x8x50xf32>
// CHECK-NEXT: py.mul {{.*}} -> tensor<2x40x8x50xf32>
// CHECK-NEXT: py.sum {{.*}} {dims = array<i64: 2>} : tensor<2x40x8x50xf32> -> tensor<2x40x50xf32>
// CHECK-NEXT: return
func.func @small_k_batched(%a: tensor<2x40x8xf32>, %b: tensor<8x50xf32>) -> tensor<2x40x50xf32> {
  %0 = py.matmul %a, %b : (tensor<2x40x8xf32>, tensor<8x50xf32>) -> tensor<2x40x50xf32>
  return %0 : tensor<2x40x50xf32>
}

// Tile-sized, dynamic or integer products stay matmuls.
// CHECK-LABEL: func.func @kept
// CHECK-NEXT: py.matmul %arg0, %arg1 : (tensor<32x16xf32>, tensor<16x64xf32>)
// CHECK-NEXT: py.matmul %arg2, %arg3 : (tensor<?x?xf32>, tensor<?x?xf32>)
// CHECK-NEXT: py.matmul %arg4, %arg5 : (tensor<4x4xi64>, tensor<4x4xi64>)
func.func @kept(%a: tensor<32x16xf32>, %b: tensor<16x64xf32>, %c: tensor<?x?xf32>, %d: tensor<?x?xf32>, %e: tensor<4x4xi64>, %f: tensor<4x4xi64>) -> (tensor<32x64xf32>, tensor<?x?xf32>, tensor<4x4xi64>) {
  %0 = py.matmul %a, %b : (tensor<32x16xf32>, tensor<16x64xf32>) -> tensor<32x64xf32>
  %1 = py.matmul %c, %d : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  %2 = py.matmul %e, %f : (tensor<4x4xi64>, tensor<4x4xi64>) -> tensor<4x4xi64>
  return %0, %1, %2 : tensor<32x64xf32>, tensor<?x?xf32>, tensor<4x4xi64>
}
