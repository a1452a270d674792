// Float-producing unary ops: float inputs keep their dtype, int/bool give f32.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @float_keeps_dtype(
// CHECK-NEXT: %{{.*}} = py.exp %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.exp2 %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.expm1 %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.log %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.log2 %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.log10 %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.log1p %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.sqrt %{{.*}} : tensor<?xbf16> -> tensor<?xbf16>
// CHECK-NEXT: %{{.*}} = py.rsqrt %{{.*}} : tensor<?xbf16> -> tensor<?xbf16>
// CHECK-NEXT: %{{.*}} = py.sin %{{.*}} : tensor<?xbf16> -> tensor<?xbf16>
// CHECK-NEXT: %{{.*}} = py.cos %{{.*}} : tensor<?xbf16> -> tensor<?xbf16>
// CHECK-NEXT: %{{.*}} = py.tan %{{.*}} : tensor<?xbf16> -> tensor<?xbf16>
// CHECK-NEXT: %{{.*}} = py.tanh %{{.*}} : tensor<f64> -> tensor<f64>
// CHECK-NEXT: %{{.*}} = py.sigmoid %{{.*}} : tensor<f64> -> tensor<f64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<f64>, tensor<f64>
func.func @float_keeps_dtype(%x: tensor<4x?xf16>, %b: tensor<?xbf16>, %d: tensor<f64>) -> (tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<f64>, tensor<f64>) {
  %0 = py.exp %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %1 = py.exp2 %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %2 = py.expm1 %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %3 = py.log %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %4 = py.log2 %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %5 = py.log10 %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %6 = py.log1p %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %7 = py.sqrt %b : tensor<?xbf16> -> tensor<?xbf16>
  %8 = py.rsqrt %b : tensor<?xbf16> -> tensor<?xbf16>
  %9 = py.sin %b : tensor<?xbf16> -> tensor<?xbf16>
  %10 = py.cos %b : tensor<?xbf16> -> tensor<?xbf16>
  %11 = py.tan %b : tensor<?xbf16> -> tensor<?xbf16>
  %12 = py.tanh %d : tensor<f64> -> tensor<f64>
  %13 = py.sigmoid %d : tensor<f64> -> tensor<f64>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13 : tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<?xbf16>, tensor<f64>, tensor<f64>
}

// CHECK-LABEL: func.func @int_to_f32(
// CHECK-NEXT: %{{.*}} = py.exp %{{.*}} : tensor<4x?xi32> -> tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = py.sqrt %{{.*}} : tensor<3xi1> -> tensor<3xf32>
// CHECK-NEXT: %{{.*}} = py.log %{{.*}} : tensor<2xui8> -> tensor<2xf32>
// CHECK-NEXT: %{{.*}} = py.sigmoid %{{.*}} : tensor<i64> -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.erf %{{.*}} : tensor<4x?xi32> -> tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = py.reciprocal %{{.*}} : tensor<4x?xi32> -> tensor<4x?xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf32>, tensor<3xf32>, tensor<2xf32>, tensor<f32>, tensor<4x?xf32>, tensor<4x?xf32>
func.func @int_to_f32(%i: tensor<4x?xi32>, %b: tensor<3xi1>, %u: tensor<2xui8>, %l: tensor<i64>) -> (tensor<4x?xf32>, tensor<3xf32>, tensor<2xf32>, tensor<f32>, tensor<4x?xf32>, tensor<4x?xf32>) {
  %0 = py.exp %i : tensor<4x?xi32> -> tensor<4x?xf32>
  %1 = py.sqrt %b : tensor<3xi1> -> tensor<3xf32>
  %2 = py.log %u : tensor<2xui8> -> tensor<2xf32>
  %3 = py.sigmoid %l : tensor<i64> -> tensor<f32>
  %4 = py.erf %i : tensor<4x?xi32> -> tensor<4x?xf32>
  %5 = py.reciprocal %i : tensor<4x?xi32> -> tensor<4x?xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<4x?xf32>, tensor<3xf32>, tensor<2xf32>, tensor<f32>, tensor<4x?xf32>, tensor<4x?xf32>
}

// CHECK-LABEL: func.func @activations(
// CHECK-NEXT: %{{.*}} = py.silu %{{.*}} : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NEXT: %{{.*}} = py.mish %{{.*}} : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NEXT: %{{.*}} = py.selu %{{.*}} : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NEXT: %{{.*}} = py.hardsigmoid %{{.*}} : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NEXT: %{{.*}} = py.hardswish %{{.*}} : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NEXT: %{{.*}} = py.softsign %{{.*}} : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NEXT: %{{.*}} = py.tanhshrink %{{.*}} : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NEXT: %{{.*}} = py.log_sigmoid %{{.*}} : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>
func.func @activations(%x: tensor<?x16xf32>) -> (tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>) {
  %0 = py.silu %x : tensor<?x16xf32> -> tensor<?x16xf32>
  %1 = py.mish %x : tensor<?x16xf32> -> tensor<?x16xf32>
  %2 = py.selu %x : tensor<?x16xf32> -> tensor<?x16xf32>
  %3 = py.hardsigmoid %x : tensor<?x16xf32> -> tensor<?x16xf32>
  %4 = py.hardswish %x : tensor<?x16xf32> -> tensor<?x16xf32>
  %5 = py.softsign %x : tensor<?x16xf32> -> tensor<?x16xf32>
  %6 = py.tanhshrink %x : tensor<?x16xf32> -> tensor<?x16xf32>
  %7 = py.log_sigmoid %x : tensor<?x16xf32> -> tensor<?x16xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>
}

// CHECK-LABEL: func.func @activation_attrs(
// CHECK-NEXT: %{{.*}} = py.gelu %{{.*}} : tensor<?x16xf16> -> tensor<?x16xf16>
// CHECK-NEXT: %{{.*}} = py.gelu %{{.*}} {approximate = "tanh"} : tensor<?x16xf16> -> tensor<?x16xf16>
// CHECK-NEXT: %{{.*}} = py.gelu %{{.*}} : tensor<?x16xf16> -> tensor<?x16xf16>
// CHECK-NEXT: %{{.*}} = py.elu %{{.*}} {alpha = 5.000000e-01 : f64} : tensor<?x16xf16> -> tensor<?x16xf16>
// CHECK-NEXT: %{{.*}} = py.celu %{{.*}} {alpha = 2.000000e+00 : f64} : tensor<?x16xf16> -> tensor<?x16xf16>
// CHECK-NEXT: %{{.*}} = py.softplus %{{.*}} {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : tensor<?x16xf16> -> tensor<?x16xf16>
// CHECK-NEXT: %{{.*}} = py.softplus %{{.*}} : tensor<?x16xf16> -> tensor<?x16xf16>
// CHECK-NEXT: %{{.*}} = py.gelu %{{.*}} : tensor<8xi64> -> tensor<8xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<8xf32>
func.func @activation_attrs(%x: tensor<?x16xf16>, %i: tensor<8xi64>) -> (tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<8xf32>) {
  // Default-valued attributes are elided when printing.
  %0 = py.gelu %x : tensor<?x16xf16> -> tensor<?x16xf16>
  %1 = py.gelu %x {approximate = "tanh"} : tensor<?x16xf16> -> tensor<?x16xf16>
  %2 = py.gelu %x {approximate = "none"} : tensor<?x16xf16> -> tensor<?x16xf16>
  %3 = py.elu %x {alpha = 5.000000e-01 : f64} : tensor<?x16xf16> -> tensor<?x16xf16>
  %4 = py.celu %x {alpha = 2.000000e+00 : f64} : tensor<?x16xf16> -> tensor<?x16xf16>
  %5 = py.softplus %x {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : tensor<?x16xf16> -> tensor<?x16xf16>
  %6 = py.softplus %x : tensor<?x16xf16> -> tensor<?x16xf16>
  %7 = py.gelu %i : tensor<8xi64> -> tensor<8xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<?x16xf16>, tensor<8xf32>
}
