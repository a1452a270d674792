// max_pool and avg_pool attribute and shape rules.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_kernel_length(%x: tensor<1x3x8x8x8x8xf32>) {
  // expected-error @+1 {{'py.max_pool' op expects kernel_size of length 1, 2 or 3, got [2, 2, 2, 2]}}
  %0 = py.max_pool %x {kernel_size = array<i64: 2, 2, 2, 2>} : tensor<1x3x8x8x8x8xf32> -> tensor<1x3x4x4x4x4xf32>
  return
}

// -----

func.func @test_not_kernel_empty(%x: tensor<1x3x8xf32>) {
  // expected-error @+1 {{'py.avg_pool' op expects kernel_size of length 1, 2 or 3, got []}}
  %0 = py.avg_pool %x {kernel_size = array<i64>} : tensor<1x3x8xf32> -> tensor<1x3x8xf32>
  return
}

// -----

func.func @test_not_kernel_positive(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'py.max_pool' op expects positive kernel_size, stride and dilation, got kernel 0, stride 0, dilation 1}}
  %0 = py.max_pool %x {kernel_size = array<i64: 0, 2>} : tensor<1x3x8x8xf32> -> tensor<1x3x8x4xf32>
  return
}

// -----

func.func @test_not_stride_positive(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'py.avg_pool' op expects positive kernel_size, stride and dilation, got kernel 2, stride -1, dilation 1}}
  %0 = py.avg_pool %x {kernel_size = array<i64: 2, 2>, stride = array<i64: -1, 2>} : tensor<1x3x8x8xf32> -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @test_not_dilation_positive(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'py.max_pool' op expects positive kernel_size, stride and dilation, got kernel 2, stride 2, dilation 0}}
  %0 = py.max_pool %x {dilation = array<i64: 1, 0>, kernel_size = array<i64: 2, 2>} : tensor<1x3x8x8xf32> -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @test_not_padding_too_large(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'py.max_pool' op expects padding in [0, kernel_size / 2], got padding 2 for kernel 3}}
  %0 = py.max_pool %x {kernel_size = array<i64: 3, 3>, padding = array<i64: 2, 2>} : tensor<1x3x8x8xf32> -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @test_not_padding_negative(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'py.avg_pool' op expects padding in [0, kernel_size / 2], got padding -1 for kernel 2}}
  %0 = py.avg_pool %x {kernel_size = array<i64: 2, 2>, padding = array<i64: 0, -1>} : tensor<1x3x8x8xf32> -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @test_not_stride_length(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'py.max_pool' op expects stride of length 2 (or empty), got [2]}}
  %0 = py.max_pool %x {kernel_size = array<i64: 2, 2>, stride = array<i64: 2>} : tensor<1x3x8x8xf32> -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @test_not_padding_length(%x: tensor<1x3x8xf32>) {
  // expected-error @+1 {{'py.avg_pool' op expects padding of length 1 (or empty), got [0, 0]}}
  %0 = py.avg_pool %x {kernel_size = array<i64: 2>, padding = array<i64: 0, 0>} : tensor<1x3x8xf32> -> tensor<1x3x4xf32>
  return
}

// -----

func.func @test_not_input_rank(%x: tensor<3x8xf32>) {
  // A 2-d pool needs [C, H, W] or [N, C, H, W].
  // expected-error @+1 {{'py.max_pool' op expects an input of rank 3 or 4 for a 2-d pool, got 'tensor<3x8xf32>'}}
  %0 = py.max_pool %x {kernel_size = array<i64: 2, 2>} : tensor<3x8xf32> -> tensor<3x4xf32>
  return
}

// -----

func.func @test_not_input_rank_high(%x: tensor<1x1x3x8x8xf32>) {
  // expected-error @+1 {{'py.avg_pool' op expects an input of rank 3 or 4 for a 2-d pool}}
  %0 = py.avg_pool %x {kernel_size = array<i64: 2, 2>} : tensor<1x1x3x8x8xf32> -> tensor<1x1x3x4x4xf32>
  return
}

// -----

func.func @test_not_input_too_small(%x: tensor<1x3x2x8xf32>) {
  // expected-error @+1 {{'py.max_pool' op input size 2 is too small for kernel 3 (dilation 1, padding 0)}}
  %0 = py.max_pool %x {kernel_size = array<i64: 3, 3>} : tensor<1x3x2x8xf32> -> tensor<1x3x1x2xf32>
  return
}

// -----

func.func @test_not_dilated_too_small(%x: tensor<1x3x8x8xf32>) {
  // Dilation 4 makes the kernel span 9 > 8.
  // expected-error @+1 {{'py.max_pool' op input size 8 is too small for kernel 3 (dilation 4, padding 0)}}
  %0 = py.max_pool %x {dilation = array<i64: 4, 1>, kernel_size = array<i64: 3, 3>} : tensor<1x3x8x8xf32> -> tensor<1x3x1x2xf32>
  return
}

// -----

func.func @test_not_floor_vs_ceil(%x: tensor<1x3x33xf32>) {
  // floor((33 - 2) / 2) + 1 = 16; 17 needs ceil_mode.
  // expected-error @+1 {{result type 'tensor<1x3x17xf32>' differs from the inferred type 'tensor<1x3x16xf32>'}}
  %0 = py.max_pool %x {kernel_size = array<i64: 2>} : tensor<1x3x33xf32> -> tensor<1x3x17xf32>
  return
}

// -----

func.func @test_not_avg_pool_dilation(%x: tensor<1x3x8xf32>) {
  // avg_pool has no dilation attribute.
  // expected-error @+1 {{result type 'tensor<1x3x2xf32>' differs from the inferred type 'tensor<1x3x4xf32>'}}
  %0 = py.avg_pool %x {dilation = array<i64: 2>, kernel_size = array<i64: 2>} : tensor<1x3x8xf32> -> tensor<1x3x2xf32>
  return
}
