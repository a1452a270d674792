// Operands that torch cannot broadcast together.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_add_mismatch(%a: tensor<4x3xf32>, %b: tensor<5xf32>) {
  // expected-error @+1 {{'py.add' op operands are not broadcast-compatible: 'tensor<4x3xf32>' and 'tensor<5xf32>'}}
  %0 = py.add %a, %b : (tensor<4x3xf32>, tensor<5xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @test_not_mul_leading_mismatch(%a: tensor<2x3x4xf32>, %b: tensor<3x3x4xf32>) {
  // expected-error @+1 {{operands are not broadcast-compatible}}
  %0 = py.mul %a, %b : (tensor<2x3x4xf32>, tensor<3x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @test_not_dynamic_does_not_hide_static_mismatch(%a: tensor<?x3xf32>, %b: tensor<4x2xf32>) {
  // expected-error @+1 {{operands are not broadcast-compatible: 'tensor<?x3xf32>' and 'tensor<4x2xf32>'}}
  %0 = py.sub %a, %b : (tensor<?x3xf32>, tensor<4x2xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @test_not_compare_mismatch(%a: tensor<8xf16>, %b: tensor<7xf16>) {
  // expected-error @+1 {{'py.lt' op operands are not broadcast-compatible}}
  %0 = py.lt %a, %b : (tensor<8xf16>, tensor<7xf16>) -> tensor<8xi1>
  return
}

// -----

func.func @test_not_bitwise_mismatch(%a: tensor<2x2xi32>, %b: tensor<3x2xi32>) {
  // expected-error @+1 {{'py.bitwise_and' op operands are not broadcast-compatible}}
  %0 = py.bitwise_and %a, %b : (tensor<2x2xi32>, tensor<3x2xi32>) -> tensor<2x2xi32>
  return
}

// -----

func.func @test_not_where_condition(%c: tensor<3xi1>, %x: tensor<4xf32>, %y: tensor<4xf32>) {
  // expected-error @+1 {{'py.where' op operands are not broadcast-compatible: 'tensor<3xi1>', 'tensor<4xf32>' and 'tensor<4xf32>'}}
  %0 = py.where %c, %x, %y : (tensor<3xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @test_not_where_branches(%c: tensor<i1>, %x: tensor<4xf32>, %y: tensor<2x5xf32>) {
  // expected-error @+1 {{'py.where' op operands are not broadcast-compatible}}
  %0 = py.where %c, %x, %y : (tensor<i1>, tensor<4xf32>, tensor<2x5xf32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @test_not_cosine_similarity(%a: tensor<?x64xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'py.cosine_similarity' op operands are not broadcast-compatible}}
  %0 = py.cosine_similarity %a, %b : (tensor<?x64xf32>, tensor<3xf32>) -> tensor<?xf32>
  return
}

// -----

func.func @test_not_loss_shapes(%a: tensor<4x8xf32>, %b: tensor<4x7xf32>) {
  // expected-error @+1 {{'py.mse_loss' op operands are not broadcast-compatible}}
  %0 = py.mse_loss %a, %b : (tensor<4x8xf32>, tensor<4x7xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_triplet_shapes(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>, %c: tensor<4x9xf32>) {
  // expected-error @+1 {{'py.triplet_margin_loss' op operands are not broadcast-compatible}}
  %0 = py.triplet_margin_loss %a, %b, %c : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x9xf32>) -> tensor<f32>
  return
}
