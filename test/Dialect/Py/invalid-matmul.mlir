// matmul, bmm, linear.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_matmul_contraction(%a: tensor<4x8xf32>, %b: tensor<7x2xf32>) {
  // expected-error @+1 {{'py.matmul' op contraction dims do not match: lhs has 8, rhs has 7}}
  %0 = py.matmul %a, %b : (tensor<4x8xf32>, tensor<7x2xf32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @test_not_matmul_vector_contraction(%a: tensor<8xf32>, %b: tensor<9xf32>) {
  // expected-error @+1 {{'py.matmul' op contraction dims do not match: lhs has 8, rhs has 9}}
  %0 = py.matmul %a, %b : (tensor<8xf32>, tensor<9xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_matmul_vector_matrix(%a: tensor<8xf32>, %b: tensor<2x9x3xf32>) {
  // expected-error @+1 {{contraction dims do not match: lhs has 8, rhs has 9}}
  %0 = py.matmul %a, %b : (tensor<8xf32>, tensor<2x9x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @test_not_matmul_batch(%a: tensor<2x4x8xf32>, %b: tensor<3x8x2xf32>) {
  // expected-error @+1 {{'py.matmul' op batch dims are not broadcast-compatible: 'tensor<2x4x8xf32>' and 'tensor<3x8x2xf32>'}}
  %0 = py.matmul %a, %b : (tensor<2x4x8xf32>, tensor<3x8x2xf32>) -> tensor<2x4x2xf32>
  return
}

// -----

func.func @test_not_matmul_dtypes(%a: tensor<4x8xf16>, %b: tensor<8x2xf32>) {
  // expected-error @+1 {{'py.matmul' op expects operands of the same dtype, got 'tensor<4x8xf16>' and 'tensor<8x2xf32>'}}
  %0 = py.matmul %a, %b : (tensor<4x8xf16>, tensor<8x2xf32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @test_not_matmul_scalar(%a: tensor<f32>, %b: tensor<8xf32>) {
  // expected-error @+1 {{'py.matmul' op expects operands of rank >= 1, got 'tensor<f32>' and 'tensor<8xf32>'}}
  %0 = py.matmul %a, %b : (tensor<f32>, tensor<8xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @test_not_matmul_dynamic_result(%a: tensor<?x8xf32>, %b: tensor<8x2xf32>) {
  // expected-error @+1 {{result type 'tensor<4x2xf32>' differs from the inferred type 'tensor<?x2xf32>'}}
  %0 = py.matmul %a, %b : (tensor<?x8xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @test_not_bmm_rank(%a: tensor<4x8xf32>, %b: tensor<2x8x2xf32>) {
  // expected-error @+1 {{'py.bmm' op expects rank-3 operands, got 'tensor<4x8xf32>' and 'tensor<2x8x2xf32>'}}
  %0 = py.bmm %a, %b : (tensor<4x8xf32>, tensor<2x8x2xf32>) -> tensor<2x4x2xf32>
  return
}

// -----

func.func @test_not_bmm_batch(%a: tensor<3x4x8xf32>, %b: tensor<2x8x2xf32>) {
  // bmm does not broadcast.
  // expected-error @+1 {{'py.bmm' op batch sizes differ: 3 and 2}}
  %0 = py.bmm %a, %b : (tensor<3x4x8xf32>, tensor<2x8x2xf32>) -> tensor<3x4x2xf32>
  return
}

// -----

func.func @test_not_bmm_broadcast_one(%a: tensor<1x4x8xf32>, %b: tensor<2x8x2xf32>) {
  // expected-error @+1 {{'py.bmm' op batch sizes differ: 1 and 2}}
  %0 = py.bmm %a, %b : (tensor<1x4x8xf32>, tensor<2x8x2xf32>) -> tensor<2x4x2xf32>
  return
}

// -----

func.func @test_not_bmm_contraction(%a: tensor<2x4x8xf32>, %b: tensor<2x6x2xf32>) {
  // expected-error @+1 {{'py.bmm' op contraction dims do not match: lhs has 8, rhs has 6}}
  %0 = py.bmm %a, %b : (tensor<2x4x8xf32>, tensor<2x6x2xf32>) -> tensor<2x4x2xf32>
  return
}

// -----

func.func @test_not_linear_features(%x: tensor<?x100xf32>, %w: tensor<64x128xf32>) {
  // expected-error @+1 {{'py.linear' op input has 100 features but weight expects 128}}
  %0 = py.linear %x, %w : (tensor<?x100xf32>, tensor<64x128xf32>) -> tensor<?x64xf32>
  return
}

// -----

func.func @test_not_linear_bias(%x: tensor<?x128xf32>, %w: tensor<64x128xf32>, %b: tensor<32xf32>) {
  // expected-error @+1 {{'py.linear' op expects a bias of shape [64], got 'tensor<32xf32>'}}
  %0 = py.linear %x, %w, %b : (tensor<?x128xf32>, tensor<64x128xf32>, tensor<32xf32>) -> tensor<?x64xf32>
  return
}

// -----

func.func @test_not_linear_weight_rank(%x: tensor<?x128xf32>, %w: tensor<2x64x128xf32>) {
  // expected-error @+1 {{'py.linear' op expects a rank-2 weight [out, in], got 'tensor<2x64x128xf32>'}}
  %0 = py.linear %x, %w : (tensor<?x128xf32>, tensor<2x64x128xf32>) -> tensor<?x64xf32>
  return
}

// -----

func.func @test_not_linear_dtypes(%x: tensor<?x128xf16>, %w: tensor<64x128xf32>) {
  // expected-error @+1 {{'py.linear' op expects operands of the same dtype, got 'tensor<?x128xf16>' and 'tensor<64x128xf32>'}}
  %0 = py.linear %x, %w : (tensor<?x128xf16>, tensor<64x128xf32>) -> tensor<?x64xf16>
  return
}

// -----

func.func @test_not_linear_bias_dtype(%x: tensor<?x128xf16>, %w: tensor<64x128xf16>, %b: tensor<64xf32>) {
  // expected-error @+1 {{'py.linear' op expects operands of the same dtype, got 'tensor<?x128xf16>' and 'tensor<64xf32>'}}
  %0 = py.linear %x, %w, %b : (tensor<?x128xf16>, tensor<64x128xf16>, tensor<64xf32>) -> tensor<?x64xf16>
  return
}
