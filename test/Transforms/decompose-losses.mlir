// RUN: py2triton-opt %s -py-decompose | FileCheck %s

// Losses: the per-element loss, then the reduction ('none' keeps it, 'sum'
// sums, 'mean' divides the sum by the element count).

// CHECK-LABEL: func.func @mse_mean(
// CHECK-DAG: [[C_5_400000e01:%.+]] = py.constant dense<5.400000e+01> : tensor<f32>
// CHECK: [[SUB:%.+]] = py.sub %arg0, %arg1 : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<6x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<6x9xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 0, 1>} : tensor<6x9xf32> -> tensor<f32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_5_400000e01]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK-NEXT: return [[DIV]] : tensor<f32>
func.func @mse_mean(%x: tensor<6x9xf32>, %y: tensor<6x9xf32>) -> tensor<f32> {
  %r = py.mse_loss %x, %y : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// A dynamic element count: 'mean' falls back to py.mean.
// CHECK-LABEL: func.func @mse_mean_dynamic(
// CHECK: [[SUB:%.+]] = py.sub %arg0, %arg1 : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[MEAN:%.+]] = py.mean [[MUL]] {dims = array<i64: 0, 1>} : tensor<?x9xf32> -> tensor<f32>
// CHECK-NEXT: return [[MEAN]] : tensor<f32>
func.func @mse_mean_dynamic(%x: tensor<?x9xf32>, %y: tensor<?x9xf32>) -> tensor<f32> {
  %r = py.mse_loss %x, %y : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// CHECK-LABEL: func.func @l1_sum(
// CHECK: [[SUB:%.+]] = py.sub %arg0, %arg1 : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[ABS:%.+]] = py.abs [[SUB]] : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[ABS]] {dims = array<i64: 0, 1>} : tensor<?x9xf32> -> tensor<f32>
// CHECK-NEXT: return [[SUM]] : tensor<f32>
func.func @l1_sum(%x: tensor<?x9xf32>, %y: tensor<?x9xf32>) -> tensor<f32> {
  %r = py.l1_loss %x, %y {reduction = "sum"} : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// CHECK-LABEL: func.func @smooth_l1_none(
// CHECK-DAG: [[C_M2_000000eM01:%.+]] = py.constant dense<-2.000000e-01> : tensor<f32>
// CHECK-DAG: [[C_4_000000eM01:%.+]] = py.constant dense<4.000000e-01> : tensor<f32>
// CHECK-DAG: [[C_5_000000eM01:%.+]] = py.constant dense<5.000000e-01> : tensor<f32>
// CHECK: [[SUB:%.+]] = py.sub %arg0, %arg1 : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[ABS:%.+]] = py.abs [[SUB]] : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[ABS]], [[C_5_000000eM01]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[MUL]], [[ABS]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[MUL2]], [[C_4_000000eM01]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[ABS]], [[C_M2_000000eM01]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[LT:%.+]] = py.lt [[ABS]], [[C_4_000000eM01]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[LT]], [[DIV]], [[ADD]] : (tensor<?x9xi1>, tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<?x9xf32>
func.func @smooth_l1_none(%x: tensor<?x9xf32>, %y: tensor<?x9xf32>) -> tensor<?x9xf32> {
  %r = py.smooth_l1_loss %x, %y {reduction = "none", beta = 4.000000e-01 : f64} : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
  return %r : tensor<?x9xf32>
}

// CHECK-LABEL: func.func @huber_none(
// CHECK-DAG: [[C_3_000000eM01:%.+]] = py.constant dense<3.000000e-01> : tensor<f32>
// CHECK-DAG: [[C_M1_500000eM01:%.+]] = py.constant dense<-1.500000e-01> : tensor<f32>
// CHECK-DAG: [[C_5_000000eM01:%.+]] = py.constant dense<5.000000e-01> : tensor<f32>
// CHECK: [[SUB:%.+]] = py.sub %arg0, %arg1 : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[ABS:%.+]] = py.abs [[SUB]] : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[ABS]], [[C_5_000000eM01]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[MUL]], [[ABS]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[ABS]], [[C_M1_500000eM01]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[ADD]], [[C_3_000000eM01]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[LT:%.+]] = py.lt [[ABS]], [[C_3_000000eM01]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[LT]], [[MUL2]], [[MUL3]] : (tensor<?x9xi1>, tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<?x9xf32>
func.func @huber_none(%x: tensor<?x9xf32>, %y: tensor<?x9xf32>) -> tensor<?x9xf32> {
  %r = py.huber_loss %x, %y {reduction = "none", delta = 3.000000e-01 : f64} : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
  return %r : tensor<?x9xf32>
}

// CHECK-LABEL: func.func @kl_div_batchmean(
// CHECK-DAG: [[C_6_000000e00:%.+]] = py.constant dense<6.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK: [[EQ:%.+]] = py.eq %arg1, [[C_0_000000e00]] : (tensor<6x9xf32>, tensor<f32>) -> tensor<6x9xi1>
// CHECK-NEXT: [[LOG:%.+]] = py.log %arg1 : tensor<6x9xf32> -> tensor<6x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul %arg1, [[LOG]] : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<6x9xf32>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[EQ]], [[C_0_000000e00]], [[MUL]] : (tensor<6x9xi1>, tensor<f32>, tensor<6x9xf32>) -> tensor<6x9xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul %arg1, %arg0 : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<6x9xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[WHERE]], [[MUL2]] : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<6x9xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[SUB]] {dims = array<i64: 0, 1>} : tensor<6x9xf32> -> tensor<f32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_6_000000e00]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK-NEXT: return [[DIV]] : tensor<f32>
func.func @kl_div_batchmean(%x: tensor<6x9xf32>, %y: tensor<6x9xf32>) -> tensor<f32> {
  %r = py.kl_div %x, %y {reduction = "batchmean"} : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// CHECK-LABEL: func.func @kl_div_log_target(
// CHECK: [[EXP:%.+]] = py.exp %arg1 : tensor<6x9xf32> -> tensor<6x9xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg1, %arg0 : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<6x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[EXP]], [[SUB]] : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<6x9xf32>
// CHECK-NEXT: return [[MUL]] : tensor<6x9xf32>
func.func @kl_div_log_target(%x: tensor<6x9xf32>, %y: tensor<6x9xf32>) -> tensor<6x9xf32> {
  %r = py.kl_div %x, %y {reduction = "none", log_target = true} : (tensor<6x9xf32>, tensor<6x9xf32>) -> tensor<6x9xf32>
  return %r : tensor<6x9xf32>
}

// CHECK-LABEL: func.func @bce_none(
// CHECK-DAG: [[C_M1_000000e00:%.+]] = py.constant dense<-1.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_M1_000000e02:%.+]] = py.constant dense<-1.000000e+02> : tensor<f32>
// CHECK: [[NEG:%.+]] = py.neg %arg0 : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[LOG1P:%.+]] = py.log1p [[NEG]] : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[LOG1P]], [[C_M1_000000e02]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[LOG:%.+]] = py.log %arg0 : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[MAXIMUM2:%.+]] = py.maximum [[LOG]], [[C_M1_000000e02]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add %arg1, [[C_M1_000000e00]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[ADD]], [[MAXIMUM]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul %arg1, [[MAXIMUM2]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[MUL]], [[MUL2]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: return [[SUB]] : tensor<?x9xf32>
func.func @bce_none(%x: tensor<?x9xf32>, %y: tensor<?x9xf32>) -> tensor<?x9xf32> {
  %r = py.binary_cross_entropy %x, %y {reduction = "none"} : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
  return %r : tensor<?x9xf32>
}

// CHECK-LABEL: func.func @bce_with_logits_sum(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_1_000000e00:%.+]] = py.constant dense<1.000000e+00> : tensor<f32>
// CHECK: [[CAST:%.+]] = py.cast %arg0 : tensor<?x9xf16> -> tensor<?x9xf32>
// CHECK-NEXT: [[CAST2:%.+]] = py.cast %arg1 : tensor<?x9xf16> -> tensor<?x9xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[C_1_000000e00]], [[CAST2]] : (tensor<f32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[CAST]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[ABS:%.+]] = py.abs [[CAST]] : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[NEG:%.+]] = py.neg [[ABS]] : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[NEG]] : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[LOG1P:%.+]] = py.log1p [[EXP]] : tensor<?x9xf32> -> tensor<?x9xf32>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum [[CAST]], [[C_0_000000e00]] : (tensor<?x9xf32>, tensor<f32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[SUB2:%.+]] = py.sub [[MINIMUM]], [[LOG1P]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[SUB3:%.+]] = py.sub [[MUL]], [[SUB2]] : (tensor<?x9xf32>, tensor<?x9xf32>) -> tensor<?x9xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[SUB3]] {dims = array<i64: 0, 1>} : tensor<?x9xf32> -> tensor<f32>
// CHECK-NEXT: [[CAST3:%.+]] = py.cast [[SUM]] : tensor<f32> -> tensor<f16>
// CHECK-NEXT: return [[CAST3]] : tensor<f16>
func.func @bce_with_logits_sum(%x: tensor<?x9xf16>, %y: tensor<?x9xf16>) -> tensor<f16> {
  %r = py.binary_cross_entropy_with_logits %x, %y {reduction = "sum"} : (tensor<?x9xf16>, tensor<?x9xf16>) -> tensor<f16>
  return %r : tensor<f16>
}

// 'mean' divides by the number of targets != ignore_index.
// CHECK-LABEL: func.func @cross_entropy_mean(
// CHECK-DAG: [[C_M100:%.+]] = py.constant dense<-100> : tensor<i64>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0__1__2__3__4:%.+]] = py.constant dense<[0, 1, 2, 3, 4]> : tensor<5xi64>
// CHECK: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<?x5xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[AMAX]] : (tensor<?x5xf32>, tensor<?x1xf32>) -> tensor<?x5xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<?x5xf32> -> tensor<?x5xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 1>, keepdim = true} : tensor<?x5xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[LOG:%.+]] = py.log [[SUM]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[SUB2:%.+]] = py.sub [[SUB]], [[LOG]] : (tensor<?x5xf32>, tensor<?x1xf32>) -> tensor<?x5xf32>
// CHECK-NEXT: [[UNSQUEEZE:%.+]] = py.unsqueeze %arg1 {dim = 1 : i64} : tensor<?xi64> -> tensor<?x1xi64>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[UNSQUEEZE]], [[C_0__1__2__3__4]] : (tensor<?x1xi64>, tensor<5xi64>) -> tensor<?x5xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[EQ]], [[SUB2]], [[C_0_000000e00]] : (tensor<?x5xi1>, tensor<?x5xf32>, tensor<f32>) -> tensor<?x5xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[WHERE]] {dims = array<i64: 1>} : tensor<?x5xf32> -> tensor<?xf32>
// CHECK-NEXT: [[NEG:%.+]] = py.neg [[SUM2]] : tensor<?xf32> -> tensor<?xf32>
// CHECK-NEXT: [[NE:%.+]] = py.ne %arg1, [[C_M100]] : (tensor<?xi64>, tensor<i64>) -> tensor<?xi1>
// CHECK-NEXT: [[WHERE2:%.+]] = py.where [[NE]], [[NEG]], [[C_0_000000e00]] : (tensor<?xi1>, tensor<?xf32>, tensor<f32>) -> tensor<?xf32>
// CHECK-NEXT: [[SUM3:%.+]] = py.sum [[WHERE2]] {dims = array<i64: 0>} : tensor<?xf32> -> tensor<f32>
// CHECK-NEXT: [[SUM4:%.+]] = py.sum [[NE]] {dims = array<i64: 0>} : tensor<?xi1> -> tensor<i64>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM3]], [[SUM4]] : (tensor<f32>, tensor<i64>) -> tensor<f32>
// CHECK-NEXT: return [[DIV]] : tensor<f32>
func.func @cross_entropy_mean(%x: tensor<?x5xf32>, %t: tensor<?xi64>) -> tensor<f32> {
  %r = py.cross_entropy %x, %t : (tensor<?x5xf32>, tensor<?xi64>) -> tensor<f32>
  return %r : tensor<f32>
}

// ignore_index = -100 cannot match a class: 'none' needs no mask.
// CHECK-LABEL: func.func @cross_entropy_none_spatial(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0____1____2:%.+]] = py.constant dense<{{\[\[}}0], [1], [2], [3], [4]]> : tensor<5x1xi64>
// CHECK: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<?x5x3xf32> -> tensor<?x1x3xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[AMAX]] : (tensor<?x5x3xf32>, tensor<?x1x3xf32>) -> tensor<?x5x3xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<?x5x3xf32> -> tensor<?x5x3xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 1>, keepdim = true} : tensor<?x5x3xf32> -> tensor<?x1x3xf32>
// CHECK-NEXT: [[LOG:%.+]] = py.log [[SUM]] : tensor<?x1x3xf32> -> tensor<?x1x3xf32>
// CHECK-NEXT: [[SUB2:%.+]] = py.sub [[SUB]], [[LOG]] : (tensor<?x5x3xf32>, tensor<?x1x3xf32>) -> tensor<?x5x3xf32>
// CHECK-NEXT: [[UNSQUEEZE:%.+]] = py.unsqueeze %arg1 {dim = 1 : i64} : tensor<?x3xi64> -> tensor<?x1x3xi64>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[UNSQUEEZE]], [[C_0____1____2]] : (tensor<?x1x3xi64>, tensor<5x1xi64>) -> tensor<?x5x3xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[EQ]], [[SUB2]], [[C_0_000000e00]] : (tensor<?x5x3xi1>, tensor<?x5x3xf32>, tensor<f32>) -> tensor<?x5x3xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[WHERE]] {dims = array<i64: 1>} : tensor<?x5x3xf32> -> tensor<?x3xf32>
// CHECK-NEXT: [[NEG:%.+]] = py.neg [[SUM2]] : tensor<?x3xf32> -> tensor<?x3xf32>
// CHECK-NEXT: return [[NEG]] : tensor<?x3xf32>
func.func @cross_entropy_none_spatial(%x: tensor<?x5x3xf32>, %t: tensor<?x3xi64>) -> tensor<?x3xf32> {
  %r = py.cross_entropy %x, %t {reduction = "none"} : (tensor<?x5x3xf32>, tensor<?x3xi64>) -> tensor<?x3xf32>
  return %r : tensor<?x3xf32>
}

// CHECK-LABEL: func.func @cross_entropy_label_smoothing(
// CHECK-DAG: [[C_M100:%.+]] = py.constant dense<-100> : tensor<i64>
// CHECK-DAG: [[C_2_500000eM02:%.+]] = py.constant dense<2.500000e-02> : tensor<f32>
// CHECK-DAG: [[C_0_899999976:%.+]] = py.constant dense<0.899999976> : tensor<f32>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0__1__2__3:%.+]] = py.constant dense<[0, 1, 2, 3]> : tensor<4xi64>
// CHECK: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<?x4xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[AMAX]] : (tensor<?x4xf32>, tensor<?x1xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<?x4xf32> -> tensor<?x4xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 1>, keepdim = true} : tensor<?x4xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[LOG:%.+]] = py.log [[SUM]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[SUB2:%.+]] = py.sub [[SUB]], [[LOG]] : (tensor<?x4xf32>, tensor<?x1xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: [[UNSQUEEZE:%.+]] = py.unsqueeze %arg1 {dim = 1 : i64} : tensor<?xi64> -> tensor<?x1xi64>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[UNSQUEEZE]], [[C_0__1__2__3]] : (tensor<?x1xi64>, tensor<4xi64>) -> tensor<?x4xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[EQ]], [[SUB2]], [[C_0_000000e00]] : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<f32>) -> tensor<?x4xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[WHERE]] {dims = array<i64: 1>} : tensor<?x4xf32> -> tensor<?xf32>
// CHECK-NEXT: [[NEG:%.+]] = py.neg [[SUM2]] : tensor<?xf32> -> tensor<?xf32>
// CHECK-NEXT: [[SUM3:%.+]] = py.sum [[SUB2]] {dims = array<i64: 1>} : tensor<?x4xf32> -> tensor<?xf32>
// CHECK-NEXT: [[NEG2:%.+]] = py.neg [[SUM3]] : tensor<?xf32> -> tensor<?xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[NEG]], [[C_0_899999976]] : (tensor<?xf32>, tensor<f32>) -> tensor<?xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[NEG2]], [[C_2_500000eM02]] : (tensor<?xf32>, tensor<f32>) -> tensor<?xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[MUL]], [[MUL2]] : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
// CHECK-NEXT: [[NE:%.+]] = py.ne %arg1, [[C_M100]] : (tensor<?xi64>, tensor<i64>) -> tensor<?xi1>
// CHECK-NEXT: [[WHERE2:%.+]] = py.where [[NE]], [[ADD]], [[C_0_000000e00]] : (tensor<?xi1>, tensor<?xf32>, tensor<f32>) -> tensor<?xf32>
// CHECK-NEXT: return [[WHERE2]] : tensor<?xf32>
func.func @cross_entropy_label_smoothing(%x: tensor<?x4xf32>, %t: tensor<?xi64>) -> tensor<?xf32> {
  %r = py.cross_entropy %x, %t {reduction = "none", label_smoothing = 1.000000e-01 : f64} : (tensor<?x4xf32>, tensor<?xi64>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// CHECK-LABEL: func.func @cross_entropy_probabilities(
// CHECK: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<?x4xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[AMAX]] : (tensor<?x4xf32>, tensor<?x1xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<?x4xf32> -> tensor<?x4xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 1>, keepdim = true} : tensor<?x4xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[LOG:%.+]] = py.log [[SUM]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[SUB2:%.+]] = py.sub [[SUB]], [[LOG]] : (tensor<?x4xf32>, tensor<?x1xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB2]], %arg1 : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>} : tensor<?x4xf32> -> tensor<?xf32>
// CHECK-NEXT: [[NEG:%.+]] = py.neg [[SUM2]] : tensor<?xf32> -> tensor<?xf32>
// CHECK-NEXT: [[SUM3:%.+]] = py.sum [[NEG]] {dims = array<i64: 0>} : tensor<?xf32> -> tensor<f32>
// CHECK-NEXT: return [[SUM3]] : tensor<f32>
func.func @cross_entropy_probabilities(%x: tensor<?x4xf32>, %y: tensor<?x4xf32>) -> tensor<f32> {
  %r = py.cross_entropy %x, %y {reduction = "sum"} : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// The class range constant needs a static class count.
// CHECK-LABEL: func.func @test_not_cross_entropy_dynamic_classes(
// CHECK: [[CROSS_ENTROPY:%.+]] = py.cross_entropy %arg0, %arg1 : (tensor<8x?xf32>, tensor<8xi64>) -> tensor<f32>
// CHECK-NEXT: return [[CROSS_ENTROPY]] : tensor<f32>
func.func @test_not_cross_entropy_dynamic_classes(%x: tensor<8x?xf32>, %t: tensor<8xi64>) -> tensor<f32> {
  %r = py.cross_entropy %x, %t : (tensor<8x?xf32>, tensor<8xi64>) -> tensor<f32>
  return %r : tensor<f32>
}

// ignore_index = 0 is a class: masked even for 'sum'.
// CHECK-LABEL: func.func @nll_loss_ignore_class(
// CHECK-DAG: [[C_0:%.+]] = py.constant dense<0> : tensor<i32>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0__1__2__3:%.+]] = py.constant dense<[0, 1, 2, 3]> : tensor<4xi32>
// CHECK: [[UNSQUEEZE:%.+]] = py.unsqueeze %arg1 {dim = 1 : i64} : tensor<?xi32> -> tensor<?x1xi32>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[UNSQUEEZE]], [[C_0__1__2__3]] : (tensor<?x1xi32>, tensor<4xi32>) -> tensor<?x4xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[EQ]], %arg0, [[C_0_000000e00]] : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<f32>) -> tensor<?x4xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[WHERE]] {dims = array<i64: 1>} : tensor<?x4xf32> -> tensor<?xf32>
// CHECK-NEXT: [[NEG:%.+]] = py.neg [[SUM]] : tensor<?xf32> -> tensor<?xf32>
// CHECK-NEXT: [[NE:%.+]] = py.ne %arg1, [[C_0]] : (tensor<?xi32>, tensor<i32>) -> tensor<?xi1>
// CHECK-NEXT: [[WHERE2:%.+]] = py.where [[NE]], [[NEG]], [[C_0_000000e00]] : (tensor<?xi1>, tensor<?xf32>, tensor<f32>) -> tensor<?xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[WHERE2]] {dims = array<i64: 0>} : tensor<?xf32> -> tensor<f32>
// CHECK-NEXT: return [[SUM2]] : tensor<f32>
func.func @nll_loss_ignore_class(%x: tensor<?x4xf32>, %t: tensor<?xi32>) -> tensor<f32> {
  %r = py.nll_loss %x, %t {reduction = "sum", ignore_index = 0 : i64} : (tensor<?x4xf32>, tensor<?xi32>) -> tensor<f32>
  return %r : tensor<f32>
}

// CHECK-LABEL: func.func @triplet_margin_loss_swap(
// CHECK-DAG: [[C_6_000000e00:%.+]] = py.constant dense<6.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_1_000000e00:%.+]] = py.constant dense<1.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_9_99999997EM7:%.+]] = py.constant dense<9.99999997E-7> : tensor<f32>
// CHECK: [[SUB:%.+]] = py.sub %arg0, %arg1 : (tensor<6x10xf32>, tensor<6x10xf32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[SUB]], [[C_9_99999997EM7]] : (tensor<6x10xf32>, tensor<f32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[ADD]], [[ADD]] : (tensor<6x10xf32>, tensor<6x10xf32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>} : tensor<6x10xf32> -> tensor<6xf32>
// CHECK-NEXT: [[SQRT:%.+]] = py.sqrt [[SUM]] : tensor<6xf32> -> tensor<6xf32>
// CHECK-NEXT: [[SUB2:%.+]] = py.sub %arg0, %arg2 : (tensor<6x10xf32>, tensor<6x10xf32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[ADD2:%.+]] = py.add [[SUB2]], [[C_9_99999997EM7]] : (tensor<6x10xf32>, tensor<f32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[ADD2]], [[ADD2]] : (tensor<6x10xf32>, tensor<6x10xf32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL2]] {dims = array<i64: 1>} : tensor<6x10xf32> -> tensor<6xf32>
// CHECK-NEXT: [[SQRT2:%.+]] = py.sqrt [[SUM2]] : tensor<6xf32> -> tensor<6xf32>
// CHECK-NEXT: [[SUB3:%.+]] = py.sub %arg1, %arg2 : (tensor<6x10xf32>, tensor<6x10xf32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[ADD3:%.+]] = py.add [[SUB3]], [[C_9_99999997EM7]] : (tensor<6x10xf32>, tensor<f32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[ADD3]], [[ADD3]] : (tensor<6x10xf32>, tensor<6x10xf32>) -> tensor<6x10xf32>
// CHECK-NEXT: [[SUM3:%.+]] = py.sum [[MUL3]] {dims = array<i64: 1>} : tensor<6x10xf32> -> tensor<6xf32>
// CHECK-NEXT: [[SQRT3:%.+]] = py.sqrt [[SUM3]] : tensor<6xf32> -> tensor<6xf32>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum [[SQRT2]], [[SQRT3]] : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
// CHECK-NEXT: [[ADD4:%.+]] = py.add [[C_1_000000e00]], [[SQRT]] : (tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
// CHECK-NEXT: [[SUB4:%.+]] = py.sub [[ADD4]], [[MINIMUM]] : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[SUB4]], [[C_0_000000e00]] : (tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
// CHECK-NEXT: [[SUM4:%.+]] = py.sum [[MAXIMUM]] {dims = array<i64: 0>} : tensor<6xf32> -> tensor<f32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM4]], [[C_6_000000e00]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK-NEXT: return [[DIV]] : tensor<f32>
func.func @triplet_margin_loss_swap(%a: tensor<6x10xf32>, %p: tensor<6x10xf32>, %n: tensor<6x10xf32>) -> tensor<f32> {
  %r = py.triplet_margin_loss %a, %p, %n {swap = true} : (tensor<6x10xf32>, tensor<6x10xf32>, tensor<6x10xf32>) -> tensor<f32>
  return %r : tensor<f32>
}
