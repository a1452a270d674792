//===- Evaluator.h - Symbolic Python evaluator behind MLIRGen ---*- C++ -*-===//
//
// Internal to lib/MLIRGen. MLIRGen.cpp holds the evaluator core (statements,
// expressions, Python semantics, functions, classes, type promotion, op
// creation); TorchCalls.cpp maps torch / torch.nn.functional / tensor-method
// calls and nn modules onto py dialect ops.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LIB_MLIRGEN_EVALUATOR_H
#define PY2TRITON_LIB_MLIRGEN_EVALUATOR_H

#include "Object.h"

#include "py2triton/MLIRGen/MLIRGen.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringMap.h"

#include <optional>
#include <utility>
#include <vector>

namespace py2triton {
namespace mlirgen {

using KwArgs = std::vector<std::pair<std::string, ObjPtr>>;

/// Arguments bound against a signature such as "input, dim=None,
/// keepdim=False".
class BoundArgs {
public:
  std::vector<std::string> names;
  std::vector<ObjPtr> values;

  ObjPtr get(llvm::StringRef name) const {
    for (size_t i = 0, e = names.size(); i != e; ++i)
      if (names[i] == name)
        return values[i];
    return nullptr;
  }
  bool isNone(llvm::StringRef name) const {
    ObjPtr v = get(name);
    return !v || v->kind == Object::None;
  }
};

class Evaluator {
public:
  Evaluator(mlir::MLIRContext &context, const ast::Module &astModule,
            DiagnosticEngine &diags, const MLIRGenOptions &options);

  mlir::OwningOpRef<mlir::ModuleOp> run();

  //===--------------------------------------------------------------------===//
  // Diagnostics and locations
  //===--------------------------------------------------------------------===//

  /// Reports `message` at `loc` (unless evaluating speculatively) and returns
  /// null so callers can `return error(...)`.
  std::nullptr_t error(const Location &loc, const llvm::Twine &message);
  mlir::Location getLoc(const Location &loc);

  //===--------------------------------------------------------------------===//
  // Statements and expressions (MLIRGen.cpp)
  //===--------------------------------------------------------------------===//

  enum class Flow { Normal, Return, Error };
  Flow execBlock(const ast::StmtList &body);
  Flow execStmt(const ast::Stmt &stmt);
  mlir::LogicalResult assign(const ast::Expr &target, ObjPtr value);

  ObjPtr eval(const ast::Expr &expr);
  ObjPtr evalBinary(ast::BinaryOpKind op, ObjPtr lhs, ObjPtr rhs,
                    const Location &loc);
  ObjPtr evalUnary(ast::UnaryOpKind op, ObjPtr operand, const Location &loc);
  ObjPtr evalCompare(ast::CompareOpKind op, ObjPtr lhs, ObjPtr rhs,
                     const Location &loc);
  ObjPtr evalSubscript(ObjPtr value, const ast::Expr &index,
                       const Location &loc);
  ObjPtr getAttribute(ObjPtr value, llvm::StringRef attr,
                      const Location &loc);
  ObjPtr lookupName(llvm::StringRef name, const Location &loc);

  /// Truthiness of a compile-time value; errors for tensors.
  std::optional<bool> truth(ObjPtr value, const Location &loc);

  ObjPtr call(ObjPtr callee, std::vector<ObjPtr> args, KwArgs kwargs,
              const Location &loc);
  ObjPtr callUserFunction(const ast::FunctionDef &fn, ObjPtr self,
                          std::vector<ObjPtr> args, KwArgs kwargs,
                          const Location &loc);
  ObjPtr instantiate(const ast::ClassDef &cls, std::vector<ObjPtr> args,
                     KwArgs kwargs, const Location &loc);

  //===--------------------------------------------------------------------===//
  // torch surface (TorchCalls.cpp)
  //===--------------------------------------------------------------------===//

  /// Calls the builtin `name` ("torch.exp", "torch.nn.functional.relu",
  /// "nn.Linear", "range", ...).
  ObjPtr callBuiltin(llvm::StringRef name, std::vector<ObjPtr> args,
                     KwArgs kwargs, const Location &loc);
  /// Calls tensor method `name` on `self`.
  ObjPtr callTensorMethod(ObjPtr self, llvm::StringRef name,
                          std::vector<ObjPtr> args, KwArgs kwargs,
                          const Location &loc);
  /// Calls a torch.nn module instance (its forward).
  ObjPtr callNNModule(ObjPtr module, std::vector<ObjPtr> args, KwArgs kwargs,
                      const Location &loc);
  /// Whether `qualified` names a callable builtin we know.
  static bool isKnownBuiltin(llvm::StringRef qualified);
  /// Resolves an attribute of a namespace: a sub-namespace, a dtype, a
  /// constant (math.pi) or a builtin; null if unknown.
  ObjPtr getNamespaceMember(llvm::StringRef ns, llvm::StringRef member);

  //===--------------------------------------------------------------------===//
  // Tensors, scalars and ops
  //===--------------------------------------------------------------------===//

  bool isCodegen() const { return codegen; }
  mlir::OpBuilder &getBuilder() { return builder; }
  mlir::MLIRContext &getContext() { return context; }

  /// Binds `args`/`kwargs` to `signature` ("input, dim=None, keepdim=False");
  /// reports errors naming `fnName`.
  std::optional<BoundArgs> bind(llvm::StringRef fnName,
                                llvm::StringRef signature,
                                std::vector<ObjPtr> args, const KwArgs &kwargs,
                                const Location &loc);

  /// Converts a Python number or a tensor to a tensor object (numbers become
  /// wrapped-scalar constants of `dtype`, or of their default dtype).
  ObjPtr toTensor(ObjPtr value, const Location &loc,
                  mlir::Type dtype = nullptr);
  /// Torch's result_type over tensors and Python scalars.
  mlir::Type resultType(llvm::ArrayRef<ObjPtr> operands);
  /// Casts a tensor to element type `dtype` (no-op when equal).
  /// `tensor` cast to `dtype`. An explicit cast (a dtype the user named:
  /// `.to(torch.bfloat16)`, `.half()`, `dtype=`) is marked `py.explicit`: it
  /// keeps its dtype when the function is called with another float dtype.
  ObjPtr castTo(ObjPtr tensor, mlir::Type dtype, const Location &loc,
                bool explicitDtype = false);
  /// Creates a py op `opName` with inferred result types; reports inference
  /// and verification failures at `loc`. Returns the results (empty on
  /// failure).
  llvm::SmallVector<ObjPtr, 2> createOp(llvm::StringRef opName,
                                        llvm::ArrayRef<ObjPtr> operands,
                                        llvm::ArrayRef<mlir::NamedAttribute> attrs,
                                        const Location &loc,
                                        unsigned numResults = 1,
                                        llvm::ArrayRef<int32_t> segments = {});
  /// Single-result convenience over createOp.
  ObjPtr createOp1(llvm::StringRef opName, llvm::ArrayRef<ObjPtr> operands,
                   llvm::ArrayRef<mlir::NamedAttribute> attrs,
                   const Location &loc);
  /// Elementwise op over tensors/scalars with torch promotion: operands are
  /// cast to the common type first. `floatOnly` promotes ints to f32.
  ObjPtr elementwise(llvm::StringRef opName, llvm::ArrayRef<ObjPtr> operands,
                     llvm::ArrayRef<mlir::NamedAttribute> attrs,
                     const Location &loc, bool floatOnly = false);
  ObjPtr makeConstant(double value, mlir::Type dtype, const Location &loc);

  // Value extraction with located errors.
  std::optional<int64_t> getInt(ObjPtr v, const Location &loc,
                                const llvm::Twine &what);
  std::optional<double> getFloat(ObjPtr v, const Location &loc,
                                 const llvm::Twine &what);
  std::optional<bool> getBool(ObjPtr v, const Location &loc,
                              const llvm::Twine &what);
  std::optional<std::string> getStr(ObjPtr v, const Location &loc,
                                    const llvm::Twine &what);
  /// An int or a sequence of ints.
  std::optional<llvm::SmallVector<int64_t>>
  getIntList(ObjPtr v, const Location &loc, const llvm::Twine &what);
  /// Tensor operand (numbers are converted).
  ObjPtr getTensor(ObjPtr v, const Location &loc, const llvm::Twine &what);
  mlir::Type getDtype(ObjPtr v, const Location &loc, const llvm::Twine &what);

  /// Parses a dtype name ("f32", "float16", "bf16", "int64", "bool").
  mlir::Type parseDtypeName(llvm::StringRef name);
  /// The torch name of a dtype ("float32").
  static std::string dtypeName(mlir::Type type);

private:
  struct Frame {
    llvm::StringMap<ObjPtr> locals;
    ObjPtr returnValue;
  };

  mlir::MLIRContext &context;
  const ast::Module &astModule;
  DiagnosticEngine &diags;
  const MLIRGenOptions &options;
  mlir::OpBuilder builder;
  mlir::ModuleOp module;
  llvm::StringMap<ObjPtr> globals;
  std::vector<Frame *> frames;
  bool codegen = false;
  unsigned speculative = 0;
  unsigned speculativeErrors = 0;
  unsigned callDepth = 0;
  mlir::StringAttr fileName;

  void evalModuleLevel();
  std::optional<std::vector<ObjPtr>> evalInputsFunction(llvm::StringRef name);
  mlir::LogicalResult translateFunction(const ast::FunctionDef &fn,
                                        llvm::StringRef symName,
                                        ObjPtr self,
                                        const std::vector<ObjPtr> *inputs);
  mlir::LogicalResult translateModel(const ast::ClassDef &cls);
  /// Type of a parameter from --arg, its annotation, or get_inputs().
  ObjPtr resolveParam(const ast::Param &param, const ast::FunctionDef &fn,
                      ObjPtr fromInputs);
  ObjPtr parseAnnotation(const ast::Expr &annotation);
  void collectParameters(ObjPtr instance, llvm::StringRef prefix,
                         std::vector<ObjPtr> &out);
};

} // namespace mlirgen
} // namespace py2triton

#endif // PY2TRITON_LIB_MLIRGEN_EVALUATOR_H
