// Constants, casts, full_like and dim.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @scalar_constants(
// CHECK-NEXT: %{{.*}} = py.constant dense<2.500000e+00> : tensor<f32>
// CHECK-NEXT: %{{.*}} = py.constant dense<3> : tensor<i64>
// CHECK-NEXT: %{{.*}} = py.constant dense<true> : tensor<i1>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<f32>, tensor<i64>, tensor<i1>
func.func @scalar_constants() -> (tensor<f32>, tensor<i64>, tensor<i1>) {
  %f = py.constant dense<2.5> : tensor<f32>
  %i = py.constant dense<3> : tensor<i64>
  %b = py.constant dense<true> : tensor<i1>
  return %f, %i, %b : tensor<f32>, tensor<i64>, tensor<i1>
}

// CHECK-LABEL: func.func @tensor_constants(
// CHECK-NEXT: %{{.*}} = py.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xbf16>
// CHECK-NEXT: %{{.*}} = py.constant dense<[1, 2, 255]> : tensor<3xui8>
// CHECK-NEXT: %{{.*}} = py.constant dense<5.000000e-01> : tensor<2xf64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x2xbf16>, tensor<3xui8>, tensor<2xf64>
func.func @tensor_constants() -> (tensor<2x2xbf16>, tensor<3xui8>, tensor<2xf64>) {
  %a = py.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xbf16>
  %b = py.constant dense<[1, 2, 255]> : tensor<3xui8>
  %c = py.constant dense<0.5> : tensor<2xf64>
  return %a, %b, %c : tensor<2x2xbf16>, tensor<3xui8>, tensor<2xf64>
}

// CHECK-LABEL: func.func @casts(
// CHECK-NEXT: %{{.*}} = py.cast %{{.*}} : tensor<4x?xf32> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.cast %{{.*}} : tensor<4x?xf32> -> tensor<4x8xbf16>
// CHECK-NEXT: %{{.*}} = py.cast %{{.*}} : tensor<?xi1> -> tensor<?xf32>
// CHECK-NEXT: %{{.*}} = py.cast %{{.*}} : tensor<?xi1> -> tensor<?xi64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf16>, tensor<4x8xbf16>, tensor<?xf32>, tensor<?xi64>
func.func @casts(%x: tensor<4x?xf32>, %y: tensor<?xi1>) -> (tensor<4x?xf16>, tensor<4x8xbf16>, tensor<?xf32>, tensor<?xi64>) {
  %a = py.cast %x : tensor<4x?xf32> -> tensor<4x?xf16>
  %b = py.cast %x : tensor<4x?xf32> -> tensor<4x8xbf16>
  %c = py.cast %y : tensor<?xi1> -> tensor<?xf32>
  %d = py.cast %y : tensor<?xi1> -> tensor<?xi64>
  return %a, %b, %c, %d : tensor<4x?xf16>, tensor<4x8xbf16>, tensor<?xf32>, tensor<?xi64>
}

// CHECK-LABEL: func.func @full_like(
// CHECK-NEXT: %{{.*}} = py.full_like %{{.*}} {value = 0.000000e+00 : f64} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.full_like %{{.*}} {value = 1.000000e+00 : f64} : tensor<3xi32> -> tensor<3xi32>
// CHECK-NEXT: %{{.*}} = py.full_like %{{.*}} {value = -2.500000e+00 : f64} : tensor<f32> -> tensor<f32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf16>, tensor<3xi32>, tensor<f32>
func.func @full_like(%x: tensor<4x?xf16>, %i: tensor<3xi32>, %s: tensor<f32>) -> (tensor<4x?xf16>, tensor<3xi32>, tensor<f32>) {
  %a = py.full_like %x {value = 0.0 : f64} : tensor<4x?xf16> -> tensor<4x?xf16>
  %b = py.full_like %i {value = 1.0 : f64} : tensor<3xi32> -> tensor<3xi32>
  %c = py.full_like %s {value = -2.5 : f64} : tensor<f32> -> tensor<f32>
  return %a, %b, %c : tensor<4x?xf16>, tensor<3xi32>, tensor<f32>
}

// CHECK-LABEL: func.func @dims(
// CHECK-NEXT: %{{.*}} = py.dim %{{.*}} {dim = 0 : i64} : tensor<4x?x8xf32> -> index
// CHECK-NEXT: %{{.*}} = py.dim %{{.*}} {dim = 1 : i64} : tensor<4x?x8xf32> -> index
// CHECK-NEXT: %{{.*}} = py.dim %{{.*}} {dim = -1 : i64} : tensor<4x?x8xf32> -> index
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : index, index, index
func.func @dims(%x: tensor<4x?x8xf32>) -> (index, index, index) {
  %a = py.dim %x {dim = 0 : i64} : tensor<4x?x8xf32> -> index
  %b = py.dim %x {dim = 1 : i64} : tensor<4x?x8xf32> -> index
  %c = py.dim %x {dim = -1 : i64} : tensor<4x?x8xf32> -> index
  return %a, %b, %c : index, index, index
}
