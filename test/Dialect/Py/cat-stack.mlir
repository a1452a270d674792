// cat and stack.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @cat(
// CHECK-NEXT: %{{.*}} = py.cat %{{.*}}, %{{.*}} {dim = 1 : i64} : (tensor<4x2xf32>, tensor<?x3xf32>) -> tensor<4x5xf32>
// CHECK-NEXT: %{{.*}} = py.cat %{{.*}}, %{{.*}}, %{{.*}} {dim = -1 : i64} : (tensor<4x2xf32>, tensor<4x?xf32>, tensor<?x3xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = py.cat %{{.*}}, %{{.*}} : (tensor<4x2xf32>, tensor<4x?xf32>) -> tensor<8x2xf32>
// CHECK-NEXT: %{{.*}} = py.cat %{{.*}}, %{{.*}} : (tensor<4x2xf32>, tensor<4x2xf16>) -> tensor<8x2xf32>
// CHECK-NEXT: %{{.*}} = py.cat %{{.*}} : (tensor<4x2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %{{.*}} = py.cat %{{.*}}, %{{.*}} : (tensor<4x2xf16>, tensor<1x2xi64>) -> tensor<5x2xf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x5xf32>, tensor<4x?xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<4x2xf32>, tensor<5x2xf16>
func.func @cat(%a: tensor<4x2xf32>, %b: tensor<?x3xf32>, %c: tensor<4x?xf32>, %h: tensor<4x2xf16>, %i: tensor<1x2xi64>) -> (tensor<4x5xf32>, tensor<4x?xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<4x2xf32>, tensor<5x2xf16>) {
  %0 = py.cat %a, %b {dim = 1 : i64} : (tensor<4x2xf32>, tensor<?x3xf32>) -> tensor<4x5xf32>
  %1 = py.cat %a, %c, %b {dim = -1 : i64} : (tensor<4x2xf32>, tensor<4x?xf32>, tensor<?x3xf32>) -> tensor<4x?xf32>
  %2 = py.cat %a, %c : (tensor<4x2xf32>, tensor<4x?xf32>) -> tensor<8x2xf32>
  %3 = py.cat %a, %h : (tensor<4x2xf32>, tensor<4x2xf16>) -> tensor<8x2xf32>
  %4 = py.cat %a : (tensor<4x2xf32>) -> tensor<4x2xf32>
  %5 = py.cat %h, %i : (tensor<4x2xf16>, tensor<1x2xi64>) -> tensor<5x2xf16>
  return %0, %1, %2, %3, %4, %5 : tensor<4x5xf32>, tensor<4x?xf32>, tensor<8x2xf32>, tensor<8x2xf32>, tensor<4x2xf32>, tensor<5x2xf16>
}

// CHECK-LABEL: func.func @stack(
// CHECK-NEXT: %{{.*}} = py.stack %{{.*}}, %{{.*}} : (tensor<4x?xf32>, tensor<4x3xf32>) -> tensor<2x4x3xf32>
// CHECK-NEXT: %{{.*}} = py.stack %{{.*}}, %{{.*}} {dim = -1 : i64} : (tensor<4x?xf32>, tensor<4x3xf32>) -> tensor<4x3x2xf32>
// CHECK-NEXT: %{{.*}} = py.stack %{{.*}}, %{{.*}} {dim = 1 : i64} : (tensor<4x3xf32>, tensor<4x?xf32>) -> tensor<4x2x3xf32>
// CHECK-NEXT: %{{.*}} = py.stack %{{.*}}, %{{.*}}, %{{.*}} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
// CHECK-NEXT: %{{.*}} = py.stack %{{.*}}, %{{.*}} {dim = 2 : i64} : (tensor<4x3xi32>, tensor<4x3xf32>) -> tensor<4x3x2xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x3xf32>, tensor<4x3x2xf32>, tensor<4x2x3xf32>, tensor<3xf32>, tensor<4x3x2xf32>
func.func @stack(%a: tensor<4x?xf32>, %b: tensor<4x3xf32>, %s: tensor<f32>, %i: tensor<4x3xi32>) -> (tensor<2x4x3xf32>, tensor<4x3x2xf32>, tensor<4x2x3xf32>, tensor<3xf32>, tensor<4x3x2xf32>) {
  %0 = py.stack %a, %b : (tensor<4x?xf32>, tensor<4x3xf32>) -> tensor<2x4x3xf32>
  %1 = py.stack %a, %b {dim = -1 : i64} : (tensor<4x?xf32>, tensor<4x3xf32>) -> tensor<4x3x2xf32>
  %2 = py.stack %b, %a {dim = 1 : i64} : (tensor<4x3xf32>, tensor<4x?xf32>) -> tensor<4x2x3xf32>
  %3 = py.stack %s, %s, %s : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
  %4 = py.stack %i, %b {dim = 2 : i64} : (tensor<4x3xi32>, tensor<4x3xf32>) -> tensor<4x3x2xf32>
  return %0, %1, %2, %3, %4 : tensor<2x4x3xf32>, tensor<4x3x2xf32>, tensor<4x2x3xf32>, tensor<3xf32>, tensor<4x3x2xf32>
}
