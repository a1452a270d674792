// layer_norm, rms_norm, batch_norm, group_norm, instance_norm, normalize,
// cosine_similarity.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_layer_norm_shape(%x: tensor<?x64xf32>) {
  // expected-error @+1 {{'py.layer_norm' op input trailing dims [64] do not match normalized_shape [32]}}
  %0 = py.layer_norm %x {normalized_shape = array<i64: 32>} : (tensor<?x64xf32>) -> tensor<?x64xf32>
  return
}

// -----

func.func @test_not_layer_norm_two_dims(%x: tensor<2x4x8xf32>) {
  // expected-error @+1 {{'py.layer_norm' op input trailing dims [4, 8] do not match normalized_shape [8, 4]}}
  %0 = py.layer_norm %x {normalized_shape = array<i64: 8, 4>} : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return
}

// -----

func.func @test_not_layer_norm_rank(%x: tensor<8xf32>) {
  // expected-error @+1 {{'py.layer_norm' op input 'tensor<8xf32>' has fewer dims than normalized_shape [2, 8]}}
  %0 = py.layer_norm %x {normalized_shape = array<i64: 2, 8>} : (tensor<8xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @test_not_layer_norm_weight(%x: tensor<?x64xf32>, %w: tensor<32xf32>) {
  // expected-error @+1 {{'py.layer_norm' op weight shape [32] does not match normalized_shape [64]}}
  %0 = py.layer_norm %x weight %w {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<32xf32>) -> tensor<?x64xf32>
  return
}

// -----

func.func @test_not_layer_norm_bias_rank(%x: tensor<?x64xf32>, %b: tensor<1x64xf32>) {
  // expected-error @+1 {{'py.layer_norm' op bias shape [1, 64] does not match normalized_shape [64]}}
  %0 = py.layer_norm %x bias %b {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?x64xf32>
  return
}

// -----

func.func @test_not_layer_norm_empty(%x: tensor<?x64xf32>) {
  // expected-error @+1 {{'py.layer_norm' op expects a non-empty normalized_shape}}
  %0 = py.layer_norm %x {normalized_shape = array<i64>} : (tensor<?x64xf32>) -> tensor<?x64xf32>
  return
}

// -----

func.func @test_not_layer_norm_int(%x: tensor<?x64xi32>) {
  // expected-error @+1 {{'py.layer_norm' op expects a floating-point input, got 'tensor<?x64xi32>'}}
  %0 = py.layer_norm %x {normalized_shape = array<i64: 64>} : (tensor<?x64xi32>) -> tensor<?x64xi32>
  return
}

// -----

func.func @test_not_rms_norm_shape(%x: tensor<?x64xbf16>, %w: tensor<64xbf16>) {
  // expected-error @+1 {{'py.rms_norm' op input trailing dims [64] do not match normalized_shape [128]}}
  %0 = py.rms_norm %x weight %w {normalized_shape = array<i64: 128>} : (tensor<?x64xbf16>, tensor<64xbf16>) -> tensor<?x64xbf16>
  return
}

// -----

func.func @test_not_batch_norm_channels(%x: tensor<?x16x8x8xf32>, %m: tensor<8xf32>, %v: tensor<16xf32>) {
  // expected-error @+1 {{'py.batch_norm' op running_mean has shape [8], expected [16]}}
  %0 = py.batch_norm %x, %m, %v : (tensor<?x16x8x8xf32>, tensor<8xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
  return
}

// -----

func.func @test_not_batch_norm_weight(%x: tensor<?x16x8x8xf32>, %m: tensor<16xf32>, %w: tensor<1x16xf32>) {
  // expected-error @+1 {{'py.batch_norm' op weight has shape [1, 16], expected [16]}}
  %0 = py.batch_norm %x, %m, %m weight %w : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<1x16xf32>) -> tensor<?x16x8x8xf32>
  return
}

// -----

func.func @test_not_batch_norm_rank(%x: tensor<16xf32>, %m: tensor<16xf32>) {
  // expected-error @+1 {{'py.batch_norm' op expects an input [N, C, ...] of rank >= 2, got 'tensor<16xf32>'}}
  %0 = py.batch_norm %x, %m, %m : (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return
}

// -----

func.func @test_not_group_norm_divisible(%x: tensor<2x16x?xf32>) {
  // expected-error @+1 {{'py.group_norm' op expects the channel count 16 to be divisible by num_groups 5}}
  %0 = py.group_norm %x {num_groups = 5 : i64} : (tensor<2x16x?xf32>) -> tensor<2x16x?xf32>
  return
}

// -----

func.func @test_not_group_norm_groups(%x: tensor<2x16x?xf32>) {
  // expected-error @+1 {{'py.group_norm' op expects num_groups >= 1, got 0}}
  %0 = py.group_norm %x {num_groups = 0 : i64} : (tensor<2x16x?xf32>) -> tensor<2x16x?xf32>
  return
}

// -----

func.func @test_not_group_norm_bias(%x: tensor<2x16x?xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'py.group_norm' op bias has shape [4], expected [16]}}
  %0 = py.group_norm %x bias %b {num_groups = 4 : i64} : (tensor<2x16x?xf32>, tensor<4xf32>) -> tensor<2x16x?xf32>
  return
}

// -----

func.func @test_not_instance_norm_rank(%x: tensor<2x16xf32>) {
  // expected-error @+1 {{'py.instance_norm' op expects an input [N, C, ...] of rank >= 3, got 'tensor<2x16xf32>'}}
  %0 = py.instance_norm %x : (tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @test_not_normalize_dim(%x: tensor<2x16xf32>) {
  // expected-error @+1 {{'py.normalize' op dim 2 is out of range for rank 2}}
  %0 = py.normalize %x {dim = 2 : i64} : tensor<2x16xf32> -> tensor<2x16xf32>
  return
}

// -----

func.func @test_not_cosine_dim(%a: tensor<4x8xf32>) {
  // expected-error @+1 {{'py.cosine_similarity' op dim 2 is out of range for rank 2}}
  %0 = py.cosine_similarity %a, %a {dim = 2 : i64} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @test_not_cosine_int(%a: tensor<4x8xi64>) {
  // expected-error @+1 {{'py.cosine_similarity' op expects a floating-point x1, got 'tensor<4x8xi64>'}}
  %0 = py.cosine_similarity %a, %a : (tensor<4x8xi64>, tensor<4x8xi64>) -> tensor<4xi64>
  return
}
