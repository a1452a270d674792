// Normalisation ops; optional weight and bias operands.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @layer_norm(
// CHECK-NEXT: %{{.*}} = py.layer_norm %{{.*}} weight %{{.*}} bias %{{.*}} {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: %{{.*}} = py.layer_norm %{{.*}} {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: %{{.*}} = py.layer_norm %{{.*}} weight %{{.*}} {eps = 9.9999999999999995E-7 : f64, normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: %{{.*}} = py.layer_norm %{{.*}} bias %{{.*}} {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: %{{.*}} = py.layer_norm %{{.*}} weight %{{.*}} {normalized_shape = array<i64: 4, 8>} : (tensor<2x?x4x8xbf16>, tensor<4x8xbf16>) -> tensor<2x?x4x8xbf16>
// CHECK-NEXT: %{{.*}} = py.layer_norm %{{.*}} {normalized_shape = array<i64: 3, 4, 8>} : (tensor<2x?x4x8xbf16>) -> tensor<2x?x4x8xbf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>, tensor<2x?x4x8xbf16>, tensor<2x?x4x8xbf16>
func.func @layer_norm(%x: tensor<?x64xf32>, %w: tensor<64xf32>, %b: tensor<64xf32>, %y: tensor<2x?x4x8xbf16>, %w2: tensor<4x8xbf16>) -> (tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>, tensor<2x?x4x8xbf16>, tensor<2x?x4x8xbf16>) {
  %0 = py.layer_norm %x weight %w bias %b {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
  %1 = py.layer_norm %x {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>) -> tensor<?x64xf32>
  %2 = py.layer_norm %x weight %w {eps = 1.000000e-06 : f64, normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
  %3 = py.layer_norm %x bias %b {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
  %4 = py.layer_norm %y weight %w2 {normalized_shape = array<i64: 4, 8>} : (tensor<2x?x4x8xbf16>, tensor<4x8xbf16>) -> tensor<2x?x4x8xbf16>
  %5 = py.layer_norm %y {normalized_shape = array<i64: 3, 4, 8>} : (tensor<2x?x4x8xbf16>) -> tensor<2x?x4x8xbf16>
  return %0, %1, %2, %3, %4, %5 : tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>, tensor<2x?x4x8xbf16>, tensor<2x?x4x8xbf16>
}

// CHECK-LABEL: func.func @layer_norm_dynamic(
// CHECK-NEXT: %{{.*}} = py.layer_norm %{{.*}} weight %{{.*}} {normalized_shape = array<i64: 128>} : (tensor<?x?xf16>, tensor<?xf16>) -> tensor<?x?xf16>
// CHECK-NEXT: return %{{.*}} : tensor<?x?xf16>
func.func @layer_norm_dynamic(%x: tensor<?x?xf16>, %w: tensor<?xf16>) -> tensor<?x?xf16> {
  // Dynamic dims are accepted where normalized_shape is static.
  %0 = py.layer_norm %x weight %w {normalized_shape = array<i64: 128>} : (tensor<?x?xf16>, tensor<?xf16>) -> tensor<?x?xf16>
  return %0 : tensor<?x?xf16>
}

// CHECK-LABEL: func.func @rms_norm(
// CHECK-NEXT: %{{.*}} = py.rms_norm %{{.*}} weight %{{.*}} {normalized_shape = array<i64: 64>} : (tensor<?x64xbf16>, tensor<64xbf16>) -> tensor<?x64xbf16>
// CHECK-NEXT: %{{.*}} = py.rms_norm %{{.*}} {eps = 9.9999999999999995E-7 : f64, normalized_shape = array<i64: 64>} : (tensor<?x64xbf16>) -> tensor<?x64xbf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}} : tensor<?x64xbf16>, tensor<?x64xbf16>
func.func @rms_norm(%x: tensor<?x64xbf16>, %w: tensor<64xbf16>) -> (tensor<?x64xbf16>, tensor<?x64xbf16>) {
  %0 = py.rms_norm %x weight %w {normalized_shape = array<i64: 64>} : (tensor<?x64xbf16>, tensor<64xbf16>) -> tensor<?x64xbf16>
  %1 = py.rms_norm %x {eps = 1.000000e-06 : f64, normalized_shape = array<i64: 64>} : (tensor<?x64xbf16>) -> tensor<?x64xbf16>
  return %0, %1 : tensor<?x64xbf16>, tensor<?x64xbf16>
}

// CHECK-LABEL: func.func @batch_norm(
// CHECK-NEXT: %{{.*}} = py.batch_norm %{{.*}}, %{{.*}}, %{{.*}} weight %{{.*}} bias %{{.*}} : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
// CHECK-NEXT: %{{.*}} = py.batch_norm %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
// CHECK-NEXT: %{{.*}} = py.batch_norm %{{.*}}, %{{.*}}, %{{.*}} bias %{{.*}} {eps = 1.000000e-03 : f64} : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
// CHECK-NEXT: %{{.*}} = py.batch_norm %{{.*}}, %{{.*}}, %{{.*}} weight %{{.*}} : (tensor<4x?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x16x8x8xf32>, tensor<?x16x8x8xf32>, tensor<?x16x8x8xf32>, tensor<4x?xf32>
func.func @batch_norm(%x: tensor<?x16x8x8xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>, %w: tensor<16xf32>, %b: tensor<16xf32>, %y: tensor<4x?xf32>, %d: tensor<?xf32>) -> (tensor<?x16x8x8xf32>, tensor<?x16x8x8xf32>, tensor<?x16x8x8xf32>, tensor<4x?xf32>) {
  %0 = py.batch_norm %x, %m, %v weight %w bias %b : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
  %1 = py.batch_norm %x, %m, %v : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
  %2 = py.batch_norm %x, %m, %v bias %b {eps = 1.000000e-03 : f64} : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
  %3 = py.batch_norm %y, %d, %d weight %d : (tensor<4x?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>) -> tensor<4x?xf32>
  return %0, %1, %2, %3 : tensor<?x16x8x8xf32>, tensor<?x16x8x8xf32>, tensor<?x16x8x8xf32>, tensor<4x?xf32>
}

// CHECK-LABEL: func.func @group_instance_norm(
// CHECK-NEXT: %{{.*}} = py.group_norm %{{.*}} weight %{{.*}} bias %{{.*}} {num_groups = 4 : i64} : (tensor<2x16x?xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x16x?xf32>
// CHECK-NEXT: %{{.*}} = py.group_norm %{{.*}} {eps = 1.000000e-03 : f64, num_groups = 16 : i64} : (tensor<2x16x?xf32>) -> tensor<2x16x?xf32>
// CHECK-NEXT: %{{.*}} = py.group_norm %{{.*}} {num_groups = 3 : i64} : (tensor<2x?x5xf16>) -> tensor<2x?x5xf16>
// CHECK-NEXT: %{{.*}} = py.instance_norm %{{.*}} weight %{{.*}} bias %{{.*}} : (tensor<2x16x?xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x16x?xf32>
// CHECK-NEXT: %{{.*}} = py.instance_norm %{{.*}} {eps = 1.000000e-03 : f64} : (tensor<2x16x?xf32>) -> tensor<2x16x?xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x16x?xf32>, tensor<2x16x?xf32>, tensor<2x?x5xf16>, tensor<2x16x?xf32>, tensor<2x16x?xf32>
func.func @group_instance_norm(%x: tensor<2x16x?xf32>, %w: tensor<16xf32>, %b: tensor<16xf32>, %d: tensor<2x?x5xf16>) -> (tensor<2x16x?xf32>, tensor<2x16x?xf32>, tensor<2x?x5xf16>, tensor<2x16x?xf32>, tensor<2x16x?xf32>) {
  %0 = py.group_norm %x weight %w bias %b {num_groups = 4 : i64} : (tensor<2x16x?xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x16x?xf32>
  %1 = py.group_norm %x {eps = 1.000000e-03 : f64, num_groups = 16 : i64} : (tensor<2x16x?xf32>) -> tensor<2x16x?xf32>
  // Divisibility is only checked for a static channel count.
  %2 = py.group_norm %d {num_groups = 3 : i64} : (tensor<2x?x5xf16>) -> tensor<2x?x5xf16>
  %3 = py.instance_norm %x weight %w bias %b : (tensor<2x16x?xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x16x?xf32>
  %4 = py.instance_norm %x {eps = 1.000000e-03 : f64} : (tensor<2x16x?xf32>) -> tensor<2x16x?xf32>
  return %0, %1, %2, %3, %4 : tensor<2x16x?xf32>, tensor<2x16x?xf32>, tensor<2x?x5xf16>, tensor<2x16x?xf32>, tensor<2x16x?xf32>
}

// CHECK-LABEL: func.func @normalize_cosine(
// CHECK-NEXT: %{{.*}} = py.normalize %{{.*}} : tensor<?x64xf32> -> tensor<?x64xf32>
// CHECK-NEXT: %{{.*}} = py.normalize %{{.*}} {dim = -1 : i64, eps = 9.9999999999999995E-7 : f64, p = 1.000000e+00 : f64} : tensor<?x64xf32> -> tensor<?x64xf32>
// CHECK-NEXT: %{{.*}} = py.cosine_similarity %{{.*}}, %{{.*}} : (tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?xf32>
// CHECK-NEXT: %{{.*}} = py.cosine_similarity %{{.*}}, %{{.*}} {dim = -1 : i64, eps = 9.9999999999999995E-7 : f64} : (tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?xf32>
// CHECK-NEXT: %{{.*}} = py.cosine_similarity %{{.*}}, %{{.*}} {dim = 2 : i64} : (tensor<8x?x3xf16>, tensor<8x?x3xf16>) -> tensor<8x?xf16>
// CHECK-NEXT: %{{.*}} = py.cosine_similarity %{{.*}}, %{{.*}} : (tensor<8x?x3xf16>, tensor<3xf32>) -> tensor<8x3xf32>
// CHECK-NEXT: %{{.*}} = py.cosine_similarity %{{.*}}, %{{.*}} {dim = 0 : i64} : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x64xf32>, tensor<?x64xf32>, tensor<?xf32>, tensor<?xf32>, tensor<8x?xf16>, tensor<8x3xf32>, tensor<f32>
func.func @normalize_cosine(%x: tensor<?x64xf32>, %y: tensor<1x64xf32>, %h: tensor<8x?x3xf16>, %z: tensor<3xf32>) -> (tensor<?x64xf32>, tensor<?x64xf32>, tensor<?xf32>, tensor<?xf32>, tensor<8x?xf16>, tensor<8x3xf32>, tensor<f32>) {
  %0 = py.normalize %x : tensor<?x64xf32> -> tensor<?x64xf32>
  %1 = py.normalize %x {dim = -1 : i64, eps = 1.000000e-06 : f64, p = 1.000000e+00 : f64} : tensor<?x64xf32> -> tensor<?x64xf32>
  %2 = py.cosine_similarity %x, %y : (tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?xf32>
  %3 = py.cosine_similarity %x, %y {dim = -1 : i64, eps = 1.000000e-06 : f64} : (tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?xf32>
  %4 = py.cosine_similarity %h, %h {dim = 2 : i64} : (tensor<8x?x3xf16>, tensor<8x?x3xf16>) -> tensor<8x?xf16>
  %5 = py.cosine_similarity %h, %z {dim = 1 : i64} : (tensor<8x?x3xf16>, tensor<3xf32>) -> tensor<8x3xf32>
  %6 = py.cosine_similarity %z, %z {dim = 0 : i64} : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<?x64xf32>, tensor<?x64xf32>, tensor<?xf32>, tensor<?xf32>, tensor<8x?xf16>, tensor<8x3xf32>, tensor<f32>
}
