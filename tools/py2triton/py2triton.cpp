//===- py2triton.cpp - The py2triton compiler driver ----------------------===//
//
// py2triton FILE [-o OUT] [--emit=tokens|ast|mlir|primitives|triton]
//                [--function NAME] [--arg NAME=SHAPE:DTYPE]...
//                [--flash-attention=false] [--verify]
//
// Exit status: 0 on success, 1 on any user error (with a located diagnostic).
// The output file is written atomically: on error no file is created or
// modified.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Dialect/Py/IR/PyDialect.h"
#include "py2triton/Dialect/Py/Transforms/Passes.h"
#include "py2triton/Frontend/Lexer.h"
#include "py2triton/Frontend/Parser.h"
#include "py2triton/MLIRGen/MLIRGen.h"
#include "py2triton/Target/Triton/TritonEmitter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <cstdlib>

extern char **environ;
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

using namespace py2triton;
namespace cl = llvm::cl;

namespace {
enum class EmitKind { Tokens, AST, MLIR, Primitives, Triton };
} // namespace

static cl::OptionCategory toolCategory("py2triton options");

static cl::opt<std::string> inputFilename(cl::Positional,
                                          cl::desc("<input python file>"),
                                          cl::Required, cl::cat(toolCategory));

static cl::opt<std::string> outputFilename("o", cl::desc("Output file"),
                                           cl::value_desc("filename"),
                                           cl::init("-"),
                                           cl::cat(toolCategory));

static cl::opt<EmitKind> emitKind(
    "emit", cl::desc("Stage to stop after and print"),
    cl::init(EmitKind::Triton),
    cl::values(clEnumValN(EmitKind::Tokens, "tokens", "the token stream"),
               clEnumValN(EmitKind::AST, "ast", "the located AST"),
               clEnumValN(EmitKind::MLIR, "mlir", "py dialect IR from MLIRGen"),
               clEnumValN(EmitKind::Primitives, "primitives",
                          "py IR after -py-decompose (primitive ops)"),
               clEnumValN(EmitKind::Triton, "triton",
                          "the Triton Python module (default)")),
    cl::cat(toolCategory));

static cl::opt<std::string>
    functionName("function",
                 cl::desc("Translate only this function (or `Model`)"),
                 cl::value_desc("name"), cl::init(""), cl::cat(toolCategory));

static cl::list<std::string>
    argSpecs("arg",
             cl::desc("Shape and dtype of an argument, e.g. x=128x?:f16 "
                      "(applies to every function with that parameter)"),
             cl::value_desc("NAME=SHAPE:DTYPE"), cl::cat(toolCategory));

static cl::opt<bool> flashAttention(
    "flash-attention",
    cl::desc("With the Triton target, emit scaled_dot_product_attention as "
             "one flash-attention kernel where it supports the call (false: "
             "decompose it into matmul, softmax and matmul as "
             "--emit=primitives shows)"),
    cl::init(true), cl::cat(toolCategory));

static cl::opt<bool> verifyOutput(
    "verify",
    cl::desc("After writing -o OUT, run the generated kernels against FILE on "
             "random inputs (python -m py2triton.check) and exit 1 if any "
             "trial fails"),
    cl::init(false), cl::cat(toolCategory));

/// Runs `python -m py2triton.check SOURCE KERNEL` with the project's Python
/// package; returns the checker's exit status (or 1 if it cannot start).
static int runChecker(llvm::StringRef source, llvm::StringRef kernel) {
  // $PY2TRITON_PYTHON, else the bootstrap's virtualenv, else python3.
  std::string python;
  if (const char *env = std::getenv("PY2TRITON_PYTHON"))
    python = env;
  else if (llvm::sys::fs::exists(PY2TRITON_SOURCE_DIR "/.venv/bin/python"))
    python = PY2TRITON_SOURCE_DIR "/.venv/bin/python";
  else if (llvm::ErrorOr<std::string> found =
               llvm::sys::findProgramByName("python3"))
    python = *found;
  if (python.empty()) {
    llvm::WithColor::error(llvm::errs(), "py2triton")
        << "--verify needs Python with torch and triton (set PY2TRITON_PYTHON)\n";
    return 1;
  }
  std::string pythonPath = "PYTHONPATH=" PY2TRITON_SOURCE_DIR "/python";
  std::vector<std::string> envStorage;
  for (char **e = environ; *e; ++e)
    if (!llvm::StringRef(*e).starts_with("PYTHONPATH="))
      envStorage.push_back(*e);
  envStorage.push_back(pythonPath);
  std::vector<llvm::StringRef> env(envStorage.begin(), envStorage.end());
  std::vector<llvm::StringRef> args = {python, "-m", "py2triton.check", source,
                                       kernel};
  llvm::outs().flush();
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(python, args, env, {}, 0, 0, &message);
  if (rc < 0) {
    llvm::WithColor::error(llvm::errs(), "py2triton")
        << "cannot run the checker: " << message << "\n";
    return 1;
  }
  return rc == 0 ? 0 : 1;
}

static cl::opt<bool> printDebugLocs("mlir-print-debuginfo",
                                    cl::desc("Print source locations in IR"),
                                    cl::init(false), cl::cat(toolCategory));

/// Writes `text` to the output (stdout for "-"), atomically for files.
static int writeOutput(llvm::StringRef text) {
  if (outputFilename == "-") {
    llvm::outs() << text;
    llvm::outs().flush();
    return 0;
  }
  llvm::Error err = llvm::writeToOutput(
      outputFilename, [&](llvm::raw_ostream &os) -> llvm::Error {
        os << text;
        return llvm::Error::success();
      });
  if (err) {
    llvm::WithColor::error(llvm::errs(), "py2triton")
        << "cannot write '" << outputFilename
        << "': " << llvm::toString(std::move(err)) << "\n";
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  cl::HideUnrelatedOptions(toolCategory);
  cl::ParseCommandLineOptions(argc, argv,
                              "py2triton: Python/PyTorch to Triton compiler\n");

  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> fileOrErr =
      llvm::MemoryBuffer::getFileOrSTDIN(inputFilename, /*IsText=*/true);
  if (std::error_code ec = fileOrErr.getError()) {
    llvm::WithColor::error(llvm::errs(), "py2triton")
        << "cannot open '" << inputFilename << "': " << ec.message() << "\n";
    return 1;
  }

  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(*fileOrErr), llvm::SMLoc());
  DiagnosticEngine diags(sourceMgr);

  std::string out;
  llvm::raw_string_ostream os(out);

  if (emitKind == EmitKind::Tokens) {
    Lexer lexer(diags);
    std::vector<Token> tokens = lexer.tokenize();
    if (diags.hadError())
      return 1;
    dumpTokens(tokens, os);
    return writeOutput(out);
  }

  std::unique_ptr<ast::Module> module = parseModule(diags);
  if (!module || diags.hadError())
    return 1;
  if (emitKind == EmitKind::AST) {
    ast::dump(*module, os);
    return writeOutput(out);
  }

  MLIRGenOptions options;
  options.function = functionName;
  for (const std::string &spec : argSpecs) {
    std::string error;
    std::optional<ArgSpec> parsed = parseArgSpec(spec, error);
    if (!parsed) {
      llvm::WithColor::error(llvm::errs(), "py2triton")
          << "invalid --arg '" << spec << "': " << error << "\n";
      return 1;
    }
    options.argSpecs.push_back(std::move(*parsed));
  }

  mlir::MLIRContext context;
  context.loadDialect<py::PyDialect, mlir::func::FuncDialect,
                      mlir::arith::ArithDialect>();
  // MLIR diagnostics (verifier errors included) print with a caret line
  // against the same source buffer.
  mlir::SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  context.printOpOnDiagnostic(false);

  mlir::OwningOpRef<mlir::ModuleOp> irModule =
      mlirGen(context, *module, diags, options);
  if (!irModule || diags.hadError())
    return 1;
  auto printIR = [&]() {
    mlir::OpPrintingFlags flags;
    if (printDebugLocs)
      flags.enableDebugInfo();
    irModule->print(os, flags);
    return writeOutput(out);
  };
  if (emitKind == EmitKind::MLIR)
    return printIR();

  // Composite torch ops become primitives the back end understands; the
  // Triton target keeps the attention its flash-attention kernel computes.
  mlir::PassManager pm(&context);
  py::DecomposeOptions decomposeOptions;
  decomposeOptions.keepAttention =
      emitKind == EmitKind::Triton && flashAttention;
  pm.addPass(py::createDecompose(decomposeOptions));
  if (mlir::failed(pm.run(*irModule)))
    return 1;
  if (emitKind == EmitKind::Primitives)
    return printIR();

  TritonEmitterOptions emitOptions;
  emitOptions.source =
      sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())->getBuffer();
  std::string sourceName = llvm::sys::path::filename(inputFilename).str();
  emitOptions.sourceName = sourceName;
  if (mlir::failed(exportTriton(*irModule, os, emitOptions)))
    return 1;
  if (int rc = writeOutput(out))
    return rc;
  if (!verifyOutput)
    return 0;
  if (outputFilename == "-") {
    llvm::WithColor::error(llvm::errs(), "py2triton")
        << "--verify needs -o OUT (the kernel module to run)\n";
    return 1;
  }
  return runChecker(inputFilename, outputFilename);
}
