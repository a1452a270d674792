// reshape, transpose, permute, unsqueeze, squeeze, flatten.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_reshape_count(%a: tensor<4x6xf32>) {
  // expected-error @+1 {{'py.reshape' op cannot reshape 'tensor<4x6xf32>' (24 elements) into shape [5, 5] (25 elements)}}
  %0 = py.reshape %a {shape = array<i64: 5, 5>} : tensor<4x6xf32> -> tensor<5x5xf32>
  return
}

// -----

func.func @test_not_reshape_two_inferred(%a: tensor<4x6xf32>) {
  // expected-error @+1 {{'py.reshape' op expects at most one -1 in shape [-1, 2, -1]}}
  %0 = py.reshape %a {shape = array<i64: -1, 2, -1>} : tensor<4x6xf32> -> tensor<2x2x6xf32>
  return
}

// -----

func.func @test_not_reshape_indivisible(%a: tensor<4x6xf32>) {
  // expected-error @+1 {{'py.reshape' op cannot reshape 'tensor<4x6xf32>' (24 elements) into shape [5, -1]}}
  %0 = py.reshape %a {shape = array<i64: 5, -1>} : tensor<4x6xf32> -> tensor<5x5xf32>
  return
}

// -----

func.func @test_not_reshape_zero_inferred(%a: tensor<0x6xf32>) {
  // expected-error @+1 {{cannot reshape 'tensor<0x6xf32>' (0 elements) into shape [0, -1]}}
  %0 = py.reshape %a {shape = array<i64: 0, -1>} : tensor<0x6xf32> -> tensor<0x6xf32>
  return
}

// -----

func.func @test_not_reshape_negative(%a: tensor<?x6xf32>) {
  // expected-error @+1 {{'py.reshape' op invalid size -2 in shape [-2, 3]}}
  %0 = py.reshape %a {shape = array<i64: -2, 3>} : tensor<?x6xf32> -> tensor<?x3xf32>
  return
}

// -----

func.func @test_not_transpose_range(%a: tensor<4x6xf32>) {
  // expected-error @+1 {{'py.transpose' op dim 2 is out of range for rank 2}}
  %0 = py.transpose %a {dim0 = 0 : i64, dim1 = 2 : i64} : tensor<4x6xf32> -> tensor<6x4xf32>
  return
}

// -----

func.func @test_not_permute_duplicate(%a: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'py.permute' op dims [0, 1, 1] is not a permutation of rank 3}}
  %0 = py.permute %a {dims = array<i64: 0, 1, 1>} : tensor<2x3x4xf32> -> tensor<2x3x3xf32>
  return
}

// -----

func.func @test_not_permute_length(%a: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'py.permute' op dims [1, 0] is not a permutation of rank 3}}
  %0 = py.permute %a {dims = array<i64: 1, 0>} : tensor<2x3x4xf32> -> tensor<3x2x4xf32>
  return
}

// -----

func.func @test_not_permute_negative_duplicate(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'py.permute' op dims [1, -1] is not a permutation of rank 2}}
  %0 = py.permute %a {dims = array<i64: 1, -1>} : tensor<2x3xf32> -> tensor<3x3xf32>
  return
}

// -----

func.func @test_not_permute_range(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'py.permute' op dims [0, 2] is not a permutation of rank 2}}
  %0 = py.permute %a {dims = array<i64: 0, 2>} : tensor<2x3xf32> -> tensor<2x3xf32>
  return
}

// -----

func.func @test_not_unsqueeze_high(%a: tensor<2x3xf32>) {
  // dim may be in [-rank-1, rank] = [-3, 2].
  // expected-error @+1 {{'py.unsqueeze' op dim 3 is out of range for rank 2 (a new dim goes in [-3, 2])}}
  %0 = py.unsqueeze %a {dim = 3 : i64} : tensor<2x3xf32> -> tensor<2x3x1xf32>
  return
}

// -----

func.func @test_not_unsqueeze_low(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'py.unsqueeze' op dim -4 is out of range for rank 2}}
  %0 = py.unsqueeze %a {dim = -4 : i64} : tensor<2x3xf32> -> tensor<1x2x3xf32>
  return
}

// -----

func.func @test_not_squeeze_range(%a: tensor<1x3xf32>) {
  // expected-error @+1 {{'py.squeeze' op dim 2 is out of range for rank 2}}
  %0 = py.squeeze %a {dims = array<i64: 2>} : tensor<1x3xf32> -> tensor<3xf32>
  return
}

// -----

func.func @test_not_squeeze_duplicate(%a: tensor<1x3xf32>) {
  // expected-error @+1 {{'py.squeeze' op dim -2 appears more than once in [0, -2]}}
  %0 = py.squeeze %a {dims = array<i64: 0, -2>} : tensor<1x3xf32> -> tensor<3xf32>
  return
}

// -----

func.func @test_not_squeeze_non_one(%a: tensor<1x3xf32>) {
  // Squeezing a static non-1 dim is a no-op, so the result keeps it.
  // expected-error @+1 {{result type 'tensor<1xf32>' differs from the inferred type 'tensor<1x3xf32>'}}
  %0 = py.squeeze %a {dims = array<i64: 1>} : tensor<1x3xf32> -> tensor<1xf32>
  return
}

// -----

func.func @test_not_flatten_order(%a: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'py.flatten' op start_dim 2 comes after end_dim 1}}
  %0 = py.flatten %a {end_dim = 1 : i64, start_dim = 2 : i64} : tensor<2x3x4xf32> -> tensor<2x3x4xf32>
  return
}

// -----

func.func @test_not_flatten_range(%a: tensor<2x3x4xf32>) {
  // expected-error @+1 {{'py.flatten' op dim 3 is out of range for rank 3}}
  %0 = py.flatten %a {start_dim = 3 : i64} : tensor<2x3x4xf32> -> tensor<2x3x4xf32>
  return
}

// -----

func.func @test_not_dim_range(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'py.dim' op dim 2 is out of range for rank 2}}
  %0 = py.dim %a {dim = 2 : i64} : tensor<2x3xf32> -> index
  return
}
