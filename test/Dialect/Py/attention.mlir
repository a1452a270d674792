// scaled_dot_product_attention.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @sdpa(
// CHECK-NEXT: %{{.*}} = py.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>) -> tensor<?x8x?x64xf16>
// CHECK-NEXT: %{{.*}} = py.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} {is_causal = true, scale = 1.250000e-01 : f64} : (tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>) -> tensor<?x8x?x64xf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}} : tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>
func.func @sdpa(%q: tensor<?x8x?x64xf16>, %k: tensor<?x8x?x64xf16>, %v: tensor<?x8x?x64xf16>) -> (tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>) {
  %0 = py.scaled_dot_product_attention %q, %k, %v : (tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>) -> tensor<?x8x?x64xf16>
  %1 = py.scaled_dot_product_attention %q, %k, %v {is_causal = true, scale = 1.250000e-01 : f64} : (tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>) -> tensor<?x8x?x64xf16>
  return %0, %1 : tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>
}

// CHECK-LABEL: func.func @sdpa_shapes(
// CHECK-NEXT: %{{.*}} = py.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x4x16x32xf32>, tensor<2x4x128x32xf32>, tensor<2x4x128x48xf32>) -> tensor<2x4x16x48xf32>
// CHECK-NEXT: %{{.*}} = py.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x4x16x32xf32>, tensor<1x128x32xf32>, tensor<1x128x48xf32>) -> tensor<2x4x16x48xf32>
// CHECK-NEXT: %{{.*}} = py.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} : (tensor<16x32xbf16>, tensor<?x32xbf16>, tensor<?x32xbf16>) -> tensor<16x32xbf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x16x48xf32>, tensor<2x4x16x48xf32>, tensor<16x32xbf16>
func.func @sdpa_shapes(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x128x32xf32>, %v: tensor<2x4x128x48xf32>, %k1: tensor<1x128x32xf32>, %v1: tensor<1x128x48xf32>, %q3: tensor<16x32xbf16>, %k3: tensor<?x32xbf16>) -> (tensor<2x4x16x48xf32>, tensor<2x4x16x48xf32>, tensor<16x32xbf16>) {
  // Ev may differ from E; batch dims broadcast.
  %0 = py.scaled_dot_product_attention %q, %k, %v : (tensor<2x4x16x32xf32>, tensor<2x4x128x32xf32>, tensor<2x4x128x48xf32>) -> tensor<2x4x16x48xf32>
  %1 = py.scaled_dot_product_attention %q, %k1, %v1 : (tensor<2x4x16x32xf32>, tensor<1x128x32xf32>, tensor<1x128x48xf32>) -> tensor<2x4x16x48xf32>
  %2 = py.scaled_dot_product_attention %q3, %k3, %k3 : (tensor<16x32xbf16>, tensor<?x32xbf16>, tensor<?x32xbf16>) -> tensor<16x32xbf16>
  return %0, %1, %2 : tensor<2x4x16x48xf32>, tensor<2x4x16x48xf32>, tensor<16x32xbf16>
}

// CHECK-LABEL: func.func @sdpa_masks(
// CHECK-NEXT: %{{.*}} = py.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} mask %{{.*}} : (tensor<2x4x16x32xf32>, tensor<2x4x128x32xf32>, tensor<2x4x128x32xf32>, tensor<16x128xi1>) -> tensor<2x4x16x32xf32>
// CHECK-NEXT: %{{.*}} = py.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} mask %{{.*}} {scale = 5.000000e-01 : f64} : (tensor<2x4x16x32xf32>, tensor<2x4x128x32xf32>, tensor<2x4x128x32xf32>, tensor<2x1x16x128xf32>) -> tensor<2x4x16x32xf32>
// CHECK-NEXT: %{{.*}} = py.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}} mask %{{.*}} : (tensor<2x4x16x32xf32>, tensor<2x4x128x32xf32>, tensor<2x4x128x32xf32>, tensor<128xi1>) -> tensor<2x4x16x32xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>
func.func @sdpa_masks(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x128x32xf32>, %bool: tensor<16x128xi1>, %add: tensor<2x1x16x128xf32>, %row: tensor<128xi1>) -> (tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>) {
  %0 = py.scaled_dot_product_attention %q, %k, %k mask %bool : (tensor<2x4x16x32xf32>, tensor<2x4x128x32xf32>, tensor<2x4x128x32xf32>, tensor<16x128xi1>) -> tensor<2x4x16x32xf32>
  %1 = py.scaled_dot_product_attention %q, %k, %k mask %add {scale = 5.000000e-01 : f64} : (tensor<2x4x16x32xf32>, tensor<2x4x128x32xf32>, tensor<2x4x128x32xf32>, tensor<2x1x16x128xf32>) -> tensor<2x4x16x32xf32>
  %2 = py.scaled_dot_product_attention %q, %k, %k mask %row : (tensor<2x4x16x32xf32>, tensor<2x4x128x32xf32>, tensor<2x4x128x32xf32>, tensor<128xi1>) -> tensor<2x4x16x32xf32>
  return %0, %1, %2 : tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>
}
