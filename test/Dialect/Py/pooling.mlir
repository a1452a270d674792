// max_pool and avg_pool: output sizes as torch, floor and ceil mode.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @max_pool(
// CHECK-NEXT: %{{.*}} = py.max_pool %{{.*}} {kernel_size = array<i64: 2, 2>} : tensor<?x3x32x32xf32> -> tensor<?x3x16x16xf32>
// CHECK-NEXT: %{{.*}} = py.max_pool %{{.*}} {kernel_size = array<i64: 3, 3>, padding = array<i64: 1, 1>, stride = array<i64: 2, 2>} : tensor<?x3x32x32xf32> -> tensor<?x3x16x16xf32>
// CHECK-NEXT: %{{.*}} = py.max_pool %{{.*}} {kernel_size = array<i64: 3, 3>, padding = array<i64: 1, 1>, stride = array<i64: 1, 1>} : tensor<?x3x32x32xf32> -> tensor<?x3x32x32xf32>
// CHECK-NEXT: %{{.*}} = py.max_pool %{{.*}} {kernel_size = array<i64: 2, 2>} : tensor<3x33x?xf16> -> tensor<3x16x?xf16>
// CHECK-NEXT: %{{.*}} = py.max_pool %{{.*}} {ceil_mode = true, kernel_size = array<i64: 2, 2>} : tensor<3x33x?xf16> -> tensor<3x17x?xf16>
// CHECK-NEXT: %{{.*}} = py.max_pool %{{.*}} {kernel_size = array<i64: 2, 2, 2>} : tensor<2x4x9x9x9xf32> -> tensor<2x4x4x4x4xf32>
// CHECK-NEXT: %{{.*}} = py.max_pool %{{.*}} {kernel_size = array<i64: 3>} : tensor<1x8x10xi32> -> tensor<1x8x3xi32>
// CHECK-NEXT: %{{.*}} = py.max_pool %{{.*}} {dilation = array<i64: 2, 2>, kernel_size = array<i64: 3, 3>, stride = array<i64: 2, 2>} : tensor<?x3x32x32xf32> -> tensor<?x3x14x14xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x3x16x16xf32>, tensor<?x3x16x16xf32>, tensor<?x3x32x32xf32>, tensor<3x16x?xf16>, tensor<3x17x?xf16>, tensor<2x4x4x4x4xf32>, tensor<1x8x3xi32>, tensor<?x3x14x14xf32>
func.func @max_pool(%x: tensor<?x3x32x32xf32>, %y: tensor<3x33x?xf16>, %z: tensor<2x4x9x9x9xf32>, %i: tensor<1x8x10xi32>) -> (tensor<?x3x16x16xf32>, tensor<?x3x16x16xf32>, tensor<?x3x32x32xf32>, tensor<3x16x?xf16>, tensor<3x17x?xf16>, tensor<2x4x4x4x4xf32>, tensor<1x8x3xi32>, tensor<?x3x14x14xf32>) {
  %0 = py.max_pool %x {kernel_size = array<i64: 2, 2>} : tensor<?x3x32x32xf32> -> tensor<?x3x16x16xf32>
  %1 = py.max_pool %x {kernel_size = array<i64: 3, 3>, padding = array<i64: 1, 1>, stride = array<i64: 2, 2>} : tensor<?x3x32x32xf32> -> tensor<?x3x16x16xf32>
  %2 = py.max_pool %x {kernel_size = array<i64: 3, 3>, padding = array<i64: 1, 1>, stride = array<i64: 1, 1>} : tensor<?x3x32x32xf32> -> tensor<?x3x32x32xf32>
  // Unbatched 2-d input [C, H, W]: floor(31 / 2) + 1 = 16, ceil gives 17.
  %3 = py.max_pool %y {kernel_size = array<i64: 2, 2>} : tensor<3x33x?xf16> -> tensor<3x16x?xf16>
  %4 = py.max_pool %y {ceil_mode = true, kernel_size = array<i64: 2, 2>} : tensor<3x33x?xf16> -> tensor<3x17x?xf16>
  %5 = py.max_pool %z {kernel_size = array<i64: 2, 2, 2>} : tensor<2x4x9x9x9xf32> -> tensor<2x4x4x4x4xf32>
  %6 = py.max_pool %i {kernel_size = array<i64: 3>} : tensor<1x8x10xi32> -> tensor<1x8x3xi32>
  // Dilation 2 makes the effective kernel 5: (32 - 5) / 2 + 1 = 14.
  %7 = py.max_pool %x {dilation = array<i64: 2, 2>, kernel_size = array<i64: 3, 3>, stride = array<i64: 2, 2>} : tensor<?x3x32x32xf32> -> tensor<?x3x14x14xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<?x3x16x16xf32>, tensor<?x3x16x16xf32>, tensor<?x3x32x32xf32>, tensor<3x16x?xf16>, tensor<3x17x?xf16>, tensor<2x4x4x4x4xf32>, tensor<1x8x3xi32>, tensor<?x3x14x14xf32>
}

// CHECK-LABEL: func.func @avg_pool(
// CHECK-NEXT: %{{.*}} = py.avg_pool %{{.*}} {kernel_size = array<i64: 3>, padding = array<i64: 1>, stride = array<i64: 2>} : tensor<?x8x33xf32> -> tensor<?x8x17xf32>
// CHECK-NEXT: %{{.*}} = py.avg_pool %{{.*}} {kernel_size = array<i64: 3>} : tensor<?x8x33xf32> -> tensor<?x8x11xf32>
// CHECK-NEXT: %{{.*}} = py.avg_pool %{{.*}} {ceil_mode = true, count_include_pad = false, kernel_size = array<i64: 2, 2>, padding = array<i64: 1, 1>} : tensor<2x3x5x5xf32> -> tensor<2x3x3x3xf32>
// CHECK-NEXT: %{{.*}} = py.avg_pool %{{.*}} {kernel_size = array<i64: 2, 2>} : tensor<2x3x5x5xf32> -> tensor<2x3x2x2xf32>
// CHECK-NEXT: %{{.*}} = py.avg_pool %{{.*}} {ceil_mode = true, kernel_size = array<i64: 2, 2>} : tensor<2x3x5x5xf32> -> tensor<2x3x3x3xf32>
// CHECK-NEXT: %{{.*}} = py.avg_pool %{{.*}} {kernel_size = array<i64: 2, 2, 2>} : tensor<1x1x4x4x4xbf16> -> tensor<1x1x2x2x2xbf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x8x17xf32>, tensor<?x8x11xf32>, tensor<2x3x3x3xf32>, tensor<2x3x2x2xf32>, tensor<2x3x3x3xf32>, tensor<1x1x2x2x2xbf16>
func.func @avg_pool(%x: tensor<?x8x33xf32>, %y: tensor<2x3x5x5xf32>, %z: tensor<1x1x4x4x4xbf16>) -> (tensor<?x8x17xf32>, tensor<?x8x11xf32>, tensor<2x3x3x3xf32>, tensor<2x3x2x2xf32>, tensor<2x3x3x3xf32>, tensor<1x1x2x2x2xbf16>) {
  %0 = py.avg_pool %x {kernel_size = array<i64: 3>, padding = array<i64: 1>, stride = array<i64: 2>} : tensor<?x8x33xf32> -> tensor<?x8x17xf32>
  %1 = py.avg_pool %x {kernel_size = array<i64: 3>} : tensor<?x8x33xf32> -> tensor<?x8x11xf32>
  // Ceil mode drops a last window that would start in the right padding:
  // ceil((5 + 2 - 2) / 2) + 1 = 4, minus one = 3.
  %2 = py.avg_pool %y {ceil_mode = true, count_include_pad = false, kernel_size = array<i64: 2, 2>, padding = array<i64: 1, 1>} : tensor<2x3x5x5xf32> -> tensor<2x3x3x3xf32>
  %3 = py.avg_pool %y {kernel_size = array<i64: 2, 2>} : tensor<2x3x5x5xf32> -> tensor<2x3x2x2xf32>
  %4 = py.avg_pool %y {ceil_mode = true, kernel_size = array<i64: 2, 2>} : tensor<2x3x5x5xf32> -> tensor<2x3x3x3xf32>
  %5 = py.avg_pool %z {kernel_size = array<i64: 2, 2, 2>} : tensor<1x1x4x4x4xbf16> -> tensor<1x1x2x2x2xbf16>
  return %0, %1, %2, %3, %4, %5 : tensor<?x8x17xf32>, tensor<?x8x11xf32>, tensor<2x3x3x3xf32>, tensor<2x3x2x2xf32>, tensor<2x3x3x3xf32>, tensor<1x1x2x2x2xbf16>
}
