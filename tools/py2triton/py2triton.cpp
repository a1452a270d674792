//===- py2triton.cpp - The py2triton compiler driver ----------------------===//
//
// py2triton FILE [-o OUT [--verify|--bench] [--report R.json]]
//                [--emit=tokens|ast|mlir|primitives|schedule|triton]
//                [--function NAME] [--arg NAME=SHAPE:DTYPE]...
//                [--schedule KEY=VALUE,...] [--flash-attention=false]
// py2triton FILE -o OUT --search [--search-log LOG.json] [--function NAME]
//           [--model DIR [--model-samples K]]
//
// --verify / --bench / --search hand over to the Python harness
// (py2triton.harness.verify, py2triton.search; docs/harness.md).
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
#include "py2triton/Target/Triton/Schedule.h"
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
enum class EmitKind { Tokens, AST, MLIR, Primitives, Schedule, Triton };
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
               clEnumValN(EmitKind::Schedule, "schedule",
                          "primitive py IR annotated with the kernel "
                          "schedule (-py-schedule)"),
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

static cl::opt<std::string> scheduleKnobs(
    "schedule",
    cl::desc("Schedule knobs overriding the back end's choices, e.g. "
             "num_warps=8,reduction=looped (keys: fuse, reduction, num_warps, "
             "num_stages, block, row_block, matmul_tile, autotune, split_k)"),
    cl::value_desc("KEY=VALUE,..."), cl::init(""), cl::cat(toolCategory));

static cl::opt<bool> flashAttention(
    "flash-attention",
    cl::desc("With the Triton target, emit scaled_dot_product_attention as "
             "one flash-attention kernel where it supports the call (false: "
             "decompose it into matmul, softmax and matmul as "
             "--emit=primitives shows)"),
    cl::init(true), cl::cat(toolCategory));

static cl::opt<bool> verifyOutput(
    "verify",
    cl::desc("After writing -o OUT, run the verification harness on it "
             "(python -m py2triton.harness.verify: correctness trials against "
             "FILE and anti-cheating checks), print a table, exit 1 if it is "
             "rejected"),
    cl::init(false), cl::cat(toolCategory));

static cl::opt<bool> benchOutput(
    "bench",
    cl::desc("Like --verify, then time eager PyTorch, torch.compile and the "
             "generated kernels on a CUDA GPU (skipped, with a note, without "
             "one)"),
    cl::init(false), cl::cat(toolCategory));

static cl::opt<std::string>
    reportFilename("report",
                   cl::desc("With --verify or --bench: write the harness's "
                            "result JSON here"),
                   cl::value_desc("filename"), cl::init(""),
                   cl::cat(toolCategory));

static cl::opt<bool> searchSchedules(
    "search",
    cl::desc("Translate FILE under many schedules (python -m py2triton.search "
             "with this binary), verify every candidate, time the correct ones "
             "on a GPU and write the fastest to -o OUT"),
    cl::init(false), cl::cat(toolCategory));

static cl::opt<std::string>
    searchLogFilename("search-log",
                      cl::desc("With --search: the JSON log of every "
                               "candidate (default OUT with suffix "
                               ".search.json)"),
                      cl::value_desc("filename"), cl::init(""),
                      cl::cat(toolCategory));

static cl::opt<std::string> searchModel(
    "model",
    cl::desc("With --search: an LLM release directory (models/base) whose "
             "proposals join the candidates (py2triton-lm generate; origin "
             "\"model\" in the log)"),
    cl::value_desc("dir"), cl::init(""), cl::cat(toolCategory));

static cl::opt<unsigned> searchModelSamples(
    "model-samples",
    cl::desc("With --model: how many kernels the model proposes (default 4)"),
    cl::init(4), cl::cat(toolCategory));

/// The Python that runs the harness: $PY2TRITON_PYTHON, else the bootstrap's
/// virtualenv, else python3 on PATH; empty if there is none.
static std::string findPython() {
  if (const char *env = std::getenv("PY2TRITON_PYTHON"))
    return env;
  if (llvm::sys::fs::exists(PY2TRITON_SOURCE_DIR "/.venv/bin/python"))
    return PY2TRITON_SOURCE_DIR "/.venv/bin/python";
  if (llvm::ErrorOr<std::string> found = llvm::sys::findProgramByName("python3"))
    return *found;
  return "";
}

/// Runs `python -m MODULE ARGS...` with the project's Python package on
/// PYTHONPATH and returns its exit status, or -1 (after a diagnostic) if it
/// cannot start. `what` names the flag that asked for it.
static int runPythonModule(llvm::StringRef what, llvm::StringRef module,
                           llvm::ArrayRef<std::string> moduleArgs) {
  std::string python = findPython();
  if (python.empty()) {
    llvm::WithColor::error(llvm::errs(), "py2triton")
        << what << " needs Python with torch and triton (set PY2TRITON_PYTHON)\n";
    return -1;
  }
  std::string pythonPath = "PYTHONPATH=" PY2TRITON_SOURCE_DIR "/python";
  std::vector<std::string> envStorage;
  for (char **e = environ; *e; ++e)
    if (!llvm::StringRef(*e).starts_with("PYTHONPATH="))
      envStorage.push_back(*e);
  envStorage.push_back(pythonPath);
  std::vector<llvm::StringRef> env(envStorage.begin(), envStorage.end());
  std::vector<llvm::StringRef> args = {python, "-m", module};
  args.insert(args.end(), moduleArgs.begin(), moduleArgs.end());
  llvm::outs().flush();
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(python, args, env, {}, 0, 0, &message);
  if (rc < 0) {
    llvm::WithColor::error(llvm::errs(), "py2triton")
        << "cannot run python -m " << module << ": " << message << "\n";
    return -1;
  }
  return rc;
}

/// --verify / --bench: `python -m py2triton.harness.verify SOURCE KERNEL`;
/// returns 0 if the kernel passed, else 1.
static int runHarness(llvm::StringRef source, llvm::StringRef kernel) {
  std::vector<std::string> args = {source.str(), kernel.str()};
  if (!functionName.empty())
    args.insert(args.end(), {"--function", functionName});
  if (benchOutput)
    args.push_back("--bench");
  if (!reportFilename.empty())
    args.insert(args.end(), {"--json", reportFilename});
  int rc = runPythonModule(benchOutput ? "--bench" : "--verify",
                           "py2triton.harness.verify", args);
  return rc == 0 ? 0 : 1;
}

/// --search: `python -m py2triton.search SOURCE -o OUT --compiler SELF ...`,
/// which translates every schedule variant with this binary.
static int runSearch(const char *argv0) {
  std::string self =
      llvm::sys::fs::getMainExecutable(argv0, (void *)&findPython);
  std::vector<std::string> args = {inputFilename, "-o", outputFilename,
                                   "--compiler", self};
  if (!searchLogFilename.empty())
    args.insert(args.end(), {"--log", searchLogFilename});
  if (!functionName.empty())
    args.insert(args.end(), {"--function", functionName});
  for (const std::string &spec : argSpecs)
    args.push_back("--arg=" + spec);
  if (!searchModel.empty())
    args.insert(args.end(), {"--model", searchModel, "--model-samples",
                             std::to_string(searchModelSamples)});
  int rc = runPythonModule("--search", "py2triton.search", args);
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

  auto usageError = [](const llvm::Twine &message) {
    llvm::WithColor::error(llvm::errs(), "py2triton") << message << "\n";
    return 1;
  };
  bool runsHarness = verifyOutput || benchOutput;
  if (!reportFilename.empty() && !runsHarness)
    return usageError("--report needs --verify or --bench");
  if (!searchLogFilename.empty() && !searchSchedules)
    return usageError("--search-log needs --search");
  if ((!searchModel.empty() || searchModelSamples.getNumOccurrences()) &&
      !searchSchedules)
    return usageError("--model and --model-samples need --search");
  if (searchModelSamples == 0)
    return usageError("--model-samples must be at least 1");
  if (runsHarness && outputFilename == "-")
    return usageError(llvm::Twine(benchOutput ? "--bench" : "--verify") +
                      " needs -o OUT (the kernel module to run)");
  if (searchSchedules) {
    if (runsHarness)
      return usageError("--search verifies and times every candidate itself; "
                        "drop --verify/--bench");
    if (emitKind != EmitKind::Triton)
      return usageError("--search writes a Triton module; drop --emit");
    if (outputFilename == "-")
      return usageError("--search needs -o OUT (where the chosen kernel goes)");
    return runSearch(argv[0]);
  }

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
  // Products too small for tl.dot tiles become reductions.
  {
    mlir::PassManager spm(&context);
    spm.addPass(py::createSmallMatmul());
    if (mlir::failed(spm.run(*irModule)))
      return 1;
  }

  // The schedule: knobs on each function, then (for --emit=schedule) the
  // kernels the back end forms, recorded on the IR.
  {
    std::string error;
    mlir::FailureOr<mlir::DictionaryAttr> knobs =
        parseScheduleKnobs(&context, scheduleKnobs, error);
    if (mlir::failed(knobs)) {
      llvm::WithColor::error(llvm::errs(), "py2triton")
          << "--schedule: " << error << "\n";
      return 1;
    }
    if (!knobs->empty())
      for (auto func : irModule->getOps<mlir::func::FuncOp>())
        func->setAttr(kScheduleAttr, *knobs);
  }
  if (emitKind == EmitKind::Schedule) {
    mlir::PassManager spm(&context);
    spm.addPass(createSchedulePass());
    if (mlir::failed(spm.run(*irModule)))
      return 1;
    return printIR();
  }

  TritonEmitterOptions emitOptions;
  emitOptions.source =
      sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())->getBuffer();
  std::string sourceName = llvm::sys::path::filename(inputFilename).str();
  emitOptions.sourceName = sourceName;
  if (mlir::failed(exportTriton(*irModule, os, emitOptions)))
    return 1;
  if (int rc = writeOutput(out))
    return rc;
  if (!runsHarness)
    return 0;
  return runHarness(inputFilename, outputFilename);
}
