// reshape and flatten.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @reshape_static(
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: 2, -1>} : tensor<4x6xf32> -> tensor<2x12xf32>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: -1>} : tensor<4x6xf32> -> tensor<24xf32>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: 2, 3, 4>} : tensor<4x6xf32> -> tensor<2x3x4xf32>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: 1, -1, 1>} : tensor<4x6xf32> -> tensor<1x24x1xf32>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: 4, 6>} : tensor<4x6xf32> -> tensor<4x6xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x12xf32>, tensor<24xf32>, tensor<2x3x4xf32>, tensor<1x24x1xf32>, tensor<4x6xf32>
func.func @reshape_static(%x: tensor<4x6xf32>) -> (tensor<2x12xf32>, tensor<24xf32>, tensor<2x3x4xf32>, tensor<1x24x1xf32>, tensor<4x6xf32>) {
  %0 = py.reshape %x {shape = array<i64: 2, -1>} : tensor<4x6xf32> -> tensor<2x12xf32>
  %1 = py.reshape %x {shape = array<i64: -1>} : tensor<4x6xf32> -> tensor<24xf32>
  %2 = py.reshape %x {shape = array<i64: 2, 3, 4>} : tensor<4x6xf32> -> tensor<2x3x4xf32>
  %3 = py.reshape %x {shape = array<i64: 1, -1, 1>} : tensor<4x6xf32> -> tensor<1x24x1xf32>
  %4 = py.reshape %x {shape = array<i64: 4, 6>} : tensor<4x6xf32> -> tensor<4x6xf32>
  return %0, %1, %2, %3, %4 : tensor<2x12xf32>, tensor<24xf32>, tensor<2x3x4xf32>, tensor<1x24x1xf32>, tensor<4x6xf32>
}

// CHECK-LABEL: func.func @reshape_dynamic(
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: -1, 3>} : tensor<?x6xf16> -> tensor<?x3xf16>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: -1>} : tensor<?x6xf16> -> tensor<?xf16>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: 2, 3>} : tensor<?x6xf16> -> tensor<2x3xf16>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: 1, -1>} : tensor<f32> -> tensor<1x1xf32>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64>} : tensor<1x1xf32> -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: 2, 0>} : tensor<0x4xf32> -> tensor<2x0xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x3xf16>, tensor<?xf16>, tensor<2x3xf16>, tensor<1x1xf32>, tensor<f32>, tensor<2x0xf32>
func.func @reshape_dynamic(%x: tensor<?x6xf16>, %s: tensor<f32>, %e: tensor<0x4xf32>) -> (tensor<?x3xf16>, tensor<?xf16>, tensor<2x3xf16>, tensor<1x1xf32>, tensor<f32>, tensor<2x0xf32>) {
  // A dynamic input gives ? for -1; sizes given explicitly stay static.
  %0 = py.reshape %x {shape = array<i64: -1, 3>} : tensor<?x6xf16> -> tensor<?x3xf16>
  %1 = py.reshape %x {shape = array<i64: -1>} : tensor<?x6xf16> -> tensor<?xf16>
  %2 = py.reshape %x {shape = array<i64: 2, 3>} : tensor<?x6xf16> -> tensor<2x3xf16>
  %3 = py.reshape %s {shape = array<i64: 1, -1>} : tensor<f32> -> tensor<1x1xf32>
  %4 = py.reshape %3 {shape = array<i64>} : tensor<1x1xf32> -> tensor<f32>
  %5 = py.reshape %e {shape = array<i64: 2, 0>} : tensor<0x4xf32> -> tensor<2x0xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<?x3xf16>, tensor<?xf16>, tensor<2x3xf16>, tensor<1x1xf32>, tensor<f32>, tensor<2x0xf32>
}

// CHECK-LABEL: func.func @reshape_runtime_size(
// CHECK-NEXT: %{{.*}} = py.reshape %{{.*}} {shape = array<i64: -9223372036854775808, 4>} : tensor<24xf32> -> tensor<?x4xf32>
// CHECK-NEXT: return %{{.*}} : tensor<?x4xf32>
func.func @reshape_runtime_size(%x: tensor<24xf32>) -> tensor<?x4xf32> {
  // ShapedType::kDynamic in `shape` marks a size known only at run time.
  %0 = py.reshape %x {shape = array<i64: -9223372036854775808, 4>} : tensor<24xf32> -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// CHECK-LABEL: func.func @flatten(
// CHECK-NEXT: %{{.*}} = py.flatten %{{.*}} : tensor<2x3x?x5xf32> -> tensor<?xf32>
// CHECK-NEXT: %{{.*}} = py.flatten %{{.*}} {start_dim = 1 : i64} : tensor<2x3x?x5xf32> -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.flatten %{{.*}} {end_dim = 1 : i64} : tensor<2x3x?x5xf32> -> tensor<6x?x5xf32>
// CHECK-NEXT: %{{.*}} = py.flatten %{{.*}} {end_dim = 2 : i64, start_dim = -2 : i64} : tensor<2x3x?x5xf32> -> tensor<2x3x?x5xf32>
// CHECK-NEXT: %{{.*}} = py.flatten %{{.*}} : tensor<2x3x4xi32> -> tensor<24xi32>
// CHECK-NEXT: %{{.*}} = py.flatten %{{.*}} {start_dim = -2 : i64} : tensor<2x3x4xi32> -> tensor<2x12xi32>
// CHECK-NEXT: %{{.*}} = py.flatten %{{.*}} : tensor<f32> -> tensor<1xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?xf32>, tensor<2x?xf32>, tensor<6x?x5xf32>, tensor<2x3x?x5xf32>, tensor<24xi32>, tensor<2x12xi32>, tensor<1xf32>
func.func @flatten(%x: tensor<2x3x?x5xf32>, %y: tensor<2x3x4xi32>, %s: tensor<f32>) -> (tensor<?xf32>, tensor<2x?xf32>, tensor<6x?x5xf32>, tensor<2x3x?x5xf32>, tensor<24xi32>, tensor<2x12xi32>, tensor<1xf32>) {
  %0 = py.flatten %x : tensor<2x3x?x5xf32> -> tensor<?xf32>
  %1 = py.flatten %x {start_dim = 1 : i64} : tensor<2x3x?x5xf32> -> tensor<2x?xf32>
  %2 = py.flatten %x {end_dim = 1 : i64, start_dim = 0 : i64} : tensor<2x3x?x5xf32> -> tensor<6x?x5xf32>
  %3 = py.flatten %x {end_dim = 2 : i64, start_dim = -2 : i64} : tensor<2x3x?x5xf32> -> tensor<2x3x?x5xf32>
  %4 = py.flatten %y : tensor<2x3x4xi32> -> tensor<24xi32>
  %5 = py.flatten %y {start_dim = -2 : i64} : tensor<2x3x4xi32> -> tensor<2x12xi32>
  %6 = py.flatten %s : tensor<f32> -> tensor<1xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<?xf32>, tensor<2x?xf32>, tensor<6x?x5xf32>, tensor<2x3x?x5xf32>, tensor<24xi32>, tensor<2x12xi32>, tensor<1xf32>
}
