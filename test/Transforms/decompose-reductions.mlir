// RUN: py2triton-opt %s -py-decompose | FileCheck %s

// Reductions and ops along one dim.

// CHECK-LABEL: func.func @mean(
// CHECK-DAG: [[C_3_500000e01:%.+]] = py.constant dense<3.500000e+01> : tensor<f32>
// CHECK: [[SUM:%.+]] = py.sum %arg0 {dims = array<i64: 0, 2>, keepdim = true} : tensor<7x13x5xf32> -> tensor<1x13x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_3_500000e01]] : (tensor<1x13x1xf32>, tensor<f32>) -> tensor<1x13x1xf32>
// CHECK-NEXT: return [[DIV]] : tensor<1x13x1xf32>
func.func @mean(%x: tensor<7x13x5xf32>) -> tensor<1x13x1xf32> {
  %r = py.mean %x {dims = array<i64: 0, -1>, keepdim = true} : tensor<7x13x5xf32> -> tensor<1x13x1xf32>
  return %r : tensor<1x13x1xf32>
}

// Only the reduced dims need to be static.
// CHECK-LABEL: func.func @mean_bf16_dynamic_kept(
// CHECK-DAG: [[C_6_400000e01:%.+]] = py.constant dense<6.400000e+01> : tensor<f32>
// CHECK: [[CAST:%.+]] = py.cast %arg0 : tensor<?x64xbf16> -> tensor<?x64xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[CAST]] {dims = array<i64: 1>} : tensor<?x64xf32> -> tensor<?xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_6_400000e01]] : (tensor<?xf32>, tensor<f32>) -> tensor<?xf32>
// CHECK-NEXT: [[CAST2:%.+]] = py.cast [[DIV]] : tensor<?xf32> -> tensor<?xbf16>
// CHECK-NEXT: return [[CAST2]] : tensor<?xbf16>
func.func @mean_bf16_dynamic_kept(%x: tensor<?x64xbf16>) -> tensor<?xbf16> {
  %r = py.mean %x {dims = array<i64: 1>} : tensor<?x64xbf16> -> tensor<?xbf16>
  return %r : tensor<?xbf16>
}

// A dynamic reduced dim: the count is only known at run time, py.mean stays.
// CHECK-LABEL: func.func @test_not_mean_dynamic(
// CHECK: [[MEAN:%.+]] = py.mean %arg0 {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: return [[MEAN]] : tensor<4xf32>
func.func @test_not_mean_dynamic(%x: tensor<4x?xf32>) -> tensor<4xf32> {
  %r = py.mean %x {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @mean_all(
// CHECK-DAG: [[C_1_500000e01:%.+]] = py.constant dense<1.500000e+01> : tensor<f32>
// CHECK: [[SUM:%.+]] = py.sum %arg0 {dims = array<i64: 0, 1>} : tensor<3x5xf32> -> tensor<f32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_1_500000e01]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK-NEXT: return [[DIV]] : tensor<f32>
func.func @mean_all(%x: tensor<3x5xf32>) -> tensor<f32> {
  %r = py.mean %x : tensor<3x5xf32> -> tensor<f32>
  return %r : tensor<f32>
}

// CHECK-LABEL: func.func @var(
// CHECK-DAG: [[C_3_400000e01:%.+]] = py.constant dense<3.400000e+01> : tensor<f32>
// CHECK-DAG: [[C_3_500000e01:%.+]] = py.constant dense<3.500000e+01> : tensor<f32>
// CHECK: [[SUM:%.+]] = py.sum %arg0 {dims = array<i64: 0, 2>, keepdim = true} : tensor<7x13x5xf32> -> tensor<1x13x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_3_500000e01]] : (tensor<1x13x1xf32>, tensor<f32>) -> tensor<1x13x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[DIV]] : (tensor<7x13x5xf32>, tensor<1x13x1xf32>) -> tensor<7x13x5xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<7x13x5xf32>, tensor<7x13x5xf32>) -> tensor<7x13x5xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL]] {dims = array<i64: 0, 2>} : tensor<7x13x5xf32> -> tensor<13xf32>
// CHECK-NEXT: [[DIV2:%.+]] = py.div [[SUM2]], [[C_3_400000e01]] : (tensor<13xf32>, tensor<f32>) -> tensor<13xf32>
// CHECK-NEXT: return [[DIV2]] : tensor<13xf32>
func.func @var(%x: tensor<7x13x5xf32>) -> tensor<13xf32> {
  %r = py.var %x {dims = array<i64: 0, 2>} : tensor<7x13x5xf32> -> tensor<13xf32>
  return %r : tensor<13xf32>
}

// correction = 0: the population std divides by N.
// CHECK-LABEL: func.func @std_population(
// CHECK-DAG: [[C_6_000000e00:%.+]] = py.constant dense<6.000000e+00> : tensor<f32>
// CHECK: [[SUM:%.+]] = py.sum %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<?x6xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[C_6_000000e00]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[DIV]] : (tensor<?x6xf32>, tensor<?x1xf32>) -> tensor<?x6xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
// CHECK-NEXT: [[SUM2:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>, keepdim = true} : tensor<?x6xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[DIV2:%.+]] = py.div [[SUM2]], [[C_6_000000e00]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[SQRT:%.+]] = py.sqrt [[DIV2]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: return [[SQRT]] : tensor<?x1xf32>
func.func @std_population(%x: tensor<?x6xf32>) -> tensor<?x1xf32> {
  %r = py.std %x {dims = array<i64: 1>, keepdim = true, correction = 0 : i64} : tensor<?x6xf32> -> tensor<?x1xf32>
  return %r : tensor<?x1xf32>
}

// A dynamic count: the mean stays a py.mean and N is counted at run time
// as sum(ones_like(x)); the divisor is max(N - correction, 0).
// CHECK-LABEL: func.func @var_dynamic(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C__1_000000e00:%.+]] = py.constant dense<-1.000000e+00> : tensor<f32>
// CHECK: [[MEAN:%.+]] = py.mean %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[MEAN]] : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[SUB]], [[SUB]] : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: [[ONES:%.+]] = py.full_like %arg0 {value = 1.000000e+00 : f64} : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[N:%.+]] = py.sum [[ONES]] {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[N]], [[C__1_000000e00]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK-NEXT: [[MAX:%.+]] = py.maximum [[ADD]], [[C_0_000000e00]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[SUM]], [[MAX]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return [[DIV]] : tensor<4xf32>
func.func @var_dynamic(%x: tensor<4x?xf32>) -> tensor<4xf32> {
  %r = py.var %x {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @logsumexp(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0x7F800000:%.+]] = py.constant dense<0x7F800000> : tensor<f32>
// CHECK: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<?x13xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[ABS:%.+]] = py.abs [[AMAX]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[ABS]], [[C_0x7F800000]] : (tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[EQ]], [[C_0_000000e00]], [[AMAX]] : (tensor<?x1xi1>, tensor<f32>, tensor<?x1xf32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[WHERE]] : (tensor<?x13xf32>, tensor<?x1xf32>) -> tensor<?x13xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<?x13xf32> -> tensor<?x13xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 1>, keepdim = true} : tensor<?x13xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[LOG:%.+]] = py.log [[SUM]] : tensor<?x1xf32> -> tensor<?x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[LOG]], [[WHERE]] : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
// CHECK-NEXT: [[SQUEEZE:%.+]] = py.squeeze [[ADD]] {dims = array<i64: 1>} : tensor<?x1xf32> -> tensor<?xf32>
// CHECK-NEXT: return [[SQUEEZE]] : tensor<?xf32>
func.func @logsumexp(%x: tensor<?x13xf32>) -> tensor<?xf32> {
  %r = py.logsumexp %x {dims = array<i64: 1>} : tensor<?x13xf32> -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// CHECK-LABEL: func.func @logsumexp_keepdim(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0x7F800000:%.+]] = py.constant dense<0x7F800000> : tensor<f32>
// CHECK: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[ABS:%.+]] = py.abs [[AMAX]] : tensor<4x1xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[ABS]], [[C_0x7F800000]] : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[EQ]], [[C_0_000000e00]], [[AMAX]] : (tensor<4x1xi1>, tensor<f32>, tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[WHERE]] : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[LOG:%.+]] = py.log [[SUM]] : tensor<4x1xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[LOG]], [[WHERE]] : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: return [[ADD]] : tensor<4x1xf32>
func.func @logsumexp_keepdim(%x: tensor<4x?xf32>) -> tensor<4x1xf32> {
  %r = py.logsumexp %x {dims = array<i64: -1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
  return %r : tensor<4x1xf32>
}

// CHECK-LABEL: func.func @norm2(
// CHECK: [[MUL:%.+]] = py.mul %arg0, %arg0 : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[MUL]] {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: [[SQRT:%.+]] = py.sqrt [[SUM]] : tensor<4xf32> -> tensor<4xf32>
// CHECK-NEXT: return [[SQRT]] : tensor<4xf32>
func.func @norm2(%x: tensor<4x?xf32>) -> tensor<4xf32> {
  %r = py.norm %x {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @norm1(
// CHECK: [[ABS:%.+]] = py.abs %arg0 : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[ABS]] {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: return [[SUM]] : tensor<4xf32>
func.func @norm1(%x: tensor<4x?xf32>) -> tensor<4xf32> {
  %r = py.norm %x {dims = array<i64: 1>, p = 1.0 : f64} : tensor<4x?xf32> -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @norm_inf(
// CHECK: [[ABS:%.+]] = py.abs %arg0 : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[AMAX:%.+]] = py.amax [[ABS]] {dims = array<i64: 0, 1>} : tensor<4x?xf32> -> tensor<f32>
// CHECK-NEXT: return [[AMAX]] : tensor<f32>
func.func @norm_inf(%x: tensor<4x?xf32>) -> tensor<f32> {
  %r = py.norm %x {p = 0x7FF0000000000000 : f64} : tensor<4x?xf32> -> tensor<f32>
  return %r : tensor<f32>
}

// CHECK-LABEL: func.func @norm_zero(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK: [[NE:%.+]] = py.ne %arg0, [[C_0_000000e00]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xi1>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[NE]] {dims = array<i64: 1>} : tensor<4x?xi1> -> tensor<4xi64>
// CHECK-NEXT: [[CAST:%.+]] = py.cast [[SUM]] : tensor<4xi64> -> tensor<4xf32>
// CHECK-NEXT: return [[CAST]] : tensor<4xf32>
func.func @norm_zero(%x: tensor<4x?xf32>) -> tensor<4xf32> {
  %r = py.norm %x {dims = array<i64: 1>, p = 0.0 : f64} : tensor<4x?xf32> -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @norm3(
// CHECK-DAG: [[C_0_333333343:%.+]] = py.constant dense<0.333333343> : tensor<f32>
// CHECK-DAG: [[C_3_000000e00:%.+]] = py.constant dense<3.000000e+00> : tensor<f32>
// CHECK: [[ABS:%.+]] = py.abs %arg0 : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[POW:%.+]] = py.pow [[ABS]], [[C_3_000000e00]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[POW]] {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: [[POW2:%.+]] = py.pow [[SUM]], [[C_0_333333343]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK-NEXT: return [[POW2]] : tensor<4xf32>
func.func @norm3(%x: tensor<4x?xf32>) -> tensor<4xf32> {
  %r = py.norm %x {dims = array<i64: 1>, p = 3.0 : f64} : tensor<4x?xf32> -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @any_float(
// CHECK-DAG: [[C_0:%.+]] = py.constant dense<0> : tensor<i64>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK: [[NE:%.+]] = py.ne %arg0, [[C_0_000000e00]] : (tensor<6x5xf32>, tensor<f32>) -> tensor<6x5xi1>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[NE]] {dims = array<i64: 1>} : tensor<6x5xi1> -> tensor<6xi64>
// CHECK-NEXT: [[NE2:%.+]] = py.ne [[SUM]], [[C_0]] : (tensor<6xi64>, tensor<i64>) -> tensor<6xi1>
// CHECK-NEXT: return [[NE2]] : tensor<6xi1>
func.func @any_float(%x: tensor<6x5xf32>) -> tensor<6xi1> {
  %r = py.any %x {dims = array<i64: 1>} : tensor<6x5xf32> -> tensor<6xi1>
  return %r : tensor<6xi1>
}

// CHECK-LABEL: func.func @any_bool(
// CHECK-DAG: [[C_0:%.+]] = py.constant dense<0> : tensor<i64>
// CHECK: [[SUM:%.+]] = py.sum %arg0 {dims = array<i64: 0, 1>} : tensor<6x5xi1> -> tensor<i64>
// CHECK-NEXT: [[NE:%.+]] = py.ne [[SUM]], [[C_0]] : (tensor<i64>, tensor<i64>) -> tensor<i1>
// CHECK-NEXT: return [[NE]] : tensor<i1>
func.func @any_bool(%x: tensor<6x5xi1>) -> tensor<i1> {
  %r = py.any %x : tensor<6x5xi1> -> tensor<i1>
  return %r : tensor<i1>
}

// CHECK-LABEL: func.func @all(
// CHECK-DAG: [[C_0:%.+]] = py.constant dense<0> : tensor<i64>
// CHECK: [[LOGICAL_NOT:%.+]] = py.logical_not %arg0 : tensor<6x5xi32> -> tensor<6x5xi1>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[LOGICAL_NOT]] {dims = array<i64: 1>} : tensor<6x5xi1> -> tensor<6xi64>
// CHECK-NEXT: [[EQ:%.+]] = py.eq [[SUM]], [[C_0]] : (tensor<6xi64>, tensor<i64>) -> tensor<6xi1>
// CHECK-NEXT: return [[EQ]] : tensor<6xi1>
func.func @all(%x: tensor<6x5xi32>) -> tensor<6xi1> {
  %r = py.all %x {dims = array<i64: 1>} : tensor<6x5xi32> -> tensor<6xi1>
  return %r : tensor<6xi1>
}

// CHECK-LABEL: func.func @softmax(
// CHECK: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[AMAX]] : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[EXP]], [[SUM]] : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: return [[DIV]] : tensor<4x?xf32>
func.func @softmax(%x: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %r = py.softmax %x {dim = -1 : i64} : tensor<4x?xf32> -> tensor<4x?xf32>
  return %r : tensor<4x?xf32>
}

// CHECK-LABEL: func.func @softmax_f16(
// CHECK: [[CAST:%.+]] = py.cast %arg0 : tensor<4x?xf16> -> tensor<4x?xf32>
// CHECK-NEXT: [[AMAX:%.+]] = py.amax [[CAST]] {dims = array<i64: 0>, keepdim = true} : tensor<4x?xf32> -> tensor<1x?xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[CAST]], [[AMAX]] : (tensor<4x?xf32>, tensor<1x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 0>, keepdim = true} : tensor<4x?xf32> -> tensor<1x?xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[EXP]], [[SUM]] : (tensor<4x?xf32>, tensor<1x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[CAST2:%.+]] = py.cast [[DIV]] : tensor<4x?xf32> -> tensor<4x?xf16>
// CHECK-NEXT: return [[CAST2]] : tensor<4x?xf16>
func.func @softmax_f16(%x: tensor<4x?xf16>) -> tensor<4x?xf16> {
  %r = py.softmax %x {dim = 0 : i64} : tensor<4x?xf16> -> tensor<4x?xf16>
  return %r : tensor<4x?xf16>
}

// CHECK-LABEL: func.func @log_softmax(
// CHECK: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[AMAX]] : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[SUB]] : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[SUM:%.+]] = py.sum [[EXP]] {dims = array<i64: 1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[LOG:%.+]] = py.log [[SUM]] : tensor<4x1xf32> -> tensor<4x1xf32>
// CHECK-NEXT: [[SUB2:%.+]] = py.sub [[SUB]], [[LOG]] : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: return [[SUB2]] : tensor<4x?xf32>
func.func @log_softmax(%x: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %r = py.log_softmax %x {dim = 1 : i64} : tensor<4x?xf32> -> tensor<4x?xf32>
  return %r : tensor<4x?xf32>
}

// CHECK-LABEL: func.func @test_not_primitive_reductions(
// CHECK: [[SUM:%.+]] = py.sum %arg0 {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: [[AMAX:%.+]] = py.amax %arg0 {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[SUM]], [[AMAX]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: [[ARGMAX:%.+]] = py.argmax %arg0 {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xi64>
// CHECK-NEXT: [[CUMSUM:%.+]] = py.cumsum %arg0 {dim = 1 : i64} : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: return [[ADD]], [[ARGMAX]], [[CUMSUM]] : tensor<4xf32>, tensor<4xi64>, tensor<4x?xf32>
func.func @test_not_primitive_reductions(%x: tensor<4x?xf32>) -> (tensor<4xf32>, tensor<4xi64>, tensor<4x?xf32>) {
  %s = py.sum %x {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
  %a = py.amax %x {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xf32>
  %m = py.add %s, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %i = py.argmax %x {dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xi64>
  %c = py.cumsum %x {dim = 1 : i64} : tensor<4x?xf32> -> tensor<4x?xf32>
  return %m, %i, %c : tensor<4xf32>, tensor<4xi64>, tensor<4x?xf32>
}

// correction = 0 over a dynamic dim divides by the run-time count itself.
// CHECK-LABEL: func.func @std_dynamic_population(
// CHECK: [[WIDE:%.+]] = py.cast %arg0 : tensor<?x3xf16> -> tensor<?x3xf32>
// CHECK-NEXT: [[MEAN:%.+]] = py.mean [[WIDE]] {dims = array<i64: 0>, keepdim = true} : tensor<?x3xf32> -> tensor<1x3xf32>
// CHECK: [[ONES:%.+]] = py.full_like [[WIDE]] {value = 1.000000e+00 : f64} : tensor<?x3xf32> -> tensor<?x3xf32>
// CHECK-NEXT: [[N:%.+]] = py.sum [[ONES]] {dims = array<i64: 0>} : tensor<?x3xf32> -> tensor<3xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div %{{.+}}, [[N]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: [[SQRT:%.+]] = py.sqrt [[DIV]] : tensor<3xf32> -> tensor<3xf32>
// CHECK-NEXT: [[CAST:%.+]] = py.cast [[SQRT]] : tensor<3xf32> -> tensor<3xf16>
// CHECK-NEXT: return [[CAST]] : tensor<3xf16>
func.func @std_dynamic_population(%x: tensor<?x3xf16>) -> tensor<3xf16> {
  %r = py.std %x {dims = array<i64: 0>, correction = 0 : i64} : tensor<?x3xf16> -> tensor<3xf16>
  return %r : tensor<3xf16>
}
