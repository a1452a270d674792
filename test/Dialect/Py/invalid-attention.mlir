// scaled_dot_product_attention.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_embedding(%q: tensor<2x16x32xf16>, %k: tensor<2x64x16xf16>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op query and key embedding sizes differ: 32 and 16}}
  %0 = py.scaled_dot_product_attention %q, %k, %k : (tensor<2x16x32xf16>, tensor<2x64x16xf16>, tensor<2x64x16xf16>) -> tensor<2x16x16xf16>
  return
}

// -----

func.func @test_not_sequence(%q: tensor<2x16x32xf16>, %k: tensor<2x64x32xf16>, %v: tensor<2x48x32xf16>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op key and value sequence lengths differ: 64 and 48}}
  %0 = py.scaled_dot_product_attention %q, %k, %v : (tensor<2x16x32xf16>, tensor<2x64x32xf16>, tensor<2x48x32xf16>) -> tensor<2x16x32xf16>
  return
}

// -----

func.func @test_not_dtypes(%q: tensor<2x16x32xf16>, %k: tensor<2x64x32xf32>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op expects query, key and value of one dtype, got 'tensor<2x16x32xf16>', 'tensor<2x64x32xf32>' and 'tensor<2x64x32xf32>'}}
  %0 = py.scaled_dot_product_attention %q, %k, %k : (tensor<2x16x32xf16>, tensor<2x64x32xf32>, tensor<2x64x32xf32>) -> tensor<2x16x32xf16>
  return
}

// -----

func.func @test_not_int(%q: tensor<2x16x32xi32>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op expects a floating-point query, got 'tensor<2x16x32xi32>'}}
  %0 = py.scaled_dot_product_attention %q, %q, %q : (tensor<2x16x32xi32>, tensor<2x16x32xi32>, tensor<2x16x32xi32>) -> tensor<2x16x32xi32>
  return
}

// -----

func.func @test_not_rank(%q: tensor<32xf32>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op expects query, key and value of rank >= 2, got 'tensor<32xf32>'}}
  %0 = py.scaled_dot_product_attention %q, %q, %q : (tensor<32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
  return
}

// -----

func.func @test_not_batch(%q: tensor<2x16x32xf32>, %k: tensor<3x64x32xf32>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op batch dims are not broadcast-compatible}}
  %0 = py.scaled_dot_product_attention %q, %k, %k : (tensor<2x16x32xf32>, tensor<3x64x32xf32>, tensor<3x64x32xf32>) -> tensor<2x16x32xf32>
  return
}

// -----

func.func @test_not_mask_and_causal(%q: tensor<2x16x32xf32>, %m: tensor<16x16xi1>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op expects either attn_mask or is_causal, not both}}
  %0 = py.scaled_dot_product_attention %q, %q, %q mask %m {is_causal = true} : (tensor<2x16x32xf32>, tensor<2x16x32xf32>, tensor<2x16x32xf32>, tensor<16x16xi1>) -> tensor<2x16x32xf32>
  return
}

// -----

func.func @test_not_mask_shape(%q: tensor<2x16x32xf32>, %k: tensor<2x64x32xf32>, %m: tensor<16x16xi1>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op attn_mask 'tensor<16x16xi1>' does not broadcast to the scores' shape [2, 16, 64]}}
  %0 = py.scaled_dot_product_attention %q, %k, %k mask %m : (tensor<2x16x32xf32>, tensor<2x64x32xf32>, tensor<2x64x32xf32>, tensor<16x16xi1>) -> tensor<2x16x32xf32>
  return
}

// -----

func.func @test_not_mask_rank(%q: tensor<16x32xf32>, %m: tensor<2x16x16xi1>) {
  // A mask may not add batch dims the scores lack.
  // expected-error @+1 {{'py.scaled_dot_product_attention' op attn_mask 'tensor<2x16x16xi1>' does not broadcast to the scores' shape [16, 16]}}
  %0 = py.scaled_dot_product_attention %q, %q, %q mask %m : (tensor<16x32xf32>, tensor<16x32xf32>, tensor<16x32xf32>, tensor<2x16x16xi1>) -> tensor<16x32xf32>
  return
}

// -----

func.func @test_not_mask_dtype(%q: tensor<2x16x32xf32>, %m: tensor<16x16xf16>) {
  // expected-error @+1 {{'py.scaled_dot_product_attention' op expects a bool attn_mask or one of the query's dtype, got 'tensor<16x16xf16>'}}
  %0 = py.scaled_dot_product_attention %q, %q, %q mask %m : (tensor<2x16x32xf32>, tensor<2x16x32xf32>, tensor<2x16x32xf32>, tensor<16x16xf16>) -> tensor<2x16x32xf32>
  return
}

// -----

func.func @test_not_value_dim(%q: tensor<2x16x32xf32>, %v: tensor<2x16x48xf32>) {
  // The output takes value's last dim, not query's.
  // expected-error @+1 {{result type 'tensor<2x16x32xf32>' differs from the inferred type 'tensor<2x16x48xf32>'}}
  %0 = py.scaled_dot_product_attention %q, %q, %v : (tensor<2x16x32xf32>, tensor<2x16x32xf32>, tensor<2x16x48xf32>) -> tensor<2x16x32xf32>
  return
}
