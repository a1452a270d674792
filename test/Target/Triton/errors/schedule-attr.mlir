// Knob dictionaries in the IR are checked like --schedule specs.
// RUN: py2triton-opt %s -split-input-file -py-schedule -verify-diagnostics

// expected-error @+1 {{unknown schedule knob 'warps'}}
func.func @bad_key(%arg0: tensor<8xf32> {py.name = "x"}) -> tensor<8xf32> attributes {py.schedule = {warps = 4 : i64}} {
  return %arg0 : tensor<8xf32>
}

// -----

func.func @bad_value(%arg0: tensor<8xf32> {py.name = "x"}) -> tensor<8xf32> {
  %0 = py.constant dense<2.000000e+00> : tensor<f32>
  // expected-error @+1 {{schedule knob 'num_warps' must be a power of two in [1, 32], got 5}}
  %1 = py.mul %arg0, %0 {py.schedule = {num_warps = 5 : i64}} : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// expected-error @+1 {{'py.schedule' must be a dictionary of knobs}}
func.func @not_dict(%arg0: tensor<8xf32> {py.name = "x"}) -> tensor<8xf32> attributes {py.schedule = 4 : i64} {
  return %arg0 : tensor<8xf32>
}
