// py.constant and py.cast.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_cast_shape() {
  %c = py.constant dense<1.0> : tensor<4xf32>
  // expected-error @+1 {{'py.cast' op changes the shape: 'tensor<4xf32>' -> 'tensor<5xf16>'}}
  %0 = py.cast %c : tensor<4xf32> -> tensor<5xf16>
  return
}

// -----

func.func @test_not_cast_rank(%x: tensor<4xf32>) {
  // expected-error @+1 {{'py.cast' op changes the shape: 'tensor<4xf32>' -> 'tensor<4x1xf16>'}}
  %0 = py.cast %x : tensor<4xf32> -> tensor<4x1xf16>
  return
}

// -----

func.func @test_not_cast_to_fp8(%x: tensor<4xf32>) {
  // expected-error @+1 {{'py.cast' op result #0 must be ranked tensor of torch dtype values, but got 'tensor<4xf8E5M2>'}}
  %0 = py.cast %x : tensor<4xf32> -> tensor<4xf8E5M2>
  return
}

// -----

func.func @test_not_constant_type() {
  // expected-error @+1 {{'py.constant' op failed to verify that all of {value, result} have same type}}
  %0 = "py.constant"() <{value = dense<1.0> : tensor<4xf32>}> : () -> tensor<4xf16>
  return
}

// -----

func.func @test_not_constant_dtype() {
  // expected-error @+1 {{'py.constant' op result #0 must be ranked tensor of torch dtype values, but got 'tensor<2xi4>'}}
  %0 = py.constant dense<1> : tensor<2xi4>
  return
}

// -----

func.func @test_not_constant_value() {
  // expected-error @+1 {{invalid properties {value = 1.000000e+00 : f32} for op py.constant}}
  %0 = "py.constant"() <{value = 1.0 : f32}> : () -> tensor<f32>
  return
}

// -----

func.func @test_not_full_like_value_type(%x: tensor<4xf32>) {
  // expected-error @+1 {{'py.full_like' op requires attribute 'value'}}
  %0 = py.full_like %x : tensor<4xf32> -> tensor<4xf32>
  return
}
