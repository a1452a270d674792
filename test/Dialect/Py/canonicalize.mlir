// Folders and generic transforms on py IR: the ops are Pure (so cse and dead
// code elimination apply) and py.constant folds and is materialised.

// RUN: py2triton-opt %s -canonicalize -cse | FileCheck %s

// CHECK-LABEL: func.func @cse_pure_ops(
// CHECK-SAME: %[[X:.*]]: tensor<4x?xf32>
// CHECK-NEXT: %[[E:.*]] = py.exp %[[X]] : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: %[[S:.*]] = py.add %[[E]], %[[E]]
// CHECK-NEXT: return %[[S]]
func.func @cse_pure_ops(%x: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %a = py.exp %x : tensor<4x?xf32> -> tensor<4x?xf32>
  %b = py.exp %x : tensor<4x?xf32> -> tensor<4x?xf32>
  %dead = py.log %x : tensor<4x?xf32> -> tensor<4x?xf32>
  %s = py.add %a, %b : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
  return %s : tensor<4x?xf32>
}

// CHECK-LABEL: func.func @constants_dedup(
// CHECK-NEXT: %[[C:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[M:.*]] = py.mul %{{.*}}, %[[C]]
// CHECK-NEXT: py.add %[[M]], %[[C]]
func.func @constants_dedup(%x: tensor<8xf32>) -> tensor<8xf32> {
  %c1 = py.constant dense<2.0> : tensor<f32>
  %c2 = py.constant dense<2.0> : tensor<f32>
  %m = py.mul %x, %c1 : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %r = py.add %m, %c2 : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @cast_same_type(
// CHECK-SAME: %[[X:.*]]: tensor<4xf16>
// CHECK-NEXT: return %[[X]]
func.func @cast_same_type(%x: tensor<4xf16>) -> tensor<4xf16> {
  %0 = py.cast %x : tensor<4xf16> -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// CHECK-LABEL: func.func @test_not_cast_other_type(
// CHECK-NEXT: py.cast
func.func @test_not_cast_other_type(%x: tensor<4xf16>) -> tensor<4xf32> {
  %0 = py.cast %x : tensor<4xf16> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// CHECK-LABEL: func.func @reshape_same_type(
// CHECK-SAME: %[[X:.*]]: tensor<?x6xf32>
// CHECK-NEXT: return %[[X]]
func.func @reshape_same_type(%x: tensor<?x6xf32>) -> tensor<?x6xf32> {
  %0 = py.reshape %x {shape = array<i64: -1, 6>} : tensor<?x6xf32> -> tensor<?x6xf32>
  return %0 : tensor<?x6xf32>
}

// Two dynamic dims: equal types do not prove equal shapes.
// CHECK-LABEL: func.func @test_not_reshape_two_dynamic(
// CHECK-NEXT: py.reshape
func.func @test_not_reshape_two_dynamic(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = py.reshape %x {shape = array<i64: -1, -9223372036854775808>} : tensor<?x?xf32> -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// CHECK-LABEL: func.func @reshape_constant(
// CHECK-NEXT: %[[C:.*]] = py.constant dense<{{\[\[}}1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
// CHECK-NEXT: return %[[C]]
func.func @reshape_constant() -> tensor<2x3xi64> {
  %c = py.constant dense<[1, 2, 3, 4, 5, 6]> : tensor<6xi64>
  %0 = py.reshape %c {shape = array<i64: 2, -1>} : tensor<6xi64> -> tensor<2x3xi64>
  return %0 : tensor<2x3xi64>
}

// CHECK-LABEL: func.func @transpose_twice(
// CHECK-SAME: %[[X:.*]]: tensor<4x?x8xf32>
// CHECK-NEXT: return %[[X]]
func.func @transpose_twice(%x: tensor<4x?x8xf32>) -> tensor<4x?x8xf32> {
  %0 = py.transpose %x {dim0 = 0 : i64, dim1 = -1 : i64} : tensor<4x?x8xf32> -> tensor<8x?x4xf32>
  %1 = py.transpose %0 {dim0 = 2 : i64, dim1 = 0 : i64} : tensor<8x?x4xf32> -> tensor<4x?x8xf32>
  return %1 : tensor<4x?x8xf32>
}

// CHECK-LABEL: func.func @test_not_transpose_other_dims(
// CHECK-NEXT: py.transpose
// CHECK-NEXT: py.transpose
func.func @test_not_transpose_other_dims(%x: tensor<2x3x4xf32>) -> tensor<3x4x2xf32> {
  %0 = py.transpose %x {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<2x3x4xf32> -> tensor<3x2x4xf32>
  %1 = py.transpose %0 {dim0 = 1 : i64, dim1 = 2 : i64} : tensor<3x2x4xf32> -> tensor<3x4x2xf32>
  return %1 : tensor<3x4x2xf32>
}

// CHECK-LABEL: func.func @transpose_same_dim(
// CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>
// CHECK-NEXT: return %[[X]]
func.func @transpose_same_dim(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = py.transpose %x {dim0 = 1 : i64, dim1 = -1 : i64} : tensor<2x3xf32> -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func.func @identity_permute_and_expand(
// CHECK-SAME: %[[X:.*]]: tensor<2x3xf32>
// CHECK-NEXT: return %[[X]], %[[X]]
func.func @identity_permute_and_expand(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = py.permute %x {dims = array<i64: 0, -1>} : tensor<2x3xf32> -> tensor<2x3xf32>
  %1 = py.expand %x {sizes = array<i64: 2, -1>} : tensor<2x3xf32> -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @test_not_permute(
// CHECK-NEXT: py.permute
func.func @test_not_permute(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = py.permute %x {dims = array<i64: 1, 0>} : tensor<2x3xf32> -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}
