// Loss functions: reduction strings, target shapes and dtypes.

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_reduction(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.mse_loss' op expects reduction to be one of 'none', 'mean', 'sum', got 'avg'}}
  %0 = py.mse_loss %a, %a {reduction = "avg"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_batchmean_outside_kl_div(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.l1_loss' op expects reduction to be one of 'none', 'mean', 'sum', got 'batchmean'}}
  %0 = py.l1_loss %a, %a {reduction = "batchmean"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_kl_div_reduction(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.kl_div' op expects reduction to be one of 'none', 'mean', 'sum', 'batchmean', got 'elementwise_mean'}}
  %0 = py.kl_div %a, %a {reduction = "elementwise_mean"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_cross_entropy_reduction(%x: tensor<4x10xf32>, %t: tensor<4xi64>) {
  // expected-error @+1 {{'py.cross_entropy' op expects reduction to be one of 'none', 'mean', 'sum', got 'batchmean'}}
  %0 = py.cross_entropy %x, %t {reduction = "batchmean"} : (tensor<4x10xf32>, tensor<4xi64>) -> tensor<f32>
  return
}

// -----

func.func @test_not_triplet_reduction(%a: tensor<4x8xf32>) {
  // expected-error @+1 {{'py.triplet_margin_loss' op expects reduction to be one of 'none', 'mean', 'sum', got 'max'}}
  %0 = py.triplet_margin_loss %a, %a, %a {reduction = "max"} : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_mse_int_target(%a: tensor<4xf32>, %t: tensor<4xi64>) {
  // expected-error @+1 {{'py.mse_loss' op expects a floating-point target, got 'tensor<4xi64>'}}
  %0 = py.mse_loss %a, %t : (tensor<4xf32>, tensor<4xi64>) -> tensor<f32>
  return
}

// -----

func.func @test_not_cross_entropy_target_shape(%x: tensor<4x10xf32>, %t: tensor<5xi64>) {
  // expected-error @+1 {{'py.cross_entropy' op expects targets of shape [4] for input 'tensor<4x10xf32>', got 'tensor<5xi64>'}}
  %0 = py.cross_entropy %x, %t : (tensor<4x10xf32>, tensor<5xi64>) -> tensor<f32>
  return
}

// -----

func.func @test_not_cross_entropy_target_rank(%x: tensor<4x10xf32>, %t: tensor<4x1xi64>) {
  // expected-error @+1 {{'py.cross_entropy' op expects targets of shape [4] for input 'tensor<4x10xf32>', got 'tensor<4x1xi64>'}}
  %0 = py.cross_entropy %x, %t : (tensor<4x10xf32>, tensor<4x1xi64>) -> tensor<f32>
  return
}

// -----

func.func @test_not_cross_entropy_probabilities(%x: tensor<4x10xf32>, %t: tensor<4x9xf32>) {
  // expected-error @+1 {{'py.cross_entropy' op expects probability targets of the input's shape [4, 10], got 'tensor<4x9xf32>'}}
  %0 = py.cross_entropy %x, %t : (tensor<4x10xf32>, tensor<4x9xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_nll_float_target(%x: tensor<4x10xf32>, %t: tensor<4xf32>) {
  // expected-error @+1 {{'py.nll_loss' op expects integer class-index targets, got 'tensor<4xf32>'}}
  %0 = py.nll_loss %x, %t : (tensor<4x10xf32>, tensor<4xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_nll_bool_target(%x: tensor<4x10xf32>, %t: tensor<4xi1>) {
  // expected-error @+1 {{'py.nll_loss' op expects integer class-index targets, got 'tensor<4xi1>'}}
  %0 = py.nll_loss %x, %t : (tensor<4x10xf32>, tensor<4xi1>) -> tensor<f32>
  return
}

// -----

func.func @test_not_cross_entropy_int_input(%x: tensor<4x10xi64>, %t: tensor<4xi64>) {
  // expected-error @+1 {{'py.cross_entropy' op expects a floating-point input, got 'tensor<4x10xi64>'}}
  %0 = py.cross_entropy %x, %t : (tensor<4x10xi64>, tensor<4xi64>) -> tensor<i64>
  return
}

// -----

func.func @test_not_cross_entropy_unreduced_shape(%x: tensor<4x10xf32>, %t: tensor<4xi64>) {
  // expected-error @+1 {{result type 'tensor<4x10xf32>' differs from the inferred type 'tensor<4xf32>'}}
  %0 = py.cross_entropy %x, %t {reduction = "none"} : (tensor<4x10xf32>, tensor<4xi64>) -> tensor<4x10xf32>
  return
}

// -----

func.func @test_not_label_smoothing(%x: tensor<4x10xf32>, %t: tensor<4xi64>) {
  // expected-error @+1 {{'py.cross_entropy' op expects label_smoothing in [0, 1], got 1.500000e+00}}
  %0 = py.cross_entropy %x, %t {label_smoothing = 1.5 : f64} : (tensor<4x10xf32>, tensor<4xi64>) -> tensor<f32>
  return
}

// -----

func.func @test_not_smooth_l1_beta(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.smooth_l1_loss' op expects beta >= 0, got -1.000000e+00}}
  %0 = py.smooth_l1_loss %a, %a {beta = -1.0 : f64} : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_huber_delta(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.huber_loss' op expects delta > 0, got 0.000000e+00}}
  %0 = py.huber_loss %a, %a {delta = 0.0 : f64} : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_triplet_rank(%a: tensor<2x4x8xf32>) {
  // expected-error @+1 {{'py.triplet_margin_loss' op expects anchor of shape [N, D] or [D], got 'tensor<2x4x8xf32>'}}
  %0 = py.triplet_margin_loss %a, %a, %a : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<f32>
  return
}

// -----

func.func @test_not_triplet_mixed_ranks(%a: tensor<4x8xf32>, %b: tensor<8xf32>) {
  // expected-error @+1 {{'py.triplet_margin_loss' op expects anchor, positive and negative of one rank}}
  %0 = py.triplet_margin_loss %a, %b, %a : (tensor<4x8xf32>, tensor<8xf32>, tensor<4x8xf32>) -> tensor<f32>
  return
}
