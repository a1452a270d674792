// cat and stack.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_cat_sizes(%a: tensor<4x2xf32>, %b: tensor<5x3xf32>) {
  // expected-error @+1 {{'py.cat' op input 1 has size 5 at dim 0, expected 4}}
  %0 = py.cat %a, %b {dim = 1 : i64} : (tensor<4x2xf32>, tensor<5x3xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @test_not_cat_ranks(%a: tensor<4x2xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'py.cat' op expects inputs of one rank, got 'tensor<4x2xf32>' and 'tensor<4xf32>'}}
  %0 = py.cat %a, %b : (tensor<4x2xf32>, tensor<4xf32>) -> tensor<8x2xf32>
  return
}

// -----

func.func @test_not_cat_rank0(%a: tensor<f32>) {
  // expected-error @+1 {{'py.cat' op cannot concatenate rank-0 tensors}}
  %0 = py.cat %a, %a : (tensor<f32>, tensor<f32>) -> tensor<2xf32>
  return
}

// -----

func.func @test_not_cat_dim(%a: tensor<4x2xf32>) {
  // expected-error @+1 {{'py.cat' op dim 2 is out of range for rank 2}}
  %0 = py.cat %a, %a {dim = 2 : i64} : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x4xf32>
  return
}

// -----

func.func @test_not_cat_empty() {
  // expected-error @+1 {{'py.cat' op expects at least one input}}
  %0 = py.cat {dim = 0 : i64} : () -> tensor<0xf32>
  return
}

// -----

func.func @test_not_stack_shapes(%a: tensor<4x2xf32>, %b: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.stack' op expects inputs of one shape, input 1 is 'tensor<4x3xf32>'}}
  %0 = py.stack %a, %b : (tensor<4x2xf32>, tensor<4x3xf32>) -> tensor<2x4x2xf32>
  return
}

// -----

func.func @test_not_stack_dim(%a: tensor<4x2xf32>) {
  // dim may be in [-rank-1, rank] = [-3, 2].
  // expected-error @+1 {{'py.stack' op dim 3 is out of range for rank 2 (a new dim goes in [-3, 2])}}
  %0 = py.stack %a, %a {dim = 3 : i64} : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2x2xf32>
  return
}

// -----

func.func @test_not_stack_ranks(%a: tensor<4x2xf32>, %b: tensor<2xf32>) {
  // expected-error @+1 {{'py.stack' op expects inputs of one rank}}
  %0 = py.stack %a, %b : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<2x4x2xf32>
  return
}

// -----

func.func @test_not_cat_promotion(%a: tensor<4x2xf16>, %b: tensor<4x2xf32>) {
  // expected-error @+1 {{result type 'tensor<8x2xf16>' differs from the inferred type 'tensor<8x2xf32>'}}
  %0 = py.cat %a, %b : (tensor<4x2xf16>, tensor<4x2xf32>) -> tensor<8x2xf16>
  return
}
