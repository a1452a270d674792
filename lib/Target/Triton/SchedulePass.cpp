//===- SchedulePass.cpp - -py-schedule ---------------------------------------===//
//
// Sets each function's schedule knobs (the pass's `knobs` option, merged over
// knobs already in the IR) and records the schedule the Triton back end
// derives from them: kernel roots get `py.kernel`, every op computed inside a
// kernel `py.fused_into` (see Schedule.h). The kernel planner is the
// emitter's own (exportTriton in annotation mode), so what the IR shows is
// what `py2triton -o kernel.py` emits.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Target/Triton/Schedule.h"
#include "py2triton/Target/Triton/TritonEmitter.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace py2triton;

namespace {

struct SchedulePass : PassWrapper<SchedulePass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(SchedulePass)

  SchedulePass() = default;
  SchedulePass(const SchedulePass &other) : PassWrapper(other) {}
  explicit SchedulePass(std::string spec) { knobs = spec; }

  StringRef getArgument() const final { return "py-schedule"; }
  StringRef getDescription() const final {
    return "Choose and record the Triton kernel schedule (fusion, kernel "
           "kinds, block sizes, warps) on primitive py IR";
  }

  Option<std::string> knobs{*this, "knobs",
                            llvm::cl::desc("Schedule knobs: key=value,... "
                                           "(see Schedule.h)"),
                            llvm::cl::init("")};

  void runOnOperation() final {
    ModuleOp module = getOperation();
    std::string error;
    FailureOr<DictionaryAttr> parsed =
        parseScheduleKnobs(&getContext(), knobs, error);
    if (failed(parsed)) {
      module.emitError(error);
      return signalPassFailure();
    }
    for (func::FuncOp func : module.getOps<func::FuncOp>()) {
      NamedAttrList merged;
      if (auto old = func->getAttrOfType<DictionaryAttr>(kScheduleAttr))
        merged.append(old.getValue());
      for (NamedAttribute a : *parsed)
        merged.set(a.getName(), a.getValue());
      if (!merged.empty())
        func->setAttr(kScheduleAttr, merged.getDictionary(&getContext()));
    }
    TritonEmitterOptions options;
    options.sourceName = "<py-schedule>";
    options.annotate = true;
    std::string sink;
    llvm::raw_string_ostream os(sink);
    if (failed(exportTriton(module, os, options)))
      return signalPassFailure();
  }
};

} // namespace

std::unique_ptr<Pass> py2triton::createSchedulePass(std::string knobs) {
  return std::make_unique<SchedulePass>(std::move(knobs));
}

void py2triton::registerSchedulePass() { PassRegistration<SchedulePass>(); }
