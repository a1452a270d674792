// Same-type unary ops.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @rounding(
// CHECK-NEXT: %{{.*}} = py.floor %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.ceil %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.round %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.trunc %{{.*}} : tensor<4x?xf16> -> tensor<4x?xf16>
// CHECK-NEXT: %{{.*}} = py.floor %{{.*}} : tensor<3xi32> -> tensor<3xi32>
// CHECK-NEXT: %{{.*}} = py.abs %{{.*}} : tensor<3xi32> -> tensor<3xi32>
// CHECK-NEXT: %{{.*}} = py.sign %{{.*}} : tensor<3xi32> -> tensor<3xi32>
// CHECK-NEXT: %{{.*}} = py.sign %{{.*}} : tensor<2xi1> -> tensor<2xi1>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>, tensor<2xi1>
func.func @rounding(%x: tensor<4x?xf16>, %i: tensor<3xi32>, %b: tensor<2xi1>) -> (tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>, tensor<2xi1>) {
  %0 = py.floor %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %1 = py.ceil %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %2 = py.round %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %3 = py.trunc %x : tensor<4x?xf16> -> tensor<4x?xf16>
  %4 = py.floor %i : tensor<3xi32> -> tensor<3xi32>
  %5 = py.abs %i : tensor<3xi32> -> tensor<3xi32>
  %6 = py.sign %i : tensor<3xi32> -> tensor<3xi32>
  %7 = py.sign %b : tensor<2xi1> -> tensor<2xi1>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<4x?xf16>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>, tensor<2xi1>
}

// CHECK-LABEL: func.func @arith(
// CHECK-NEXT: %{{.*}} = py.neg %{{.*}} : tensor<?xbf16> -> tensor<?xbf16>
// CHECK-NEXT: %{{.*}} = py.neg %{{.*}} : tensor<3xi64> -> tensor<3xi64>
// CHECK-NEXT: %{{.*}} = py.square %{{.*}} : tensor<?xbf16> -> tensor<?xbf16>
// CHECK-NEXT: %{{.*}} = py.square %{{.*}} : tensor<3xi64> -> tensor<3xi64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?xbf16>, tensor<3xi64>, tensor<?xbf16>, tensor<3xi64>
func.func @arith(%x: tensor<?xbf16>, %i: tensor<3xi64>) -> (tensor<?xbf16>, tensor<3xi64>, tensor<?xbf16>, tensor<3xi64>) {
  %0 = py.neg %x : tensor<?xbf16> -> tensor<?xbf16>
  %1 = py.neg %i : tensor<3xi64> -> tensor<3xi64>
  %2 = py.square %x : tensor<?xbf16> -> tensor<?xbf16>
  %3 = py.square %i : tensor<3xi64> -> tensor<3xi64>
  return %0, %1, %2, %3 : tensor<?xbf16>, tensor<3xi64>, tensor<?xbf16>, tensor<3xi64>
}

// CHECK-LABEL: func.func @relu_family(
// CHECK-NEXT: %{{.*}} = py.relu %{{.*}} : tensor<2x?xf32> -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.relu %{{.*}} : tensor<5xi8> -> tensor<5xi8>
// CHECK-NEXT: %{{.*}} = py.relu6 %{{.*}} : tensor<2x?xf32> -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.leaky_relu %{{.*}} : tensor<2x?xf32> -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.leaky_relu %{{.*}} {negative_slope = 2.000000e-01 : f64} : tensor<2x?xf32> -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.hardtanh %{{.*}} : tensor<2x?xf32> -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.hardtanh %{{.*}} {max_val = 6.000000e+00 : f64, min_val = 0.000000e+00 : f64} : tensor<2x?xf32> -> tensor<2x?xf32>
// CHECK-NEXT: %{{.*}} = py.hardtanh %{{.*}} {min_val = 1.000000e+00 : f64} : tensor<5xi8> -> tensor<5xi8>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x?xf32>, tensor<5xi8>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<5xi8>
func.func @relu_family(%x: tensor<2x?xf32>, %i: tensor<5xi8>) -> (tensor<2x?xf32>, tensor<5xi8>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<5xi8>) {
  %0 = py.relu %x : tensor<2x?xf32> -> tensor<2x?xf32>
  %1 = py.relu %i : tensor<5xi8> -> tensor<5xi8>
  %2 = py.relu6 %x : tensor<2x?xf32> -> tensor<2x?xf32>
  %3 = py.leaky_relu %x : tensor<2x?xf32> -> tensor<2x?xf32>
  %4 = py.leaky_relu %x {negative_slope = 2.000000e-01 : f64} : tensor<2x?xf32> -> tensor<2x?xf32>
  %5 = py.hardtanh %x : tensor<2x?xf32> -> tensor<2x?xf32>
  %6 = py.hardtanh %x {max_val = 6.000000e+00 : f64, min_val = 0.000000e+00 : f64} : tensor<2x?xf32> -> tensor<2x?xf32>
  %7 = py.hardtanh %i {max_val = 1.000000e+00 : f64, min_val = 1.000000e+00 : f64} : tensor<5xi8> -> tensor<5xi8>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x?xf32>, tensor<5xi8>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>, tensor<5xi8>
}

// CHECK-LABEL: func.func @clamp_threshold_shrink(
// CHECK-NEXT: %{{.*}} = py.clamp %{{.*}} {min = 0.000000e+00 : f64} : tensor<?xf64> -> tensor<?xf64>
// CHECK-NEXT: %{{.*}} = py.clamp %{{.*}} {max = 1.000000e+00 : f64, min = -1.000000e+00 : f64} : tensor<?xf64> -> tensor<?xf64>
// CHECK-NEXT: %{{.*}} = py.clamp %{{.*}} {max = 1.000000e+01 : f64} : tensor<4xi32> -> tensor<4xi32>
// CHECK-NEXT: %{{.*}} = py.threshold %{{.*}} {threshold = 1.000000e-01 : f64, value = 0.000000e+00 : f64} : tensor<?xf64> -> tensor<?xf64>
// CHECK-NEXT: %{{.*}} = py.hardshrink %{{.*}} : tensor<?xf64> -> tensor<?xf64>
// CHECK-NEXT: %{{.*}} = py.softshrink %{{.*}} {lambd = 2.500000e-01 : f64} : tensor<?xf64> -> tensor<?xf64>
// CHECK-NEXT: %{{.*}} = py.hardshrink %{{.*}} {lambd = -1.000000e+00 : f64} : tensor<?xf64> -> tensor<?xf64>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?xf64>, tensor<?xf64>, tensor<4xi32>, tensor<?xf64>, tensor<?xf64>, tensor<?xf64>, tensor<?xf64>
func.func @clamp_threshold_shrink(%x: tensor<?xf64>, %i: tensor<4xi32>) -> (tensor<?xf64>, tensor<?xf64>, tensor<4xi32>, tensor<?xf64>, tensor<?xf64>, tensor<?xf64>, tensor<?xf64>) {
  %0 = py.clamp %x {min = 0.000000e+00 : f64} : tensor<?xf64> -> tensor<?xf64>
  %1 = py.clamp %x {max = 1.000000e+00 : f64, min = -1.000000e+00 : f64} : tensor<?xf64> -> tensor<?xf64>
  %2 = py.clamp %i {max = 1.000000e+01 : f64} : tensor<4xi32> -> tensor<4xi32>
  %3 = py.threshold %x {threshold = 1.000000e-01 : f64, value = 0.000000e+00 : f64} : tensor<?xf64> -> tensor<?xf64>
  %4 = py.hardshrink %x : tensor<?xf64> -> tensor<?xf64>
  %5 = py.softshrink %x {lambd = 2.500000e-01 : f64} : tensor<?xf64> -> tensor<?xf64>
  %6 = py.hardshrink %x {lambd = -1.000000e+00 : f64} : tensor<?xf64> -> tensor<?xf64>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<?xf64>, tensor<?xf64>, tensor<4xi32>, tensor<?xf64>, tensor<?xf64>, tensor<?xf64>, tensor<?xf64>
}

// CHECK-LABEL: func.func @bits_and_logic(
// CHECK-NEXT: %{{.*}} = py.bitwise_not %{{.*}} : tensor<4x?xi8> -> tensor<4x?xi8>
// CHECK-NEXT: %{{.*}} = py.bitwise_not %{{.*}} : tensor<3xi1> -> tensor<3xi1>
// CHECK-NEXT: %{{.*}} = py.bitwise_not %{{.*}} : tensor<2xui8> -> tensor<2xui8>
// CHECK-NEXT: %{{.*}} = py.logical_not %{{.*}} : tensor<4x?xf32> -> tensor<4x?xi1>
// CHECK-NEXT: %{{.*}} = py.logical_not %{{.*}} : tensor<4x?xi8> -> tensor<4x?xi1>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x?xi8>, tensor<3xi1>, tensor<2xui8>, tensor<4x?xi1>, tensor<4x?xi1>
func.func @bits_and_logic(%i: tensor<4x?xi8>, %b: tensor<3xi1>, %u: tensor<2xui8>, %f: tensor<4x?xf32>) -> (tensor<4x?xi8>, tensor<3xi1>, tensor<2xui8>, tensor<4x?xi1>, tensor<4x?xi1>) {
  %0 = py.bitwise_not %i : tensor<4x?xi8> -> tensor<4x?xi8>
  %1 = py.bitwise_not %b : tensor<3xi1> -> tensor<3xi1>
  %2 = py.bitwise_not %u : tensor<2xui8> -> tensor<2xui8>
  %3 = py.logical_not %f : tensor<4x?xf32> -> tensor<4x?xi1>
  %4 = py.logical_not %i : tensor<4x?xi8> -> tensor<4x?xi1>
  return %0, %1, %2, %3, %4 : tensor<4x?xi8>, tensor<3xi1>, tensor<2xui8>, tensor<4x?xi1>, tensor<4x?xi1>
}
