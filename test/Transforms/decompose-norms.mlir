// RUN: py2triton-opt %s -py-decompose | FileCheck %s

// Normalisation ops. Statistics use the biased variance; per-channel operands
// of batch, group and instance norm are reshaped to [1, C, 1, ...].

// CHECK-LABEL: func.func @layer_norm(
// CHECK-DAG: [[C_9_99999974EM6:%.+]] = py.constant dense<9.99999974E-6> : tensor<f32>
// CHECK-DAG: [[C_6_300000e01:%.+]] = py.constant dense<6.300000e+01> : tensor<f32>
// CHECK: [[SUM:%.+]] = py.sum %arg0 {dims = array<i64: 1, 2>, keepdim = true} : tensor<?x7x9xf32> -> tensor<?x1x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_6_300000e01]] : (tensor<?x1x1xf32>, tensor<f32>) -> tensor<?x1x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[DIV]] : (tensor<?x7x9xf32>, tensor<?x1x1xf32>) -> tensor<?x7x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<?x7x9xf32>, tensor<?x7x9xf32>) -> tensor<?x7x9xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL]] {dims = array<i64: 1, 2>, keepdim = true} : tensor<?x7x9xf32> -> tensor<?x1x1xf32>
// CHECK-NEXT: [[DIV2:%.+]] = py.div [[SUM2]], [[C_6_300000e01]] : (tensor<?x1x1xf32>, tensor<f32>) -> tensor<?x1x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[DIV2]], [[C_9_99999974EM6]] : (tensor<?x1x1xf32>, tensor<f32>) -> tensor<?x1x1xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<?x1x1xf32> -> tensor<?x1x1xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[SUB]], [[RSQRT]] : (tensor<?x7x9xf32>, tensor<?x1x1xf32>) -> tensor<?x7x9xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[MUL2]], %arg1 : (tensor<?x7x9xf32>, tensor<7x9xf32>) -> tensor<?x7x9xf32>
// CHECK-NEXT: [[ADD2:%.+]] = py.add [[MUL3]], %arg2 : (tensor<?x7x9xf32>, tensor<7x9xf32>) -> tensor<?x7x9xf32>
// CHECK-NEXT: return [[ADD2]] : tensor<?x7x9xf32>
func.func @layer_norm(%x: tensor<?x7x9xf32>, %w: tensor<7x9xf32>, %b: tensor<7x9xf32>) -> tensor<?x7x9xf32> {
  %r = py.layer_norm %x weight %w bias %b {normalized_shape = array<i64: 7, 9>} : (tensor<?x7x9xf32>, tensor<7x9xf32>, tensor<7x9xf32>) -> tensor<?x7x9xf32>
  return %r : tensor<?x7x9xf32>
}

// The count comes from normalized_shape, so a dynamic input dim is fine.
// CHECK-LABEL: func.func @layer_norm_f16_no_affine(
// CHECK-DAG: [[C_9_99999997EM7:%.+]] = py.constant dense<9.99999997E-7> : tensor<f32>
// CHECK-DAG: [[C_6_400000e01:%.+]] = py.constant dense<6.400000e+01> : tensor<f32>
// CHECK: [[CAST:%.+]] = py.cast %arg0 : tensor<4x?xf16> -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[CAST]] {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_6_400000e01]] : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[CAST]], [[DIV]] : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[DIV2:%.+]] = py.div [[SUM2]], [[C_6_400000e01]] : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[DIV2]], [[C_9_99999997EM7]] : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<4x1xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[SUB]], [[RSQRT]] : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[CAST2:%.+]] = py.cast [[MUL2]] : tensor<4x?xf32> -> tensor<4x?xf16>
// CHECK-NEXT: return [[CAST2]] : tensor<4x?xf16>
func.func @layer_norm_f16_no_affine(%x: tensor<4x?xf16>) -> tensor<4x?xf16> {
  %r = py.layer_norm %x {normalized_shape = array<i64: 64>, eps = 1.0e-6 : f64} : (tensor<4x?xf16>) -> tensor<4x?xf16>
  return %r : tensor<4x?xf16>
}

// eps absent: torch uses the epsilon of f32 (its opmath type), 2^-23.
// CHECK-LABEL: func.func @rms_norm(
// CHECK-DAG: [[C_1_1920929EM7:%.+]] = py.constant dense<1.1920929E-7> : tensor<f32>
// CHECK-DAG: [[C_6_400000e01:%.+]] = py.constant dense<6.400000e+01> : tensor<f32>
// CHECK: [[MUL:%.+]] = py.mul %arg0, %arg0 : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>, keepdim = true} : tensor<?x64xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_6_400000e01]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[DIV]], [[C_1_1920929EM7]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul %arg0, [[RSQRT]] : (tensor<?x64xf32>, tensor<?x1xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[MUL2]], %arg1 : (tensor<?x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: return [[MUL3]] : tensor<?x64xf32>
func.func @rms_norm(%x: tensor<?x64xf32>, %w: tensor<64xf32>) -> tensor<?x64xf32> {
  %r = py.rms_norm %x weight %w {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
  return %r : tensor<?x64xf32>
}

// torch casts back to the input dtype before multiplying by the weight.
// CHECK-LABEL: func.func @rms_norm_bf16(
// CHECK-DAG: [[C_9_99999997EM7:%.+]] = py.constant dense<9.99999997E-7> : tensor<f32>
// CHECK-DAG: [[C_6_400000e01:%.+]] = py.constant dense<6.400000e+01> : tensor<f32>
// CHECK: [[CAST:%.+]] = py.cast %arg0 : tensor<?x64xbf16> -> tensor<?x64xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[CAST]], [[CAST]] : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>, keepdim = true} : tensor<?x64xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_6_400000e01]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[DIV]], [[C_9_99999997EM7]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[CAST]], [[RSQRT]] : (tensor<?x64xf32>, tensor<?x1xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: [[CAST2:%.+]] = py.cast [[MUL2]] : tensor<?x64xf32> -> tensor<?x64xbf16>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[CAST2]], %arg1 : (tensor<?x64xbf16>, tensor<64xbf16>) -> tensor<?x64xbf16>
// CHECK-NEXT: return [[MUL3]] : tensor<?x64xbf16>
func.func @rms_norm_bf16(%x: tensor<?x64xbf16>, %w: tensor<64xbf16>) -> tensor<?x64xbf16> {
  %r = py.rms_norm %x weight %w {normalized_shape = array<i64: 64>, eps = 1.0e-6 : f64} : (tensor<?x64xbf16>, tensor<64xbf16>) -> tensor<?x64xbf16>
  return %r : tensor<?x64xbf16>
}

// CHECK-LABEL: func.func @batch_norm(
// CHECK-DAG: [[C_9_99999974EM6:%.+]] = py.constant dense<9.99999974E-6> : tensor<f32>
// CHECK: [[RESHAPE:%.+]] = py.reshape %arg1 {shape = array<i64: 1, 16, 1, 1>} : tensor<16xf32> -> tensor<1x16x1x1xf32>
// CHECK-NEXT: [[RESHAPE2:%.+]] = py.reshape %arg2 {shape = array<i64: 1, 16, 1, 1>} : tensor<16xf32> -> tensor<1x16x1x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[RESHAPE2]], [[C_9_99999974EM6]] : (tensor<1x16x1x1xf32>, tensor<f32>) -> tensor<1x16x1x1xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<1x16x1x1xf32> -> tensor<1x16x1x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[RESHAPE]] : (tensor<?x16x8x8xf32>, tensor<1x16x1x1xf32>) -> tensor<?x16x8x8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[RSQRT]] : (tensor<?x16x8x8xf32>, tensor<1x16x1x1xf32>) -> tensor<?x16x8x8xf32>
// CHECK-NEXT: [[RESHAPE3:%.+]] = py.reshape %arg3 {shape = array<i64: 1, 16, 1, 1>} : tensor<16xf32> -> tensor<1x16x1x1xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[MUL]], [[RESHAPE3]] : (tensor<?x16x8x8xf32>, tensor<1x16x1x1xf32>) -> tensor<?x16x8x8xf32>
// CHECK-NEXT: [[RESHAPE4:%.+]] = py.reshape %arg4 {shape = array<i64: 1, 16, 1, 1>} : tensor<16xf32> -> tensor<1x16x1x1xf32>
// CHECK-NEXT: [[ADD2:%.+]] = py.add [[MUL2]], [[RESHAPE4]] : (tensor<?x16x8x8xf32>, tensor<1x16x1x1xf32>) -> tensor<?x16x8x8xf32>
// CHECK-NEXT: return [[ADD2]] : tensor<?x16x8x8xf32>
func.func @batch_norm(%x: tensor<?x16x8x8xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>, %w: tensor<16xf32>, %b: tensor<16xf32>) -> tensor<?x16x8x8xf32> {
  %r = py.batch_norm %x, %m, %v weight %w bias %b : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
  return %r : tensor<?x16x8x8xf32>
}

// Rank 2 ([N, C]): the [C] operands broadcast as they are.
// CHECK-LABEL: func.func @batch_norm_2d(
// CHECK-DAG: [[C_1_000000eM03:%.+]] = py.constant dense<1.000000e-03> : tensor<f32>
// CHECK: [[ADD:%.+]] = py.add %arg2, [[C_1_000000eM03]] : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<16xf32> -> tensor<16xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, %arg1 : (tensor<?x16xf32>, tensor<16xf32>) -> tensor<?x16xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[RSQRT]] : (tensor<?x16xf32>, tensor<16xf32>) -> tensor<?x16xf32>
// CHECK-NEXT: return [[MUL]] : tensor<?x16xf32>
func.func @batch_norm_2d(%x: tensor<?x16xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>) -> tensor<?x16xf32> {
  %r = py.batch_norm %x, %m, %v {eps = 1.0e-3 : f64} : (tensor<?x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16xf32>
  return %r : tensor<?x16xf32>
}

// CHECK-LABEL: func.func @group_norm(
// CHECK-DAG: [[C_9_99999974EM6:%.+]] = py.constant dense<9.99999974E-6> : tensor<f32>
// CHECK-DAG: [[C_3_200000e01:%.+]] = py.constant dense<3.200000e+01> : tensor<f32>
// CHECK: [[RESHAPE:%.+]] = py.reshape %arg0 {shape = array<i64: -1, 4, 4, 8>} : tensor<?x16x8xf32> -> tensor<?x4x4x8xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[RESHAPE]] {dims = array<i64: 2, 3>, keepdim = true} : tensor<?x4x4x8xf32> -> tensor<?x4x1x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_3_200000e01]] : (tensor<?x4x1x1xf32>, tensor<f32>) -> tensor<?x4x1x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[RESHAPE]], [[DIV]] : (tensor<?x4x4x8xf32>, tensor<?x4x1x1xf32>) -> tensor<?x4x4x8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<?x4x4x8xf32>, tensor<?x4x4x8xf32>) -> tensor<?x4x4x8xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL]] {dims = array<i64: 2, 3>, keepdim = true} : tensor<?x4x4x8xf32> -> tensor<?x4x1x1xf32>
// CHECK-NEXT: [[DIV2:%.+]] = py.div [[SUM2]], [[C_3_200000e01]] : (tensor<?x4x1x1xf32>, tensor<f32>) -> tensor<?x4x1x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[DIV2]], [[C_9_99999974EM6]] : (tensor<?x4x1x1xf32>, tensor<f32>) -> tensor<?x4x1x1xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<?x4x1x1xf32> -> tensor<?x4x1x1xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[SUB]], [[RSQRT]] : (tensor<?x4x4x8xf32>, tensor<?x4x1x1xf32>) -> tensor<?x4x4x8xf32>
// CHECK-NEXT: [[RESHAPE2:%.+]] = py.reshape [[MUL2]] {shape = array<i64: -1, 16, 8>} : tensor<?x4x4x8xf32> -> tensor<?x16x8xf32>
// CHECK-NEXT: [[RESHAPE3:%.+]] = py.reshape %arg1 {shape = array<i64: 1, 16, 1>} : tensor<16xf32> -> tensor<1x16x1xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[RESHAPE2]], [[RESHAPE3]] : (tensor<?x16x8xf32>, tensor<1x16x1xf32>) -> tensor<?x16x8xf32>
// CHECK-NEXT: [[RESHAPE4:%.+]] = py.reshape %arg2 {shape = array<i64: 1, 16, 1>} : tensor<16xf32> -> tensor<1x16x1xf32>
// CHECK-NEXT: [[ADD2:%.+]] = py.add [[MUL3]], [[RESHAPE4]] : (tensor<?x16x8xf32>, tensor<1x16x1xf32>) -> tensor<?x16x8xf32>
// CHECK-NEXT: return [[ADD2]] : tensor<?x16x8xf32>
func.func @group_norm(%x: tensor<?x16x8xf32>, %w: tensor<16xf32>, %b: tensor<16xf32>) -> tensor<?x16x8xf32> {
  %r = py.group_norm %x weight %w bias %b {num_groups = 4 : i64} : (tensor<?x16x8xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8xf32>
  return %r : tensor<?x16x8xf32>
}

// Two unknown sizes cannot be reshaped: group_norm stays.
// CHECK-LABEL: func.func @test_not_group_norm_dynamic(
// CHECK: [[GROUP_NORM:%.+]] = py.group_norm %arg0 {num_groups = 4 : i64} : (tensor<?x16x?xf32>) -> tensor<?x16x?xf32>
// CHECK-NEXT: return [[GROUP_NORM]] : tensor<?x16x?xf32>
func.func @test_not_group_norm_dynamic(%x: tensor<?x16x?xf32>) -> tensor<?x16x?xf32> {
  %r = py.group_norm %x {num_groups = 4 : i64} : (tensor<?x16x?xf32>) -> tensor<?x16x?xf32>
  return %r : tensor<?x16x?xf32>
}

// CHECK-LABEL: func.func @instance_norm(
// CHECK-DAG: [[C_9_99999974EM6:%.+]] = py.constant dense<9.99999974E-6> : tensor<f32>
// CHECK-DAG: [[C_3_500000e01:%.+]] = py.constant dense<3.500000e+01> : tensor<f32>
// CHECK: [[SUM:%.+]] = py.sum %arg0 {dims = array<i64: 2, 3>, keepdim = true} : tensor<2x6x5x7xf32> -> tensor<2x6x1x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_3_500000e01]] : (tensor<2x6x1x1xf32>, tensor<f32>) -> tensor<2x6x1x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[DIV]] : (tensor<2x6x5x7xf32>, tensor<2x6x1x1xf32>) -> tensor<2x6x5x7xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<2x6x5x7xf32>, tensor<2x6x5x7xf32>) -> tensor<2x6x5x7xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL]] {dims = array<i64: 2, 3>, keepdim = true} : tensor<2x6x5x7xf32> -> tensor<2x6x1x1xf32>
// CHECK-NEXT: [[DIV2:%.+]] = py.div [[SUM2]], [[C_3_500000e01]] : (tensor<2x6x1x1xf32>, tensor<f32>) -> tensor<2x6x1x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[DIV2]], [[C_9_99999974EM6]] : (tensor<2x6x1x1xf32>, tensor<f32>) -> tensor<2x6x1x1xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<2x6x1x1xf32> -> tensor<2x6x1x1xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[SUB]], [[RSQRT]] : (tensor<2x6x5x7xf32>, tensor<2x6x1x1xf32>) -> tensor<2x6x5x7xf32>
// CHECK-NEXT: [[RESHAPE:%.+]] = py.reshape %arg1 {shape = array<i64: 1, 6, 1, 1>} : tensor<6xf32> -> tensor<1x6x1x1xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[MUL2]], [[RESHAPE]] : (tensor<2x6x5x7xf32>, tensor<1x6x1x1xf32>) -> tensor<2x6x5x7xf32>
// CHECK-NEXT: [[RESHAPE2:%.+]] = py.reshape %arg2 {shape = array<i64: 1, 6, 1, 1>} : tensor<6xf32> -> tensor<1x6x1x1xf32>
// CHECK-NEXT: [[ADD2:%.+]] = py.add [[MUL3]], [[RESHAPE2]] : (tensor<2x6x5x7xf32>, tensor<1x6x1x1xf32>) -> tensor<2x6x5x7xf32>
// CHECK-NEXT: return [[ADD2]] : tensor<2x6x5x7xf32>
func.func @instance_norm(%x: tensor<2x6x5x7xf32>, %w: tensor<6xf32>, %b: tensor<6xf32>) -> tensor<2x6x5x7xf32> {
  %r = py.instance_norm %x weight %w bias %b : (tensor<2x6x5x7xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x5x7xf32>
  return %r : tensor<2x6x5x7xf32>
}

// Dynamic spatial size: the statistics fall back to py.mean, the only
// composite op left.
// CHECK-LABEL: func.func @instance_norm_dynamic(
// CHECK-DAG: [[C_9_99999974EM6:%.+]] = py.constant dense<9.99999974E-6> : tensor<f32>
// CHECK: [[MEAN:%.+]] = py.mean %arg0 {dims = array<i64: 2>, keepdim = true} : tensor<2x6x?xf32> -> tensor<2x6x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[MEAN]] : (tensor<2x6x?xf32>, tensor<2x6x1xf32>) -> tensor<2x6x?xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<2x6x?xf32>, tensor<2x6x?xf32>) -> tensor<2x6x?xf32>
// CHECK-NEXT: [[MEAN2:%.+]] = py.mean [[MUL]] {dims = array<i64: 2>, keepdim = true} : tensor<2x6x?xf32> -> tensor<2x6x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[MEAN2]], [[C_9_99999974EM6]] : (tensor<2x6x1xf32>, tensor<f32>) -> tensor<2x6x1xf32>
// CHECK-NEXT: [[RSQRT:%.+]] = py.rsqrt [[ADD]] : tensor<2x6x1xf32> -> tensor<2x6x1xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[SUB]], [[RSQRT]] : (tensor<2x6x?xf32>, tensor<2x6x1xf32>) -> tensor<2x6x?xf32>
// CHECK-NEXT: return [[MUL2]] : tensor<2x6x?xf32>
func.func @instance_norm_dynamic(%x: tensor<2x6x?xf32>) -> tensor<2x6x?xf32> {
  %r = py.instance_norm %x : (tensor<2x6x?xf32>) -> tensor<2x6x?xf32>
  return %r : tensor<2x6x?xf32>
}

// CHECK-LABEL: func.func @normalize(
// CHECK-DAG: [[C_9_99999996EM13:%.+]] = py.constant dense<9.99999996E-13> : tensor<f32>
// CHECK: [[MUL:%.+]] = py.mul %arg0, %arg0 : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>, keepdim = true} : tensor<?x64xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[SQRT:%.+]] = py.sqrt [[SUM]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[SQRT]], [[C_9_99999996EM13]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div %arg0, [[MAXIMUM]] : (tensor<?x64xf32>, tensor<?x1xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: return [[DIV]] : tensor<?x64xf32>
func.func @normalize(%x: tensor<?x64xf32>) -> tensor<?x64xf32> {
  %r = py.normalize %x {dim = -1 : i64} : tensor<?x64xf32> -> tensor<?x64xf32>
  return %r : tensor<?x64xf32>
}

// CHECK-LABEL: func.func @normalize_p1(
// CHECK-DAG: [[C_9_99999997EM7:%.+]] = py.constant dense<9.99999997E-7> : tensor<f32>
// CHECK: [[ABS:%.+]] = py.abs %arg0 : tensor<?x64xf32> -> tensor<?x64xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[ABS]] {dims = array<i64: 1>, keepdim = true} : tensor<?x64xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[SUM]], [[C_9_99999997EM7]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div %arg0, [[MAXIMUM]] : (tensor<?x64xf32>, tensor<?x1xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: return [[DIV]] : tensor<?x64xf32>
func.func @normalize_p1(%x: tensor<?x64xf32>) -> tensor<?x64xf32> {
  %r = py.normalize %x {p = 1.0 : f64, dim = 1 : i64, eps = 1.0e-6 : f64} : tensor<?x64xf32> -> tensor<?x64xf32>
  return %r : tensor<?x64xf32>
}

// Current torch (ATen cosine_similarity): each norm is clamped separately,
// sum((a / max(|a|, eps)) * (b / max(|b|, eps))).
// CHECK-LABEL: func.func @cosine_similarity(
// CHECK-DAG: [[C_9_99999993EM9:%.+]] = py.constant dense<9.99999993E-9> : tensor<f32>
// CHECK: [[MUL:%.+]] = py.mul %arg0, %arg0 : (tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>, keepdim = true} : tensor<?x64xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[SQRT:%.+]] = py.sqrt [[SUM]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[SQRT]], [[C_9_99999993EM9]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div %arg0, [[MAXIMUM]] : (tensor<?x64xf32>, tensor<?x1xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul %arg1, %arg1 : (tensor<1x64xf32>, tensor<1x64xf32>) -> tensor<1x64xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL2]] {dims = array<i64: 1>, keepdim = true} : tensor<1x64xf32> -> tensor<1x1xf32>
// CHECK-NEXT: [[SQRT2:%.+]] = py.sqrt [[SUM2]] : tensor<1x1xf32> -> tensor<1x1xf32>
// CHECK-NEXT: [[MAXIMUM2:%.+]] = py.maximum [[SQRT2]], [[C_9_99999993EM9]] : (tensor<1x1xf32>, tensor<f32>) -> tensor<1x1xf32>
// CHECK-NEXT: [[DIV2:%.+]] = py.div %arg1, [[MAXIMUM2]] : (tensor<1x64xf32>, tensor<1x1xf32>) -> tensor<1x64xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[DIV]], [[DIV2]] : (tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?x64xf32>
// CHECK-NEXT: [[SUM3:%.+]] = py.sum [[MUL3]] {dims = array<i64: 1>} : tensor<?x64xf32> -> tensor<?xf32>
// CHECK-NEXT: return [[SUM3]] : tensor<?xf32>
func.func @cosine_similarity(%a: tensor<?x64xf32>, %b: tensor<1x64xf32>) -> tensor<?xf32> {
  %r = py.cosine_similarity %a, %b {dim = -1 : i64} : (tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// The reduced dim of %b is broadcast (1 -> 8): %b is expanded first, so its
// norm counts every copy, as torch's expand_outplace does.
// CHECK-LABEL: func.func @cosine_similarity_broadcast_dim(
// CHECK-DAG: [[C_9_99999993EM9:%.+]] = py.constant dense<9.99999993E-9> : tensor<f32>
// CHECK: [[EXPAND:%.+]] = py.expand %arg1 {sizes = array<i64: -1, 8>} : tensor<5x1xf32> -> tensor<5x8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul %arg0, %arg0 : (tensor<5x8xf32>, tensor<5x8xf32>) -> tensor<5x8xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>, keepdim = true} : tensor<5x8xf32> -> tensor<5x1xf32>
// CHECK-NEXT: [[SQRT:%.+]] = py.sqrt [[SUM]] : tensor<5x1xf32> -> tensor<5x1xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[SQRT]], [[C_9_99999993EM9]] : (tensor<5x1xf32>, tensor<f32>) -> tensor<5x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div %arg0, [[MAXIMUM]] : (tensor<5x8xf32>, tensor<5x1xf32>) -> tensor<5x8xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[EXPAND]], [[EXPAND]] : (tensor<5x8xf32>, tensor<5x8xf32>) -> tensor<5x8xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL2]] {dims = array<i64: 1>, keepdim = true} : tensor<5x8xf32> -> tensor<5x1xf32>
// CHECK-NEXT: [[SQRT2:%.+]] = py.sqrt [[SUM2]] : tensor<5x1xf32> -> tensor<5x1xf32>
// CHECK-NEXT: [[MAXIMUM2:%.+]] = py.maximum [[SQRT2]], [[C_9_99999993EM9]] : (tensor<5x1xf32>, tensor<f32>) -> tensor<5x1xf32>
// CHECK-NEXT: [[DIV2:%.+]] = py.div [[EXPAND]], [[MAXIMUM2]] : (tensor<5x8xf32>, tensor<5x1xf32>) -> tensor<5x8xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[DIV]], [[DIV2]] : (tensor<5x8xf32>, tensor<5x8xf32>) -> tensor<5x8xf32>
// CHECK-NEXT: [[SUM3:%.+]] = py.sum [[MUL3]] {dims = array<i64: 1>} : tensor<5x8xf32> -> tensor<5xf32>
// CHECK-NEXT: return [[SUM3]] : tensor<5xf32>
func.func @cosine_similarity_broadcast_dim(%a: tensor<5x8xf32>, %b: tensor<5x1xf32>) -> tensor<5xf32> {
  %r = py.cosine_similarity %a, %b : (tensor<5x8xf32>, tensor<5x1xf32>) -> tensor<5xf32>
  return %r : tensor<5xf32>
}
