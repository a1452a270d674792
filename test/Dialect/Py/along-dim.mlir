// softmax, log_softmax, cumsum, cumprod, flip.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @softmax(
// CHECK-NEXT: %{{.*}} = py.softmax %{{.*}} {dim = -1 : i64} : tensor<?x?xf16> -> tensor<?x?xf16>
// CHECK-NEXT: %{{.*}} = py.softmax %{{.*}} {dim = 1 : i64} : tensor<2x3x4xbf16> -> tensor<2x3x4xbf16>
// CHECK-NEXT: %{{.*}} = py.log_softmax %{{.*}} {dim = 0 : i64} : tensor<?x?xf16> -> tensor<?x?xf16>
// CHECK-NEXT: %{{.*}} = py.log_softmax %{{.*}} {dim = 0 : i64} : tensor<f32> -> tensor<f32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x?xf16>, tensor<2x3x4xbf16>, tensor<?x?xf16>, tensor<f32>
func.func @softmax(%x: tensor<?x?xf16>, %b: tensor<2x3x4xbf16>, %s: tensor<f32>) -> (tensor<?x?xf16>, tensor<2x3x4xbf16>, tensor<?x?xf16>, tensor<f32>) {
  %0 = py.softmax %x {dim = -1 : i64} : tensor<?x?xf16> -> tensor<?x?xf16>
  %1 = py.softmax %b {dim = 1 : i64} : tensor<2x3x4xbf16> -> tensor<2x3x4xbf16>
  %2 = py.log_softmax %x {dim = 0 : i64} : tensor<?x?xf16> -> tensor<?x?xf16>
  %3 = py.log_softmax %s {dim = 0 : i64} : tensor<f32> -> tensor<f32>
  return %0, %1, %2, %3 : tensor<?x?xf16>, tensor<2x3x4xbf16>, tensor<?x?xf16>, tensor<f32>
}

// CHECK-LABEL: func.func @cumulative(
// CHECK-NEXT: %{{.*}} = py.cumsum %{{.*}} {dim = 1 : i64} : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = py.cumsum %{{.*}} {dim = -1 : i64} : tensor<4x?xi32> -> tensor<4x?xi64>
// CHECK-NEXT: %{{.*}} = py.cumsum %{{.*}} {dim = 0 : i64} : tensor<8xi1> -> tensor<8xi64>
// CHECK-NEXT: %{{.*}} = py.cumprod %{{.*}} {dim = 0 : i64} : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = py.cumprod %{{.*}} {dim = 0 : i64} : tensor<4x?xi32> -> tensor<4x?xi64>
// CHECK-NEXT: %{{.*}} = py.cumprod %{{.*}} {dim = 0 : i64} : tensor<8xi64> -> tensor<8xi64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf32>, tensor<4x?xi64>, tensor<8xi64>, tensor<4x?xf32>, tensor<4x?xi64>, tensor<8xi64>
func.func @cumulative(%x: tensor<4x?xf32>, %i: tensor<4x?xi32>, %b: tensor<8xi1>, %l: tensor<8xi64>) -> (tensor<4x?xf32>, tensor<4x?xi64>, tensor<8xi64>, tensor<4x?xf32>, tensor<4x?xi64>, tensor<8xi64>) {
  %0 = py.cumsum %x {dim = 1 : i64} : tensor<4x?xf32> -> tensor<4x?xf32>
  %1 = py.cumsum %i {dim = -1 : i64} : tensor<4x?xi32> -> tensor<4x?xi64>
  %2 = py.cumsum %b {dim = 0 : i64} : tensor<8xi1> -> tensor<8xi64>
  %3 = py.cumprod %x {dim = 0 : i64} : tensor<4x?xf32> -> tensor<4x?xf32>
  %4 = py.cumprod %i {dim = 0 : i64} : tensor<4x?xi32> -> tensor<4x?xi64>
  %5 = py.cumprod %l {dim = 0 : i64} : tensor<8xi64> -> tensor<8xi64>
  return %0, %1, %2, %3, %4, %5 : tensor<4x?xf32>, tensor<4x?xi64>, tensor<8xi64>, tensor<4x?xf32>, tensor<4x?xi64>, tensor<8xi64>
}

// CHECK-LABEL: func.func @flip(
// CHECK-NEXT: %{{.*}} = py.flip %{{.*}} {dims = array<i64: 0>} : tensor<4x?x3xf32> -> tensor<4x?x3xf32>
// CHECK-NEXT: %{{.*}} = py.flip %{{.*}} {dims = array<i64: 0, -1>} : tensor<4x?x3xf32> -> tensor<4x?x3xf32>
// CHECK-NEXT: %{{.*}} = py.flip %{{.*}} {dims = array<i64: -1>} : tensor<5xi8> -> tensor<5xi8>
// CHECK-NEXT: %{{.*}} = py.flip %{{.*}} {dims = array<i64>} : tensor<4x?x3xf32> -> tensor<4x?x3xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?x3xf32>, tensor<4x?x3xf32>, tensor<5xi8>, tensor<4x?x3xf32>
func.func @flip(%x: tensor<4x?x3xf32>, %i: tensor<5xi8>) -> (tensor<4x?x3xf32>, tensor<4x?x3xf32>, tensor<5xi8>, tensor<4x?x3xf32>) {
  %0 = py.flip %x {dims = array<i64: 0>} : tensor<4x?x3xf32> -> tensor<4x?x3xf32>
  %1 = py.flip %x {dims = array<i64: 0, -1>} : tensor<4x?x3xf32> -> tensor<4x?x3xf32>
  %2 = py.flip %i {dims = array<i64: -1>} : tensor<5xi8> -> tensor<5xi8>
  %3 = py.flip %x {dims = array<i64>} : tensor<4x?x3xf32> -> tensor<4x?x3xf32>
  return %0, %1, %2, %3 : tensor<4x?x3xf32>, tensor<4x?x3xf32>, tensor<5xi8>, tensor<4x?x3xf32>
}
