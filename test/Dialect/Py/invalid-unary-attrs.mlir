// Attribute checks of unary ops (verifiers that do not affect types).

// RUN: py2triton-opt %s -split-input-file -verify-diagnostics

func.func @test_not_gelu_approximate(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.gelu' op expects approximate to be 'none' or 'tanh', got 'fast'}}
  %0 = py.gelu %a {approximate = "fast"} : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_gelu_approximate_case(%a: tensor<4xf32>) {
  // expected-error @+1 {{expects approximate to be 'none' or 'tanh', got 'Tanh'}}
  %0 = py.gelu %a {approximate = "Tanh"} : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_gelu_approximate_type(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.gelu' op attribute 'approximate' failed to satisfy constraint: string attribute}}
  %0 = py.gelu %a {approximate = 1 : i64} : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_clamp_without_bounds(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.clamp' op expects at least one of min and max}}
  %0 = py.clamp %a : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_hardtanh_bounds(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.hardtanh' op expects min_val <= max_val, got 2.000000e+00 > 1.000000e+00}}
  %0 = py.hardtanh %a {min_val = 2.0 : f64} : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_softshrink_lambd(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.softshrink' op expects lambd >= 0, got -5.000000e-01}}
  %0 = py.softshrink %a {lambd = -0.5 : f64} : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_celu_alpha(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.celu' op expects a non-zero alpha}}
  %0 = py.celu %a {alpha = 0.0 : f64} : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_elu_alpha_type(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.elu' op attribute 'alpha' failed to satisfy constraint: 64-bit float attribute}}
  %0 = py.elu %a {alpha = 1.0 : f32} : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_threshold_missing_value(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.threshold' op requires attribute 'value'}}
  %0 = py.threshold %a {threshold = 0.5 : f64} : tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @test_not_hardshrink_int(%a: tensor<4xi32>) {
  // expected-error @+1 {{'py.hardshrink' op expects a floating-point input, got 'tensor<4xi32>'}}
  %0 = py.hardshrink %a : tensor<4xi32> -> tensor<4xi32>
  return
}

// -----

func.func @test_not_logical_not_result(%a: tensor<4xf32>) {
  // expected-error @+1 {{'py.logical_not' op result type 'tensor<4xf32>' differs from the inferred type 'tensor<4xi1>'}}
  %0 = py.logical_not %a : tensor<4xf32> -> tensor<4xf32>
  return
}
