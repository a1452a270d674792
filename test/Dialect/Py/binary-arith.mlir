// Arithmetic binary ops: torch broadcasting and dtype promotion.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @broadcast_shapes(
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4x1xf32>, tensor<?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = py.sub %{{.*}}, %{{.*}} : (tensor<2x1x5xf32>, tensor<3x1xf32>) -> tensor<2x3x5xf32>
// CHECK-NEXT: %{{.*}} = py.mul %{{.*}}, %{{.*}} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf32>, tensor<2x3x5xf32>, tensor<4x1xf32>
func.func @broadcast_shapes(%a: tensor<4x1xf32>, %b: tensor<?xf32>, %c: tensor<2x1x5xf32>, %d: tensor<3x1xf32>) -> (tensor<4x?xf32>, tensor<2x3x5xf32>, tensor<4x1xf32>) {
  // ? against 1 stays ?; 1 against 5 gives 5; missing leading dims act as 1.
  %0 = py.add %a, %b : (tensor<4x1xf32>, tensor<?xf32>) -> tensor<4x?xf32>
  %1 = py.sub %c, %d : (tensor<2x1x5xf32>, tensor<3x1xf32>) -> tensor<2x3x5xf32>
  %2 = py.mul %a, %a : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  return %0, %1, %2 : tensor<4x?xf32>, tensor<2x3x5xf32>, tensor<4x1xf32>
}

// CHECK-LABEL: func.func @dynamic_dims(
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<?x?xf32>, tensor<8x1xf32>) -> tensor<8x?xf32>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<?x?xf32>, tensor<?x3xf32>) -> tensor<?x3xf32>
// CHECK-NEXT: %{{.*}} = py.mul %{{.*}}, %{{.*}} : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<8x?xf32>, tensor<?x3xf32>, tensor<?x?xf32>
func.func @dynamic_dims(%a: tensor<?x?xf32>, %b: tensor<8x1xf32>, %c: tensor<?x3xf32>) -> (tensor<8x?xf32>, tensor<?x3xf32>, tensor<?x?xf32>) {
  // ? against N gives N; ? against ? stays ?.
  %0 = py.add %a, %b : (tensor<?x?xf32>, tensor<8x1xf32>) -> tensor<8x?xf32>
  %1 = py.add %a, %c : (tensor<?x?xf32>, tensor<?x3xf32>) -> tensor<?x3xf32>
  %2 = py.mul %a, %a : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0, %1, %2 : tensor<8x?xf32>, tensor<?x3xf32>, tensor<?x?xf32>
}

// CHECK-LABEL: func.func @promotion(
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xf16>, tensor<4xbf16>) -> tensor<4xf32>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<4xf64>) -> tensor<4xf64>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xi64>, tensor<4xf16>) -> tensor<4xf16>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<4xi64>) -> tensor<4xi64>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<4xi32>) -> tensor<4xi32>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xui8>, tensor<4xi8>) -> tensor<4xi16>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xui8>, tensor<4xi16>) -> tensor<4xi16>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xui8>, tensor<4xi1>) -> tensor<4xui8>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4xf32>, tensor<4xf64>, tensor<4xf16>, tensor<4xi64>, tensor<4xi32>, tensor<4xi16>, tensor<4xi16>, tensor<4xui8>, tensor<4xi1>
func.func @promotion(%f16: tensor<4xf16>, %bf16: tensor<4xbf16>, %f32: tensor<4xf32>, %f64: tensor<4xf64>, %i32: tensor<4xi32>, %i64: tensor<4xi64>, %b: tensor<4xi1>, %u8: tensor<4xui8>, %i8: tensor<4xi8>, %i16: tensor<4xi16>) -> (tensor<4xf32>, tensor<4xf64>, tensor<4xf16>, tensor<4xi64>, tensor<4xi32>, tensor<4xi16>, tensor<4xi16>, tensor<4xui8>, tensor<4xi1>) {
  %0 = py.add %f16, %bf16 : (tensor<4xf16>, tensor<4xbf16>) -> tensor<4xf32>
  %1 = py.add %f32, %f64 : (tensor<4xf32>, tensor<4xf64>) -> tensor<4xf64>
  %2 = py.add %i64, %f16 : (tensor<4xi64>, tensor<4xf16>) -> tensor<4xf16>
  %3 = py.add %i32, %i64 : (tensor<4xi32>, tensor<4xi64>) -> tensor<4xi64>
  %4 = py.add %b, %i32 : (tensor<4xi1>, tensor<4xi32>) -> tensor<4xi32>
  %5 = py.add %u8, %i8 : (tensor<4xui8>, tensor<4xi8>) -> tensor<4xi16>
  %6 = py.add %u8, %i16 : (tensor<4xui8>, tensor<4xi16>) -> tensor<4xi16>
  %7 = py.add %u8, %b : (tensor<4xui8>, tensor<4xi1>) -> tensor<4xui8>
  %8 = py.add %b, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<4xf32>, tensor<4xf64>, tensor<4xf16>, tensor<4xi64>, tensor<4xi32>, tensor<4xi16>, tensor<4xi16>, tensor<4xui8>, tensor<4xi1>
}

// CHECK-LABEL: func.func @python_scalars(
// CHECK-NEXT: %{{.*}} = py.constant dense<2.000000e+00> : tensor<f32>
// CHECK-NEXT: %{{.*}} = py.constant dense<3> : tensor<i64>
// CHECK-NEXT: %{{.*}} = py.mul %{{.*}}, %{{.*}} : (tensor<4x?xf16>, tensor<f32>) -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.mul %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<f32>) -> tensor<4xf32>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<i64>) -> tensor<4xi32>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<i64>) -> tensor<4xi64>
// CHECK-NEXT: %{{.*}} = py.sub %{{.*}}, %{{.*}} : (tensor<i64>, tensor<4x?xf16>) -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.add %{{.*}}, %{{.*}} : (tensor<f32>, tensor<i64>) -> tensor<f32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf16>, tensor<4xf32>, tensor<4xi32>, tensor<4xi64>, tensor<4x?xf16>, tensor<f32>
func.func @python_scalars(%h: tensor<4x?xf16>, %i: tensor<4xi32>, %b: tensor<4xi1>) -> (tensor<4x?xf16>, tensor<4xf32>, tensor<4xi32>, tensor<4xi64>, tensor<4x?xf16>, tensor<f32>) {
  // Rank-0 operands (Python scalars) do not widen a ranked operand of the
  // same category, but a higher category wins: torch.result_type.
  %two = py.constant dense<2.0> : tensor<f32>
  %three = py.constant dense<3> : tensor<i64>
  %0 = py.mul %h, %two : (tensor<4x?xf16>, tensor<f32>) -> tensor<4x?xf16>
  %1 = py.mul %i, %two : (tensor<4xi32>, tensor<f32>) -> tensor<4xf32>
  %2 = py.add %i, %three : (tensor<4xi32>, tensor<i64>) -> tensor<4xi32>
  %3 = py.add %b, %three : (tensor<4xi1>, tensor<i64>) -> tensor<4xi64>
  %4 = py.sub %three, %h : (tensor<i64>, tensor<4x?xf16>) -> tensor<4x?xf16>
  %5 = py.add %two, %three : (tensor<f32>, tensor<i64>) -> tensor<f32>
  return %0, %1, %2, %3, %4, %5 : tensor<4x?xf16>, tensor<4xf32>, tensor<4xi32>, tensor<4xi64>, tensor<4x?xf16>, tensor<f32>
}

// CHECK-LABEL: func.func @division(
// CHECK-NEXT: %{{.*}} = py.div %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<4xi64>) -> tensor<4xf32>
// CHECK-NEXT: %{{.*}} = py.div %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<4xf16>) -> tensor<4xf16>
// CHECK-NEXT: %{{.*}} = py.div %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xf32>
// CHECK-NEXT: %{{.*}} = py.floor_div %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<4xi64>) -> tensor<4xi64>
// CHECK-NEXT: %{{.*}} = py.remainder %{{.*}}, %{{.*}} : (tensor<4xi64>, tensor<4xi32>) -> tensor<4xi64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4xf32>, tensor<4xf16>, tensor<4xf32>, tensor<4xi64>, tensor<4xi64>
func.func @division(%i: tensor<4xi32>, %j: tensor<4xi64>, %f: tensor<4xf16>, %b: tensor<4xi1>) -> (tensor<4xf32>, tensor<4xf16>, tensor<4xf32>, tensor<4xi64>, tensor<4xi64>) {
  // True division of ints gives f32; floor_divide and remainder keep ints.
  %0 = py.div %i, %j : (tensor<4xi32>, tensor<4xi64>) -> tensor<4xf32>
  %1 = py.div %i, %f : (tensor<4xi32>, tensor<4xf16>) -> tensor<4xf16>
  %2 = py.div %b, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xf32>
  %3 = py.floor_div %i, %j : (tensor<4xi32>, tensor<4xi64>) -> tensor<4xi64>
  %4 = py.remainder %j, %i : (tensor<4xi64>, tensor<4xi32>) -> tensor<4xi64>
  return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<4xf16>, tensor<4xf32>, tensor<4xi64>, tensor<4xi64>
}

// CHECK-LABEL: func.func @pow_max_min(
// CHECK-NEXT: %{{.*}} = py.pow %{{.*}}, %{{.*}} : (tensor<2x?xf32>, tensor<?x1xf64>) -> tensor<2x?xf64>
// CHECK-NEXT: %{{.*}} = py.maximum %{{.*}}, %{{.*}} : (tensor<2x?xf32>, tensor<2x?xf32>) -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.minimum %{{.*}}, %{{.*}} : (tensor<2x?xf32>, tensor<2x?xf32>) -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.pow %{{.*}}, %{{.*}} : (tensor<3xi16>, tensor<3xi16>) -> tensor<3xi16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x?xf64>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<3xi16>
func.func @pow_max_min(%x: tensor<2x?xf32>, %y: tensor<?x1xf64>, %i: tensor<3xi16>) -> (tensor<2x?xf64>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<3xi16>) {
  %0 = py.pow %x, %y : (tensor<2x?xf32>, tensor<?x1xf64>) -> tensor<2x?xf64>
  %1 = py.maximum %x, %x : (tensor<2x?xf32>, tensor<2x?xf32>) -> tensor<2x?xf32>
  %2 = py.minimum %x, %x : (tensor<2x?xf32>, tensor<2x?xf32>) -> tensor<2x?xf32>
  %3 = py.pow %i, %i : (tensor<3xi16>, tensor<3xi16>) -> tensor<3xi16>
  return %0, %1, %2, %3 : tensor<2x?xf64>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<3xi16>
}
