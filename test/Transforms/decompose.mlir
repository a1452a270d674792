// RUN: py2triton-opt %s -py-decompose | FileCheck %s

// Matrix products, shape ops and attention; the ops the pass leaves alone.

// CHECK-LABEL: func.func @bmm(
// CHECK: [[MATMUL:%.+]] = py.matmul %arg0, %arg1 : (tensor<?x16x64xf32>, tensor<8x64x32xf32>) -> tensor<8x16x32xf32>
// CHECK-NEXT: return [[MATMUL]] : tensor<8x16x32xf32>
func.func @bmm(%a: tensor<?x16x64xf32>, %b: tensor<8x64x32xf32>) -> tensor<8x16x32xf32> {
  %r = py.bmm %a, %b : (tensor<?x16x64xf32>, tensor<8x64x32xf32>) -> tensor<8x16x32xf32>
  return %r : tensor<8x16x32xf32>
}

// CHECK-LABEL: func.func @linear(
// CHECK: [[TRANSPOSE:%.+]] = py.transpose %arg1 {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<64x128xf16> -> tensor<128x64xf16>
// CHECK-NEXT: [[MATMUL:%.+]] = py.matmul %arg0, [[TRANSPOSE]] : (tensor<?x128xf16>, tensor<128x64xf16>) -> tensor<?x64xf16>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[MATMUL]], %arg2 : (tensor<?x64xf16>, tensor<64xf16>) -> tensor<?x64xf16>
// CHECK-NEXT: return [[ADD]] : tensor<?x64xf16>
func.func @linear(%x: tensor<?x128xf16>, %w: tensor<64x128xf16>, %b: tensor<64xf16>) -> tensor<?x64xf16> {
  %r = py.linear %x, %w, %b : (tensor<?x128xf16>, tensor<64x128xf16>, tensor<64xf16>) -> tensor<?x64xf16>
  return %r : tensor<?x64xf16>
}

// CHECK-LABEL: func.func @linear_no_bias_1d(
// CHECK: [[TRANSPOSE:%.+]] = py.transpose %arg1 {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<64x128xf32> -> tensor<128x64xf32>
// A vector-matrix product is a multiply and a sum over K (a reduction).
// CHECK-NEXT: [[COL:%.+]] = py.unsqueeze %arg0 {dim = 1 : i64} : tensor<128xf32> -> tensor<128x1xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[COL]], [[TRANSPOSE]] : (tensor<128x1xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 0>} : tensor<128x64xf32> -> tensor<64xf32>
// CHECK-NEXT: return [[SUM]] : tensor<64xf32>
func.func @linear_no_bias_1d(%x: tensor<128xf32>, %w: tensor<64x128xf32>) -> tensor<64xf32> {
  %r = py.linear %x, %w : (tensor<128xf32>, tensor<64x128xf32>) -> tensor<64xf32>
  return %r : tensor<64xf32>
}

// The final py.cast restores the declared (less static) result type.
// CHECK-LABEL: func.func @linear_result_type_kept(
// CHECK: [[TRANSPOSE:%.+]] = py.transpose %arg1 {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<?x?xf32> -> tensor<?x?xf32>
// CHECK-NEXT: [[MATMUL:%.+]] = py.matmul %arg0, [[TRANSPOSE]] : (tensor<4x?xf32>, tensor<?x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[MATMUL]], %arg2 : (tensor<4x?xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: [[CAST:%.+]] = py.cast [[ADD]] : tensor<4x8xf32> -> tensor<4x?xf32>
// CHECK-NEXT: return [[CAST]] : tensor<4x?xf32>
func.func @linear_result_type_kept(%x: tensor<4x?xf32>, %w: tensor<?x?xf32>, %b: tensor<8xf32>) -> tensor<4x?xf32> {
  %r = py.linear %x, %w, %b : (tensor<4x?xf32>, tensor<?x?xf32>, tensor<8xf32>) -> tensor<4x?xf32>
  return %r : tensor<4x?xf32>
}

// CHECK-LABEL: func.func @flatten(
// CHECK: [[RESHAPE:%.+]] = py.reshape %arg0 {shape = array<i64: -1, 15>} : tensor<?x3x5xf32> -> tensor<?x15xf32>
// CHECK-NEXT: return [[RESHAPE]] : tensor<?x15xf32>
func.func @flatten(%x: tensor<?x3x5xf32>) -> tensor<?x15xf32> {
  %r = py.flatten %x {start_dim = 1 : i64} : tensor<?x3x5xf32> -> tensor<?x15xf32>
  return %r : tensor<?x15xf32>
}

// One unknown size becomes -1.
// CHECK-LABEL: func.func @flatten_all(
// CHECK: [[RESHAPE:%.+]] = py.reshape %arg0 {shape = array<i64: -1>} : tensor<2x?x5xf32> -> tensor<?xf32>
// CHECK-NEXT: return [[RESHAPE]] : tensor<?xf32>
func.func @flatten_all(%x: tensor<2x?x5xf32>) -> tensor<?xf32> {
  %r = py.flatten %x : tensor<2x?x5xf32> -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// Two unknown sizes: reshape cannot express it, flatten stays.
// CHECK-LABEL: func.func @test_not_flatten_two_dynamic(
// CHECK: [[FLATTEN:%.+]] = py.flatten %arg0 {start_dim = 1 : i64} : tensor<?x3x?xf32> -> tensor<?x?xf32>
// CHECK-NEXT: return [[FLATTEN]] : tensor<?x?xf32>
func.func @test_not_flatten_two_dynamic(%x: tensor<?x3x?xf32>) -> tensor<?x?xf32> {
  %r = py.flatten %x {start_dim = 1 : i64} : tensor<?x3x?xf32> -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// CHECK-LABEL: func.func @stack(
// CHECK: [[UNSQUEEZE:%.+]] = py.unsqueeze %arg0 {dim = 2 : i64} : tensor<4x?xf32> -> tensor<4x?x1xf32>
// CHECK-NEXT: [[UNSQUEEZE2:%.+]] = py.unsqueeze %arg1 {dim = 2 : i64} : tensor<4x3xf16> -> tensor<4x3x1xf16>
// CHECK-NEXT: [[CAT:%.+]] = py.cat [[UNSQUEEZE]], [[UNSQUEEZE2]] {dim = 2 : i64} : (tensor<4x?x1xf32>, tensor<4x3x1xf16>) -> tensor<4x3x2xf32>
// CHECK-NEXT: return [[CAT]] : tensor<4x3x2xf32>
func.func @stack(%a: tensor<4x?xf32>, %b: tensor<4x3xf16>) -> tensor<4x3x2xf32> {
  %r = py.stack %a, %b {dim = -1 : i64} : (tensor<4x?xf32>, tensor<4x3xf16>) -> tensor<4x3x2xf32>
  return %r : tensor<4x3x2xf32>
}

// CHECK-LABEL: func.func @sdpa(
// CHECK-DAG: [[C_0_353553385:%.+]] = py.constant dense<0.353553385> : tensor<f32>
// CHECK: [[TRANSPOSE:%.+]] = py.transpose %arg1 {dim0 = 2 : i64, dim1 = 3 : i64} : tensor<2x3x7x8xf32> -> tensor<2x3x8x7xf32>
// CHECK-NEXT: [[MATMUL:%.+]] = py.matmul %arg0, [[TRANSPOSE]] : (tensor<2x3x5x8xf32>, tensor<2x3x8x7xf32>) -> tensor<2x3x5x7xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[MATMUL]], [[C_0_353553385]] : (tensor<2x3x5x7xf32>, tensor<f32>) -> tensor<2x3x5x7xf32>
// CHECK-NEXT: [[AMAX:%.+]] = py.amax [[MUL]] {dims = array<i64: 3>, keepdim = true} : tensor<2x3x5x7xf32> -> tensor<2x3x5x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[MUL]], [[AMAX]] : (tensor<2x3x5x7xf32>, tensor<2x3x5x1xf32>) -> tensor<2x3x5x7xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<2x3x5x7xf32> -> tensor<2x3x5x7xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 3>, keepdim = true} : tensor<2x3x5x7xf32> -> tensor<2x3x5x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[EXP]], [[SUM]] : (tensor<2x3x5x7xf32>, tensor<2x3x5x1xf32>) -> tensor<2x3x5x7xf32>
// CHECK-NEXT: [[MATMUL2:%.+]] = py.matmul [[DIV]], %arg2 : (tensor<2x3x5x7xf32>, tensor<2x3x7x6xf32>) -> tensor<2x3x5x6xf32>
// CHECK-NEXT: return [[MATMUL2]] : tensor<2x3x5x6xf32>
func.func @sdpa(%q: tensor<2x3x5x8xf32>, %k: tensor<2x3x7x8xf32>, %v: tensor<2x3x7x6xf32>) -> tensor<2x3x5x6xf32> {
  %r = py.scaled_dot_product_attention %q, %k, %v : (tensor<2x3x5x8xf32>, tensor<2x3x7x8xf32>, tensor<2x3x7x6xf32>) -> tensor<2x3x5x6xf32>
  return %r : tensor<2x3x5x6xf32>
}

// Causal: row i sees columns j <= i, from two constant index ranges.
// Scores and softmax in f32, probabilities back to f16 for the second matmul.
// CHECK-LABEL: func.func @sdpa_causal_f16(
// CHECK-DAG: [[C_0__1__2__3__4:%.+]] = py.constant dense<[0, 1, 2, 3, 4, 5]> : tensor<6xi64>
// CHECK-DAG: [[C_0____1____2:%.+]] = py.constant dense<{{\[\[}}0], [1], [2], [3], [4], [5]]> : tensor<6x1xi64>
// CHECK-DAG: [[C_0xFF800000:%.+]] = py.constant dense<0xFF800000> : tensor<f32>
// CHECK-DAG: [[C_2_500000eM01:%.+]] = py.constant dense<2.500000e-01> : tensor<f32>
// CHECK: [[TRANSPOSE:%.+]] = py.transpose %arg1 {dim0 = 2 : i64, dim1 = 3 : i64} : tensor<?x4x6x16xf16> -> tensor<?x4x16x6xf16>
// CHECK-NEXT: [[MATMUL:%.+]] = py.matmul %arg0, [[TRANSPOSE]] : (tensor<?x4x6x16xf16>, tensor<?x4x16x6xf16>) -> tensor<?x4x6x6xf16>
// CHECK-NEXT: [[CAST:%.+]] = py.cast [[MATMUL]] : tensor<?x4x6x6xf16> -> tensor<?x4x6x6xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[CAST]], [[C_2_500000eM01]] : (tensor<?x4x6x6xf32>, tensor<f32>) -> tensor<?x4x6x6xf32>
// CHECK-NEXT: [[GE:%.+]] = py.ge [[C_0____1____2]], [[C_0__1__2__3__4]] : (tensor<6x1xi64>, tensor<6xi64>) -> tensor<6x6xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[GE]], [[MUL]], [[C_0xFF800000]] : (tensor<6x6xi1>, tensor<?x4x6x6xf32>, tensor<f32>) -> tensor<?x4x6x6xf32>
// CHECK-NEXT: [[AMAX:%.+]] = py.amax [[WHERE]] {dims = array<i64: 3>, keepdim = true} : tensor<?x4x6x6xf32> -> tensor<?x4x6x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[WHERE]], [[AMAX]] : (tensor<?x4x6x6xf32>, tensor<?x4x6x1xf32>) -> tensor<?x4x6x6xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<?x4x6x6xf32> -> tensor<?x4x6x6xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 3>, keepdim = true} : tensor<?x4x6x6xf32> -> tensor<?x4x6x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[EXP]], [[SUM]] : (tensor<?x4x6x6xf32>, tensor<?x4x6x1xf32>) -> tensor<?x4x6x6xf32>
// CHECK-NEXT: [[CAST2:%.+]] = py.cast [[DIV]] : tensor<?x4x6x6xf32> -> tensor<?x4x6x6xf16>
// CHECK-NEXT: [[MATMUL2:%.+]] = py.matmul [[CAST2]], %arg2 : (tensor<?x4x6x6xf16>, tensor<?x4x6x16xf16>) -> tensor<?x4x6x16xf16>
// CHECK-NEXT: return [[MATMUL2]] : tensor<?x4x6x16xf16>
func.func @sdpa_causal_f16(%q: tensor<?x4x6x16xf16>, %k: tensor<?x4x6x16xf16>, %v: tensor<?x4x6x16xf16>) -> tensor<?x4x6x16xf16> {
  %r = py.scaled_dot_product_attention %q, %k, %v {is_causal = true, scale = 2.500000e-01 : f64} : (tensor<?x4x6x16xf16>, tensor<?x4x6x16xf16>, tensor<?x4x6x16xf16>) -> tensor<?x4x6x16xf16>
  return %r : tensor<?x4x6x16xf16>
}

// A bool mask: where(mask, s, -inf); fully masked rows give 0 (safe softmax).
// CHECK-LABEL: func.func @sdpa_bool_mask(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0xFF800000:%.+]] = py.constant dense<0xFF800000> : tensor<f32>
// CHECK-DAG: [[C_0_353553385:%.+]] = py.constant dense<0.353553385> : tensor<f32>
// CHECK: [[TRANSPOSE:%.+]] = py.transpose %arg1 {dim0 = 1 : i64, dim1 = 2 : i64} : tensor<?x7x8xf32> -> tensor<?x8x7xf32>
// CHECK-NEXT: [[MATMUL:%.+]] = py.matmul %arg0, [[TRANSPOSE]] : (tensor<?x5x8xf32>, tensor<?x8x7xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[MATMUL]], [[C_0_353553385]] : (tensor<?x5x7xf32>, tensor<f32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[WHERE:%.+]] = py.where %arg3, [[MUL]], [[C_0xFF800000]] : (tensor<5x7xi1>, tensor<?x5x7xf32>, tensor<f32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[AMAX:%.+]] = py.amax [[WHERE]] {dims = array<i64: 2>, keepdim = true} : tensor<?x5x7xf32> -> tensor<?x5x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[WHERE]], [[AMAX]] : (tensor<?x5x7xf32>, tensor<?x5x1xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<?x5x7xf32> -> tensor<?x5x7xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 2>, keepdim = true} : tensor<?x5x7xf32> -> tensor<?x5x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[EXP]], [[SUM]] : (tensor<?x5x7xf32>, tensor<?x5x1xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[AMAX]], [[C_0xFF800000]] : (tensor<?x5x1xf32>, tensor<f32>) -> tensor<?x5x1xi1>
// CHECK-NEXT: [[WHERE2:%.+]] = py.where [[EQ]], [[C_0_000000e00]], [[DIV]] : (tensor<?x5x1xi1>, tensor<f32>, tensor<?x5x7xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[MATMUL2:%.+]] = py.matmul [[WHERE2]], %arg2 : (tensor<?x5x7xf32>, tensor<?x7x8xf32>) -> tensor<?x5x8xf32>
// CHECK-NEXT: return [[MATMUL2]] : tensor<?x5x8xf32>
func.func @sdpa_bool_mask(%q: tensor<?x5x8xf32>, %k: tensor<?x7x8xf32>, %v: tensor<?x7x8xf32>, %m: tensor<5x7xi1>) -> tensor<?x5x8xf32> {
  %r = py.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<?x5x8xf32>, tensor<?x7x8xf32>, tensor<?x7x8xf32>, tensor<5x7xi1>) -> tensor<?x5x8xf32>
  return %r : tensor<?x5x8xf32>
}

// CHECK-LABEL: func.func @sdpa_float_mask(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0xFF800000:%.+]] = py.constant dense<0xFF800000> : tensor<f32>
// CHECK-DAG: [[C_0_353553385:%.+]] = py.constant dense<0.353553385> : tensor<f32>
// CHECK: [[TRANSPOSE:%.+]] = py.transpose %arg1 {dim0 = 1 : i64, dim1 = 2 : i64} : tensor<?x7x8xf32> -> tensor<?x8x7xf32>
// CHECK-NEXT: [[MATMUL:%.+]] = py.matmul %arg0, [[TRANSPOSE]] : (tensor<?x5x8xf32>, tensor<?x8x7xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[MATMUL]], [[C_0_353553385]] : (tensor<?x5x7xf32>, tensor<f32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[MUL]], %arg3 : (tensor<?x5x7xf32>, tensor<5x7xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[AMAX:%.+]] = py.amax [[ADD]] {dims = array<i64: 2>, keepdim = true} : tensor<?x5x7xf32> -> tensor<?x5x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[ADD]], [[AMAX]] : (tensor<?x5x7xf32>, tensor<?x5x1xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<?x5x7xf32> -> tensor<?x5x7xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 2>, keepdim = true} : tensor<?x5x7xf32> -> tensor<?x5x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[EXP]], [[SUM]] : (tensor<?x5x7xf32>, tensor<?x5x1xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[AMAX]], [[C_0xFF800000]] : (tensor<?x5x1xf32>, tensor<f32>) -> tensor<?x5x1xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[EQ]], [[C_0_000000e00]], [[DIV]] : (tensor<?x5x1xi1>, tensor<f32>, tensor<?x5x7xf32>) -> tensor<?x5x7xf32>
// CHECK-NEXT: [[MATMUL2:%.+]] = py.matmul [[WHERE]], %arg2 : (tensor<?x5x7xf32>, tensor<?x7x8xf32>) -> tensor<?x5x8xf32>
// CHECK-NEXT: return [[MATMUL2]] : tensor<?x5x8xf32>
func.func @sdpa_float_mask(%q: tensor<?x5x8xf32>, %k: tensor<?x7x8xf32>, %v: tensor<?x7x8xf32>, %m: tensor<5x7xf32>) -> tensor<?x5x8xf32> {
  %r = py.scaled_dot_product_attention %q, %k, %v mask %m : (tensor<?x5x8xf32>, tensor<?x7x8xf32>, tensor<?x7x8xf32>, tensor<5x7xf32>) -> tensor<?x5x8xf32>
  return %r : tensor<?x5x8xf32>
}

// Causal with a dynamic sequence length: the index ranges need static L, S.
// CHECK-LABEL: func.func @test_not_sdpa_causal_dynamic(
// CHECK: [[SCALED_DOT_PRODUCT_ATTENTION:%.+]] = py.scaled_dot_product_attention %arg0, %arg1, %arg2 {is_causal = true} : (tensor<2x?x8xf32>, tensor<2x?x8xf32>, tensor<2x?x8xf32>) -> tensor<2x?x8xf32>
// CHECK-NEXT: return [[SCALED_DOT_PRODUCT_ATTENTION]] : tensor<2x?x8xf32>
func.func @test_not_sdpa_causal_dynamic(%q: tensor<2x?x8xf32>, %k: tensor<2x?x8xf32>, %v: tensor<2x?x8xf32>) -> tensor<2x?x8xf32> {
  %r = py.scaled_dot_product_attention %q, %k, %v {is_causal = true} : (tensor<2x?x8xf32>, tensor<2x?x8xf32>, tensor<2x?x8xf32>) -> tensor<2x?x8xf32>
  return %r : tensor<2x?x8xf32>
}

// Pooling keeps its own kernel; views, cat, matmul, scans are primitive.
// CHECK-LABEL: func.func @test_not_primitive_or_pooling(
// CHECK: [[MAX_POOL:%.+]] = py.max_pool %arg0 {kernel_size = array<i64: 2, 2>} : tensor<2x3x8x8xf32> -> tensor<2x3x4x4xf32>
// CHECK-NEXT: [[AVG_POOL:%.+]] = py.avg_pool %arg0 {kernel_size = array<i64: 2, 2>} : tensor<2x3x8x8xf32> -> tensor<2x3x4x4xf32>
// CHECK-NEXT: [[TRANSPOSE:%.+]] = py.transpose %arg0 {dim0 = 2 : i64, dim1 = 3 : i64} : tensor<2x3x8x8xf32> -> tensor<2x3x8x8xf32>
// CHECK-NEXT: [[MATMUL:%.+]] = py.matmul [[TRANSPOSE]], %arg1 : (tensor<2x3x8x8xf32>, tensor<8x4xf32>) -> tensor<2x3x8x4xf32>
// CHECK-NEXT: [[CAT:%.+]] = py.cat %arg0, [[TRANSPOSE]] : (tensor<2x3x8x8xf32>, tensor<2x3x8x8xf32>) -> tensor<4x3x8x8xf32>
// CHECK-NEXT: [[CUMPROD:%.+]] = py.cumprod [[CAT]] {dim = 1 : i64} : tensor<4x3x8x8xf32> -> tensor<4x3x8x8xf32>
// CHECK-NEXT: return [[MAX_POOL]], [[AVG_POOL]], [[MATMUL]], [[CUMPROD]] : tensor<2x3x4x4xf32>, tensor<2x3x4x4xf32>, tensor<2x3x8x4xf32>, tensor<4x3x8x8xf32>
func.func @test_not_primitive_or_pooling(%x: tensor<2x3x8x8xf32>, %w: tensor<8x4xf32>) -> (tensor<2x3x4x4xf32>, tensor<2x3x4x4xf32>, tensor<2x3x8x4xf32>, tensor<4x3x8x8xf32>) {
  %mp = py.max_pool %x {kernel_size = array<i64: 2, 2>} : tensor<2x3x8x8xf32> -> tensor<2x3x4x4xf32>
  %ap = py.avg_pool %x {kernel_size = array<i64: 2, 2>} : tensor<2x3x8x8xf32> -> tensor<2x3x4x4xf32>
  %t = py.transpose %x {dim0 = 2 : i64, dim1 = 3 : i64} : tensor<2x3x8x8xf32> -> tensor<2x3x8x8xf32>
  %mm = py.matmul %t, %w : (tensor<2x3x8x8xf32>, tensor<8x4xf32>) -> tensor<2x3x8x4xf32>
  %c = py.cat %x, %t {dim = 0 : i64} : (tensor<2x3x8x8xf32>, tensor<2x3x8x8xf32>) -> tensor<4x3x8x8xf32>
  %cp = py.cumprod %c {dim = 1 : i64} : tensor<4x3x8x8xf32> -> tensor<4x3x8x8xf32>
  return %mp, %ap, %mm, %cp : tensor<2x3x4x4xf32>, tensor<2x3x4x4xf32>, tensor<2x3x8x4xf32>, tensor<4x3x8x8xf32>
}

// -----

// CHECK-LABEL: func.func @matvec(
// CHECK: [[WA:%.+]] = py.cast %arg0 : tensor<5x7xf16> -> tensor<5x7xf32>
// CHECK-NEXT: [[WB:%.+]] = py.cast %arg1 : tensor<7xf16> -> tensor<7xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[WA]], [[WB]] : (tensor<5x7xf32>, tensor<7xf32>) -> tensor<5x7xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>} : tensor<5x7xf32> -> tensor<5xf32>
// CHECK-NEXT: [[OUT:%.+]] = py.cast [[SUM]] : tensor<5xf32> -> tensor<5xf16>
// CHECK-NEXT: return [[OUT]] : tensor<5xf16>
func.func @matvec(%a: tensor<5x7xf16>, %v: tensor<7xf16>) -> tensor<5xf16> {
  %r = py.matmul %a, %v : (tensor<5x7xf16>, tensor<7xf16>) -> tensor<5xf16>
  return %r : tensor<5xf16>
}

// -----

// CHECK-LABEL: func.func @test_not_matmul_2d(
// CHECK-NEXT: py.matmul %arg0, %arg1
func.func @test_not_matmul_2d(%a: tensor<5x7xf32>, %b: tensor<7x3xf32>) -> tensor<5x3xf32> {
  %r = py.matmul %a, %b : (tensor<5x7xf32>, tensor<7x3xf32>) -> tensor<5x3xf32>
  return %r : tensor<5x3xf32>
}
