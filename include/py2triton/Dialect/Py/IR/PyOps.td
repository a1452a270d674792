//===- PyOps.td - py dialect operations --------------------*- tablegen -*-===//
//
// One op per supported torch call. Ops are grouped by TableGen classes; each
// class shares one C++ inference function (PyTypeInference.cpp), so a new op
// of an existing kind is one or two lines here.
//
//===----------------------------------------------------------------------===//

#ifndef PY_OPS
#define PY_OPS

include "py2triton/Dialect/Py/IR/PyTypes.td"

//===----------------------------------------------------------------------===//
// Shared pieces
//===----------------------------------------------------------------------===//


class Py_F64Default<string val> : DefaultValuedAttr<F64Attr, val>;
class Py_I64Default<string val> : DefaultValuedAttr<I64Attr, val>;
def Py_DimsDefault : DefaultValuedAttr<DenseI64ArrayAttr, "{}">;
def Py_FalseDefault : DefaultValuedAttr<BoolAttr, "false">;
def Py_TrueDefault : DefaultValuedAttr<BoolAttr, "true">;
def Py_ReductionDefault : DefaultValuedAttr<StrAttr, "\"mean\"">;

/// One tensor in, one tensor out, printed as `%x {attrs} : T -> U`.
class Py_OneInputOp<string mnemonic, string torchCall, string inferCall,
                    string text, string example, dag extraArgs = (ins)> :
    Py_InferOp<mnemonic, inferCall> {
  let summary = torchCall;
  let description = "Models `" # torchCall # "`. " # text # "\n\nExample:\n\n```mlir\n" #
                    example # "\n```";
  let arguments = !con((ins Py_Tensor:$input), extraArgs);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
}

//===----------------------------------------------------------------------===//
// 1. Constants, casts, shape queries
//===----------------------------------------------------------------------===//

def Py_ConstantOp : Py_Op<"constant",
    [ConstantLike, Pure, AllTypesMatch<["value", "result"]>]> {
  let summary = "torch.tensor(...) / a Python scalar literal";
  let description = [{
    A tensor constant. Python scalars are rank-0 constants: `2.0` becomes
    `tensor<f32>`, `3` becomes `tensor<i64>`, `True` becomes `tensor<i1>`.

    Example:

    ```mlir
    %c = py.constant dense<2.000000e+00> : tensor<f32>
    %t = py.constant dense<[1, 2, 3]> : tensor<3xi64>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
  let pyNotes = "folds; materialises folded constants";
}

def Py_CastOp : Py_Op<"cast", [Pure]> {
  let summary = "tensor.to(dtype) / tensor.float() / tensor.half() ...";
  let description = [{
    Converts the element type; the shape is unchanged. The result type is
    given explicitly (no inference); static dims of input and result must
    agree, a dynamic dim may become static or the reverse.

    Example:

    ```mlir
    %h = py.cast %x : tensor<4x?xf32> -> tensor<4x?xf16>
    ```
  }];
  let arguments = (ins Py_Tensor:$input);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
  let hasFolder = 1;
  let pyNotes = "explicit result type; cast to the same type folds";
}

def Py_FullLikeOp : Py_OneInputOp<"full_like",
    "torch.full_like(input, value) / zeros_like / ones_like",
    "inferUnary(ic, adaptor.getInput(), UnaryRule::Same)",
    "The result has the input's type, every element set to `value`.",
    "%r = py.full_like %x {value = 0.000000e+00 : f64} : tensor<4x?xf32> -> tensor<4x?xf32>",
    (ins F64Attr:$value)> {
  let pyNotes = "zeros_like / ones_like are value 0 / 1";
}

// The index result type makes ODS generate the InferTypeOpInterface methods.
def Py_DimOp : Py_Op<"dim", [Pure]> {
  let summary = "tensor.size(dim) / tensor.shape[dim]";
  let description = [{
    The size of one dim as an `index`.

    Example:

    ```mlir
    %n = py.dim %x {dim = -1 : i64} : tensor<4x?xf32> -> index
    ```
  }];
  let arguments = (ins Py_Tensor:$input, I64Attr:$dim);
  let results = (outs Index:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
  let pyNotes = "result is index";
}

//===----------------------------------------------------------------------===//
// 2. Binary elementwise ops
//===----------------------------------------------------------------------===//

class Py_BinaryOp<string mnemonic, string torchCall, string rule,
                  string text, string example> :
    Py_InferOp<mnemonic, "inferBinary(ic, adaptor.getLhs(), adaptor.getRhs(), "
                         "BinaryRule::" # rule # ")"> {
  let summary = torchCall;
  let description = "Models `" # torchCall # "` elementwise, with torch "
      "broadcasting (dims align right; equal, or one of them 1). " # text #
      "\n\nExample:\n\n```mlir\n" # "%r = py." # mnemonic # " %a, %b : " # example #
      "\n```";
  let arguments = (ins Py_Tensor:$lhs, Py_Tensor:$rhs);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
}

defvar kPromoteText = "The result dtype is torch's promotion of the operand "
    "dtypes (bool < ints < floats, f16 + bf16 -> f32; a rank-0 operand does "
    "not raise the dtype of a ranked operand of the same category).";
defvar kPromoteExample =
    "(tensor<4x1xf32>, tensor<?xf16>) -> tensor<4x?xf32>";

class Py_ArithOp<string mnemonic, string torchCall> :
    Py_BinaryOp<mnemonic, torchCall, "Promote", kPromoteText, kPromoteExample> {
  let pyDtypes = "any; promoted";
}

def Py_AddOp : Py_ArithOp<"add", "torch.add(a, b) / a + b">;
def Py_SubOp : Py_ArithOp<"sub", "torch.sub(a, b) / a - b">;
def Py_MulOp : Py_ArithOp<"mul", "torch.mul(a, b) / a * b">;
def Py_DivOp : Py_BinaryOp<"div", "torch.div(a, b) / a / b", "TrueDivide",
    "True division: the result dtype is the promoted dtype, or f32 when both "
    "operands are integer or bool.",
    "(tensor<4xi32>, tensor<i64>) -> tensor<4xf32>"> {
  let pyDtypes = "any; int/int -> f32";
}
def Py_FloorDivOp : Py_ArithOp<"floor_div", "torch.floor_divide(a, b) / a // b">;
def Py_RemainderOp : Py_ArithOp<"remainder", "torch.remainder(a, b) / a % b">;
def Py_PowOp : Py_ArithOp<"pow", "torch.pow(a, b) / a ** b">;
def Py_MaximumOp : Py_ArithOp<"maximum", "torch.maximum(a, b)">;
def Py_MinimumOp : Py_ArithOp<"minimum", "torch.minimum(a, b)">;

class Py_BitwiseOp<string mnemonic, string torchCall> :
    Py_BinaryOp<mnemonic, torchCall, "Bitwise",
        "Integer or bool operands only; the result dtype is promoted.",
        "(tensor<4xi32>, tensor<4xi8>) -> tensor<4xi32>"> {
  let pyDtypes = "ints, bool; promoted";
}
def Py_BitwiseAndOp : Py_BitwiseOp<"bitwise_and", "torch.bitwise_and(a, b) / a & b">;
def Py_BitwiseOrOp : Py_BitwiseOp<"bitwise_or", "torch.bitwise_or(a, b) / a | b">;
def Py_BitwiseXorOp : Py_BitwiseOp<"bitwise_xor", "torch.bitwise_xor(a, b) / a ^ b">;

class Py_PredicateOp<string mnemonic, string torchCall> :
    Py_BinaryOp<mnemonic, torchCall, "Predicate", "The result is bool (i1).",
                "(tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xi1>"> {
  let pyDtypes = "any -> i1";
}
def Py_LogicalAndOp : Py_PredicateOp<"logical_and", "torch.logical_and(a, b)">;
def Py_LogicalOrOp : Py_PredicateOp<"logical_or", "torch.logical_or(a, b)">;
def Py_LogicalXorOp : Py_PredicateOp<"logical_xor", "torch.logical_xor(a, b)">;
def Py_EqOp : Py_PredicateOp<"eq", "torch.eq(a, b) / a == b">;
def Py_NeOp : Py_PredicateOp<"ne", "torch.ne(a, b) / a != b">;
def Py_LtOp : Py_PredicateOp<"lt", "torch.lt(a, b) / a < b">;
def Py_LeOp : Py_PredicateOp<"le", "torch.le(a, b) / a <= b">;
def Py_GtOp : Py_PredicateOp<"gt", "torch.gt(a, b) / a > b">;
def Py_GeOp : Py_PredicateOp<"ge", "torch.ge(a, b) / a >= b">;

def Py_WhereOp : Py_InferOp<"where", "inferWhere(ic, adaptor.getCondition(), "
                                     "adaptor.getInput(), adaptor.getOther())"> {
  let summary = "torch.where(condition, input, other)";
  let description = [{
    Selects `input` where `condition` (bool) holds, else `other`. The three
    operands broadcast together; the result dtype is the promotion of `input`
    and `other`.

    Example:

    ```mlir
    %r = py.where %c, %x, %zero : (tensor<4x?xi1>, tensor<4x?xf16>, tensor<f32>) -> tensor<4x?xf16>
    ```
  }];
  let arguments = (ins Py_Tensor:$condition, Py_Tensor:$input, Py_Tensor:$other);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$condition `,` $input `,` $other attr-dict `:` "
                       "functional-type(operands, results)";
  let pyDtypes = "condition i1; promoted";
}

//===----------------------------------------------------------------------===//
// 3. Unary elementwise ops
//===----------------------------------------------------------------------===//

class Py_UnaryOp<string mnemonic, string torchCall, string rule, string text,
                 string inTy, string outTy, dag extraArgs = (ins),
                 string attrExample = ""> :
    Py_OneInputOp<mnemonic, torchCall,
        "inferUnary(ic, adaptor.getInput(), UnaryRule::" # rule # ")",
        "Elementwise. " # text,
        "%r = py." # mnemonic # " %x " # attrExample # ": " # inTy # " -> " #
        outTy, extraArgs>;

/// Float-producing: an integer or bool input gives an f32 result.
class Py_FloatUnaryOp<string mnemonic, string torchCall, dag extraArgs = (ins)> :
    Py_UnaryOp<mnemonic, torchCall, "ToFloat",
        "Float inputs keep their dtype; integer and bool inputs give f32.",
        "tensor<4x?xi32>", "tensor<4x?xf32>", extraArgs> {
  let pyDtypes = "any; int/bool -> f32";
}

def Py_ExpOp : Py_FloatUnaryOp<"exp", "torch.exp(x)">;
def Py_Exp2Op : Py_FloatUnaryOp<"exp2", "torch.exp2(x)">;
def Py_Expm1Op : Py_FloatUnaryOp<"expm1", "torch.expm1(x)">;
def Py_LogOp : Py_FloatUnaryOp<"log", "torch.log(x)">;
def Py_Log2Op : Py_FloatUnaryOp<"log2", "torch.log2(x)">;
def Py_Log10Op : Py_FloatUnaryOp<"log10", "torch.log10(x)">;
def Py_Log1pOp : Py_FloatUnaryOp<"log1p", "torch.log1p(x)">;
def Py_SqrtOp : Py_FloatUnaryOp<"sqrt", "torch.sqrt(x)">;
def Py_RsqrtOp : Py_FloatUnaryOp<"rsqrt", "torch.rsqrt(x)">;
def Py_SinOp : Py_FloatUnaryOp<"sin", "torch.sin(x)">;
def Py_CosOp : Py_FloatUnaryOp<"cos", "torch.cos(x)">;
def Py_TanOp : Py_FloatUnaryOp<"tan", "torch.tan(x)">;
def Py_TanhOp : Py_FloatUnaryOp<"tanh", "torch.tanh(x) / F.tanh(x)">;
def Py_SigmoidOp : Py_FloatUnaryOp<"sigmoid", "torch.sigmoid(x) / F.sigmoid(x)">;
def Py_ErfOp : Py_FloatUnaryOp<"erf", "torch.erf(x)">;
def Py_ReciprocalOp : Py_FloatUnaryOp<"reciprocal", "torch.reciprocal(x)">;
def Py_SiluOp : Py_FloatUnaryOp<"silu", "F.silu(x)">;
def Py_MishOp : Py_FloatUnaryOp<"mish", "F.mish(x)">;
def Py_SeluOp : Py_FloatUnaryOp<"selu", "F.selu(x)">;
def Py_HardsigmoidOp : Py_FloatUnaryOp<"hardsigmoid", "F.hardsigmoid(x)">;
def Py_HardswishOp : Py_FloatUnaryOp<"hardswish", "F.hardswish(x)">;
def Py_SoftsignOp : Py_FloatUnaryOp<"softsign", "F.softsign(x)">;
def Py_TanhshrinkOp : Py_FloatUnaryOp<"tanhshrink", "F.tanhshrink(x)">;
def Py_LogSigmoidOp : Py_FloatUnaryOp<"log_sigmoid", "F.logsigmoid(x)">;
def Py_GeluOp : Py_FloatUnaryOp<"gelu", "F.gelu(x, approximate='none')",
    (ins DefaultValuedAttr<StrAttr, "\"none\"">:$approximate)> {
  let hasVerifier = 1;
  let pyNotes = "approximate is \"none\" or \"tanh\"";
}
def Py_EluOp : Py_FloatUnaryOp<"elu", "F.elu(x, alpha=1.0)",
    (ins Py_F64Default<"1.0">:$alpha)>;
def Py_CeluOp : Py_FloatUnaryOp<"celu", "F.celu(x, alpha=1.0)",
    (ins Py_F64Default<"1.0">:$alpha)> {
  let hasVerifier = 1;
  let pyNotes = "alpha != 0";
}
def Py_SoftplusOp : Py_FloatUnaryOp<"softplus",
    "F.softplus(x, beta=1.0, threshold=20.0)",
    (ins Py_F64Default<"1.0">:$beta, Py_F64Default<"20.0">:$threshold)>;

/// Same dtype in and out.
class Py_SameUnaryOp<string mnemonic, string torchCall, string rule = "Same",
                     dag extraArgs = (ins), string ty = "tensor<4x?xf16>",
                     string attrExample = ""> :
    Py_UnaryOp<mnemonic, torchCall, rule,
        !cond(!eq(rule, "Same"): "The result has the input's type.",
              !eq(rule, "NonBool"): "The result has the input's type; bool "
                                    "inputs are rejected.",
              !eq(rule, "FloatOnly"): "Float inputs only; the result has the "
                                      "input's type.",
              !eq(rule, "IntOrBool"): "Integer or bool inputs only; the result "
                                      "has the input's type."),
        ty, ty, extraArgs, attrExample> {
  let pyDtypes = !cond(!eq(rule, "Same"): "any; same",
                       !eq(rule, "NonBool"): "float, int; same",
                       !eq(rule, "FloatOnly"): "float; same",
                       !eq(rule, "IntOrBool"): "int, bool; same");
}

def Py_NegOp : Py_SameUnaryOp<"neg", "torch.neg(x) / -x", "NonBool">;
def Py_AbsOp : Py_SameUnaryOp<"abs", "torch.abs(x) / abs(x)">;
def Py_FloorOp : Py_SameUnaryOp<"floor", "torch.floor(x)">;
def Py_CeilOp : Py_SameUnaryOp<"ceil", "torch.ceil(x)">;
def Py_RoundOp : Py_SameUnaryOp<"round", "torch.round(x)">;
def Py_TruncOp : Py_SameUnaryOp<"trunc", "torch.trunc(x)">;
def Py_SignOp : Py_SameUnaryOp<"sign", "torch.sign(x)">;
def Py_SquareOp : Py_SameUnaryOp<"square", "torch.square(x)", "NonBool">;
def Py_ReluOp : Py_SameUnaryOp<"relu", "torch.relu(x) / F.relu(x)", "NonBool">;
def Py_Relu6Op : Py_SameUnaryOp<"relu6", "F.relu6(x)", "NonBool">;
def Py_LeakyReluOp : Py_SameUnaryOp<"leaky_relu",
    "F.leaky_relu(x, negative_slope=0.01)", "FloatOnly",
    (ins Py_F64Default<"0.01">:$negative_slope)>;
def Py_HardtanhOp : Py_SameUnaryOp<"hardtanh",
    "F.hardtanh(x, min_val=-1.0, max_val=1.0)", "NonBool",
    (ins Py_F64Default<"-1.0">:$min_val, Py_F64Default<"1.0">:$max_val)> {
  let hasVerifier = 1;
  let pyNotes = "min_val <= max_val";
}
def Py_ClampOp : Py_SameUnaryOp<"clamp", "torch.clamp(x, min=None, max=None)",
    "NonBool", (ins OptionalAttr<F64Attr>:$min, OptionalAttr<F64Attr>:$max),
    "tensor<4x?xf16>", "{min = 0.000000e+00 : f64} "> {
  let hasVerifier = 1;
  let pyNotes = "at least one of min, max";
}
def Py_HardshrinkOp : Py_SameUnaryOp<"hardshrink", "F.hardshrink(x, lambd=0.5)",
    "FloatOnly", (ins Py_F64Default<"0.5">:$lambd)>;
def Py_SoftshrinkOp : Py_SameUnaryOp<"softshrink", "F.softshrink(x, lambd=0.5)",
    "FloatOnly", (ins Py_F64Default<"0.5">:$lambd)> {
  let hasVerifier = 1;
  let pyNotes = "lambd >= 0";
}
def Py_ThresholdOp : Py_SameUnaryOp<"threshold",
    "F.threshold(x, threshold, value)", "NonBool",
    (ins F64Attr:$threshold, F64Attr:$value), "tensor<4x?xf16>",
    "{threshold = 1.000000e-01 : f64, value = 0.000000e+00 : f64} ">;
def Py_BitwiseNotOp : Py_SameUnaryOp<"bitwise_not", "torch.bitwise_not(x) / ~x",
    "IntOrBool", (ins), "tensor<4x?xi8>">;
def Py_LogicalNotOp : Py_UnaryOp<"logical_not", "torch.logical_not(x)",
    "Predicate", "The result is bool (i1).", "tensor<4x?xf32>",
    "tensor<4x?xi1>"> {
  let pyDtypes = "any -> i1";
}

//===----------------------------------------------------------------------===//
// 4. Reductions
//===----------------------------------------------------------------------===//

/// `dims` empty reduces every dim; `keepdim` keeps reduced dims as size 1.
class Py_ReductionOp<string mnemonic, string torchCall, string rule,
                     string text, string example, dag extraArgs = (ins)> :
    Py_OneInputOp<mnemonic, torchCall,
        "inferReduction(ic, adaptor.getInput(), adaptor.getDims(), "
        "adaptor.getKeepdim(), ReduceRule::" # rule # ")",
        "Reduces over `dims` (empty: every dim; negative dims count from the "
        "end; no duplicates); `keepdim` keeps reduced dims as size 1. " # text,
        "%r = py." # mnemonic # " %x " # example,
        !con((ins Py_DimsDefault:$dims, Py_FalseDefault:$keepdim), extraArgs)> {
  let pyDtypes = !cond(!eq(rule, "Accumulate"): "any; int/bool -> i64",
                       !eq(rule, "FloatOnly"): "float; same",
                       !eq(rule, "Same"): "any; same",
                       !eq(rule, "Index"): "any -> i64",
                       !eq(rule, "Predicate"): "any -> i1");
}

defvar kFloatReduceExample =
    "{dims = array<i64: -1>, keepdim = true} : tensor<4x?xf32> -> tensor<4x1xf32>";

def Py_SumOp : Py_ReductionOp<"sum", "torch.sum(x, dim=None, keepdim=False)",
    "Accumulate", "Integer and bool inputs accumulate in i64.",
    "{dims = array<i64: 1>} : tensor<4x?xi32> -> tensor<4xi64>">;
def Py_MeanOp : Py_ReductionOp<"mean", "torch.mean(x, dim=None, keepdim=False)",
    "FloatOnly", "Float inputs only.", kFloatReduceExample>;
def Py_ProdOp : Py_ReductionOp<"prod", "torch.prod(x, dim, keepdim=False)",
    "Accumulate", "Integer and bool inputs accumulate in i64.",
    "{dims = array<i64: 0>} : tensor<4x?xf32> -> tensor<?xf32>"> {
  let pyNotes = "torch.prod takes one dim; several dims here mean repeated prods";
}
def Py_AmaxOp : Py_ReductionOp<"amax", "torch.amax(x, dim=(), keepdim=False) / x.max(dim).values",
    "Same", "The result keeps the input dtype.", kFloatReduceExample>;
def Py_AminOp : Py_ReductionOp<"amin", "torch.amin(x, dim=(), keepdim=False) / x.min(dim).values",
    "Same", "The result keeps the input dtype.", kFloatReduceExample>;
def Py_ArgmaxOp : Py_ReductionOp<"argmax", "torch.argmax(x, dim=None, keepdim=False)",
    "Index", "At most one dim; no dim means the index into the flattened "
    "tensor. The result is i64.",
    "{dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xi64>">;
def Py_ArgminOp : Py_ReductionOp<"argmin", "torch.argmin(x, dim=None, keepdim=False)",
    "Index", "At most one dim; no dim means the index into the flattened "
    "tensor. The result is i64.",
    "{dims = array<i64: 1>} : tensor<4x?xf32> -> tensor<4xi64>">;
def Py_LogsumexpOp : Py_ReductionOp<"logsumexp", "torch.logsumexp(x, dim, keepdim=False)",
    "FloatOnly", "Float inputs only.", kFloatReduceExample>;
def Py_VarOp : Py_ReductionOp<"var", "torch.var(x, dim=None, correction=1, keepdim=False)",
    "FloatOnly", "Float inputs only; `correction` is Bessel's correction "
    "(1: unbiased, 0: population).", kFloatReduceExample,
    (ins Py_I64Default<"1">:$correction)>;
def Py_StdOp : Py_ReductionOp<"std", "torch.std(x, dim=None, correction=1, keepdim=False)",
    "FloatOnly", "Float inputs only; `correction` is Bessel's correction "
    "(1: unbiased, 0: population).", kFloatReduceExample,
    (ins Py_I64Default<"1">:$correction)>;
def Py_NormOp : Py_ReductionOp<"norm", "torch.linalg.vector_norm(x, ord=2, dim=None, keepdim=False) / torch.norm(x, p)",
    "FloatOnly", "Float inputs only; `p` is the order (inf allowed).",
    kFloatReduceExample, (ins Py_F64Default<"2.0">:$p)>;
def Py_AllOp : Py_ReductionOp<"all", "torch.all(x, dim=None, keepdim=False)",
    "Predicate", "The result is bool (i1).",
    "{dims = array<i64: 0>} : tensor<4x?xi1> -> tensor<?xi1>">;
def Py_AnyOp : Py_ReductionOp<"any", "torch.any(x, dim=None, keepdim=False)",
    "Predicate", "The result is bool (i1).",
    "{dims = array<i64: 0>} : tensor<4x?xi1> -> tensor<?xi1>">;

//===----------------------------------------------------------------------===//
// 5. Ops along one dim
//===----------------------------------------------------------------------===//

class Py_AlongDimOp<string mnemonic, string torchCall, string rule,
                    string text, string example> :
    Py_OneInputOp<mnemonic, torchCall,
        "inferAlongDim(ic, adaptor.getInput(), "
        "static_cast<int64_t>(adaptor.getDim()), AlongDimRule::" # rule # ")",
        "Works along `dim`; the shape is unchanged. " # text,
        "%r = py." # mnemonic # " %x {dim = -1 : i64} : " # example,
        (ins I64Attr:$dim)> {
  let pyDtypes = !cond(!eq(rule, "FloatOnly"): "float; same",
                       !eq(rule, "Accumulate"): "any; int/bool -> i64");
}

def Py_SoftmaxOp : Py_AlongDimOp<"softmax", "F.softmax(x, dim) / x.softmax(dim)",
    "FloatOnly", "Float inputs only.", "tensor<4x?xf16> -> tensor<4x?xf16>">;
def Py_LogSoftmaxOp : Py_AlongDimOp<"log_softmax", "F.log_softmax(x, dim)",
    "FloatOnly", "Float inputs only.", "tensor<4x?xf16> -> tensor<4x?xf16>">;
def Py_CumsumOp : Py_AlongDimOp<"cumsum", "torch.cumsum(x, dim)", "Accumulate",
    "Integer and bool inputs accumulate in i64.",
    "tensor<4x?xi32> -> tensor<4x?xi64>">;
def Py_CumprodOp : Py_AlongDimOp<"cumprod", "torch.cumprod(x, dim)", "Accumulate",
    "Integer and bool inputs accumulate in i64.",
    "tensor<4x?xf32> -> tensor<4x?xf32>">;

def Py_FlipOp : Py_OneInputOp<"flip", "torch.flip(x, dims)",
    "inferFlip(ic, adaptor.getInput(), adaptor.getDims())",
    "Reverses the order of elements along `dims` (unique, in range).",
    "%r = py.flip %x {dims = array<i64: 0, -1>} : tensor<4x?xf32> -> tensor<4x?xf32>",
    (ins DenseI64ArrayAttr:$dims)>;

//===----------------------------------------------------------------------===//
// 6. Matrix products
//===----------------------------------------------------------------------===//

def Py_MatmulOp : Py_InferOp<"matmul",
    "inferMatmul(ic, adaptor.getLhs(), adaptor.getRhs())"> {
  let summary = "torch.matmul(a, b) / a @ b";
  let description = [{
    torch.matmul semantics: 1-D x 1-D is a dot product (rank-0 result); 2-D x
    2-D a matrix product; a 1-D lhs is treated as a row ([1, K], the 1 removed
    afterwards), a 1-D rhs as a column; higher ranks are batched and batch dims
    broadcast. The contraction dims must agree and the operand dtypes must be
    equal.

    Example:

    ```mlir
    %r = py.matmul %a, %b : (tensor<2x1x?x64xf16>, tensor<8x64x32xf16>) -> tensor<2x8x?x32xf16>
    ```
  }];
  let arguments = (ins Py_Tensor:$lhs, Py_Tensor:$rhs);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
  let pyDtypes = "equal dtypes";
}

def Py_BmmOp : Py_InferOp<"bmm", "inferBmm(ic, adaptor.getLhs(), adaptor.getRhs())"> {
  let summary = "torch.bmm(a, b)";
  let description = [{
    Batched matrix product of rank-3 tensors with equal batch sizes:
    [B, M, K] x [B, K, N] -> [B, M, N].

    Example:

    ```mlir
    %r = py.bmm %a, %b : (tensor<?x16x64xf32>, tensor<8x64x32xf32>) -> tensor<8x16x32xf32>
    ```
  }];
  let arguments = (ins Py_Tensor:$lhs, Py_Tensor:$rhs);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
  let pyDtypes = "equal dtypes";
}

def Py_LinearOp : Py_InferOp<"linear", "inferLinear(ic, adaptor.getInput(), "
                                       "adaptor.getWeight(), adaptor.getBias())"> {
  let summary = "F.linear(input, weight, bias=None) / nn.Linear";
  let description = [{
    `input @ weight.T + bias`: input [..., in], weight [out, in], optional
    bias [out] -> [..., out]. All operands share one dtype.

    Example:

    ```mlir
    %r = py.linear %x, %w, %b : (tensor<?x128xf16>, tensor<64x128xf16>, tensor<64xf16>) -> tensor<?x64xf16>
    %s = py.linear %x, %w : (tensor<?x128xf16>, tensor<64x128xf16>) -> tensor<?x64xf16>
    ```
  }];
  let arguments = (ins Py_Tensor:$input, Py_Tensor:$weight,
                       Optional<Py_Tensor>:$bias);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$input `,` $weight (`,` $bias^)? attr-dict `:` "
                       "functional-type(operands, results)";
  let pyDtypes = "equal dtypes";
  let pyNotes = "bias optional (pass a null Value)";
}

//===----------------------------------------------------------------------===//
// 7. Views and data movement
//===----------------------------------------------------------------------===//

def Py_ReshapeOp : Py_OneInputOp<"reshape", "torch.reshape(x, shape) / x.view(shape)",
    "inferReshape(ic, adaptor.getInput(), adaptor.getShape())",
    "At most one entry of `shape` is -1 (inferred from the element count); an "
    "entry may also be `ShapedType::kDynamic` for a size known only at run "
    "time. With a static input the element counts must match and -1 is "
    "computed; with a dynamic input -1 gives `?`.",
    "%r = py.reshape %x {shape = array<i64: 2, -1>} : tensor<4x6xf32> -> tensor<2x12xf32>",
    (ins DenseI64ArrayAttr:$shape)> {
  let hasFolder = 1;
  let pyNotes = "reshape to the same (at most one ?) type folds";
}
def Py_TransposeOp : Py_OneInputOp<"transpose",
    "torch.transpose(x, dim0, dim1) / x.t() / x.mT",
    "inferTranspose(ic, adaptor.getInput(), static_cast<int64_t>(adaptor.getDim0()), "
    "static_cast<int64_t>(adaptor.getDim1()))",
    "Swaps two dims.",
    "%r = py.transpose %x {dim0 = 0 : i64, dim1 = -1 : i64} : tensor<4x?xf32> -> tensor<?x4xf32>",
    (ins I64Attr:$dim0, I64Attr:$dim1)> {
  let hasFolder = 1;
  let pyNotes = "transpose(transpose(x)) and dim0 == dim1 fold";
}
def Py_PermuteOp : Py_OneInputOp<"permute", "torch.permute(x, dims) / x.permute(*dims)",
    "inferPermute(ic, adaptor.getInput(), adaptor.getDims())",
    "`dims` is a permutation of the input's dims (negative values allowed).",
    "%r = py.permute %x {dims = array<i64: 2, 0, 1>} : tensor<2x3x?xf32> -> tensor<?x2x3xf32>",
    (ins DenseI64ArrayAttr:$dims)> {
  let hasFolder = 1;
  let pyNotes = "identity permutation folds";
}
def Py_UnsqueezeOp : Py_OneInputOp<"unsqueeze", "torch.unsqueeze(x, dim) / x[None]",
    "inferUnsqueeze(ic, adaptor.getInput(), static_cast<int64_t>(adaptor.getDim()))",
    "Inserts a size-1 dim at `dim`, in [-rank-1, rank].",
    "%r = py.unsqueeze %x {dim = -1 : i64} : tensor<4x?xf32> -> tensor<4x?x1xf32>",
    (ins I64Attr:$dim)>;
def Py_SqueezeOp : Py_OneInputOp<"squeeze", "torch.squeeze(x, dim=None)",
    "inferSqueeze(ic, adaptor.getInput(), adaptor.getDims())",
    "Removes size-1 dims. Empty `dims`: every static size-1 dim (dynamic dims "
    "stay). Listed dims: a static size-1 dim is removed, a static dim of "
    "another size stays (a no-op, as in torch), a dynamic dim is removed "
    "(assumed to be 1 at run time).",
    "%r = py.squeeze %x {dims = array<i64: 1>} : tensor<4x1x?xf32> -> tensor<4x?xf32>",
    (ins Py_DimsDefault:$dims)> {
  let pyNotes = "a listed dynamic dim is assumed to be 1";
}
def Py_ExpandOp : Py_OneInputOp<"expand", "x.expand(*sizes) / torch.broadcast_to(x, shape)",
    "inferExpand(ic, adaptor.getInput(), adaptor.getSizes())",
    "Broadcasts to `sizes`: -1 keeps a dim; only size-1 (or dynamic) dims can "
    "change; new leading dims may be added (not as -1).",
    "%r = py.expand %x {sizes = array<i64: 8, -1, 16>} : tensor<4x1xf32> -> tensor<8x4x16xf32>",
    (ins DenseI64ArrayAttr:$sizes)> {
  let hasFolder = 1;
}
def Py_FlattenOp : Py_OneInputOp<"flatten", "torch.flatten(x, start_dim=0, end_dim=-1)",
    "inferFlatten(ic, adaptor.getInput(), static_cast<int64_t>(adaptor.getStartDim()), "
    "static_cast<int64_t>(adaptor.getEndDim()))",
    "Merges dims `start_dim`..`end_dim` (inclusive) into one; a rank-0 input "
    "gives shape [1].",
    "%r = py.flatten %x {start_dim = 1 : i64} : tensor<2x3x?xf32> -> tensor<2x?xf32>",
    (ins Py_I64Default<"0">:$start_dim, Py_I64Default<"-1">:$end_dim)>;
def Py_SliceOp : Py_OneInputOp<"slice", "x[start:end:step] along one dim / x.narrow",
    "inferSlice(ic, adaptor.getInput(), static_cast<int64_t>(adaptor.getDim()), "
    "static_cast<int64_t>(adaptor.getStart()), static_cast<int64_t>(adaptor.getEnd()), "
    "static_cast<int64_t>(adaptor.getStep()))",
    "Python slicing along `dim`: negative `start`/`end` count from the end, "
    "both are clamped to the dim, `end` = INT64_MAX means to the end, `step` "
    ">= 1. The result dim is static when the input dim is.",
    "%r = py.slice %x {dim = 1 : i64, start = 1 : i64, end = -1 : i64} : tensor<4x10xf32> -> tensor<4x8xf32>",
    (ins Py_I64Default<"0">:$dim, Py_I64Default<"0">:$start,
         Py_I64Default<"9223372036854775807">:$end, Py_I64Default<"1">:$step)>;
def Py_SelectOp : Py_OneInputOp<"select", "torch.select(x, dim, index) / x[..., i]",
    "inferSelect(ic, adaptor.getInput(), static_cast<int64_t>(adaptor.getDim()), "
    "static_cast<int64_t>(adaptor.getIndex()))",
    "Picks one index of `dim` and removes the dim; negative `index` counts "
    "from the end.",
    "%r = py.select %x {dim = 0 : i64, index = -1 : i64} : tensor<4x?xf32> -> tensor<?xf32>",
    (ins I64Attr:$dim, I64Attr:$index)>;

def Py_CatOp : Py_InferOp<"cat", "inferCat(ic, adaptor.getInputs(), "
                                 "static_cast<int64_t>(adaptor.getDim()))"> {
  let summary = "torch.cat(tensors, dim=0)";
  let description = [{
    Concatenates along `dim`. Inputs have one rank (>= 1) and compatible
    sizes off `dim`; the result dtype is the promotion of all inputs.

    Example:

    ```mlir
    %r = py.cat %a, %b {dim = 1 : i64} : (tensor<4x2xf32>, tensor<?x3xf32>) -> tensor<4x5xf32>
    ```
  }];
  let arguments = (ins Variadic<Py_Tensor>:$inputs, Py_I64Default<"0">:$dim);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat =
      "$inputs attr-dict `:` functional-type(operands, results)";
  let pyDtypes = "any; promoted";
}

def Py_StackOp : Py_InferOp<"stack", "inferStack(ic, adaptor.getInputs(), "
                                     "static_cast<int64_t>(adaptor.getDim()))"> {
  let summary = "torch.stack(tensors, dim=0)";
  let description = [{
    Stacks equal-shaped inputs along a new dim `dim` in [-rank-1, rank]; the
    result dtype is the promotion of all inputs.

    Example:

    ```mlir
    %r = py.stack %a, %b {dim = -1 : i64} : (tensor<4x?xf32>, tensor<4x3xf32>) -> tensor<4x3x2xf32>
    ```
  }];
  let arguments = (ins Variadic<Py_Tensor>:$inputs, Py_I64Default<"0">:$dim);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat =
      "$inputs attr-dict `:` functional-type(operands, results)";
  let pyDtypes = "any; promoted";
}

//===----------------------------------------------------------------------===//
// 8. Normalisation
//===----------------------------------------------------------------------===//

def Py_LayerNormOp : Py_InferOp<"layer_norm",
    "inferLayerNorm(ic, adaptor.getInput(), adaptor.getWeight(), "
    "adaptor.getBias(), adaptor.getNormalizedShape())",
    [AttrSizedOperandSegments]> {
  let summary = "F.layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5)";
  let description = [{
    Normalises over the trailing dims named by `normalized_shape`, which must
    match the input's trailing dims where static; `weight` and `bias`, when
    present, have shape `normalized_shape`. Float only; result type = input.

    Example:

    ```mlir
    %r = py.layer_norm %x weight %w bias %b {normalized_shape = array<i64: 64>} : (tensor<?x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
    ```
  }];
  let arguments = (ins Py_Tensor:$input, Optional<Py_Tensor>:$weight,
                       Optional<Py_Tensor>:$bias,
                       DenseI64ArrayAttr:$normalized_shape,
                       Py_F64Default<"1e-5">:$eps);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$input (`weight` $weight^)? (`bias` $bias^)? attr-dict "
                       "`:` functional-type(operands, results)";
  let pyDtypes = "float; same";
  let pyNotes = "weight, bias optional";
}

def Py_RmsNormOp : Py_InferOp<"rms_norm",
    "inferLayerNorm(ic, adaptor.getInput(), adaptor.getWeight(), ::mlir::Value(), "
    "adaptor.getNormalizedShape())"> {
  let summary = "F.rms_norm(x, normalized_shape, weight=None, eps=None)";
  let description = [{
    Root-mean-square normalisation over the trailing `normalized_shape` dims;
    `eps` absent means torch's default (the dtype's machine epsilon). Float
    only; result type = input.

    Example:

    ```mlir
    %r = py.rms_norm %x weight %w {normalized_shape = array<i64: 64>} : (tensor<?x64xbf16>, tensor<64xbf16>) -> tensor<?x64xbf16>
    ```
  }];
  let arguments = (ins Py_Tensor:$input, Optional<Py_Tensor>:$weight,
                       DenseI64ArrayAttr:$normalized_shape,
                       OptionalAttr<F64Attr>:$eps);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$input (`weight` $weight^)? attr-dict `:` "
                       "functional-type(operands, results)";
  let pyDtypes = "float; same";
  let pyNotes = "weight optional; eps optional";
}

def Py_BatchNormOp : Py_InferOp<"batch_norm",
    "inferBatchNorm(ic, adaptor.getInput(), adaptor.getRunningMean(), "
    "adaptor.getRunningVar(), adaptor.getWeight(), adaptor.getBias())",
    [AttrSizedOperandSegments]> {
  let summary = "F.batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, eps=1e-5)";
  let description = [{
    Inference-form batch normalisation with running statistics. The channel
    dim is 1 (input [N, C, ...]); running_mean, running_var, weight and bias
    have shape [C]. Float only; result type = input.

    Example:

    ```mlir
    %r = py.batch_norm %x, %mean, %var weight %w bias %b : (tensor<?x16x8x8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x16x8x8xf32>
    ```
  }];
  let arguments = (ins Py_Tensor:$input, Py_Tensor:$running_mean,
                       Py_Tensor:$running_var, Optional<Py_Tensor>:$weight,
                       Optional<Py_Tensor>:$bias, Py_F64Default<"1e-5">:$eps);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$input `,` $running_mean `,` $running_var "
                       "(`weight` $weight^)? (`bias` $bias^)? attr-dict `:` "
                       "functional-type(operands, results)";
  let pyDtypes = "float; same";
  let pyNotes = "inference form only (training=False)";
}

def Py_GroupNormOp : Py_InferOp<"group_norm",
    "inferGroupNorm(ic, adaptor.getInput(), adaptor.getWeight(), "
    "adaptor.getBias(), static_cast<int64_t>(adaptor.getNumGroups()))",
    [AttrSizedOperandSegments]> {
  let summary = "F.group_norm(x, num_groups, weight=None, bias=None, eps=1e-5)";
  let description = [{
    Group normalisation over [N, C, ...] with C divisible by `num_groups`
    (checked when static); weight and bias have shape [C]. Float only; result
    type = input.

    Example:

    ```mlir
    %r = py.group_norm %x weight %w bias %b {num_groups = 4 : i64} : (tensor<2x16x?xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x16x?xf32>
    ```
  }];
  let arguments = (ins Py_Tensor:$input, Optional<Py_Tensor>:$weight,
                       Optional<Py_Tensor>:$bias, I64Attr:$num_groups,
                       Py_F64Default<"1e-5">:$eps);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$input (`weight` $weight^)? (`bias` $bias^)? attr-dict "
                       "`:` functional-type(operands, results)";
  let pyDtypes = "float; same";
}

def Py_InstanceNormOp : Py_InferOp<"instance_norm",
    "inferInstanceNorm(ic, adaptor.getInput(), adaptor.getWeight(), "
    "adaptor.getBias())", [AttrSizedOperandSegments]> {
  let summary = "F.instance_norm(x, weight=None, bias=None, eps=1e-5)";
  let description = [{
    Instance normalisation over [N, C, spatial...] (rank >= 3), per sample and
    channel, without running statistics; weight and bias have shape [C]. Float
    only; result type = input.

    Example:

    ```mlir
    %r = py.instance_norm %x {eps = 1.000000e-03 : f64} : (tensor<2x16x?xf32>) -> tensor<2x16x?xf32>
    ```
  }];
  let arguments = (ins Py_Tensor:$input, Optional<Py_Tensor>:$weight,
                       Optional<Py_Tensor>:$bias, Py_F64Default<"1e-5">:$eps);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$input (`weight` $weight^)? (`bias` $bias^)? attr-dict "
                       "`:` functional-type(operands, results)";
  let pyDtypes = "float; same";
}

def Py_NormalizeOp : Py_OneInputOp<"normalize", "F.normalize(x, p=2.0, dim=1, eps=1e-12)",
    "inferNormalize(ic, adaptor.getInput(), static_cast<int64_t>(adaptor.getDim()))",
    "Divides by the `p`-norm along `dim` (clamped below by `eps`). Float only; "
    "result type = input.",
    "%r = py.normalize %x {dim = -1 : i64} : tensor<?x64xf32> -> tensor<?x64xf32>",
    (ins Py_F64Default<"2.0">:$p, Py_I64Default<"1">:$dim,
         Py_F64Default<"1e-12">:$eps)> {
  let pyDtypes = "float; same";
}

def Py_CosineSimilarityOp : Py_InferOp<"cosine_similarity",
    "inferCosineSimilarity(ic, adaptor.getX1(), adaptor.getX2(), "
    "static_cast<int64_t>(adaptor.getDim()))"> {
  let summary = "F.cosine_similarity(x1, x2, dim=1, eps=1e-8)";
  let description = [{
    Cosine similarity along `dim` of the broadcast operands; `dim` is removed.
    Float only; result dtype is the promotion of x1 and x2.

    Example:

    ```mlir
    %r = py.cosine_similarity %a, %b {dim = -1 : i64} : (tensor<?x64xf32>, tensor<1x64xf32>) -> tensor<?xf32>
    ```
  }];
  let arguments = (ins Py_Tensor:$x1, Py_Tensor:$x2, Py_I64Default<"1">:$dim,
                       Py_F64Default<"1e-8">:$eps);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat =
      "$x1 `,` $x2 attr-dict `:` functional-type(operands, results)";
  let pyDtypes = "float; promoted";
}

//===----------------------------------------------------------------------===//
// 9. Losses
//===----------------------------------------------------------------------===//

/// `reduction` is "none" (per-element result), "mean" or "sum" (rank 0).
class Py_LossOp<string mnemonic, string torchCall, string inferCall,
                string text, string example, dag extraArgs = (ins)> :
    Py_InferOp<mnemonic, inferCall> {
  let summary = torchCall;
  let description = "Models `" # torchCall # "`. " # text # " `reduction` "
      "\"none\" keeps the per-element result; \"mean\" and \"sum\" give a "
      "rank-0 result." # "\n\nExample:\n\n```mlir\n" # example # "\n```";
  let arguments = !con((ins Py_Tensor:$input, Py_Tensor:$target,
                            Py_ReductionDefault:$reduction), extraArgs);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat =
      "$input `,` $target attr-dict `:` functional-type(operands, results)";
  let pyDtypes = "float; promoted";
}

class Py_ElementwiseLossOp<string mnemonic, string torchCall,
                           dag extraArgs = (ins), bit batchmean = 0> :
    Py_LossOp<mnemonic, torchCall,
        "inferElementwiseLoss(ic, adaptor.getInput(), adaptor.getTarget(), "
        "adaptor.getReduction(), /*allowBatchmean=*/" #
        !if(batchmean, "true", "false") # ")",
        "Elementwise over the broadcast of input and target (both float)." #
        !if(batchmean, " \"batchmean\" divides the sum by the batch size.", ""),
        "%r = py." # mnemonic # " %x, %y {reduction = \"none\"} : "
        "(tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>", extraArgs>;

def Py_MseLossOp : Py_ElementwiseLossOp<"mse_loss", "F.mse_loss(input, target, reduction='mean')">;
def Py_L1LossOp : Py_ElementwiseLossOp<"l1_loss", "F.l1_loss(input, target, reduction='mean')">;
def Py_SmoothL1LossOp : Py_ElementwiseLossOp<"smooth_l1_loss",
    "F.smooth_l1_loss(input, target, reduction='mean', beta=1.0)",
    (ins Py_F64Default<"1.0">:$beta)> {
  let hasVerifier = 1;
  let pyNotes = "beta >= 0";
}
def Py_HuberLossOp : Py_ElementwiseLossOp<"huber_loss",
    "F.huber_loss(input, target, reduction='mean', delta=1.0)",
    (ins Py_F64Default<"1.0">:$delta)> {
  let hasVerifier = 1;
  let pyNotes = "delta > 0";
}
def Py_KlDivOp : Py_ElementwiseLossOp<"kl_div",
    "F.kl_div(input, target, reduction='mean', log_target=False)",
    (ins Py_FalseDefault:$log_target), /*batchmean=*/1> {
  let pyNotes = "reduction also \"batchmean\"";
}
def Py_BinaryCrossEntropyOp : Py_ElementwiseLossOp<"binary_cross_entropy",
    "F.binary_cross_entropy(input, target, reduction='mean')">;
def Py_BinaryCrossEntropyWithLogitsOp : Py_ElementwiseLossOp<
    "binary_cross_entropy_with_logits",
    "F.binary_cross_entropy_with_logits(input, target, reduction='mean')">;

def Py_CrossEntropyOp : Py_LossOp<"cross_entropy",
    "F.cross_entropy(input, target, ignore_index=-100, reduction='mean', label_smoothing=0.0)",
    "inferClassLoss(ic, adaptor.getInput(), adaptor.getTarget(), "
    "adaptor.getReduction(), /*allowProbabilities=*/true)",
    "input is [N, C, d...] or [C] logits (float); target holds class indices "
    "(integer) of shape [N, d...] or [], or class probabilities of the input's "
    "shape (float). \"none\" gives shape [N, d...] (or [] for [C]).",
    "%r = py.cross_entropy %logits, %labels {reduction = \"none\"} : "
    "(tensor<?x10xf32>, tensor<?xi64>) -> tensor<?xf32>",
    (ins Py_I64Default<"-100">:$ignore_index,
         Py_F64Default<"0.0">:$label_smoothing)> {
  let hasVerifier = 1;
  let pyDtypes = "input float; target int (or float probabilities)";
  let pyNotes = "label_smoothing in [0, 1]";
}
def Py_NllLossOp : Py_LossOp<"nll_loss",
    "F.nll_loss(input, target, ignore_index=-100, reduction='mean')",
    "inferClassLoss(ic, adaptor.getInput(), adaptor.getTarget(), "
    "adaptor.getReduction(), /*allowProbabilities=*/false)",
    "input is [N, C, d...] or [C] log-probabilities (float); target holds "
    "class indices (integer) of shape [N, d...] or []. \"none\" gives shape "
    "[N, d...] (or [] for [C]).",
    "%r = py.nll_loss %logp, %labels : (tensor<?x10xf32>, tensor<?xi64>) -> tensor<f32>",
    (ins Py_I64Default<"-100">:$ignore_index)> {
  let pyDtypes = "input float; target int";
}

def Py_TripletMarginLossOp : Py_InferOp<"triplet_margin_loss",
    "inferTripletLoss(ic, adaptor.getAnchor(), adaptor.getPositive(), "
    "adaptor.getNegative(), adaptor.getReduction())"> {
  let summary = "F.triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False, reduction='mean')";
  let description = [{
    Triplet loss over [N, D] (or [D]) float embeddings that broadcast
    together. `reduction` "none" gives shape [N] (or []); "mean" and "sum"
    give rank 0.

    Example:

    ```mlir
    %r = py.triplet_margin_loss %a, %p, %n {margin = 5.000000e-01 : f64} : (tensor<?x64xf32>, tensor<?x64xf32>, tensor<?x64xf32>) -> tensor<f32>
    ```
  }];
  let arguments = (ins Py_Tensor:$anchor, Py_Tensor:$positive,
                       Py_Tensor:$negative, Py_F64Default<"1.0">:$margin,
                       Py_F64Default<"2.0">:$p, Py_F64Default<"1e-6">:$eps,
                       Py_FalseDefault:$swap, Py_ReductionDefault:$reduction);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$anchor `,` $positive `,` $negative attr-dict `:` "
                       "functional-type(operands, results)";
  let pyDtypes = "float; promoted";
}

//===----------------------------------------------------------------------===//
// 10. Pooling
//===----------------------------------------------------------------------===//

def Py_MaxPoolOp : Py_OneInputOp<"max_pool",
    "F.max_pool1d/2d/3d(x, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)",
    "inferPool(ic, adaptor.getInput(), adaptor.getKernelSize(), "
    "adaptor.getStride(), adaptor.getPadding(), adaptor.getDilation(), "
    "adaptor.getCeilMode(), /*isMax=*/true)",
    "k = len(kernel_size) in {1, 2, 3} spatial dims; the input has rank k+1 "
    "or k+2. `stride` (empty: kernel_size), `padding` (empty: 0) and "
    "`dilation` (empty: 1) have length k. Output size as torch: "
    "floor_or_ceil((in + 2p - d(k-1) - 1) / s) + 1; padding <= kernel/2.",
    "%r = py.max_pool %x {kernel_size = array<i64: 2, 2>} : tensor<?x3x32x32xf32> -> tensor<?x3x16x16xf32>",
    (ins DenseI64ArrayAttr:$kernel_size, Py_DimsDefault:$stride,
         Py_DimsDefault:$padding, Py_DimsDefault:$dilation,
         Py_FalseDefault:$ceil_mode)> {
  let pyDtypes = "float, int; same";
  let pyNotes = "k = len(kernel_size); empty stride = kernel_size, empty padding = 0, empty dilation = 1";
}
def Py_AvgPoolOp : Py_OneInputOp<"avg_pool",
    "F.avg_pool1d/2d/3d(x, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)",
    "inferPool(ic, adaptor.getInput(), adaptor.getKernelSize(), "
    "adaptor.getStride(), adaptor.getPadding(), {}, adaptor.getCeilMode(), "
    "/*isMax=*/false)",
    "k = len(kernel_size) in {1, 2, 3} spatial dims; the input has rank k+1 "
    "or k+2. `stride` (empty: kernel_size) and `padding` (empty: 0) have "
    "length k. Output size as torch: floor_or_ceil((in + 2p - k) / s) + 1; "
    "padding <= kernel/2. Float only.",
    "%r = py.avg_pool %x {kernel_size = array<i64: 3>, stride = array<i64: 2>, padding = array<i64: 1>} : tensor<?x8x33xf32> -> tensor<?x8x17xf32>",
    (ins DenseI64ArrayAttr:$kernel_size, Py_DimsDefault:$stride,
         Py_DimsDefault:$padding, Py_FalseDefault:$ceil_mode,
         Py_TrueDefault:$count_include_pad)> {
  let pyDtypes = "float; same";
  let pyNotes = "k = len(kernel_size); empty stride = kernel_size, empty padding = 0";
}

//===----------------------------------------------------------------------===//
// 11. Attention
//===----------------------------------------------------------------------===//

def Py_ScaledDotProductAttentionOp : Py_InferOp<"scaled_dot_product_attention",
    "inferAttention(ic, adaptor.getQuery(), adaptor.getKey(), adaptor.getValue(), "
    "adaptor.getAttnMask(), adaptor.getIsCausal())"> {
  let summary = "F.scaled_dot_product_attention(q, k, v, attn_mask=None, is_causal=False, scale=None)";
  let description = [{
    softmax(q @ k^T * scale + mask) @ v with q [..., L, E], k [..., S, E],
    v [..., S, Ev] -> [..., L, Ev]; batch dims broadcast. q, k, v share one
    float dtype; the optional `attn_mask` (bool, or the same float dtype)
    broadcasts to [..., L, S] and excludes `is_causal`. `scale` absent means
    1/sqrt(E).

    Example:

    ```mlir
    %r = py.scaled_dot_product_attention %q, %k, %v {is_causal = true} : (tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>) -> tensor<?x8x?x64xf16>
    ```
  }];
  let arguments = (ins Py_Tensor:$query, Py_Tensor:$key, Py_Tensor:$value,
                       Optional<Py_Tensor>:$attn_mask,
                       Py_FalseDefault:$is_causal, OptionalAttr<F64Attr>:$scale);
  let results = (outs Py_Tensor:$result);
  let assemblyFormat = "$query `,` $key `,` $value (`mask` $attn_mask^)? "
                       "attr-dict `:` functional-type(operands, results)";
  let pyDtypes = "float; equal dtypes";
  let pyNotes = "attn_mask optional; not with is_causal";
}

#endif // PY_OPS
