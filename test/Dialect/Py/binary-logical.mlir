// Bitwise, logical and comparison ops, and where.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @bitwise(
// CHECK-NEXT: %{{.*}} = py.bitwise_and %{{.*}}, %{{.*}} : (tensor<4x1xi32>, tensor<?xi8>) -> tensor<4x?xi32>
// CHECK-NEXT: %{{.*}} = py.bitwise_or %{{.*}}, %{{.*}} : (tensor<4x1xi32>, tensor<?xi8>) -> tensor<4x?xi32>
// CHECK-NEXT: %{{.*}} = py.bitwise_xor %{{.*}}, %{{.*}} : (tensor<?xi8>, tensor<4x1xi32>) -> tensor<4x?xi32>
// CHECK-NEXT: %{{.*}} = py.bitwise_and %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
// CHECK-NEXT: %{{.*}} = py.bitwise_or %{{.*}}, %{{.*}} : (tensor<4xui8>, tensor<4xi1>) -> tensor<4xui8>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xi32>, tensor<4x?xi32>, tensor<4x?xi32>, tensor<4xi1>, tensor<4xui8>
func.func @bitwise(%a: tensor<4x1xi32>, %b: tensor<?xi8>, %p: tensor<4xi1>, %u: tensor<4xui8>) -> (tensor<4x?xi32>, tensor<4x?xi32>, tensor<4x?xi32>, tensor<4xi1>, tensor<4xui8>) {
  %0 = py.bitwise_and %a, %b : (tensor<4x1xi32>, tensor<?xi8>) -> tensor<4x?xi32>
  %1 = py.bitwise_or %a, %b : (tensor<4x1xi32>, tensor<?xi8>) -> tensor<4x?xi32>
  %2 = py.bitwise_xor %b, %a : (tensor<?xi8>, tensor<4x1xi32>) -> tensor<4x?xi32>
  %3 = py.bitwise_and %p, %p : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %4 = py.bitwise_or %u, %p : (tensor<4xui8>, tensor<4xi1>) -> tensor<4xui8>
  return %0, %1, %2, %3, %4 : tensor<4x?xi32>, tensor<4x?xi32>, tensor<4x?xi32>, tensor<4xi1>, tensor<4xui8>
}

// CHECK-LABEL: func.func @logical(
// CHECK-NEXT: %{{.*}} = py.logical_and %{{.*}}, %{{.*}} : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<4x3xi1>
// CHECK-NEXT: %{{.*}} = py.logical_or %{{.*}}, %{{.*}} : (tensor<3xi64>, tensor<4x1xf32>) -> tensor<4x3xi1>
// CHECK-NEXT: %{{.*}} = py.logical_xor %{{.*}}, %{{.*}} : (tensor<4x1xf32>, tensor<i1>) -> tensor<4x1xi1>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x3xi1>, tensor<4x3xi1>, tensor<4x1xi1>
func.func @logical(%x: tensor<4x1xf32>, %y: tensor<3xi64>, %p: tensor<i1>) -> (tensor<4x3xi1>, tensor<4x3xi1>, tensor<4x1xi1>) {
  %0 = py.logical_and %x, %y : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<4x3xi1>
  %1 = py.logical_or %y, %x : (tensor<3xi64>, tensor<4x1xf32>) -> tensor<4x3xi1>
  %2 = py.logical_xor %x, %p : (tensor<4x1xf32>, tensor<i1>) -> tensor<4x1xi1>
  return %0, %1, %2 : tensor<4x3xi1>, tensor<4x3xi1>, tensor<4x1xi1>
}

// CHECK-LABEL: func.func @comparisons(
// CHECK-NEXT: %{{.*}} = py.eq %{{.*}}, %{{.*}} : (tensor<?x8xf16>, tensor<8xf32>) -> tensor<?x8xi1>
// CHECK-NEXT: %{{.*}} = py.ne %{{.*}}, %{{.*}} : (tensor<?x8xf16>, tensor<f32>) -> tensor<?x8xi1>
// CHECK-NEXT: %{{.*}} = py.lt %{{.*}}, %{{.*}} : (tensor<?x8xf16>, tensor<8xf32>) -> tensor<?x8xi1>
// CHECK-NEXT: %{{.*}} = py.le %{{.*}}, %{{.*}} : (tensor<f32>, tensor<?x8xf16>) -> tensor<?x8xi1>
// CHECK-NEXT: %{{.*}} = py.gt %{{.*}}, %{{.*}} : (tensor<?x8xf16>, tensor<?x8xf16>) -> tensor<?x8xi1>
// CHECK-NEXT: %{{.*}} = py.ge %{{.*}}, %{{.*}} : (tensor<?x8xf16>, tensor<8xf32>) -> tensor<?x8xi1>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>
func.func @comparisons(%x: tensor<?x8xf16>, %y: tensor<8xf32>, %s: tensor<f32>) -> (tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>) {
  %0 = py.eq %x, %y : (tensor<?x8xf16>, tensor<8xf32>) -> tensor<?x8xi1>
  %1 = py.ne %x, %s : (tensor<?x8xf16>, tensor<f32>) -> tensor<?x8xi1>
  %2 = py.lt %x, %y : (tensor<?x8xf16>, tensor<8xf32>) -> tensor<?x8xi1>
  %3 = py.le %s, %x : (tensor<f32>, tensor<?x8xf16>) -> tensor<?x8xi1>
  %4 = py.gt %x, %x : (tensor<?x8xf16>, tensor<?x8xf16>) -> tensor<?x8xi1>
  %5 = py.ge %x, %y : (tensor<?x8xf16>, tensor<8xf32>) -> tensor<?x8xi1>
  return %0, %1, %2, %3, %4, %5 : tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>, tensor<?x8xi1>
}

// CHECK-LABEL: func.func @where(
// CHECK-NEXT: %{{.*}} = py.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x?xi1>, tensor<4x?xf16>, tensor<f32>) -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x?xi1>, tensor<4x?xf16>, tensor<1x5xf32>) -> tensor<4x5xf32>
// CHECK-NEXT: %{{.*}} = py.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x1x1xi1>, tensor<1x5xf32>, tensor<4x?xf16>) -> tensor<?x4x5xf32>
// CHECK-NEXT: %{{.*}} = py.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x?xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<4x5xi32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf16>, tensor<4x5xf32>, tensor<?x4x5xf32>, tensor<4x5xi32>
func.func @where(%c: tensor<4x?xi1>, %x: tensor<4x?xf16>, %zero: tensor<f32>, %y: tensor<1x5xf32>, %c1: tensor<?x1x1xi1>, %i: tensor<5xi32>) -> (tensor<4x?xf16>, tensor<4x5xf32>, tensor<?x4x5xf32>, tensor<4x5xi32>) {
  %0 = py.where %c, %x, %zero : (tensor<4x?xi1>, tensor<4x?xf16>, tensor<f32>) -> tensor<4x?xf16>
  %1 = py.where %c, %x, %y : (tensor<4x?xi1>, tensor<4x?xf16>, tensor<1x5xf32>) -> tensor<4x5xf32>
  %2 = py.where %c1, %y, %x : (tensor<?x1x1xi1>, tensor<1x5xf32>, tensor<4x?xf16>) -> tensor<?x4x5xf32>
  %3 = py.where %c, %i, %i : (tensor<4x?xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<4x5xi32>
  return %0, %1, %2, %3 : tensor<4x?xf16>, tensor<4x5xf32>, tensor<?x4x5xf32>, tensor<4x5xi32>
}
