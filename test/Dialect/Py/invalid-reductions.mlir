// Reduction and along-dim attribute rules: dims in range and unique, at most
// one dim for argmax/argmin.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_dim_too_large(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.sum' op dim 2 is out of range for rank 2}}
  %0 = py.sum %a {dims = array<i64: 2>} : tensor<4x3xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_dim_too_negative(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.mean' op dim -3 is out of range for rank 2}}
  %0 = py.mean %a {dims = array<i64: -3>} : tensor<4x3xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_duplicate_dims(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.amax' op dim 1 appears more than once in [1, 1]}}
  %0 = py.amax %a {dims = array<i64: 1, 1>} : tensor<4x3xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_duplicate_after_normalising(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.prod' op dim -2 appears more than once in [0, -2]}}
  %0 = py.prod %a {dims = array<i64: 0, -2>} : tensor<4x3xf32> -> tensor<3xf32>
  return
}

// -----

func.func @test_not_argmax_two_dims(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.argmax' op expects at most one dim, got [0, 1]}}
  %0 = py.argmax %a {dims = array<i64: 0, 1>} : tensor<4x3xf32> -> tensor<i64>
  return
}

// -----

func.func @test_not_argmin_dim_range(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.argmin' op dim 5 is out of range for rank 2}}
  %0 = py.argmin %a {dims = array<i64: 5>} : tensor<4x3xf32> -> tensor<4xi64>
  return
}

// -----

func.func @test_not_rank0_dim(%a: tensor<f32>) {
  // A rank-0 tensor accepts dims 0 and -1 only.
  // expected-error @+1 {{'py.any' op dim 1 is out of range for rank 1}}
  %0 = py.any %a {dims = array<i64: 1>} : tensor<f32> -> tensor<i1>
  return
}

// -----

func.func @test_not_std_dims(%a: tensor<4x3xf16>) {
  // expected-error @+1 {{'py.std' op dim 7 is out of range for rank 2}}
  %0 = py.std %a {dims = array<i64: 7>} : tensor<4x3xf16> -> tensor<4xf16>
  return
}

// -----

func.func @test_not_softmax_dim(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.softmax' op dim 2 is out of range for rank 2}}
  %0 = py.softmax %a {dim = 2 : i64} : tensor<4x3xf32> -> tensor<4x3xf32>
  return
}

// -----

func.func @test_not_cumsum_dim(%a: tensor<4x3xi32>) {
  // expected-error @+1 {{'py.cumsum' op dim -3 is out of range for rank 2}}
  %0 = py.cumsum %a {dim = -3 : i64} : tensor<4x3xi32> -> tensor<4x3xi64>
  return
}

// -----

func.func @test_not_flip_duplicate(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.flip' op dim -1 appears more than once in [1, -1]}}
  %0 = py.flip %a {dims = array<i64: 1, -1>} : tensor<4x3xf32> -> tensor<4x3xf32>
  return
}

// -----

func.func @test_not_flip_range(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.flip' op dim 2 is out of range for rank 2}}
  %0 = py.flip %a {dims = array<i64: 2>} : tensor<4x3xf32> -> tensor<4x3xf32>
  return
}

// -----

func.func @test_not_keepdim_type(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.sum' op attribute 'keepdim' failed to satisfy constraint: bool attribute}}
  %0 = py.sum %a {keepdim = 1 : i64} : tensor<4x3xf32> -> tensor<f32>
  return
}
