// expand, slice, select.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_expand_non_one(%a: tensor<4x3xf32>) {
  // expected-error @+1 {{'py.expand' op cannot expand dim 1 of size 3 to 6}}
  %0 = py.expand %a {sizes = array<i64: 4, 6>} : tensor<4x3xf32> -> tensor<4x6xf32>
  return
}

// -----

func.func @test_not_expand_fewer_sizes(%a: tensor<4x1xf32>) {
  // expected-error @+1 {{'py.expand' op expects at least 2 sizes for 'tensor<4x1xf32>', got [8]}}
  %0 = py.expand %a {sizes = array<i64: 8>} : tensor<4x1xf32> -> tensor<8xf32>
  return
}

// -----

func.func @test_not_expand_new_dim_minus_one(%a: tensor<4x1xf32>) {
  // expected-error @+1 {{'py.expand' op size -1 is not allowed for the new leading dim 0}}
  %0 = py.expand %a {sizes = array<i64: -1, 4, 2>} : tensor<4x1xf32> -> tensor<1x4x2xf32>
  return
}

// -----

func.func @test_not_expand_invalid_size(%a: tensor<4x1xf32>) {
  // expected-error @+1 {{'py.expand' op invalid size -3 in [4, -3]}}
  %0 = py.expand %a {sizes = array<i64: 4, -3>} : tensor<4x1xf32> -> tensor<4x1xf32>
  return
}

// -----

func.func @test_not_slice_step(%a: tensor<4x10xf32>) {
  // expected-error @+1 {{'py.slice' op expects step >= 1, got 0}}
  %0 = py.slice %a {dim = 1 : i64, step = 0 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
  return
}

// -----

func.func @test_not_slice_negative_step(%a: tensor<4x10xf32>) {
  // expected-error @+1 {{'py.slice' op expects step >= 1, got -1}}
  %0 = py.slice %a {dim = 1 : i64, step = -1 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
  return
}

// -----

func.func @test_not_slice_dim(%a: tensor<4x10xf32>) {
  // expected-error @+1 {{'py.slice' op dim 2 is out of range for rank 2}}
  %0 = py.slice %a {dim = 2 : i64, end = 1 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
  return
}

// -----

func.func @test_not_slice_rank0(%a: tensor<f32>) {
  // expected-error @+1 {{'py.slice' op expects an input of rank >= 1, got 'tensor<f32>'}}
  %0 = py.slice %a : tensor<f32> -> tensor<f32>
  return
}

// -----

func.func @test_not_slice_length(%a: tensor<4x10xf32>) {
  // 10 elements from index 3 with step 3: 3, 6, 9.
  // expected-error @+1 {{result type 'tensor<4x2xf32>' differs from the inferred type 'tensor<4x3xf32>'}}
  %0 = py.slice %a {dim = 1 : i64, start = 3 : i64, step = 3 : i64} : tensor<4x10xf32> -> tensor<4x2xf32>
  return
}

// -----

func.func @test_not_select_index(%a: tensor<4x10xf32>) {
  // expected-error @+1 {{'py.select' op index 4 is out of range for dim 0 of size 4}}
  %0 = py.select %a {dim = 0 : i64, index = 4 : i64} : tensor<4x10xf32> -> tensor<10xf32>
  return
}

// -----

func.func @test_not_select_negative_index(%a: tensor<4x10xf32>) {
  // expected-error @+1 {{'py.select' op index -11 is out of range for dim -1 of size 10}}
  %0 = py.select %a {dim = -1 : i64, index = -11 : i64} : tensor<4x10xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_select_dim(%a: tensor<4x10xf32>) {
  // expected-error @+1 {{'py.select' op dim -3 is out of range for rank 2}}
  %0 = py.select %a {dim = -3 : i64, index = 0 : i64} : tensor<4x10xf32> -> tensor<10xf32>
  return
}
