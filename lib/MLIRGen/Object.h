//===- Object.h - Values of the symbolic Python evaluator -------*- C++ -*-===//
//
// MLIRGen evaluates Python symbolically. Compile-time values (numbers,
// strings, tuples, dtypes, modules, user functions and classes, nn.Module
// instances) are folded; tensors are either abstract (a type only, while
// evaluating get_inputs() / __init__) or MLIR SSA values of tensor type.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LIB_MLIRGEN_OBJECT_H
#define PY2TRITON_LIB_MLIRGEN_OBJECT_H

#include "py2triton/Frontend/AST.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <string>
#include <vector>

namespace py2triton {
namespace mlirgen {

struct Object;
using ObjPtr = std::shared_ptr<Object>;

struct Object {
  enum Kind {
    None,
    Bool,
    Int,
    Float,
    Str,
    Ellipsis,
    Tuple,
    List,
    Slice,     // elems = {lower, upper, step} (each may be None)
    Tensor,    // type: RankedTensorType; value: SSA value or null (abstract)
    Dtype,     // type: element type
    Device,    // torch.device / "cuda": ignored
    Namespace, // name: "torch", "torch.nn", "torch.nn.functional", "math"
    Builtin,   // name: qualified callable, e.g. "torch.exp", "len"
    Method,    // name: method name; self: receiver
    Function,  // func: user function
    Class,     // cls: user class
    Instance,  // cls: user class (or null + name: "nn.Linear"); attrs
    Opaque,    // a module-level value we could not evaluate; name: why
  };

  Kind kind;
  bool b = false;
  int64_t i = 0;
  double f = 0.0;
  std::string name;
  std::vector<ObjPtr> elems;
  mlir::Type type;
  mlir::Value value;
  /// A tensor that stands for a Python scalar (a literal or a scalar
  /// argument): weakest in torch's type promotion.
  bool wrappedScalar = false;
  ObjPtr self;
  const ast::FunctionDef *func = nullptr;
  const ast::ClassDef *cls = nullptr;
  /// Instance attributes, in assignment order.
  llvm::StringMap<ObjPtr> attrs;
  std::vector<std::string> attrOrder;
  /// For parameters/buffers (abstract tensors created in __init__): the
  /// qualified name ("fc.weight") and whether it is a parameter.
  std::string paramName;

  explicit Object(Kind kind) : kind(kind) {}

  static ObjPtr none() { return std::make_shared<Object>(None); }
  static ObjPtr ofBool(bool v) {
    auto o = std::make_shared<Object>(Bool);
    o->b = v;
    return o;
  }
  static ObjPtr ofInt(int64_t v) {
    auto o = std::make_shared<Object>(Int);
    o->i = v;
    return o;
  }
  static ObjPtr ofFloat(double v) {
    auto o = std::make_shared<Object>(Float);
    o->f = v;
    return o;
  }
  static ObjPtr ofStr(std::string v) {
    auto o = std::make_shared<Object>(Str);
    o->name = std::move(v);
    return o;
  }
  static ObjPtr ofNamed(Kind k, std::string n) {
    auto o = std::make_shared<Object>(k);
    o->name = std::move(n);
    return o;
  }
  static ObjPtr ofSeq(Kind k, std::vector<ObjPtr> elems) {
    auto o = std::make_shared<Object>(k);
    o->elems = std::move(elems);
    return o;
  }
  static ObjPtr ofTensor(mlir::Type type, mlir::Value value = {}) {
    auto o = std::make_shared<Object>(Tensor);
    o->type = type;
    o->value = value;
    return o;
  }
  static ObjPtr ofDtype(mlir::Type t) {
    auto o = std::make_shared<Object>(Dtype);
    o->type = t;
    return o;
  }

  bool isNumber() const { return kind == Bool || kind == Int || kind == Float; }
  bool isSequence() const { return kind == Tuple || kind == List; }
  mlir::RankedTensorType getTensorType() const {
    return mlir::cast<mlir::RankedTensorType>(type);
  }

  void setAttr(llvm::StringRef key, ObjPtr v) {
    if (!attrs.count(key))
      attrOrder.push_back(key.str());
    attrs[key] = std::move(v);
  }
  ObjPtr getAttr(llvm::StringRef key) const {
    auto it = attrs.find(key);
    return it == attrs.end() ? nullptr : it->second;
  }
};

/// A short description of the object's kind for diagnostics ("a tensor",
/// "an int", "the module 'torch'").
std::string describe(const Object &obj);

} // namespace mlirgen
} // namespace py2triton

#endif // PY2TRITON_LIB_MLIRGEN_OBJECT_H
