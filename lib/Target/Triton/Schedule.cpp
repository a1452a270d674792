//===- Schedule.cpp - schedule knobs -----------------------------------------===//
//
// Parsing and checking of the `py.schedule` knob dictionaries (see
// Schedule.h for the keys).
//
//===----------------------------------------------------------------------===//

#include "py2triton/Target/Triton/Schedule.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace py2triton;

namespace {

enum class KnobKind { Bool, Int, Pow2, Tile, Reduction };

struct KnobInfo {
  llvm::StringLiteral name;
  KnobKind kind;
  int64_t lo, hi;
};

const KnobInfo kKnobs[] = {
    {"fuse", KnobKind::Bool, 0, 1},
    {"reduction", KnobKind::Reduction, 0, 0},
    {"num_warps", KnobKind::Pow2, 1, 32},
    {"num_stages", KnobKind::Int, 1, 8},
    {"block", KnobKind::Pow2, 16, 16384},
    {"row_block", KnobKind::Pow2, 16, 16384},
    {"matmul_tile", KnobKind::Tile, 16, 512},
    {"autotune", KnobKind::Bool, 0, 1},
    {"split_k", KnobKind::Int, 1, 64},
};

const KnobInfo *findKnob(StringRef name) {
  for (const KnobInfo &k : kKnobs)
    if (k.name == name)
      return &k;
  return nullptr;
}

std::string knobList() {
  std::string s;
  for (const KnobInfo &k : kKnobs)
    s += (s.empty() ? "" : ", ") + k.name.str();
  return s;
}

bool checkInt(const KnobInfo &k, int64_t v, std::string &error) {
  if (v < k.lo || v > k.hi ||
      (k.kind == KnobKind::Pow2 && !llvm::isPowerOf2_64(v))) {
    error = "schedule knob '" + k.name.str() + "' must be " +
            (k.kind == KnobKind::Pow2 ? "a power of two " : "an integer ") +
            "in [" + std::to_string(k.lo) + ", " + std::to_string(k.hi) +
            "], got " + std::to_string(v);
    return false;
  }
  return true;
}

bool checkTile(const KnobInfo &k, StringRef v, std::string &error) {
  SmallVector<StringRef> parts;
  v.split(parts, 'x');
  bool ok = parts.size() == 3;
  for (StringRef p : parts) {
    int64_t n;
    ok = ok && !p.getAsInteger(10, n) && n >= k.lo && n <= k.hi &&
         llvm::isPowerOf2_64(n);
  }
  if (!ok)
    error = "schedule knob 'matmul_tile' must be BMxBNxBK with powers of two "
            "in [16, 512], got '" + v.str() + "'";
  return ok;
}

} // namespace

FailureOr<DictionaryAttr> py2triton::parseScheduleKnobs(MLIRContext *context,
                                                        StringRef spec,
                                                        std::string &error) {
  Builder b(context);
  SmallVector<NamedAttribute> attrs;
  SmallVector<StringRef> items;
  spec.split(items, ',', -1, /*KeepEmpty=*/false);
  for (StringRef item : items) {
    item = item.trim();
    auto [key, value] = item.split('=');
    key = key.trim();
    value = value.trim();
    const KnobInfo *k = findKnob(key);
    if (!k) {
      error = "unknown schedule knob '" + key.str() + "' (known: " + knobList() + ")";
      return failure();
    }
    if (!item.contains('=') || value.empty()) {
      error = "schedule knob '" + key.str() + "' needs a value (" + key.str() + "=...)";
      return failure();
    }
    if (llvm::any_of(attrs, [&](NamedAttribute a) { return a.getName() == key; })) {
      error = "schedule knob '" + key.str() + "' given twice";
      return failure();
    }
    Attribute attr;
    switch (k->kind) {
    case KnobKind::Reduction:
      if (value != "auto" && value != "persistent" && value != "looped") {
        error = "schedule knob 'reduction' must be auto, persistent or looped, got '" +
                value.str() + "'";
        return failure();
      }
      attr = b.getStringAttr(value);
      break;
    case KnobKind::Tile:
      if (!checkTile(*k, value, error))
        return failure();
      attr = b.getStringAttr(value);
      break;
    default: {
      int64_t v;
      if (value.getAsInteger(10, v)) {
        error = "schedule knob '" + key.str() + "' needs an integer, got '" +
                value.str() + "'";
        return failure();
      }
      if (!checkInt(*k, v, error))
        return failure();
      attr = b.getI64IntegerAttr(v);
    }
    }
    attrs.push_back(b.getNamedAttr(key, attr));
  }
  return b.getDictionaryAttr(attrs);
}

LogicalResult py2triton::verifyScheduleKnobs(DictionaryAttr knobs,
                                             std::string &error) {
  for (NamedAttribute a : knobs) {
    const KnobInfo *k = findKnob(a.getName().getValue());
    if (!k) {
      error = "unknown schedule knob '" + a.getName().getValue().str() +
              "' (known: " + knobList() + ")";
      return failure();
    }
    if (k->kind == KnobKind::Reduction || k->kind == KnobKind::Tile) {
      auto s = dyn_cast<StringAttr>(a.getValue());
      if (!s) {
        error = "schedule knob '" + k->name.str() + "' must be a string";
        return failure();
      }
      if (k->kind == KnobKind::Tile && !checkTile(*k, s.getValue(), error))
        return failure();
      if (k->kind == KnobKind::Reduction &&
          !llvm::is_contained({"auto", "persistent", "looped"}, s.getValue())) {
        error = "schedule knob 'reduction' must be auto, persistent or looped";
        return failure();
      }
      continue;
    }
    auto i = dyn_cast<IntegerAttr>(a.getValue());
    if (!i) {
      error = "schedule knob '" + k->name.str() + "' must be an integer";
      return failure();
    }
    if (!checkInt(*k, i.getInt(), error))
      return failure();
  }
  return success();
}
