// expand, slice, select.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @expand(
// CHECK-NEXT: %{{.*}} = py.expand %{{.*}} {sizes = array<i64: -1, 16>} : tensor<4x1xf32> -> tensor<4x16xf32>
// CHECK-NEXT: %{{.*}} = py.expand %{{.*}} {sizes = array<i64: 8, -1, 16>} : tensor<4x1xf32> -> tensor<8x4x16xf32>
// CHECK-NEXT: %{{.*}} = py.expand %{{.*}} {sizes = array<i64: 4, 1>} : tensor<4x1xf32> -> tensor<4x1xf32>
// CHECK-NEXT: %{{.*}} = py.expand %{{.*}} {sizes = array<i64: -1, 7>} : tensor<?x1xf32> -> tensor<?x7xf32>
// CHECK-NEXT: %{{.*}} = py.expand %{{.*}} {sizes = array<i64: 5, 7>} : tensor<?x1xf32> -> tensor<5x7xf32>
// CHECK-NEXT: %{{.*}} = py.expand %{{.*}} {sizes = array<i64: 2, 3>} : tensor<f32> -> tensor<2x3xf32>
// CHECK-NEXT: %{{.*}} = py.expand %{{.*}} {sizes = array<i64: -1, -9223372036854775808>} : tensor<4x1xf32> -> tensor<4x?xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x16xf32>, tensor<8x4x16xf32>, tensor<4x1xf32>, tensor<?x7xf32>, tensor<5x7xf32>, tensor<2x3xf32>, tensor<4x?xf32>
func.func @expand(%x: tensor<4x1xf32>, %d: tensor<?x1xf32>, %s: tensor<f32>) -> (tensor<4x16xf32>, tensor<8x4x16xf32>, tensor<4x1xf32>, tensor<?x7xf32>, tensor<5x7xf32>, tensor<2x3xf32>, tensor<4x?xf32>) {
  %0 = py.expand %x {sizes = array<i64: -1, 16>} : tensor<4x1xf32> -> tensor<4x16xf32>
  %1 = py.expand %x {sizes = array<i64: 8, -1, 16>} : tensor<4x1xf32> -> tensor<8x4x16xf32>
  %2 = py.expand %x {sizes = array<i64: 4, 1>} : tensor<4x1xf32> -> tensor<4x1xf32>
  %3 = py.expand %d {sizes = array<i64: -1, 7>} : tensor<?x1xf32> -> tensor<?x7xf32>
  %4 = py.expand %d {sizes = array<i64: 5, 7>} : tensor<?x1xf32> -> tensor<5x7xf32>
  %5 = py.expand %s {sizes = array<i64: 2, 3>} : tensor<f32> -> tensor<2x3xf32>
  // ShapedType::kDynamic: a size known only at run time.
  %6 = py.expand %x {sizes = array<i64: -1, -9223372036854775808>} : tensor<4x1xf32> -> tensor<4x?xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<4x16xf32>, tensor<8x4x16xf32>, tensor<4x1xf32>, tensor<?x7xf32>, tensor<5x7xf32>, tensor<2x3xf32>, tensor<4x?xf32>
}

// CHECK-LABEL: func.func @slice(
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {dim = 1 : i64, end = -1 : i64, start = 1 : i64} : tensor<4x10xf32> -> tensor<4x8xf32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {dim = 1 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {dim = 1 : i64, step = 2 : i64} : tensor<4x10xf32> -> tensor<4x5xf32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {dim = -1 : i64, start = -3 : i64} : tensor<4x10xf32> -> tensor<4x3xf32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {end = 2 : i64} : tensor<4x10xf32> -> tensor<2x10xf32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {dim = 1 : i64, end = 2 : i64, start = 5 : i64} : tensor<4x10xf32> -> tensor<4x0xf32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {dim = 1 : i64, end = 100 : i64, start = -100 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {end = 3 : i64} : tensor<?x10xi32> -> tensor<?x10xi32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {dim = 1 : i64, end = 9 : i64, start = 2 : i64, step = 2 : i64} : tensor<?x10xi32> -> tensor<?x4xi32>
// CHECK-NEXT: %{{.*}} = py.slice %{{.*}} {dim = 1 : i64, end = 7 : i64, start = 1 : i64, step = 4 : i64} : tensor<4x10xf32> -> tensor<4x2xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<4x10xf32>, tensor<4x5xf32>, tensor<4x3xf32>, tensor<2x10xf32>, tensor<4x0xf32>, tensor<4x10xf32>, tensor<?x10xi32>, tensor<?x4xi32>, tensor<4x2xf32>
func.func @slice(%x: tensor<4x10xf32>, %d: tensor<?x10xi32>) -> (tensor<4x8xf32>, tensor<4x10xf32>, tensor<4x5xf32>, tensor<4x3xf32>, tensor<2x10xf32>, tensor<4x0xf32>, tensor<4x10xf32>, tensor<?x10xi32>, tensor<?x4xi32>, tensor<4x2xf32>) {
  %0 = py.slice %x {dim = 1 : i64, end = -1 : i64, start = 1 : i64} : tensor<4x10xf32> -> tensor<4x8xf32>
  %1 = py.slice %x {dim = 1 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
  %2 = py.slice %x {dim = 1 : i64, step = 2 : i64} : tensor<4x10xf32> -> tensor<4x5xf32>
  %3 = py.slice %x {dim = -1 : i64, start = -3 : i64} : tensor<4x10xf32> -> tensor<4x3xf32>
  %4 = py.slice %x {end = 2 : i64} : tensor<4x10xf32> -> tensor<2x10xf32>
  %5 = py.slice %x {dim = 1 : i64, end = 2 : i64, start = 5 : i64} : tensor<4x10xf32> -> tensor<4x0xf32>
  %6 = py.slice %x {dim = 1 : i64, end = 100 : i64, start = -100 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
  %7 = py.slice %d {end = 3 : i64} : tensor<?x10xi32> -> tensor<?x10xi32>
  %8 = py.slice %d {dim = 1 : i64, end = 9 : i64, start = 2 : i64, step = 2 : i64} : tensor<?x10xi32> -> tensor<?x4xi32>
  %9 = py.slice %x {dim = 1 : i64, end = 7 : i64, start = 1 : i64, step = 4 : i64} : tensor<4x10xf32> -> tensor<4x2xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : tensor<4x8xf32>, tensor<4x10xf32>, tensor<4x5xf32>, tensor<4x3xf32>, tensor<2x10xf32>, tensor<4x0xf32>, tensor<4x10xf32>, tensor<?x10xi32>, tensor<?x4xi32>, tensor<4x2xf32>
}

// CHECK-LABEL: func.func @select(
// CHECK-NEXT: %{{.*}} = py.select %{{.*}} {dim = 0 : i64, index = 0 : i64} : tensor<4x?x3xf32> -> tensor<?x3xf32>
// CHECK-NEXT: %{{.*}} = py.select %{{.*}} {dim = 0 : i64, index = -4 : i64} : tensor<4x?x3xf32> -> tensor<?x3xf32>
// CHECK-NEXT: %{{.*}} = py.select %{{.*}} {dim = 1 : i64, index = 100 : i64} : tensor<4x?x3xf32> -> tensor<4x3xf32>
// CHECK-NEXT: %{{.*}} = py.select %{{.*}} {dim = -1 : i64, index = 2 : i64} : tensor<4x?x3xf32> -> tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = py.select %{{.*}} {dim = 0 : i64, index = -1 : i64} : tensor<5xi64> -> tensor<i64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x3xf32>, tensor<?x3xf32>, tensor<4x3xf32>, tensor<4x?xf32>, tensor<i64>
func.func @select(%x: tensor<4x?x3xf32>, %v: tensor<5xi64>) -> (tensor<?x3xf32>, tensor<?x3xf32>, tensor<4x3xf32>, tensor<4x?xf32>, tensor<i64>) {
  %0 = py.select %x {dim = 0 : i64, index = 0 : i64} : tensor<4x?x3xf32> -> tensor<?x3xf32>
  %1 = py.select %x {dim = 0 : i64, index = -4 : i64} : tensor<4x?x3xf32> -> tensor<?x3xf32>
  %2 = py.select %x {dim = 1 : i64, index = 100 : i64} : tensor<4x?x3xf32> -> tensor<4x3xf32>
  %3 = py.select %x {dim = -1 : i64, index = 2 : i64} : tensor<4x?x3xf32> -> tensor<4x?xf32>
  %4 = py.select %v {dim = 0 : i64, index = -1 : i64} : tensor<5xi64> -> tensor<i64>
  return %0, %1, %2, %3, %4 : tensor<?x3xf32>, tensor<?x3xf32>, tensor<4x3xf32>, tensor<4x?xf32>, tensor<i64>
}
