// RUN: py2triton-opt %s -py-decompose | FileCheck %s

// Activations and other elementwise composites: one function per op. Scalars
// are rank-0 py.constant ops, which the greedy driver hoists to the top of
// the function (CHECK-DAG); the primitive sequence follows with CHECK-NEXT.

// CHECK-LABEL: func.func @relu(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK: [[MAXIMUM:%.+]] = py.maximum %arg0, [[C_0_000000e00]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: return [[MAXIMUM]] : tensor<4x?xf32>
func.func @relu(%x: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %r = py.relu %x : tensor<4x?xf32> -> tensor<4x?xf32>
  return %r : tensor<4x?xf32>
}

// CHECK-LABEL: func.func @relu_int(
// CHECK-DAG: [[C_0:%.+]] = py.constant dense<0> : tensor<i32>
// CHECK: [[MAXIMUM:%.+]] = py.maximum %arg0, [[C_0]] : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
// CHECK-NEXT: return [[MAXIMUM]] : tensor<8xi32>
func.func @relu_int(%x: tensor<8xi32>) -> tensor<8xi32> {
  %r = py.relu %x : tensor<8xi32> -> tensor<8xi32>
  return %r : tensor<8xi32>
}

// CHECK-LABEL: func.func @relu6(
// CHECK-DAG: [[C_6_000000e00:%.+]] = py.constant dense<6.000000e+00> : tensor<f16>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f16>
// CHECK: [[MAXIMUM:%.+]] = py.maximum %arg0, [[C_0_000000e00]] : (tensor<8xf16>, tensor<f16>) -> tensor<8xf16>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum [[MAXIMUM]], [[C_6_000000e00]] : (tensor<8xf16>, tensor<f16>) -> tensor<8xf16>
// CHECK-NEXT: return [[MINIMUM]] : tensor<8xf16>
func.func @relu6(%x: tensor<8xf16>) -> tensor<8xf16> {
  %r = py.relu6 %x : tensor<8xf16> -> tensor<8xf16>
  return %r : tensor<8xf16>
}

// CHECK-LABEL: func.func @hardtanh(
// CHECK-DAG: [[C_2_000000e00:%.+]] = py.constant dense<2.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_M5_000000eM01:%.+]] = py.constant dense<-5.000000e-01> : tensor<f32>
// CHECK: [[MAXIMUM:%.+]] = py.maximum %arg0, [[C_M5_000000eM01]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum [[MAXIMUM]], [[C_2_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: return [[MINIMUM]] : tensor<8xf32>
func.func @hardtanh(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.hardtanh %x {min_val = -5.000000e-01 : f64, max_val = 2.000000e+00 : f64} : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @clamp_min_only(
// CHECK-DAG: [[C_M2_500000eM01:%.+]] = py.constant dense<-2.500000e-01> : tensor<f32>
// CHECK: [[MAXIMUM:%.+]] = py.maximum %arg0, [[C_M2_500000eM01]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: return [[MAXIMUM]] : tensor<8xf32>
func.func @clamp_min_only(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.clamp %x {min = -2.500000e-01 : f64} : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// Integer clamp bounds round inwards: ceil(-1.5) = -1, floor(2.5) = 2.
// CHECK-LABEL: func.func @clamp_int(
// CHECK-DAG: [[C_2:%.+]] = py.constant dense<2> : tensor<i64>
// CHECK-DAG: [[C_M1:%.+]] = py.constant dense<-1> : tensor<i64>
// CHECK: [[MAXIMUM:%.+]] = py.maximum %arg0, [[C_M1]] : (tensor<8xi64>, tensor<i64>) -> tensor<8xi64>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum [[MAXIMUM]], [[C_2]] : (tensor<8xi64>, tensor<i64>) -> tensor<8xi64>
// CHECK-NEXT: return [[MINIMUM]] : tensor<8xi64>
func.func @clamp_int(%x: tensor<8xi64>) -> tensor<8xi64> {
  %r = py.clamp %x {min = -1.500000e+00 : f64, max = 2.500000e+00 : f64} : tensor<8xi64> -> tensor<8xi64>
  return %r : tensor<8xi64>
}

// CHECK-LABEL: func.func @leaky_relu(
// CHECK-DAG: [[C_2_000000eM01:%.+]] = py.constant dense<2.000000e-01> : tensor<f32>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK: [[GT:%.+]] = py.gt %arg0, [[C_0_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xi1>
// CHECK-NEXT: [[MUL:%.+]] = py.mul %arg0, [[C_2_000000eM01]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[GT]], %arg0, [[MUL]] : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<8xf32>
func.func @leaky_relu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.leaky_relu %x {negative_slope = 2.000000e-01 : f64} : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @elu(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_1_300000e00:%.+]] = py.constant dense<1.300000e+00> : tensor<f32>
// CHECK: [[EXPM1:%.+]] = py.expm1 %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[EXPM1]], [[C_1_300000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[GT:%.+]] = py.gt %arg0, [[C_0_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[GT]], %arg0, [[MUL]] : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<8xf32>
func.func @elu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.elu %x {alpha = 1.300000e+00 : f64} : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @celu(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0_699999988:%.+]] = py.constant dense<0.699999988> : tensor<f32>
// CHECK: [[DIV:%.+]] = py.div %arg0, [[C_0_699999988]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[EXPM1:%.+]] = py.expm1 [[DIV]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[EXPM1]], [[C_0_699999988]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[GT:%.+]] = py.gt %arg0, [[C_0_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[GT]], %arg0, [[MUL]] : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<8xf32>
func.func @celu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.celu %x {alpha = 7.000000e-01 : f64} : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @selu(
// CHECK-DAG: [[C_1_050700987355:%.+]] = py.constant dense<1.0507009873554805> : tensor<f64>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f64>
// CHECK-DAG: [[C_1_673263242354:%.+]] = py.constant dense<1.6732632423543772> : tensor<f64>
// CHECK: [[EXPM1:%.+]] = py.expm1 %arg0 : tensor<8xf64> -> tensor<8xf64>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[EXPM1]], [[C_1_673263242354]] : (tensor<8xf64>, tensor<f64>) -> tensor<8xf64>
// CHECK-NEXT: [[GT:%.+]] = py.gt %arg0, [[C_0_000000e00]] : (tensor<8xf64>, tensor<f64>) -> tensor<8xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[GT]], %arg0, [[MUL]] : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[WHERE]], [[C_1_050700987355]] : (tensor<8xf64>, tensor<f64>) -> tensor<8xf64>
// CHECK-NEXT: return [[MUL2]] : tensor<8xf64>
func.func @selu(%x: tensor<8xf64>) -> tensor<8xf64> {
  %r = py.selu %x : tensor<8xf64> -> tensor<8xf64>
  return %r : tensor<8xf64>
}

// CHECK-LABEL: func.func @gelu(
// CHECK-DAG: [[C_1_000000e00:%.+]] = py.constant dense<1.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_5_000000eM01:%.+]] = py.constant dense<5.000000e-01> : tensor<f32>
// CHECK-DAG: [[C_0_707106769:%.+]] = py.constant dense<0.707106769> : tensor<f32>
// CHECK: [[MUL:%.+]] = py.mul %arg0, [[C_0_707106769]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[ERF:%.+]] = py.erf [[MUL]] : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul %arg0, [[C_5_000000eM01]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[ERF]], [[C_1_000000e00]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[MUL2]], [[ADD]] : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: return [[MUL3]] : tensor<4x?xf32>
func.func @gelu(%x: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %r = py.gelu %x : tensor<4x?xf32> -> tensor<4x?xf32>
  return %r : tensor<4x?xf32>
}

// f16 math runs in f32 between two casts, as torch's kernels do.
// CHECK-LABEL: func.func @gelu_tanh_f16(
// CHECK-DAG: [[C_5_000000eM01:%.+]] = py.constant dense<5.000000e-01> : tensor<f32>
// CHECK-DAG: [[C_1_000000e00:%.+]] = py.constant dense<1.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0_797884583:%.+]] = py.constant dense<0.797884583> : tensor<f32>
// CHECK-DAG: [[C_4_471500eM02:%.+]] = py.constant dense<4.471500e-02> : tensor<f32>
// CHECK: [[CAST:%.+]] = py.cast %arg0 : tensor<4x?xf16> -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[CAST]], [[CAST]] : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL2:%.+]] = py.mul [[MUL]], [[CAST]] : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL3:%.+]] = py.mul [[MUL2]], [[C_4_471500eM02]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[CAST]], [[MUL3]] : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL4:%.+]] = py.mul [[ADD]], [[C_0_797884583]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[TANH:%.+]] = py.tanh [[MUL4]] : tensor<4x?xf32> -> tensor<4x?xf32>
// CHECK-NEXT: [[ADD2:%.+]] = py.add [[TANH]], [[C_1_000000e00]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL5:%.+]] = py.mul [[CAST]], [[C_5_000000eM01]] : (tensor<4x?xf32>, tensor<f32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[MUL6:%.+]] = py.mul [[MUL5]], [[ADD2]] : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT: [[CAST2:%.+]] = py.cast [[MUL6]] : tensor<4x?xf32> -> tensor<4x?xf16>
// CHECK-NEXT: return [[CAST2]] : tensor<4x?xf16>
func.func @gelu_tanh_f16(%x: tensor<4x?xf16>) -> tensor<4x?xf16> {
  %r = py.gelu %x {approximate = "tanh"} : tensor<4x?xf16> -> tensor<4x?xf16>
  return %r : tensor<4x?xf16>
}

// CHECK-LABEL: func.func @silu(
// CHECK: [[SIGMOID:%.+]] = py.sigmoid %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul %arg0, [[SIGMOID]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[MUL]] : tensor<8xf32>
func.func @silu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.silu %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// An integer input of a float-valued op is cast to f32 first.
// CHECK-LABEL: func.func @silu_int(
// CHECK: [[CAST:%.+]] = py.cast %arg0 : tensor<8xi32> -> tensor<8xf32>
// CHECK-NEXT: [[SIGMOID:%.+]] = py.sigmoid [[CAST]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul [[CAST]], [[SIGMOID]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[MUL]] : tensor<8xf32>
func.func @silu_int(%x: tensor<8xi32>) -> tensor<8xf32> {
  %r = py.silu %x : tensor<8xi32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @mish(
// CHECK: [[EXP:%.+]] = py.exp %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[LOG1P:%.+]] = py.log1p [[EXP]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[TANH:%.+]] = py.tanh [[LOG1P]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul %arg0, [[TANH]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[MUL]] : tensor<8xf32>
func.func @mish(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.mish %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @softplus(
// CHECK-DAG: [[C_2_000000e01:%.+]] = py.constant dense<2.000000e+01> : tensor<f32>
// CHECK: [[EXP:%.+]] = py.exp %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[LOG1P:%.+]] = py.log1p [[EXP]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[GT:%.+]] = py.gt %arg0, [[C_2_000000e01]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[GT]], %arg0, [[LOG1P]] : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<8xf32>
func.func @softplus(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.softplus %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @softplus_beta(
// CHECK-DAG: [[C_3_000000e00:%.+]] = py.constant dense<3.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_2_000000e00:%.+]] = py.constant dense<2.000000e+00> : tensor<f32>
// CHECK: [[MUL:%.+]] = py.mul %arg0, [[C_2_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[MUL]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[LOG1P:%.+]] = py.log1p [[EXP]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[LOG1P]], [[C_2_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[GT:%.+]] = py.gt [[MUL]], [[C_3_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[GT]], %arg0, [[DIV]] : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<8xf32>
func.func @softplus_beta(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.softplus %x {beta = 2.000000e+00 : f64, threshold = 3.000000e+00 : f64} : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @hardsigmoid(
// CHECK-DAG: [[C_6_000000e00:%.+]] = py.constant dense<6.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_3_000000e00:%.+]] = py.constant dense<3.000000e+00> : tensor<f32>
// CHECK: [[ADD:%.+]] = py.add %arg0, [[C_3_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[ADD]], [[C_0_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum [[MAXIMUM]], [[C_6_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[MINIMUM]], [[C_6_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: return [[DIV]] : tensor<8xf32>
func.func @hardsigmoid(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.hardsigmoid %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @hardswish(
// CHECK-DAG: [[C_6_000000e00:%.+]] = py.constant dense<6.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_3_000000e00:%.+]] = py.constant dense<3.000000e+00> : tensor<f32>
// CHECK: [[ADD:%.+]] = py.add %arg0, [[C_3_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[ADD]], [[C_0_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum [[MAXIMUM]], [[C_6_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[MUL:%.+]] = py.mul %arg0, [[MINIMUM]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[MUL]], [[C_6_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: return [[DIV]] : tensor<8xf32>
func.func @hardswish(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.hardswish %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @softsign(
// CHECK-DAG: [[C_1_000000e00:%.+]] = py.constant dense<1.000000e+00> : tensor<f32>
// CHECK: [[ABS:%.+]] = py.abs %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[ADD:%.+]] = py.add [[ABS]], [[C_1_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div %arg0, [[ADD]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[DIV]] : tensor<8xf32>
func.func @softsign(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.softsign %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @tanhshrink(
// CHECK: [[TANH:%.+]] = py.tanh %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[TANH]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[SUB]] : tensor<8xf32>
func.func @tanhshrink(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.tanhshrink %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @log_sigmoid(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK: [[ABS:%.+]] = py.abs %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[NEG:%.+]] = py.neg [[ABS]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[EXP:%.+]] = py.exp [[NEG]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[LOG1P:%.+]] = py.log1p [[EXP]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum %arg0, [[C_0_000000e00]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub [[MINIMUM]], [[LOG1P]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[SUB]] : tensor<8xf32>
func.func @log_sigmoid(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.log_sigmoid %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @hardshrink(
// CHECK-DAG: [[C_0_000000e00:%.+]] = py.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_8_000000eM01:%.+]] = py.constant dense<8.000000e-01> : tensor<f32>
// CHECK: [[ABS:%.+]] = py.abs %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[LE:%.+]] = py.le [[ABS]], [[C_8_000000eM01]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[LE]], [[C_0_000000e00]], %arg0 : (tensor<8xi1>, tensor<f32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<8xf32>
func.func @hardshrink(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.hardshrink %x {lambd = 8.000000e-01 : f64} : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @softshrink(
// CHECK-DAG: [[C_5_000000eM01:%.+]] = py.constant dense<5.000000e-01> : tensor<f32>
// CHECK-DAG: [[C_M5_000000eM01:%.+]] = py.constant dense<-5.000000e-01> : tensor<f32>
// CHECK: [[MAXIMUM:%.+]] = py.maximum %arg0, [[C_M5_000000eM01]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[MINIMUM:%.+]] = py.minimum [[MAXIMUM]], [[C_5_000000eM01]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: [[SUB:%.+]] = py.sub %arg0, [[MINIMUM]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[SUB]] : tensor<8xf32>
func.func @softshrink(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.softshrink %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @threshold(
// CHECK-DAG: [[C_M7_000000e00:%.+]] = py.constant dense<-7.000000e+00> : tensor<f32>
// CHECK-DAG: [[C_3_000000eM01:%.+]] = py.constant dense<3.000000e-01> : tensor<f32>
// CHECK: [[LE:%.+]] = py.le %arg0, [[C_3_000000eM01]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xi1>
// CHECK-NEXT: [[WHERE:%.+]] = py.where [[LE]], [[C_M7_000000e00]], %arg0 : (tensor<8xi1>, tensor<f32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[WHERE]] : tensor<8xf32>
func.func @threshold(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.threshold %x {threshold = 3.000000e-01 : f64, value = -7.000000e+00 : f64} : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// CHECK-LABEL: func.func @square(
// CHECK: [[MUL:%.+]] = py.mul %arg0, %arg0 : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
// CHECK-NEXT: return [[MUL]] : tensor<8xi32>
func.func @square(%x: tensor<8xi32>) -> tensor<8xi32> {
  %r = py.square %x : tensor<8xi32> -> tensor<8xi32>
  return %r : tensor<8xi32>
}

// CHECK-LABEL: func.func @log10(
// CHECK-DAG: [[C_2_30258512:%.+]] = py.constant dense<2.30258512> : tensor<f32>
// CHECK: [[LOG:%.+]] = py.log %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[DIV:%.+]] = py.div [[LOG]], [[C_2_30258512]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
// CHECK-NEXT: return [[DIV]] : tensor<8xf32>
func.func @log10(%x: tensor<8xf32>) -> tensor<8xf32> {
  %r = py.log10 %x : tensor<8xf32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// Primitive elementwise ops are left alone.
// CHECK-LABEL: func.func @test_not_primitive_elementwise(
// CHECK: [[EXP2:%.+]] = py.exp2 %arg0 : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[SIGMOID:%.+]] = py.sigmoid [[EXP2]] : tensor<8xf32> -> tensor<8xf32>
// CHECK-NEXT: [[WHERE:%.+]] = py.where %arg1, [[SIGMOID]], %arg0 : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: [[MAXIMUM:%.+]] = py.maximum [[WHERE]], %arg0 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT: return [[MAXIMUM]] : tensor<8xf32>
func.func @test_not_primitive_elementwise(%x: tensor<8xf32>, %c: tensor<8xi1>) -> tensor<8xf32> {
  %a = py.exp2 %x : tensor<8xf32> -> tensor<8xf32>
  %b = py.sigmoid %a : tensor<8xf32> -> tensor<8xf32>
  %d = py.where %c, %b, %x : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %e = py.maximum %d, %x : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  return %e : tensor<8xf32>
}
