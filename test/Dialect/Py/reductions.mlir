// Reductions: dims (empty = all), keepdim, dtype rules.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @sum(
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} : tensor<4x?x8xf32> -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} {dims = array<i64: 1>} : tensor<4x?x8xf32> -> tensor<4x8xf32>
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} {dims = array<i64: -2>, keepdim = true} : tensor<4x?x8xf32> -> tensor<4x1x8xf32>
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} {keepdim = true} : tensor<4x?x8xf32> -> tensor<1x1x1xf32>
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} {dims = array<i64: 1>} : tensor<4x?xi32> -> tensor<4xi64>
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} : tensor<3xi1> -> tensor<i64>
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} {dims = array<i64: 1>} : tensor<2x3xf16> -> tensor<2xf16>
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} {dims = array<i64: 0>} : tensor<4x?x8xf32> -> tensor<?x8xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<f32>, tensor<4x8xf32>, tensor<4x1x8xf32>, tensor<1x1x1xf32>, tensor<4xi64>, tensor<i64>, tensor<2xf16>, tensor<?x8xf32>
func.func @sum(%x: tensor<4x?x8xf32>, %i: tensor<4x?xi32>, %b: tensor<3xi1>, %h: tensor<2x3xf16>) -> (tensor<f32>, tensor<4x8xf32>, tensor<4x1x8xf32>, tensor<1x1x1xf32>, tensor<4xi64>, tensor<i64>, tensor<2xf16>, tensor<?x8xf32>) {
  %0 = py.sum %x : tensor<4x?x8xf32> -> tensor<f32>
  %1 = py.sum %x {dims = array<i64: 1>} : tensor<4x?x8xf32> -> tensor<4x8xf32>
  %2 = py.sum %x {dims = array<i64: -2>, keepdim = true} : tensor<4x?x8xf32> -> tensor<4x1x8xf32>
  %3 = py.sum %x {keepdim = true} : tensor<4x?x8xf32> -> tensor<1x1x1xf32>
  %4 = py.sum %i {dims = array<i64: 1>} : tensor<4x?xi32> -> tensor<4xi64>
  %5 = py.sum %b : tensor<3xi1> -> tensor<i64>
  %6 = py.sum %h {dims = array<i64: 1>} : tensor<2x3xf16> -> tensor<2xf16>
  %7 = py.sum %x {dims = array<i64: 0>} : tensor<4x?x8xf32> -> tensor<?x8xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<f32>, tensor<4x8xf32>, tensor<4x1x8xf32>, tensor<1x1x1xf32>, tensor<4xi64>, tensor<i64>, tensor<2xf16>, tensor<?x8xf32>
}

// CHECK-LABEL: func.func @multi_dims(
// CHECK-NEXT: %{{.*}} = py.mean %{{.*}} {dims = array<i64: 0, 2>} : tensor<2x3x4x5xbf16> -> tensor<3x5xbf16>
// CHECK-NEXT: %{{.*}} = py.amax %{{.*}} {dims = array<i64: -2, 1>, keepdim = true} : tensor<2x3x4x5xbf16> -> tensor<2x1x1x5xbf16>
// CHECK-NEXT: %{{.*}} = py.amin %{{.*}} {dims = array<i64: 2, 1>} : tensor<2x3x4x5xbf16> -> tensor<2x5xbf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<3x5xbf16>, tensor<2x1x1x5xbf16>, tensor<2x5xbf16>
func.func @multi_dims(%x: tensor<2x3x4x5xbf16>) -> (tensor<3x5xbf16>, tensor<2x1x1x5xbf16>, tensor<2x5xbf16>) {
  %0 = py.mean %x {dims = array<i64: 0, 2>} : tensor<2x3x4x5xbf16> -> tensor<3x5xbf16>
  %1 = py.amax %x {dims = array<i64: -2, 1>, keepdim = true} : tensor<2x3x4x5xbf16> -> tensor<2x1x1x5xbf16>
  %2 = py.amin %x {dims = array<i64: 2, 1>} : tensor<2x3x4x5xbf16> -> tensor<2x5xbf16>
  return %0, %1, %2 : tensor<3x5xbf16>, tensor<2x1x1x5xbf16>, tensor<2x5xbf16>
}

// CHECK-LABEL: func.func @same_dtype(
// CHECK-NEXT: %{{.*}} = py.amax %{{.*}} {dims = array<i64: 0>} : tensor<4x?xi16> -> tensor<?xi16>
// CHECK-NEXT: %{{.*}} = py.amin %{{.*}} {dims = array<i64: 1>} : tensor<4x?xi16> -> tensor<4xi16>
// CHECK-NEXT: %{{.*}} = py.prod %{{.*}} {dims = array<i64: 0>} : tensor<4x?xi16> -> tensor<?xi64>
// CHECK-NEXT: %{{.*}} = py.prod %{{.*}} {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?xi16>, tensor<4xi16>, tensor<?xi64>, tensor<4xf32>
func.func @same_dtype(%i: tensor<4x?xi16>, %x: tensor<4x?xf32>) -> (tensor<?xi16>, tensor<4xi16>, tensor<?xi64>, tensor<4xf32>) {
  %0 = py.amax %i {dims = array<i64: 0>} : tensor<4x?xi16> -> tensor<?xi16>
  %1 = py.amin %i {dims = array<i64: 1>} : tensor<4x?xi16> -> tensor<4xi16>
  %2 = py.prod %i {dims = array<i64: 0>} : tensor<4x?xi16> -> tensor<?xi64>
  %3 = py.prod %x {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
  return %0, %1, %2, %3 : tensor<?xi16>, tensor<4xi16>, tensor<?xi64>, tensor<4xf32>
}

// CHECK-LABEL: func.func @arg(
// CHECK-NEXT: %{{.*}} = py.argmax %{{.*}} {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xi64>
// CHECK-NEXT: %{{.*}} = py.argmax %{{.*}} : tensor<4x?xf32> -> tensor<i64>
// CHECK-NEXT: %{{.*}} = py.argmin %{{.*}} {keepdim = true} : tensor<4x?xf32> -> tensor<1x1xi64>
// CHECK-NEXT: %{{.*}} = py.argmin %{{.*}} {dims = array<i64: -1>, keepdim = true} : tensor<3x5xi8> -> tensor<3x1xi64>
// CHECK-NEXT: %{{.*}} = py.argmax %{{.*}} {dims = array<i64: 0>} : tensor<4x?xf32> -> tensor<?xi64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4xi64>, tensor<i64>, tensor<1x1xi64>, tensor<3x1xi64>, tensor<?xi64>
func.func @arg(%x: tensor<4x?xf32>, %i: tensor<3x5xi8>) -> (tensor<4xi64>, tensor<i64>, tensor<1x1xi64>, tensor<3x1xi64>, tensor<?xi64>) {
  %0 = py.argmax %x {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xi64>
  %1 = py.argmax %x : tensor<4x?xf32> -> tensor<i64>
  %2 = py.argmin %x {keepdim = true} : tensor<4x?xf32> -> tensor<1x1xi64>
  %3 = py.argmin %i {dims = array<i64: -1>, keepdim = true} : tensor<3x5xi8> -> tensor<3x1xi64>
  %4 = py.argmax %x {dims = array<i64: 0>} : tensor<4x?xf32> -> tensor<?xi64>
  return %0, %1, %2, %3, %4 : tensor<4xi64>, tensor<i64>, tensor<1x1xi64>, tensor<3x1xi64>, tensor<?xi64>
}

// CHECK-LABEL: func.func @statistics(
// CHECK-NEXT: %{{.*}} = py.logsumexp %{{.*}} {dims = array<i64: -1>, keepdim = true} : tensor<?x64xf16> -> tensor<?x1xf16>
// CHECK-NEXT: %{{.*}} = py.var %{{.*}} {dims = array<i64: 1>} : tensor<?x64xf16> -> tensor<?xf16>
// CHECK-NEXT: %{{.*}} = py.var %{{.*}} {correction = 0 : i64, dims = array<i64: 1>} : tensor<?x64xf16> -> tensor<?xf16>
// CHECK-NEXT: %{{.*}} = py.std %{{.*}} {dims = array<i64: 0>} : tensor<?x64xf16> -> tensor<64xf16>
// CHECK-NEXT: %{{.*}} = py.norm %{{.*}} {dims = array<i64: 1>} : tensor<?x64xf16> -> tensor<?xf16>
// CHECK-NEXT: %{{.*}} = py.norm %{{.*}} {p = 0x7FF0000000000000 : f64} : tensor<?x64xf16> -> tensor<f16>
// CHECK-NEXT: %{{.*}} = py.norm %{{.*}} {dims = array<i64: 1>, keepdim = true, p = 1.000000e+00 : f64} : tensor<?x64xf16> -> tensor<?x1xf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x1xf16>, tensor<?xf16>, tensor<?xf16>, tensor<64xf16>, tensor<?xf16>, tensor<f16>, tensor<?x1xf16>
func.func @statistics(%x: tensor<?x64xf16>) -> (tensor<?x1xf16>, tensor<?xf16>, tensor<?xf16>, tensor<64xf16>, tensor<?xf16>, tensor<f16>, tensor<?x1xf16>) {
  %0 = py.logsumexp %x {dims = array<i64: -1>, keepdim = true} : tensor<?x64xf16> -> tensor<?x1xf16>
  %1 = py.var %x {dims = array<i64: 1>} : tensor<?x64xf16> -> tensor<?xf16>
  %2 = py.var %x {correction = 0 : i64, dims = array<i64: 1>} : tensor<?x64xf16> -> tensor<?xf16>
  %3 = py.std %x {dims = array<i64: 0>} : tensor<?x64xf16> -> tensor<64xf16>
  %4 = py.norm %x {dims = array<i64: 1>} : tensor<?x64xf16> -> tensor<?xf16>
  %5 = py.norm %x {p = 0x7FF0000000000000 : f64} : tensor<?x64xf16> -> tensor<f16>
  %6 = py.norm %x {dims = array<i64: 1>, keepdim = true, p = 1.000000e+00 : f64} : tensor<?x64xf16> -> tensor<?x1xf16>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<?x1xf16>, tensor<?xf16>, tensor<?xf16>, tensor<64xf16>, tensor<?xf16>, tensor<f16>, tensor<?x1xf16>
}

// CHECK-LABEL: func.func @all_any(
// CHECK-NEXT: %{{.*}} = py.all %{{.*}} {dims = array<i64: 0>} : tensor<4x?xi1> -> tensor<?xi1>
// CHECK-NEXT: %{{.*}} = py.any %{{.*}} : tensor<4x?xi1> -> tensor<i1>
// CHECK-NEXT: %{{.*}} = py.any %{{.*}} {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xi1>
// CHECK-NEXT: %{{.*}} = py.all %{{.*}} : tensor<4x?xf32> -> tensor<i1>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?xi1>, tensor<i1>, tensor<4x1xi1>, tensor<i1>
func.func @all_any(%b: tensor<4x?xi1>, %x: tensor<4x?xf32>) -> (tensor<?xi1>, tensor<i1>, tensor<4x1xi1>, tensor<i1>) {
  %0 = py.all %b {dims = array<i64: 0>} : tensor<4x?xi1> -> tensor<?xi1>
  %1 = py.any %b : tensor<4x?xi1> -> tensor<i1>
  %2 = py.any %x {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xi1>
  %3 = py.all %x : tensor<4x?xf32> -> tensor<i1>
  return %0, %1, %2, %3 : tensor<?xi1>, tensor<i1>, tensor<4x1xi1>, tensor<i1>
}

// CHECK-LABEL: func.func @rank0(
// CHECK-NEXT: %{{.*}} = py.sum %{{.*}} {dims = array<i64: 0>} : tensor<f32> -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.amax %{{.*}} {dims = array<i64: -1>, keepdim = true} : tensor<f32> -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.argmax %{{.*}} : tensor<f32> -> tensor<i64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<f32>, tensor<f32>, tensor<i64>
func.func @rank0(%s: tensor<f32>) -> (tensor<f32>, tensor<f32>, tensor<i64>) {
  // As torch, a rank-0 tensor accepts dim 0 or -1.
  %0 = py.sum %s {dims = array<i64: 0>} : tensor<f32> -> tensor<f32>
  %1 = py.amax %s {dims = array<i64: -1>, keepdim = true} : tensor<f32> -> tensor<f32>
  %2 = py.argmax %s : tensor<f32> -> tensor<i64>
  return %0, %1, %2 : tensor<f32>, tensor<f32>, tensor<i64>
}
