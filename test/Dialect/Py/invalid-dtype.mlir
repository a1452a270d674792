// Dtype rules: float-only ops, int/bool-only ops, bool conditions, and
// element types outside torch's set.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_bitwise_float(%a: tensor<4xf32>, %b: tensor<4xi32>) {
  // expected-error @+1 {{'py.bitwise_or' op expects integer or bool operands, got 'tensor<4xf32>' and 'tensor<4xi32>'}}
  %0 = py.bitwise_or %a, %b : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>
  return
}

// -----

func.func @test_not_bitwise_not_float(%a: tensor<4xf16>) {
  // expected-error @+1 {{'py.bitwise_not' op expects an integer or bool input, got 'tensor<4xf16>'}}
  %0 = py.bitwise_not %a : tensor<4xf16> -> tensor<4xf16>
  return
}

// -----

func.func @test_not_where_float_condition(%c: tensor<4xf32>, %x: tensor<4xf32>) {
  // expected-error @+1 {{'py.where' op expects a bool (i1) condition, got 'tensor<4xf32>'}}
  %0 = py.where %c, %x, %x : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @test_not_neg_bool(%a: tensor<4xi1>) {
  // expected-error @+1 {{'py.neg' op does not support bool tensors, got 'tensor<4xi1>'}}
  %0 = py.neg %a : tensor<4xi1> -> tensor<4xi1>
  return
}

// -----

func.func @test_not_relu_bool(%a: tensor<4xi1>) {
  // expected-error @+1 {{'py.relu' op does not support bool tensors}}
  %0 = py.relu %a : tensor<4xi1> -> tensor<4xi1>
  return
}

// -----

func.func @test_not_leaky_relu_int(%a: tensor<4xi32>) {
  // expected-error @+1 {{'py.leaky_relu' op expects a floating-point input, got 'tensor<4xi32>'}}
  %0 = py.leaky_relu %a : tensor<4xi32> -> tensor<4xi32>
  return
}

// -----

func.func @test_not_softmax_int(%a: tensor<4x8xi32>) {
  // expected-error @+1 {{'py.softmax' op expects a floating-point input, got 'tensor<4x8xi32>'}}
  %0 = py.softmax %a {dim = 1 : i64} : tensor<4x8xi32> -> tensor<4x8xi32>
  return
}

// -----

func.func @test_not_log_softmax_bool(%a: tensor<4x8xi1>) {
  // expected-error @+1 {{'py.log_softmax' op expects a floating-point input}}
  %0 = py.log_softmax %a {dim = 1 : i64} : tensor<4x8xi1> -> tensor<4x8xi1>
  return
}

// -----

func.func @test_not_mean_int(%a: tensor<4x8xi64>) {
  // expected-error @+1 {{'py.mean' op expects a floating-point input, got 'tensor<4x8xi64>'}}
  %0 = py.mean %a : tensor<4x8xi64> -> tensor<i64>
  return
}

// -----

func.func @test_not_var_int(%a: tensor<4x8xi64>) {
  // expected-error @+1 {{'py.var' op expects a floating-point input}}
  %0 = py.var %a : tensor<4x8xi64> -> tensor<i64>
  return
}

// -----

func.func @test_not_logsumexp_int(%a: tensor<4xi8>) {
  // expected-error @+1 {{'py.logsumexp' op expects a floating-point input}}
  %0 = py.logsumexp %a : tensor<4xi8> -> tensor<i8>
  return
}

// -----

func.func @test_not_norm_int(%a: tensor<4xi8>) {
  // expected-error @+1 {{'py.norm' op expects a floating-point input}}
  %0 = py.norm %a : tensor<4xi8> -> tensor<i8>
  return
}

// -----

func.func @test_not_fp8(%a: tensor<4xf8E4M3FN>) {
  // expected-error @+1 {{'py.exp' op operand #0 must be ranked tensor of torch dtype values, but got 'tensor<4xf8E4M3FN>'}}
  %0 = py.exp %a : tensor<4xf8E4M3FN> -> tensor<4xf8E4M3FN>
  return
}

// -----

func.func @test_not_signed_int(%a: tensor<4xsi32>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of torch dtype values}}
  %0 = py.abs %a : tensor<4xsi32> -> tensor<4xsi32>
  return
}

// -----

func.func @test_not_unranked(%a: tensor<*xf32>) {
  // The custom syntax cannot even spell an unranked operand; use the generic form.
  // expected-error @+1 {{operand #0 must be ranked tensor of torch dtype values, but got 'tensor<*xf32>'}}
  %0 = "py.exp"(%a) : (tensor<*xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @test_not_uint16(%a: tensor<4xui16>) {
  // Of the unsigned types torch has uint8 only.
  // expected-error @+1 {{operand #0 must be ranked tensor of torch dtype values}}
  %0 = py.add %a, %a : (tensor<4xui16>, tensor<4xui16>) -> tensor<4xui16>
  return
}

// -----

func.func @test_not_avg_pool_int(%a: tensor<1x4x8xi32>) {
  // expected-error @+1 {{'py.avg_pool' op expects a floating-point input}}
  %0 = py.avg_pool %a {kernel_size = array<i64: 2>} : tensor<1x4x8xi32> -> tensor<1x4x4xi32>
  return
}

// -----

func.func @test_not_max_pool_bool(%a: tensor<1x4x8xi1>) {
  // expected-error @+1 {{'py.max_pool' op does not support bool tensors}}
  %0 = py.max_pool %a {kernel_size = array<i64: 2>} : tensor<1x4x8xi1> -> tensor<1x4x4xi1>
  return
}

// -----

func.func @test_not_normalize_int(%a: tensor<4x8xi32>) {
  // expected-error @+1 {{'py.normalize' op expects a floating-point input}}
  %0 = py.normalize %a : tensor<4x8xi32> -> tensor<4x8xi32>
  return
}
