// matmul (torch.matmul semantics), bmm, linear.

// RUN: py2triton-opt %s | py2triton-opt | FileCheck %s
// RUN: py2triton-opt %s -mlir-print-op-generic | py2triton-opt | FileCheck %s

// CHECK-LABEL: func.func @matmul_ranks(
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<64xf32>, tensor<64xf32>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<64xf32>, tensor<?xf32>) -> tensor<f32>
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<16x64xf32>, tensor<64x32xf32>) -> tensor<16x32xf32>
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<64xf32>, tensor<64x32xf32>) -> tensor<32xf32>
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<16x64xf32>, tensor<64xf32>) -> tensor<16xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<f32>, tensor<f32>, tensor<16x32xf32>, tensor<32xf32>, tensor<16xf32>
func.func @matmul_ranks(%v: tensor<64xf32>, %w: tensor<?xf32>, %m: tensor<16x64xf32>, %n: tensor<64x32xf32>) -> (tensor<f32>, tensor<f32>, tensor<16x32xf32>, tensor<32xf32>, tensor<16xf32>) {
  // 1-D x 1-D is a dot product; 1-D operands lose their added dim.
  %0 = py.matmul %v, %v : (tensor<64xf32>, tensor<64xf32>) -> tensor<f32>
  %1 = py.matmul %v, %w : (tensor<64xf32>, tensor<?xf32>) -> tensor<f32>
  %2 = py.matmul %m, %n : (tensor<16x64xf32>, tensor<64x32xf32>) -> tensor<16x32xf32>
  %3 = py.matmul %v, %n : (tensor<64xf32>, tensor<64x32xf32>) -> tensor<32xf32>
  %4 = py.matmul %m, %v : (tensor<16x64xf32>, tensor<64xf32>) -> tensor<16xf32>
  return %0, %1, %2, %3, %4 : tensor<f32>, tensor<f32>, tensor<16x32xf32>, tensor<32xf32>, tensor<16xf32>
}

// CHECK-LABEL: func.func @matmul_batched(
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<2x1x?x64xf16>, tensor<8x64x32xf16>) -> tensor<2x8x?x32xf16>
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<?x?x64xf16>, tensor<64xf16>) -> tensor<?x?xf16>
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<64xf16>, tensor<3x64x?xf16>) -> tensor<3x?xf16>
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<?x?x64xf16>, tensor<3x64x?xf16>) -> tensor<3x?x?xf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x8x?x32xf16>, tensor<?x?xf16>, tensor<3x?xf16>, tensor<3x?x?xf16>
func.func @matmul_batched(%a: tensor<2x1x?x64xf16>, %b: tensor<8x64x32xf16>, %c: tensor<?x?x64xf16>, %v: tensor<64xf16>, %d: tensor<3x64x?xf16>) -> (tensor<2x8x?x32xf16>, tensor<?x?xf16>, tensor<3x?xf16>, tensor<3x?x?xf16>) {
  %0 = py.matmul %a, %b : (tensor<2x1x?x64xf16>, tensor<8x64x32xf16>) -> tensor<2x8x?x32xf16>
  %1 = py.matmul %c, %v : (tensor<?x?x64xf16>, tensor<64xf16>) -> tensor<?x?xf16>
  %2 = py.matmul %v, %d : (tensor<64xf16>, tensor<3x64x?xf16>) -> tensor<3x?xf16>
  %3 = py.matmul %c, %d : (tensor<?x?x64xf16>, tensor<3x64x?xf16>) -> tensor<3x?x?xf16>
  return %0, %1, %2, %3 : tensor<2x8x?x32xf16>, tensor<?x?xf16>, tensor<3x?xf16>, tensor<3x?x?xf16>
}

// CHECK-LABEL: func.func @matmul_ints(
// CHECK-NEXT: %{{.*}} = py.matmul %{{.*}}, %{{.*}} : (tensor<4x8xi32>, tensor<8x2xi32>) -> tensor<4x2xi32>
// CHECK-NEXT: return %{{.*}} : tensor<4x2xi32>
func.func @matmul_ints(%a: tensor<4x8xi32>, %b: tensor<8x2xi32>) -> tensor<4x2xi32> {
  %0 = py.matmul %a, %b : (tensor<4x8xi32>, tensor<8x2xi32>) -> tensor<4x2xi32>
  return %0 : tensor<4x2xi32>
}

// CHECK-LABEL: func.func @bmm(
// CHECK-NEXT: %{{.*}} = py.bmm %{{.*}}, %{{.*}} : (tensor<?x16x64xf32>, tensor<8x64x32xf32>) -> tensor<8x16x32xf32>
// CHECK-NEXT: %{{.*}} = py.bmm %{{.*}}, %{{.*}} : (tensor<8x?x?xf32>, tensor<8x64x32xf32>) -> tensor<8x?x32xf32>
// CHECK-NEXT: return %{{.*}}, %{{.*}} : tensor<8x16x32xf32>, tensor<8x?x32xf32>
func.func @bmm(%a: tensor<?x16x64xf32>, %b: tensor<8x64x32xf32>, %c: tensor<8x?x?xf32>) -> (tensor<8x16x32xf32>, tensor<8x?x32xf32>) {
  %0 = py.bmm %a, %b : (tensor<?x16x64xf32>, tensor<8x64x32xf32>) -> tensor<8x16x32xf32>
  %1 = py.bmm %c, %b : (tensor<8x?x?xf32>, tensor<8x64x32xf32>) -> tensor<8x?x32xf32>
  return %0, %1 : tensor<8x16x32xf32>, tensor<8x?x32xf32>
}

// CHECK-LABEL: func.func @linear(
// CHECK-NEXT: %{{.*}} = py.linear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x128xf16>, tensor<64x128xf16>, tensor<64xf16>) -> tensor<?x64xf16>
// CHECK-NEXT: %{{.*}} = py.linear %{{.*}}, %{{.*}} : (tensor<?x128xf16>, tensor<64x128xf16>) -> tensor<?x64xf16>
// CHECK-NEXT: %{{.*}} = py.linear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x?x?xf16>, tensor<64x128xf16>, tensor<64xf16>) -> tensor<2x?x64xf16>
// CHECK-NEXT: %{{.*}} = py.linear %{{.*}}, %{{.*}} : (tensor<128xf16>, tensor<64x128xf16>) -> tensor<64xf16>
// CHECK-NEXT: %{{.*}} = py.linear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x128xf16>, tensor<64x128xf16>, tensor<f16>) -> tensor<?x64xf16>
// CHECK-NEXT: return %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x64xf16>, tensor<?x64xf16>, tensor<2x?x64xf16>, tensor<64xf16>, tensor<?x64xf16>
func.func @linear(%x: tensor<?x128xf16>, %w: tensor<64x128xf16>, %b: tensor<64xf16>, %y: tensor<2x?x?xf16>, %v: tensor<128xf16>, %s: tensor<f16>) -> (tensor<?x64xf16>, tensor<?x64xf16>, tensor<2x?x64xf16>, tensor<64xf16>, tensor<?x64xf16>) {
  %0 = py.linear %x, %w, %b : (tensor<?x128xf16>, tensor<64x128xf16>, tensor<64xf16>) -> tensor<?x64xf16>
  %1 = py.linear %x, %w : (tensor<?x128xf16>, tensor<64x128xf16>) -> tensor<?x64xf16>
  %2 = py.linear %y, %w, %b : (tensor<2x?x?xf16>, tensor<64x128xf16>, tensor<64xf16>) -> tensor<2x?x64xf16>
  %3 = py.linear %v, %w : (tensor<128xf16>, tensor<64x128xf16>) -> tensor<64xf16>
  %4 = py.linear %x, %w, %s : (tensor<?x128xf16>, tensor<64x128xf16>, tensor<f16>) -> tensor<?x64xf16>
  return %0, %1, %2, %3, %4 : tensor<?x64xf16>, tensor<?x64xf16>, tensor<2x?x64xf16>, tensor<64xf16>, tensor<?x64xf16>
}
