// transpose, permute, unsqueeze, squeeze.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @transpose(
// CHECK-NEXT: %{{.*}} = py.transpose %{{.*}} {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<4x?x8xf32> -> tensor<?x4x8xf32>
// CHECK-NEXT: %{{.*}} = py.transpose %{{.*}} {dim0 = -1 : i64, dim1 = 0 : i64} : tensor<4x?x8xf32> -> tensor<8x?x4xf32>
// CHECK-NEXT: %{{.*}} = py.transpose %{{.*}} {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<3x5xi64> -> tensor<5x3xi64>
// CHECK-NEXT: %{{.*}} = py.transpose %{{.*}} {dim0 = 1 : i64, dim1 = -2 : i64} : tensor<4x?x8xf32> -> tensor<4x?x8xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x4x8xf32>, tensor<8x?x4xf32>, tensor<5x3xi64>, tensor<4x?x8xf32>
func.func @transpose(%x: tensor<4x?x8xf32>, %m: tensor<3x5xi64>) -> (tensor<?x4x8xf32>, tensor<8x?x4xf32>, tensor<5x3xi64>, tensor<4x?x8xf32>) {
  %0 = py.transpose %x {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<4x?x8xf32> -> tensor<?x4x8xf32>
  %1 = py.transpose %x {dim0 = -1 : i64, dim1 = 0 : i64} : tensor<4x?x8xf32> -> tensor<8x?x4xf32>
  %2 = py.transpose %m {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<3x5xi64> -> tensor<5x3xi64>
  %3 = py.transpose %x {dim0 = 1 : i64, dim1 = -2 : i64} : tensor<4x?x8xf32> -> tensor<4x?x8xf32>
  return %0, %1, %2, %3 : tensor<?x4x8xf32>, tensor<8x?x4xf32>, tensor<5x3xi64>, tensor<4x?x8xf32>
}

// CHECK-LABEL: func.func @permute(
// CHECK-NEXT: %{{.*}} = py.permute %{{.*}} {dims = array<i64: 2, 0, 1>} : tensor<2x3x?xf32> -> tensor<?x2x3xf32>
// CHECK-NEXT: %{{.*}} = py.permute %{{.*}} {dims = array<i64: -2, -1, 0>} : tensor<2x3x?xf32> -> tensor<3x?x2xf32>
// CHECK-NEXT: %{{.*}} = py.permute %{{.*}} {dims = array<i64: 0, 1, 2>} : tensor<2x3x?xf32> -> tensor<2x3x?xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x2x3xf32>, tensor<3x?x2xf32>, tensor<2x3x?xf32>
func.func @permute(%x: tensor<2x3x?xf32>) -> (tensor<?x2x3xf32>, tensor<3x?x2xf32>, tensor<2x3x?xf32>) {
  %0 = py.permute %x {dims = array<i64: 2, 0, 1>} : tensor<2x3x?xf32> -> tensor<?x2x3xf32>
  %1 = py.permute %x {dims = array<i64: -2, -1, 0>} : tensor<2x3x?xf32> -> tensor<3x?x2xf32>
  %2 = py.permute %x {dims = array<i64: 0, 1, 2>} : tensor<2x3x?xf32> -> tensor<2x3x?xf32>
  return %0, %1, %2 : tensor<?x2x3xf32>, tensor<3x?x2xf32>, tensor<2x3x?xf32>
}

// CHECK-LABEL: func.func @unsqueeze(
// CHECK-NEXT: %{{.*}} = py.unsqueeze %{{.*}} {dim = 0 : i64} : tensor<4x?xf16> -> tensor<1x4x?xf16>
// CHECK-NEXT: %{{.*}} = py.unsqueeze %{{.*}} {dim = 1 : i64} : tensor<4x?xf16> -> tensor<4x1x?xf16>
// CHECK-NEXT: %{{.*}} = py.unsqueeze %{{.*}} {dim = 2 : i64} : tensor<4x?xf16> -> tensor<4x?x1xf16>
// CHECK-NEXT: %{{.*}} = py.unsqueeze %{{.*}} {dim = -1 : i64} : tensor<4x?xf16> -> tensor<4x?x1xf16>
// CHECK-NEXT: %{{.*}} = py.unsqueeze %{{.*}} {dim = -3 : i64} : tensor<4x?xf16> -> tensor<1x4x?xf16>
// CHECK-NEXT: %{{.*}} = py.unsqueeze %{{.*}} {dim = 0 : i64} : tensor<i1> -> tensor<1xi1>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<1x4x?xf16>, tensor<4x1x?xf16>, tensor<4x?x1xf16>, tensor<4x?x1xf16>, tensor<1x4x?xf16>, tensor<1xi1>
func.func @unsqueeze(%x: tensor<4x?xf16>, %s: tensor<i1>) -> (tensor<1x4x?xf16>, tensor<4x1x?xf16>, tensor<4x?x1xf16>, tensor<4x?x1xf16>, tensor<1x4x?xf16>, tensor<1xi1>) {
  %0 = py.unsqueeze %x {dim = 0 : i64} : tensor<4x?xf16> -> tensor<1x4x?xf16>
  %1 = py.unsqueeze %x {dim = 1 : i64} : tensor<4x?xf16> -> tensor<4x1x?xf16>
  %2 = py.unsqueeze %x {dim = 2 : i64} : tensor<4x?xf16> -> tensor<4x?x1xf16>
  %3 = py.unsqueeze %x {dim = -1 : i64} : tensor<4x?xf16> -> tensor<4x?x1xf16>
  %4 = py.unsqueeze %x {dim = -3 : i64} : tensor<4x?xf16> -> tensor<1x4x?xf16>
  %5 = py.unsqueeze %s {dim = 0 : i64} : tensor<i1> -> tensor<1xi1>
  return %0, %1, %2, %3, %4, %5 : tensor<1x4x?xf16>, tensor<4x1x?xf16>, tensor<4x?x1xf16>, tensor<4x?x1xf16>, tensor<1x4x?xf16>, tensor<1xi1>
}

// CHECK-LABEL: func.func @squeeze(
// CHECK-NEXT: %{{.*}} = py.squeeze %{{.*}} : tensor<1x4x1x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = py.squeeze %{{.*}} {dims = array<i64: 0>} : tensor<1x4x1x?xf32> -> tensor<4x1x?xf32>
// CHECK-NEXT: %{{.*}} = py.squeeze %{{.*}} {dims = array<i64: -2>} : tensor<1x4x1x?xf32> -> tensor<1x4x?xf32>
// CHECK-NEXT: %{{.*}} = py.squeeze %{{.*}} {dims = array<i64: 1>} : tensor<1x4x1x?xf32> -> tensor<1x4x1x?xf32>
// CHECK-NEXT: %{{.*}} = py.squeeze %{{.*}} {dims = array<i64: 3>} : tensor<1x4x1x?xf32> -> tensor<1x4x1xf32>
// CHECK-NEXT: %{{.*}} = py.squeeze %{{.*}} {dims = array<i64: 0, 2, 3>} : tensor<1x4x1x?xf32> -> tensor<4xf32>
// CHECK-NEXT: %{{.*}} = py.squeeze %{{.*}} : tensor<1xf32> -> tensor<f32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf32>, tensor<4x1x?xf32>, tensor<1x4x?xf32>, tensor<1x4x1x?xf32>, tensor<1x4x1xf32>, tensor<4xf32>, tensor<f32>
func.func @squeeze(%x: tensor<1x4x1x?xf32>, %o: tensor<1xf32>) -> (tensor<4x?xf32>, tensor<4x1x?xf32>, tensor<1x4x?xf32>, tensor<1x4x1x?xf32>, tensor<1x4x1xf32>, tensor<4xf32>, tensor<f32>) {
  // Empty dims: every static size-1 dim. A listed static non-1 dim is a
  // no-op, as in torch; a listed dynamic dim is removed (assumed 1).
  %0 = py.squeeze %x : tensor<1x4x1x?xf32> -> tensor<4x?xf32>
  %1 = py.squeeze %x {dims = array<i64: 0>} : tensor<1x4x1x?xf32> -> tensor<4x1x?xf32>
  %2 = py.squeeze %x {dims = array<i64: -2>} : tensor<1x4x1x?xf32> -> tensor<1x4x?xf32>
  %3 = py.squeeze %x {dims = array<i64: 1>} : tensor<1x4x1x?xf32> -> tensor<1x4x1x?xf32>
  %4 = py.squeeze %x {dims = array<i64: 3>} : tensor<1x4x1x?xf32> -> tensor<1x4x1xf32>
  %5 = py.squeeze %x {dims = array<i64: 0, 2, 3>} : tensor<1x4x1x?xf32> -> tensor<4xf32>
  %6 = py.squeeze %o : tensor<1xf32> -> tensor<f32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<4x?xf32>, tensor<4x1x?xf32>, tensor<1x4x?xf32>, tensor<1x4x1x?xf32>, tensor<1x4x1xf32>, tensor<4xf32>, tensor<f32>
}
