// Loss functions: reduction "none" keeps the per-element shape.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @elementwise(
// CHECK-NEXT: %{{.*}} = py.mse_loss %{{.*}}, %{{.*}} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.mse_loss %{{.*}}, %{{.*}} {reduction = "none"} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
// CHECK-NEXT: %{{.*}} = py.l1_loss %{{.*}}, %{{.*}} {reduction = "sum"} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.l1_loss %{{.*}}, %{{.*}} {reduction = "none"} : (tensor<?x8xf32>, tensor<8xf16>) -> tensor<?x8xf32>
// CHECK-NEXT: %{{.*}} = py.smooth_l1_loss %{{.*}}, %{{.*}} {beta = 5.000000e-01 : f64} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.huber_loss %{{.*}}, %{{.*}} {delta = 2.000000e+00 : f64, reduction = "none"} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
// CHECK-NEXT: %{{.*}} = py.huber_loss %{{.*}}, %{{.*}} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<f32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<f32>, tensor<?x8xf32>, tensor<f32>, tensor<?x8xf32>, tensor<f32>, tensor<?x8xf32>, tensor<f32>
func.func @elementwise(%x: tensor<?x8xf32>, %y: tensor<?x8xf32>, %h: tensor<8xf16>) -> (tensor<f32>, tensor<?x8xf32>, tensor<f32>, tensor<?x8xf32>, tensor<f32>, tensor<?x8xf32>, tensor<f32>) {
  %0 = py.mse_loss %x, %y : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<f32>
  %1 = py.mse_loss %x, %y {reduction = "none"} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  %2 = py.l1_loss %x, %y {reduction = "sum"} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<f32>
  %3 = py.l1_loss %x, %h {reduction = "none"} : (tensor<?x8xf32>, tensor<8xf16>) -> tensor<?x8xf32>
  %4 = py.smooth_l1_loss %x, %y {beta = 5.000000e-01 : f64} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<f32>
  %5 = py.huber_loss %x, %y {delta = 2.000000e+00 : f64, reduction = "none"} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  %6 = py.huber_loss %x, %y : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<f32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<f32>, tensor<?x8xf32>, tensor<f32>, tensor<?x8xf32>, tensor<f32>, tensor<?x8xf32>, tensor<f32>
}

// CHECK-LABEL: func.func @probabilistic(
// CHECK-NEXT: %{{.*}} = py.kl_div %{{.*}}, %{{.*}} {reduction = "batchmean"} : (tensor<4x10xf16>, tensor<4x10xf16>) -> tensor<f16>
// CHECK-NEXT: %{{.*}} = py.kl_div %{{.*}}, %{{.*}} {log_target = true, reduction = "none"} : (tensor<4x10xf16>, tensor<4x10xf16>) -> tensor<4x10xf16>
// CHECK-NEXT: %{{.*}} = py.binary_cross_entropy %{{.*}}, %{{.*}} : (tensor<4x10xf16>, tensor<4x10xf16>) -> tensor<f16>
// CHECK-NEXT: %{{.*}} = py.binary_cross_entropy_with_logits %{{.*}}, %{{.*}} {reduction = "none"} : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
// CHECK-NEXT: %{{.*}} = py.binary_cross_entropy_with_logits %{{.*}}, %{{.*}} {reduction = "sum"} : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<bf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<f16>, tensor<4x10xf16>, tensor<f16>, tensor<?xbf16>, tensor<bf16>
func.func @probabilistic(%lp: tensor<4x10xf16>, %p: tensor<4x10xf16>, %z: tensor<?xbf16>, %t: tensor<?xbf16>) -> (tensor<f16>, tensor<4x10xf16>, tensor<f16>, tensor<?xbf16>, tensor<bf16>) {
  %0 = py.kl_div %lp, %p {reduction = "batchmean"} : (tensor<4x10xf16>, tensor<4x10xf16>) -> tensor<f16>
  %1 = py.kl_div %lp, %lp {log_target = true, reduction = "none"} : (tensor<4x10xf16>, tensor<4x10xf16>) -> tensor<4x10xf16>
  %2 = py.binary_cross_entropy %p, %p : (tensor<4x10xf16>, tensor<4x10xf16>) -> tensor<f16>
  %3 = py.binary_cross_entropy_with_logits %z, %t {reduction = "none"} : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %4 = py.binary_cross_entropy_with_logits %z, %t {reduction = "sum"} : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<bf16>
  return %0, %1, %2, %3, %4 : tensor<f16>, tensor<4x10xf16>, tensor<f16>, tensor<?xbf16>, tensor<bf16>
}

// CHECK-LABEL: func.func @classification(
// CHECK-NEXT: %{{.*}} = py.cross_entropy %{{.*}}, %{{.*}} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.cross_entropy %{{.*}}, %{{.*}} {label_smoothing = 1.000000e-01 : f64, reduction = "none"} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<?xf32>
// CHECK-NEXT: %{{.*}} = py.cross_entropy %{{.*}}, %{{.*}} {reduction = "none"} : (tensor<10xf32>, tensor<i64>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.cross_entropy %{{.*}}, %{{.*}} {ignore_index = 0 : i64, reduction = "sum"} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.cross_entropy %{{.*}}, %{{.*}} {reduction = "none"} : (tensor<2x5x?x7xf32>, tensor<2x?x7xi64>) -> tensor<2x?x7xf32>
// CHECK-NEXT: %{{.*}} = py.cross_entropy %{{.*}}, %{{.*}} {reduction = "none"} : (tensor<?x10xf32>, tensor<?x10xf32>) -> tensor<?xf32>
// CHECK-NEXT: %{{.*}} = py.nll_loss %{{.*}}, %{{.*}} {reduction = "none"} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<?xf32>
// CHECK-NEXT: %{{.*}} = py.nll_loss %{{.*}}, %{{.*}} : (tensor<?x10xf32>, tensor<?xi32>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.nll_loss %{{.*}}, %{{.*}} {ignore_index = -1 : i64, reduction = "none"} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<?xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<f32>, tensor<?xf32>, tensor<f32>, tensor<f32>, tensor<2x?x7xf32>, tensor<?xf32>, tensor<?xf32>, tensor<f32>, tensor<?xf32>
func.func @classification(%logits: tensor<?x10xf32>, %labels: tensor<?xi64>, %one: tensor<10xf32>, %label: tensor<i64>, %img: tensor<2x5x?x7xf32>, %pix: tensor<2x?x7xi64>, %probs: tensor<?x10xf32>, %i32: tensor<?xi32>) -> (tensor<f32>, tensor<?xf32>, tensor<f32>, tensor<f32>, tensor<2x?x7xf32>, tensor<?xf32>, tensor<?xf32>, tensor<f32>, tensor<?xf32>) {
  %0 = py.cross_entropy %logits, %labels : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<f32>
  %1 = py.cross_entropy %logits, %labels {label_smoothing = 1.000000e-01 : f64, reduction = "none"} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<?xf32>
  %2 = py.cross_entropy %one, %label {reduction = "none"} : (tensor<10xf32>, tensor<i64>) -> tensor<f32>
  %3 = py.cross_entropy %logits, %labels {ignore_index = 0 : i64, reduction = "sum"} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<f32>
  %4 = py.cross_entropy %img, %pix {reduction = "none"} : (tensor<2x5x?x7xf32>, tensor<2x?x7xi64>) -> tensor<2x?x7xf32>
  // Class probabilities as targets.
  %5 = py.cross_entropy %logits, %probs {reduction = "none"} : (tensor<?x10xf32>, tensor<?x10xf32>) -> tensor<?xf32>
  %6 = py.nll_loss %logits, %labels {reduction = "none"} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<?xf32>
  %7 = py.nll_loss %logits, %i32 : (tensor<?x10xf32>, tensor<?xi32>) -> tensor<f32>
  %8 = py.nll_loss %logits, %labels {ignore_index = -1 : i64, reduction = "none"} : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<?xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<f32>, tensor<?xf32>, tensor<f32>, tensor<f32>, tensor<2x?x7xf32>, tensor<?xf32>, tensor<?xf32>, tensor<f32>, tensor<?xf32>
}

// CHECK-LABEL: func.func @triplet(
// CHECK-NEXT: %{{.*}} = py.triplet_margin_loss %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x64xf32>, tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.triplet_margin_loss %{{.*}}, %{{.*}}, %{{.*}} {margin = 5.000000e-01 : f64, reduction = "none", swap = true} : (tensor<?x64xf32>, tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?xf32>
// CHECK-NEXT: %{{.*}} = py.triplet_margin_loss %{{.*}}, %{{.*}}, %{{.*}} {reduction = "none"} : (tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.triplet_margin_loss %{{.*}}, %{{.*}}, %{{.*}} {eps = 1.000000e-08 : f64, p = 1.000000e+00 : f64} : (tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<f32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<f32>, tensor<?xf32>, tensor<f32>, tensor<f32>
func.func @triplet(%a: tensor<?x64xf32>, %p: tensor<?x64xf32>, %n: tensor<1x64xf32>, %v: tensor<64xf32>) -> (tensor<f32>, tensor<?xf32>, tensor<f32>, tensor<f32>) {
  %0 = py.triplet_margin_loss %a, %p, %n : (tensor<?x64xf32>, tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<f32>
  %1 = py.triplet_margin_loss %a, %p, %n {margin = 5.000000e-01 : f64, reduction = "none", swap = true} : (tensor<?x64xf32>, tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?xf32>
  %2 = py.triplet_margin_loss %v, %v, %v {reduction = "none"} : (tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<f32>
  %3 = py.triplet_margin_loss %a, %a, %a {eps = 1.000000e-08 : f64, p = 1.000000e+00 : f64} : (tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<f32>
  return %0, %1, %2, %3 : tensor<f32>, tensor<?xf32>, tensor<f32>, tensor<f32>
}
