// A declared result type must equal the inferred one: shape, dims (static vs
// dynamic) and dtype.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_binary_dtype(%a: tensor<4xf16>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'py.add' op result type 'tensor<4xf16>' differs from the inferred type 'tensor<4xf32>'}}
  %0 = py.add %a, %b : (tensor<4xf16>, tensor<4xf32>) -> tensor<4xf16>
  return
}

// -----

func.func @test_not_scalar_widening(%a: tensor<4xf16>, %s: tensor<f32>) {
  // A rank-0 f32 does not widen a ranked f16 operand.
  // expected-error @+1 {{result type 'tensor<4xf32>' differs from the inferred type 'tensor<4xf16>'}}
  %0 = py.mul %a, %s : (tensor<4xf16>, tensor<f32>) -> tensor<4xf32>
  return
}

// -----

func.func @test_not_dynamic_vs_static(%a: tensor<?x4xf32>, %b: tensor<8x1xf32>) {
  // expected-error @+1 {{result type 'tensor<?x4xf32>' differs from the inferred type 'tensor<8x4xf32>'}}
  %0 = py.add %a, %b : (tensor<?x4xf32>, tensor<8x1xf32>) -> tensor<?x4xf32>
  return
}

// -----

func.func @test_not_static_guess(%a: tensor<?x1xf32>, %b: tensor<1x4xf32>) {
  // expected-error @+1 {{result type 'tensor<3x4xf32>' differs from the inferred type 'tensor<?x4xf32>'}}
  %0 = py.add %a, %b : (tensor<?x1xf32>, tensor<1x4xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @test_not_compare_result(%a: tensor<4xf32>) {
  // expected-error @+1 {{result type 'tensor<4xf32>' differs from the inferred type 'tensor<4xi1>'}}
  %0 = py.eq %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @test_not_int_division(%a: tensor<4xi32>) {
  // expected-error @+1 {{result type 'tensor<4xi32>' differs from the inferred type 'tensor<4xf32>'}}
  %0 = py.div %a, %a : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return
}

// -----

func.func @test_not_unary_int_to_float(%a: tensor<4xi64>) {
  // expected-error @+1 {{'py.exp' op result type 'tensor<4xi64>' differs from the inferred type 'tensor<4xf32>'}}
  %0 = py.exp %a : tensor<4xi64> -> tensor<4xi64>
  return
}

// -----

func.func @test_not_same_type_unary(%a: tensor<4xi64>) {
  // expected-error @+1 {{'py.relu' op result type 'tensor<4xf32>' differs from the inferred type 'tensor<4xi64>'}}
  %0 = py.relu %a : tensor<4xi64> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_sum_int_accumulator(%a: tensor<4x3xi32>) {
  // expected-error @+1 {{'py.sum' op result type 'tensor<4xi32>' differs from the inferred type 'tensor<4xi64>'}}
  %0 = py.sum %a {dims = array<i64: 1>} : tensor<4x3xi32> -> tensor<4xi32>
  return
}

// -----

func.func @test_not_keepdim(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{result type 'tensor<4xf32>' differs from the inferred type 'tensor<4x1xf32>'}}
  %0 = py.amax %a {dims = array<i64: 1>, keepdim = true} : tensor<4x3xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_argmax_dtype(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{result type 'tensor<4xi32>' differs from the inferred type 'tensor<4xi64>'}}
  %0 = py.argmax %a {dims = array<i64: 1>} : tensor<4x3xf32> -> tensor<4xi32>
  return
}

// -----

func.func @test_not_matmul_shape(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>) {
  // expected-error @+1 {{result type 'tensor<2x4xf32>' differs from the inferred type 'tensor<4x2xf32>'}}
  %0 = py.matmul %a, %b : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @test_not_reshape_result(%a: tensor<4x6xf32>) {
  // expected-error @+1 {{result type 'tensor<2x?xf32>' differs from the inferred type 'tensor<2x12xf32>'}}
  %0 = py.reshape %a {shape = array<i64: 2, -1>} : tensor<4x6xf32> -> tensor<2x?xf32>
  return
}

// -----

func.func @test_not_loss_reduced_shape(%a: tensor<4x8xf32>) {
  // expected-error @+1 {{result type 'tensor<4x8xf32>' differs from the inferred type 'tensor<f32>'}}
  %0 = py.mse_loss %a, %a : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @test_not_pool_size(%a: tensor<1x3x32x32xf32>) {
  // expected-error @+1 {{result type 'tensor<1x3x15x15xf32>' differs from the inferred type 'tensor<1x3x16x16xf32>'}}
  %0 = py.max_pool %a {kernel_size = array<i64: 2, 2>} : tensor<1x3x32x32xf32> -> tensor<1x3x15x15xf32>
  return
}

// -----

func.func @test_not_full_like(%a: tensor<4xf32>) {
  // expected-error @+1 {{result type 'tensor<4xf16>' differs from the inferred type 'tensor<4xf32>'}}
  %0 = py.full_like %a {value = 1.0 : f64} : tensor<4xf32> -> tensor<4xf16>
  return
}
