// RUN: py2triton-opt %s -split-input-file -py-schedule | FileCheck %s
// RUN: py2triton-opt %s -py-schedule=knobs=num_warps=2,block=128 | FileCheck %s --check-prefix=KNOBS
// RUN: not py2triton-opt %s -py-schedule=knobs=warps=2 2>&1 | FileCheck %s --check-prefix=OPTION

// CHECK-LABEL: func.func @f
// CHECK: py.constant {py.fused_into = ["_f_k0"]}
// CHECK: py.exp %arg0 {py.fused_into = ["_f_k0"]}
// CHECK: py.mul {{.*}}py.kernel = {BLOCK = 1024 : i64, grid = "(triton.cdiv(800, 1024),)", kind = "pointwise", name = "_f_k0", num_warps = 8 : i64}
// CHECK: py.sum {{.*}}py.kernel = {{{.*}}kind = "persistent-row", name = "_f_k1"

// KNOBS: func.func @f({{.*}} attributes {py.schedule = {block = 128 : i64, num_warps = 2 : i64}}
// KNOBS: py.mul {{.*}}py.kernel = {BLOCK = 128 : i64, grid = "(triton.cdiv(800, 128),)", kind = "pointwise", name = "_f_k0", num_warps = 2 : i64}
// KNOBS: py.sum {{.*}}num_warps = 2 : i64

// OPTION: unknown schedule knob 'warps'
func.func @f(%arg0: tensor<8x100xf32> {py.name = "x"}) -> (tensor<8x100xf32>, tensor<8xf32>) {
  %0 = py.constant dense<2.000000e+00> : tensor<f32>
  %1 = py.exp %arg0 : tensor<8x100xf32> -> tensor<8x100xf32>
  %2 = py.mul %1, %0 : (tensor<8x100xf32>, tensor<f32>) -> tensor<8x100xf32>
  %3 = py.sum %arg0 {dims = array<i64: 1>} : tensor<8x100xf32> -> tensor<8xf32>
  return %2, %3 : tensor<8x100xf32>, tensor<8xf32>
}

// -----

// A kernel's own knobs (on its root) win over the function's.
// CHECK-LABEL: func.func @per_kernel
// CHECK: py.mul {{.*}}name = "_per_kernel_k0", num_warps = 1 : i64}, py.schedule = {num_warps = 1 : i64}
// CHECK: py.sum {{.*}}num_warps = 4 : i64
func.func @per_kernel(%arg0: tensor<8x100xf32> {py.name = "x"}) -> (tensor<8x100xf32>, tensor<8xf32>) attributes {py.schedule = {num_warps = 4 : i64}} {
  %0 = py.constant dense<2.000000e+00> : tensor<f32>
  %2 = py.mul %arg0, %0 {py.schedule = {num_warps = 1 : i64}} : (tensor<8x100xf32>, tensor<f32>) -> tensor<8x100xf32>
  %3 = py.sum %arg0 {dims = array<i64: 1>} : tensor<8x100xf32> -> tensor<8xf32>
  return %2, %3 : tensor<8x100xf32>, tensor<8xf32>
}

