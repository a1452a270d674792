//===- Generate.cpp - py2triton-corpus generate ---------------------------===//
//
// Random programs over the op table (templates/corpus/ops.def), translated
// in-process. One program is a DAG of 1-8 nodes built by ProgramBuilder:
// every value carries its shape, an estimated value interval and whether it
// is exact (an input, or an exact-preserving op of inputs). Ops whose result
// interval would contain NaN or overflow fp16 get a guard node on their
// operand first (sigmoid, abs + c, tanh, clamp); ops that jump
// (rounding, thresholds, comparisons) only take exact operands, where torch
// and a kernel computing in fp32 agree. The program is then printed in one
// of several surface styles and compiled; the entry's test comes from
// templates/corpus/test_entry.py.in.
//
// Determinism: program i is built from its own RNG, seeded from (--seed, i),
// and entries are written in index order (the first --count that translate),
// so the output depends on neither --jobs nor scheduling.
//
//===----------------------------------------------------------------------===//

#include "Generate.h"

#include "py2triton/Dialect/Py/IR/PyDialect.h"
#include "py2triton/Dialect/Py/Transforms/Passes.h"
#include "py2triton/Frontend/Lexer.h"
#include "py2triton/Frontend/Parser.h"
#include "py2triton/MLIRGen/MLIRGen.h"
#include "py2triton/Target/Triton/TritonEmitter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

using namespace py2triton;
using namespace py2triton::corpus;
using llvm::StringRef;

namespace {

//===----------------------------------------------------------------------===//
// The op table
//===----------------------------------------------------------------------===//

enum Where : unsigned { T = 1, M = 2, F = 4 };
enum Flag : unsigned {
  DISCONT = 1,
  EXACT = 2,
  SCALAR_RHS = 4,
  DIM_REQUIRED = 8
};
enum class ReduceRange { SUM, MEAN, SAME, LSE, VAR, STD, NORM, INDEX };
enum class AlongRange { SOFTMAX, LOG_SOFTMAX, CUMSUM, CUMPROD };
enum class NormForm { LAYER, RMS, NORMALIZE, GROUP, BATCH, COSINE };
enum class LossForm { REGRESSION, BCE, BCE_LOGITS, CLASS, NLL, KL, TRIPLET };
enum class MatmulForm { MATMUL, MM, BMM, LINEAR };
enum class ViewForm { TRANSPOSE, PERMUTE, FLATTEN, UNSQUEEZE, RESHAPE };

struct UnaryRow {
  const char *name;
  unsigned where;
  int weight;
  unsigned flags;
  const char *kwargs;
  const char *module;
  double (*fn)(double);
};
struct BinaryRow {
  const char *name;
  unsigned where;
  int weight;
  unsigned flags;
  const char *op;
  const char *scalars;
  double (*fn)(double, double);
};
struct ReduceRow {
  const char *name;
  unsigned where;
  int weight;
  unsigned flags;
  const char *kwargs;
  ReduceRange range;
};
struct AlongRow {
  const char *name;
  unsigned where;
  int weight;
  const char *category;
  const char *module;
  AlongRange range;
};
struct NormRow {
  const char *name;
  int weight;
  NormForm form;
  const char *module;
};
struct LossRow {
  const char *name;
  int weight;
  LossForm form;
  const char *module;
  const char *kwargs;
};
struct MatmulRow {
  const char *name;
  int weight;
  MatmulForm form;
};
struct ViewRow {
  const char *name;
  int weight;
  ViewForm form;
};
struct PoolRow {
  const char *name;
  int weight;
  int spatial;
};
struct AttentionRow {
  const char *name;
  int weight;
  const char *kwargs;
};

// clang-format off
const UnaryRow kUnaryRows[] = {
#define CORPUS_UNARY(Name, Where, Weight, Flags, Kwargs, NNModule, Fn)          \
  {#Name, Where, Weight, Flags, Kwargs, NNModule,                              \
   [](double x) -> double { return Fn; }},
#include "ops.def"
};
const BinaryRow kBinaryRows[] = {
#define CORPUS_BINARY(Name, Where, Weight, Flags, Operator, Scalars, Fn)        \
  {#Name, Where, Weight, Flags, Operator, Scalars,                             \
   [](double a, double b) -> double { return Fn; }},
#include "ops.def"
};
const ReduceRow kReduceRows[] = {
#define CORPUS_REDUCE(Name, Where, Weight, Flags, Kwargs, Range)                \
  {#Name, Where, Weight, Flags, Kwargs, ReduceRange::Range},
#include "ops.def"
};
const AlongRow kAlongRows[] = {
#define CORPUS_ALONG(Name, Where, Weight, Category, NNModule, Range)            \
  {#Name, Where, Weight, Category, NNModule, AlongRange::Range},
#include "ops.def"
};
const NormRow kNormRows[] = {
#define CORPUS_NORM(Name, Weight, Form, NNModule) {#Name, Weight, NormForm::Form, NNModule},
#include "ops.def"
};
const LossRow kLossRows[] = {
#define CORPUS_LOSS(Name, Weight, Form, NNModule, Kwargs)                       \
  {#Name, Weight, LossForm::Form, NNModule, Kwargs},
#include "ops.def"
};
const MatmulRow kMatmulRows[] = {
#define CORPUS_MATMUL(Name, Weight, Form) {#Name, Weight, MatmulForm::Form},
#include "ops.def"
};
const ViewRow kViewRows[] = {
#define CORPUS_VIEW(Name, Weight, Form) {#Name, Weight, ViewForm::Form},
#include "ops.def"
};
const PoolRow kPoolRows[] = {
#define CORPUS_POOL(Name, Weight, SpatialDims) {#Name, Weight, SpatialDims},
#include "ops.def"
};
const AttentionRow kAttentionRows[] = {
#define CORPUS_ATTENTION(Name, Weight, Kwargs) {#Name, Weight, Kwargs},
#include "ops.def"
};
// clang-format on

/// The test skeleton (templates/corpus/test_entry.py.in), embedded by CMake.
const char kTestTemplate[] =
#include "TestTemplate.inc"
    ;

const UnaryRow &unaryRow(StringRef name) {
  for (const UnaryRow &r : kUnaryRows)
    if (name == r.name)
      return r;
  llvm::report_fatal_error("ops.def has no unary row '" + name + "'");
}
const BinaryRow &binaryRow(StringRef name) {
  for (const BinaryRow &r : kBinaryRows)
    if (name == r.name)
      return r;
  llvm::report_fatal_error("ops.def has no binary row '" + name + "'");
}

//===----------------------------------------------------------------------===//
// Random numbers (splitmix64: the same stream on every platform)
//===----------------------------------------------------------------------===//

uint64_t mix64(uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

class Rng {
public:
  explicit Rng(uint64_t seed) : state(seed) {}
  uint64_t next() { return mix64(state += 0x632be59bd9b4e019ULL); }
  uint64_t below(uint64_t n) { return n ? next() % n : 0; }
  /// Uniform in [lo, hi].
  int64_t range(int64_t lo, int64_t hi) {
    return lo + (int64_t)below(hi - lo + 1);
  }
  bool chance(double p) { return (double)(next() >> 11) * 0x1.0p-53 < p; }
  template <typename T>
  const T &pick(llvm::ArrayRef<T> v) {
    return v[below(v.size())];
  }
  template <typename Row>
  const Row &weighted(llvm::ArrayRef<Row> rows) {
    int total = 0;
    for (const Row &r : rows)
      total += r.weight;
    int x = (int)below(total);
    for (const Row &r : rows)
      if ((x -= r.weight) < 0)
        return r;
    return rows.back();
  }

private:
  uint64_t state;
};

//===----------------------------------------------------------------------===//
// Values, nodes, ranges
//===----------------------------------------------------------------------===//

using Shape = llvm::SmallVector<int64_t, 4>;

/// Largest magnitude a value may reach (fp16's max is 65504).
constexpr double kMaxMagnitude = 3.0e4;
/// Most elements of any tensor (interpreter runs stay fast).
constexpr int64_t kMaxElements = 6144;

enum class InputKind { Normal, Positive, Unit, Index };

struct Value {
  std::string name;
  Shape shape;
  bool isFloat = true;
  double lo = -4.5, hi = 4.5;
  bool exact = false;
  bool contiguous = true;
  bool isInput = false;
  InputKind kind = InputKind::Normal;
  int64_t classes = 0; // Index inputs: values in [0, classes)
  int uses = 0;
  /// The op that made it (for "is this already a log_softmax").
  std::string producer;
};

/// A Python expression: `atomic` ones (names, calls, attributes) need no
/// parentheses as an operand or a method receiver.
struct Expr {
  std::string text;
  bool atomic = true;
};

struct Node {
  std::string op;       // torch name
  std::string category; // elementwise, reduction, ...
  std::vector<int> operands;
  int result = -1;
  bool guard = false;
  std::function<Expr(llvm::ArrayRef<Expr>)> render;
  /// What the step that made this node added to the program (kept on the
  /// step's last node; dropped with it when the node is pruned).
  std::set<std::string> tags;
  std::vector<std::string> initLines;
  std::vector<int64_t> initArgDims;
};

int64_t numel(llvm::ArrayRef<int64_t> s) {
  int64_t n = 1;
  for (int64_t d : s)
    n *= d;
  return n;
}

bool validRange(double lo, double hi) {
  return std::isfinite(lo) && std::isfinite(hi) &&
         std::fabs(lo) <= kMaxMagnitude && std::fabs(hi) <= kMaxMagnitude;
}

/// The interval of fn over [lo, hi], sampled (0 and the ends included);
/// nullopt when a sample is NaN, infinite or too large.
std::optional<std::pair<double, double>> sampleUnary(double (*fn)(double),
                                                     double lo, double hi) {
  double mn = INFINITY, mx = -INFINITY;
  auto at = [&](double x) {
    double y = fn(x);
    if (!std::isfinite(y) || std::fabs(y) > kMaxMagnitude)
      return false;
    mn = std::min(mn, y);
    mx = std::max(mx, y);
    return true;
  };
  const int n = 48;
  for (int i = 0; i <= n; ++i)
    if (!at(lo + (hi - lo) * i / n))
      return std::nullopt;
  if (lo < 0 && hi > 0 && !at(0.0))
    return std::nullopt;
  return std::make_pair(mn, mx);
}

std::optional<std::pair<double, double>>
sampleBinary(double (*fn)(double, double), double alo, double ahi, double blo,
             double bhi) {
  double mn = INFINITY, mx = -INFINITY;
  llvm::SmallVector<double, 16> as, bs;
  const int n = 8;
  for (int i = 0; i <= n; ++i) {
    as.push_back(alo + (ahi - alo) * i / n);
    bs.push_back(blo + (bhi - blo) * i / n);
  }
  if (alo < 0 && ahi > 0)
    as.push_back(0.0);
  if (blo < 0 && bhi > 0)
    bs.push_back(0.0);
  for (double a : as)
    for (double b : bs) {
      double y = fn(a, b);
      if (!std::isfinite(y) || std::fabs(y) > kMaxMagnitude)
        return std::nullopt;
      mn = std::min(mn, y);
      mx = std::max(mx, y);
    }
  return std::make_pair(mn, mx);
}

/// Broadcast shape of a and b (torch rules), or nullopt.
std::optional<Shape> broadcast(llvm::ArrayRef<int64_t> a,
                               llvm::ArrayRef<int64_t> b) {
  size_t r = std::max(a.size(), b.size());
  Shape out(r, 1);
  for (size_t i = 0; i < r; ++i) {
    int64_t da = i < r - a.size() ? 1 : a[i - (r - a.size())];
    int64_t db = i < r - b.size() ? 1 : b[i - (r - b.size())];
    if (da != db && da != 1 && db != 1)
      return std::nullopt;
    out[i] = std::max(da, db);
  }
  return out;
}

std::string tupleText(llvm::ArrayRef<std::string> items) {
  if (items.size() == 1)
    return "(" + items[0] + ",)";
  return "(" + llvm::join(items, ", ") + ")";
}

std::string intsText(llvm::ArrayRef<int64_t> v) {
  llvm::SmallVector<std::string> items;
  for (int64_t x : v)
    items.push_back(std::to_string(x));
  return tupleText(items);
}

/// "a=1|2,!b=x" -> [(required, name, [values])].
struct KwargSpec {
  bool required;
  std::string name;
  llvm::SmallVector<std::string, 4> values;
};
llvm::SmallVector<KwargSpec, 4> parseKwargs(StringRef text) {
  llvm::SmallVector<KwargSpec, 4> out;
  llvm::SmallVector<StringRef, 4> parts;
  text.split(parts, ',', -1, false);
  for (StringRef p : parts) {
    KwargSpec k;
    k.required = p.consume_front("!");
    auto [name, values] = p.split('=');
    k.name = name.trim().str();
    llvm::SmallVector<StringRef, 4> vs;
    values.split(vs, '|', -1, false);
    for (StringRef v : vs)
      k.values.push_back(v.trim().str());
    out.push_back(std::move(k));
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Program builder
//===----------------------------------------------------------------------===//

const int64_t kSizes[] = {3,  5,  6,   7,   9,   10,  11,  12, 13, 14,
                          15, 17, 19,  21,  23,  24,  25,  27, 29, 31,
                          33, 37, 41,  45,  47,  51,  57,  63, 67, 75,
                          83, 97, 101, 127, 131, 255, 257, 513};

enum class CallStyle { Torch, Method, Functional };

class ProgramBuilder {
public:
  explicit ProgramBuilder(uint64_t seed) : rng(seed) {}

  /// Builds a program; false if no valid program came out (rare).
  bool build();
  /// The Python source (after build()).
  std::string source() const { return sourceText; }

  Rng rng;
  std::vector<Value> values;
  std::vector<Node> nodes;
  std::vector<int> inputs;
  std::vector<int> outputs;
  bool modelStyle = false, nested = false, keywordArgs = false,
       initArgs = false;
  CallStyle callStyle = CallStyle::Torch;
  std::string primaryDtype;
  std::vector<std::string> dtypes;
  int rank = 2;
  Shape baseShape;
  std::set<std::string> tags;
  int64_t maxReduceLength = 0;
  std::string functionName;
  /// Model style: `self.<name> = <ctor>` lines and the dims they name.
  std::vector<std::string> initLines;
  std::map<int64_t, std::string> dimNames;
  std::vector<int64_t> initArgDims;
  std::string sourceText;
  std::set<std::string> usedNames;

private:
  // Naming.
  std::string freshName(llvm::ArrayRef<const char *> pool);
  std::string tempName(StringRef op);
  std::string dimName(int64_t value, llvm::ArrayRef<const char *> pool);
  std::string dimText(int64_t value, llvm::ArrayRef<const char *> pool = {});
  int tempScheme = 0;

  // Values.
  int newInput(Shape shape, InputKind kind, llvm::ArrayRef<const char *> pool);
  int newValue(const Value &proto);
  int pickOperand(const std::function<bool(const Value &)> &ok,
                  double freshChance = 0.12);
  int addNode(Node node, Value result);
  Shape randomShape(int r, int64_t budget);
  Shape broadcastShapeFor(llvm::ArrayRef<int64_t> s);

  // Surface choices.
  CallStyle styleFor(unsigned where);
  bool kw() { return rng.chance(keywordArgs ? 0.8 : 0.2); }
  std::string dimArg(int64_t dim, int64_t r) {
    return std::to_string(rng.chance(0.5) && dim == r - 1 ? (int64_t)-1
                          : rng.chance(0.3)               ? dim - r
                                                          : dim);
  }
  std::string moduleAttr(StringRef base);

  // Ops.
  int addUnary(const UnaryRow &row, int v, bool guard = false,
               std::optional<std::vector<std::pair<std::string, std::string>>>
                   kwargs = {});
  int addBinaryScalar(const BinaryRow &row, int a, const std::string &scalar,
                      bool guard);
  int guardFor(int v, const std::function<bool(double, double)> &ok);
  bool tryUnary();
  bool tryBinary();
  bool tryWhere();
  bool tryReduce();
  bool tryAlong();
  bool tryNorm();
  bool tryLoss();
  bool tryMatmul();
  bool tryView();
  bool tryPool();
  bool tryAttention();
  void render();
  void prune(int keep);
};

std::string ProgramBuilder::freshName(llvm::ArrayRef<const char *> pool) {
  for (int attempt = 0; attempt < 4; ++attempt) {
    std::string n = rng.pick(pool);
    if (usedNames.insert(n).second)
      return n;
  }
  std::string base = rng.pick(pool);
  for (int i = 1;; ++i) {
    std::string n = base + std::to_string(i);
    if (usedNames.insert(n).second)
      return n;
  }
}

std::string ProgramBuilder::tempName(StringRef op) {
  static const char *const kLetters[] = {"y", "z", "h", "u", "w",
                                         "s", "r", "g", "p", "q"};
  static const char *const kWords[] = {"out", "tmp", "res",    "acc",
                                       "val", "act", "hidden", "feat"};
  switch (tempScheme) {
  case 0: {
    for (int i = 0;; ++i) {
      std::string n = "t" + std::to_string(i);
      if (usedNames.insert(n).second)
        return n;
    }
  }
  case 1:
    return freshName(kLetters);
  case 2:
    return freshName(kWords);
  default: {
    std::string base = op.str();
    if (base.size() > 10)
      base = base.substr(0, 10);
    while (!base.empty() && base.back() == '_')
      base.pop_back();
    const char *pool[] = {base.c_str()};
    return freshName(pool);
  }
  }
}

std::string ProgramBuilder::dimName(int64_t value,
                                    llvm::ArrayRef<const char *> pool) {
  auto it = dimNames.find(value);
  if (it != dimNames.end())
    return it->second;
  static const char *const kGeneric[] = {"dim",   "size",   "features",
                                         "width", "length", "extent"};
  std::string n =
      freshName(pool.empty() ? llvm::ArrayRef<const char *>(kGeneric) : pool);
  dimNames[value] = n;
  return n;
}

/// A dim in Model-style code: its module-level constant; else the literal.
std::string ProgramBuilder::dimText(int64_t value,
                                    llvm::ArrayRef<const char *> pool) {
  if (!modelStyle)
    return std::to_string(value);
  return dimName(value, pool);
}

int ProgramBuilder::newValue(const Value &proto) {
  values.push_back(proto);
  return (int)values.size() - 1;
}

int ProgramBuilder::newInput(Shape shape, InputKind kind,
                             llvm::ArrayRef<const char *> pool) {
  static const char *const kFirst[] = {"x", "inp", "a",   "data", "feats",
                                       "h", "src", "act", "z",    "xs"};
  static const char *const kOther[] = {
      "y", "b", "other", "w", "scale", "residual", "gate", "bias", "c", "m"};
  Value v;
  v.name = freshName(!pool.empty()    ? pool
                     : inputs.empty() ? llvm::ArrayRef<const char *>(kFirst)
                                      : llvm::ArrayRef<const char *>(kOther));
  v.shape = std::move(shape);
  v.isInput = true;
  v.exact = true;
  v.kind = kind;
  switch (kind) {
  case InputKind::Normal:
    v.lo = -4.5, v.hi = 4.5;
    break;
  case InputKind::Positive:
    v.lo = 0.1, v.hi = 2.1;
    break;
  case InputKind::Unit:
    v.lo = 0.01, v.hi = 0.99;
    break;
  case InputKind::Index:
    v.isFloat = false;
    v.lo = 0, v.hi = 0;
    break;
  }
  int id = newValue(v);
  inputs.push_back(id);
  return id;
}

int ProgramBuilder::addNode(Node node, Value result) {
  for (int o : node.operands)
    ++values[o].uses;
  if (result.name.empty())
    result.name = tempName(node.op);
  result.producer = node.op;
  int id = newValue(result);
  node.result = id;
  nodes.push_back(std::move(node));
  return id;
}

Shape ProgramBuilder::randomShape(int r, int64_t budget) {
  // Distinct dims (their Model-style constants get distinct names), each
  // drawn below what the remaining budget allows.
  Shape s;
  int64_t used = 1;
  for (int i = 0; i < r; ++i) {
    double room = std::pow((double)budget / used, 1.0 / (r - i));
    llvm::SmallVector<int64_t> cands;
    for (int64_t d : kSizes)
      if (d <= room * 1.6 && used * d * std::pow(3.0, r - i - 1) <= budget &&
          !llvm::is_contained(s, d))
        cands.push_back(d);
    int64_t d =
        cands.empty() ? 3 + i : rng.pick(llvm::ArrayRef<int64_t>(cands));
    s.push_back(d);
    used *= d;
  }
  return s;
}

Shape ProgramBuilder::broadcastShapeFor(llvm::ArrayRef<int64_t> s) {
  Shape out(s.begin(), s.end());
  if (s.empty())
    return out;
  switch (rng.below(4)) {
  case 0:
    return out; // same shape
  case 1:       // trailing dims (a bias)
    return Shape(s.end() - rng.range(1, s.size()), s.end());
  case 2: // some dims 1
    for (int64_t &d : out)
      if (rng.chance(0.5))
        d = 1;
    return out;
  default: // keepdim-style: last dim 1 or first dims 1
    if (rng.chance(0.5))
      out.back() = 1;
    else
      out.front() = 1;
    return out;
  }
}

/// Picks an existing value satisfying `ok` (an older unused one, the newest,
/// any; now and then an input already read, so that inputs are shared), or
/// -1: the caller makes a new input.
int ProgramBuilder::pickOperand(const std::function<bool(const Value &)> &ok,
                                double freshChance) {
  std::vector<int> cands, unused, usedInputs;
  for (int i = 0; i < (int)values.size(); ++i) {
    const Value &v = values[i];
    if (!ok(v))
      continue;
    if (v.isInput) {
      if (v.uses > 0)
        usedInputs.push_back(i);
      continue;
    }
    cands.push_back(i);
    if (v.uses == 0)
      unused.push_back(i);
  }
  if (!usedInputs.empty() && rng.chance(cands.empty() ? 0.6 : 0.1))
    return rng.pick(llvm::ArrayRef<int>(usedInputs));
  if (cands.empty() || rng.chance(freshChance))
    return -1;
  // An older value nobody reads yet: using it keeps the outputs few.
  int newest = (int)values.size() - 1;
  if (unused.size() > 1 || (unused.size() == 1 && unused[0] != newest))
    if (rng.chance(0.5)) {
      llvm::erase(unused, newest);
      return rng.pick(llvm::ArrayRef<int>(unused));
    }
  if (!values.back().isInput && ok(values.back()) && rng.chance(0.7))
    return newest;
  if (!unused.empty() && rng.chance(0.7))
    return rng.pick(llvm::ArrayRef<int>(unused));
  return rng.pick(llvm::ArrayRef<int>(cands));
}

CallStyle ProgramBuilder::styleFor(unsigned where) {
  llvm::SmallVector<CallStyle, 3> options;
  if (where & T)
    options.push_back(CallStyle::Torch);
  if (where & M)
    options.push_back(CallStyle::Method);
  if (where & F)
    options.push_back(CallStyle::Functional);
  if (llvm::is_contained(options, callStyle) && rng.chance(0.7))
    return callStyle;
  return rng.pick(llvm::ArrayRef<CallStyle>(options));
}

std::string ProgramBuilder::moduleAttr(StringRef base) {
  std::string n = base.str();
  for (int i = 2; !usedNames.insert("self." + n).second; ++i)
    n = base.str() + std::to_string(i);
  return n;
}

std::string callText(StringRef fn, llvm::ArrayRef<std::string> args) {
  return (fn + "(" + llvm::join(args, ", ") + ")").str();
}

std::string receiver(const Expr &e) {
  return e.atomic ? e.text : "(" + e.text + ")";
}

//===----------------------------------------------------------------------===//
// Unary and binary elementwise
//===----------------------------------------------------------------------===//

int ProgramBuilder::addUnary(
    const UnaryRow &row, int v, bool guard,
    std::optional<std::vector<std::pair<std::string, std::string>>> kwargs) {
  const Value &in = values[v];
  // Keyword arguments: required ones always, optional ones at random.
  std::vector<std::pair<std::string, std::string>> args;
  if (kwargs)
    args = *kwargs;
  else
    for (const KwargSpec &k : parseKwargs(row.kwargs))
      if (k.required || rng.chance(0.5))
        args.push_back(
            {k.name, rng.pick(llvm::ArrayRef<std::string>(k.values))});
  auto range = sampleUnary(row.fn, in.lo, in.hi);
  double lo = range ? range->first : in.lo, hi = range ? range->second : in.hi;
  if (StringRef(row.name) == "clamp") {
    lo = in.lo, hi = in.hi;
    for (auto &[k, val] : args) {
      double c = std::stod(val);
      if (k == "min")
        lo = std::max(lo, c), hi = std::max(hi, c);
      else
        hi = std::min(hi, c), lo = std::min(lo, c);
    }
  }
  bool useModule = modelStyle && *row.module && !guard && rng.chance(0.4);
  CallStyle style = styleFor(row.where);
  bool kwStyle = kw();
  std::string name = row.name;
  std::string attr;
  if (useModule) {
    attr = moduleAttr(StringRef(row.module).lower());
    llvm::SmallVector<std::string> ctor;
    for (auto &[k, val] : args)
      ctor.push_back(k + "=" + val);
    initLines.push_back("self." + attr + " = nn." + row.module + "(" +
                        llvm::join(ctor, ", ") + ")");
    tags.insert("nn_module");
  } else {
    tags.insert(style == CallStyle::Method  ? "method"
                : style == CallStyle::Torch ? "torch_fn"
                                            : "functional");
  }
  Node node;
  node.op = name;
  node.category = "elementwise";
  node.operands = {v};
  node.guard = guard;
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    if (useModule)
      return {"self." + attr + "(" + ops[0].text + ")", true};
    llvm::SmallVector<std::string> a;
    // Optional arguments by keyword (their position is not known here).
    for (size_t i = 0; i < args.size(); ++i)
      a.push_back(args[i].first + "=" + args[i].second);
    // clamp(x, -1.0, 1.0): positional only when both bounds are given in order.
    if (name == "clamp" && !kwStyle && args.size() == 2 &&
        args[0].first == "min")
      a = {args[0].second, args[1].second};
    else if (name == "clamp" || name == "threshold")
      for (size_t i = 0; i < args.size(); ++i)
        a[i] = name == "threshold" && !kwStyle
                   ? args[i].second
                   : args[i].first + "=" + args[i].second;
    if (style == CallStyle::Method)
      return {callText(receiver(ops[0]) + "." + name, a), true};
    a.insert(a.begin(), ops[0].text);
    return {callText((style == CallStyle::Torch ? "torch." : "F.") + name, a),
            true};
  };
  Value out;
  out.shape = in.shape;
  out.lo = lo, out.hi = hi;
  out.exact = in.exact && (row.flags & EXACT);
  return addNode(std::move(node), out);
}

int ProgramBuilder::addBinaryScalar(const BinaryRow &row, int a,
                                    const std::string &scalar, bool guard) {
  const Value &in = values[a];
  double c = std::stod(scalar);
  auto range = sampleBinary(row.fn, in.lo, in.hi, c, c);
  bool useOp =
      *row.op && rng.chance(callStyle == CallStyle::Torch ? 0.4 : 0.75);
  CallStyle style = styleFor(row.where & (T | M));
  std::string name = row.name, op = row.op;
  Node node;
  node.op = name;
  node.category = "elementwise";
  node.operands = {a};
  node.guard = guard;
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    if (useOp)
      return {receiver(ops[0]) + " " + op + " " + scalar, false};
    if (style == CallStyle::Method)
      return {receiver(ops[0]) + "." + name + "(" + scalar + ")", true};
    return {"torch." + name + "(" + ops[0].text + ", " + scalar + ")", true};
  };
  tags.insert("scalar_operand");
  Value out;
  out.shape = in.shape;
  out.lo = range ? range->first : in.lo;
  out.hi = range ? range->second : in.hi;
  out.exact = in.exact && (row.flags & EXACT);
  return addNode(std::move(node), out);
}

/// Wraps value v in guard ops so that ok(lo, hi) holds for the result;
/// returns the guarded value or -1.
int ProgramBuilder::guardFor(int v,
                             const std::function<bool(double, double)> &ok) {
  double lo = values[v].lo, hi = values[v].hi;
  auto sig = [](double x) { return 1.0 / (1.0 + std::exp(-x)); };
  double maxAbs = std::max(std::fabs(lo), std::fabs(hi));
  double minAbs =
      lo <= 0 && hi >= 0 ? 0.0 : std::min(std::fabs(lo), std::fabs(hi));
  int order[4] = {0, 1, 2, 3};
  for (int i = 3; i > 0; --i)
    std::swap(order[i], order[rng.below(i + 1)]);
  for (int g : order) {
    switch (g) {
    case 0:
      if (ok(sig(lo), sig(hi)) && sig(lo) > 1e-3)
        return addUnary(unaryRow("sigmoid"), v, true);
      break;
    case 1: {
      std::string c = rng.chance(0.5) ? "1.0" : "0.5";
      double cv = std::stod(c);
      if (ok(minAbs + cv, maxAbs + cv)) {
        int a = addUnary(unaryRow("abs"), v, true);
        return addBinaryScalar(binaryRow("add"), a, c, true);
      }
      break;
    }
    case 2:
      if (ok(std::tanh(lo), std::tanh(hi)))
        return addUnary(unaryRow("tanh"), v, true);
      break;
    default:
      if (ok(std::max(lo, 0.1), std::max(std::min(hi, 3.0), 0.1)))
        return addUnary(unaryRow("clamp"), v, true,
                        std::vector<std::pair<std::string, std::string>>{
                            {"min", "0.1"}, {"max", "3.0"}});
      break;
    }
  }
  return -1;
}

bool ProgramBuilder::tryUnary() {
  const UnaryRow &row = rng.weighted(llvm::ArrayRef<UnaryRow>(kUnaryRows));
  bool discont = row.flags & DISCONT;
  int v = pickOperand(
      [&](const Value &v) { return v.isFloat && (!discont || v.exact); });
  if (v < 0)
    v = newInput(baseShape, InputKind::Normal, {});
  auto fits = [&](double lo, double hi) {
    return (bool)sampleUnary(row.fn, lo, hi);
  };
  if (!fits(values[v].lo, values[v].hi)) {
    if (discont)
      return false;
    v = guardFor(v, fits);
    if (v < 0)
      return false;
  }
  addUnary(row, v);
  return true;
}

bool ProgramBuilder::tryBinary() {
  const BinaryRow &row = rng.weighted(llvm::ArrayRef<BinaryRow>(kBinaryRows));
  bool discont = row.flags & DISCONT;
  int a = pickOperand(
      [&](const Value &v) { return v.isFloat && (!discont || v.exact); });
  if (a < 0)
    a = newInput(baseShape, InputKind::Normal, {});
  llvm::SmallVector<StringRef, 4> scalars;
  StringRef(row.scalars).split(scalars, '|', -1, false);
  bool useScalar =
      !scalars.empty() &&
      ((row.flags & SCALAR_RHS) || values[a].shape.empty() || rng.chance(0.3));
  if (useScalar) {
    std::string s = rng.pick(llvm::ArrayRef<StringRef>(scalars)).str();
    double c = std::stod(s);
    auto fits = [&](double lo, double hi) {
      return (bool)sampleBinary(row.fn, lo, hi, c, c);
    };
    if (!fits(values[a].lo, values[a].hi)) {
      if (discont)
        return false;
      a = guardFor(a, fits);
      if (a < 0)
        return false;
    }
    addBinaryScalar(row, a, s, false);
    return true;
  }
  // A tensor right operand: an existing broadcast-compatible value or a new
  // input of a broadcastable shape.
  Shape as = values[a].shape;
  int b = pickOperand(
      [&](const Value &v) {
        std::optional<Shape> s = broadcast(as, v.shape);
        return &v != &values[a] && v.isFloat && (!discont || v.exact) && s &&
               numel(*s) <= kMaxElements;
      },
      0.45);
  if (b < 0) {
    if (as.empty())
      return false;
    b = newInput(broadcastShapeFor(as), InputKind::Normal, {});
  }
  auto fitsB = [&](double lo, double hi) {
    return (bool)sampleBinary(row.fn, values[a].lo, values[a].hi, lo, hi);
  };
  if (!fitsB(values[b].lo, values[b].hi)) {
    if (discont)
      return false;
    // Division: keep the divisor away from zero; otherwise guard the left.
    int g = guardFor(b, fitsB);
    if (g < 0) {
      double blo = values[b].lo, bhi = values[b].hi;
      int ga = guardFor(a, [&](double lo, double hi) {
        return (bool)sampleBinary(row.fn, lo, hi, blo, bhi);
      });
      if (ga < 0)
        return false;
      a = ga;
    } else {
      b = g;
    }
  }
  const Value &va = values[a], &vb = values[b];
  Shape out = *broadcast(va.shape, vb.shape);
  if (va.shape != vb.shape)
    tags.insert("broadcast");
  auto range = sampleBinary(row.fn, va.lo, va.hi, vb.lo, vb.hi);
  bool useOp =
      *row.op && rng.chance(callStyle == CallStyle::Torch ? 0.4 : 0.75);
  CallStyle style = styleFor(row.where & (T | M));
  std::string name = row.name, op = row.op;
  if (useOp)
    tags.insert("operator");
  Node node;
  node.op = name;
  node.category = "elementwise";
  node.operands = {a, b};
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    if (useOp)
      return {receiver(ops[0]) + " " + op + " " + receiver(ops[1]), false};
    if (style == CallStyle::Method)
      return {receiver(ops[0]) + "." + name + "(" + ops[1].text + ")", true};
    return {"torch." + name + "(" + ops[0].text + ", " + ops[1].text + ")",
            true};
  };
  Value r;
  r.shape = out;
  r.lo = range ? range->first : -1, r.hi = range ? range->second : 1;
  r.exact = va.exact && vb.exact && (row.flags & EXACT);
  addNode(std::move(node), r);
  return true;
}

bool ProgramBuilder::tryWhere() {
  int a =
      pickOperand([](const Value &v) { return v.isFloat && !v.shape.empty(); });
  if (a < 0)
    a = newInput(baseShape, InputKind::Normal, {});
  Shape as = values[a].shape;
  // The condition compares an exact value (exactly the same on both sides).
  int c = -1;
  for (int id : inputs)
    if (values[id].isFloat && values[id].exact &&
        broadcast(as, values[id].shape) &&
        numel(*broadcast(as, values[id].shape)) <= kMaxElements &&
        rng.chance(0.6)) {
      c = id;
      break;
    }
  if (c < 0)
    c = newInput(broadcastShapeFor(as), InputKind::Normal,
                 {"mask_src", "cond", "sel", "m"});
  static const char *const kCmp[] = {">", "<", ">=", "<="};
  static const char *const kThresholds[] = {"0.0", "0.5", "-0.5", "0"};
  std::string cmp = rng.pick(llvm::ArrayRef<const char *>(kCmp));
  std::string thr = rng.pick(llvm::ArrayRef<const char *>(kThresholds));
  bool maskedFill = rng.chance(0.3);
  int b = -1;
  std::string fill = rng.chance(0.5) ? "0.0" : "-1.0";
  if (!maskedFill && rng.chance(0.5)) {
    // b broadcasts with both a and the condition.
    Shape cs = *broadcast(as, values[c].shape);
    b = pickOperand(
        [&](const Value &v) {
          std::optional<Shape> s = broadcast(cs, v.shape);
          return &v != &values[a] && v.isFloat && s &&
                 numel(*s) <= kMaxElements;
        },
        0.5);
    if (b < 0)
      b = newInput(broadcastShapeFor(as), InputKind::Normal, {});
    if (!broadcast(cs, values[b].shape))
      return false;
  }
  Node node;
  node.op = maskedFill ? "masked_fill" : "where";
  node.category = "elementwise";
  node.operands = {c, a};
  if (b >= 0)
    node.operands.push_back(b);
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    std::string cond = receiver(ops[0]) + " " + cmp + " " + thr;
    if (maskedFill)
      return {receiver(ops[1]) + ".masked_fill(" + cond + ", " + fill + ")",
              true};
    return {"torch.where(" + cond + ", " + ops[1].text + ", " +
                (ops.size() > 2 ? ops[2].text : fill) + ")",
            true};
  };
  Value r;
  Shape s = *broadcast(as, values[c].shape);
  double lo = std::min(values[a].lo, -1.0), hi = std::max(values[a].hi, 0.0);
  if (b >= 0) {
    s = *broadcast(s, values[b].shape);
    lo = std::min(values[a].lo, values[b].lo),
    hi = std::max(values[a].hi, values[b].hi);
  }
  if (numel(s) > kMaxElements)
    return false;
  r.shape = s;
  r.lo = lo, r.hi = hi;
  if (s != as)
    tags.insert("broadcast");
  addNode(std::move(node), r);
  return true;
}

//===----------------------------------------------------------------------===//
// Reductions, ops along a dim
//===----------------------------------------------------------------------===//

bool ProgramBuilder::tryReduce() {
  const ReduceRow &row = rng.weighted(llvm::ArrayRef<ReduceRow>(kReduceRows));
  bool isIndex = row.range == ReduceRange::INDEX;
  int v = pickOperand([&](const Value &v) {
    return v.isFloat && !v.shape.empty() && (!isIndex || v.exact);
  });
  if (v < 0)
    v = newInput(baseShape, InputKind::Normal, {});
  const Value in = values[v];
  int64_t r = in.shape.size();
  // Dims: all (no dim argument), one, or several.
  std::vector<int64_t> dims;
  unsigned mode = rng.below(10);
  bool full = (mode < 2 || r == 1) && !(row.flags & DIM_REQUIRED);
  if (!full) {
    if (mode < 8 || r == 1 || isIndex || row.range == ReduceRange::NORM) {
      dims.push_back(rng.chance(0.5) ? r - 1 : (int64_t)rng.below(r));
    } else {
      for (int64_t d = 0; d < r; ++d)
        if (rng.chance(0.5))
          dims.push_back(d);
      if (dims.empty() || (int64_t)dims.size() == r)
        dims = {0, r - 1};
    }
  }
  int64_t n = 1;
  for (int64_t d = 0; d < r; ++d)
    if (full || llvm::is_contained(dims, d))
      n *= in.shape[d];
  if (n < 2)
    return false;
  std::vector<std::pair<std::string, std::string>> kwargs;
  for (const KwargSpec &k : parseKwargs(row.kwargs))
    if (k.required || rng.chance(0.5))
      kwargs.push_back(
          {k.name, rng.pick(llvm::ArrayRef<std::string>(k.values))});
  bool keepdim = !full && rng.chance(0.35);
  if (keepdim)
    tags.insert("keepdim");
  if (full)
    tags.insert("full_reduction");
  else if (dims.size() > 1)
    tags.insert("multi_dim_reduction");
  if (!full && !(dims.size() == 1 && dims[0] == r - 1))
    tags.insert("non_last_dim");
  maxReduceLength = std::max(maxReduceLength, n);
  // Range.
  double lo = in.lo, hi = in.hi, c = (lo + hi) / 2, w = (hi - lo) / 2;
  double sq = std::sqrt((double)n),
         maxAbs = std::max(std::fabs(lo), std::fabs(hi));
  double p = 2;
  for (auto &[k, val] : kwargs)
    if (k == "p")
      p = std::stod(val);
  switch (row.range) {
  case ReduceRange::SUM:
    lo = std::max(n * in.lo, n * c - 2 * w * sq),
    hi = std::min(n * in.hi, n * c + 2 * w * sq);
    break;
  case ReduceRange::MEAN:
    break;
  case ReduceRange::SAME:
    break;
  case ReduceRange::LSE:
    hi = hi + std::log((double)n);
    break;
  case ReduceRange::VAR:
    lo = 0, hi = w * w * 1.5;
    break;
  case ReduceRange::STD:
    lo = 0, hi = w * 1.3;
    break;
  case ReduceRange::NORM:
    lo = 0, hi = p == 1 ? maxAbs * n : maxAbs * sq * 1.5;
    break;
  case ReduceRange::INDEX:
    lo = 0, hi = (double)n;
    break;
  }
  if (!validRange(lo, hi))
    return false;
  CallStyle style = styleFor(row.where & (T | M));
  bool kwStyle = kw();
  std::string name = row.name;
  Shape outShape;
  for (int64_t d = 0; d < r; ++d) {
    if (full || llvm::is_contained(dims, d)) {
      if (keepdim)
        outShape.push_back(1);
    } else {
      outShape.push_back(in.shape[d]);
    }
  }
  std::vector<std::string> dimTexts;
  for (int64_t d : dims)
    dimTexts.push_back(dimArg(d, r));
  Node node;
  node.op = name;
  node.category = "reduction";
  node.operands = {v};
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    llvm::SmallVector<std::string> a;
    if (!dimTexts.empty()) {
      std::string d = dimTexts.size() == 1 ? dimTexts[0] : tupleText(dimTexts);
      a.push_back(kwStyle || name == "norm" ? "dim=" + d : d);
    }
    if (keepdim)
      a.push_back("keepdim=True");
    for (auto &[k, val] : kwargs)
      a.push_back(k + "=" + val);
    if (style == CallStyle::Method)
      return {callText(receiver(ops[0]) + "." + name, a), true};
    a.insert(a.begin(), ops[0].text);
    return {callText("torch." + name, a), true};
  };
  Value out;
  out.shape = outShape;
  out.lo = lo, out.hi = hi;
  out.isFloat = !isIndex;
  out.exact = isIndex || ((row.range == ReduceRange::SAME) && in.exact);
  addNode(std::move(node), out);
  return true;
}

bool ProgramBuilder::tryAlong() {
  const AlongRow &row = rng.weighted(llvm::ArrayRef<AlongRow>(kAlongRows));
  int v = pickOperand([&](const Value &v) {
    return v.isFloat && llvm::any_of(v.shape, [](int64_t d) { return d >= 2; });
  });
  if (v < 0)
    v = newInput(baseShape, InputKind::Normal, {});
  int64_t r = values[v].shape.size();
  llvm::SmallVector<int64_t> dims; // dims of size >= 2 (softmax over 1 is 1)
  for (int64_t d = 0; d < r; ++d)
    if (values[v].shape[d] >= 2)
      dims.push_back(d);
  if (dims.empty())
    return false;
  int64_t dim =
      rng.chance(0.6) ? dims.back() : rng.pick(llvm::ArrayRef<int64_t>(dims));
  int64_t n = values[v].shape[dim];
  if (dim != r - 1)
    tags.insert("non_last_dim");
  double lo = values[v].lo, hi = values[v].hi;
  switch (row.range) {
  case AlongRange::SOFTMAX:
    lo = 0, hi = 1;
    break;
  case AlongRange::LOG_SOFTMAX:
    lo = -(hi - lo) - std::log((double)n), hi = 0;
    break;
  case AlongRange::CUMSUM: {
    double c = (lo + hi) / 2, w = (hi - lo) / 2, sq = std::sqrt((double)n);
    lo = std::min(lo, std::max(n * lo, n * c - 2 * w * sq));
    hi = std::max(hi, std::min(n * hi, n * c + 2 * w * sq));
    maxReduceLength = std::max(maxReduceLength, n);
    break;
  }
  case AlongRange::CUMPROD: {
    if (n > 64)
      return false;
    auto fits = [&](double lo, double hi) {
      double m = std::max({std::fabs(lo), std::fabs(hi), 1.0});
      return std::pow(m, (double)n) <= kMaxMagnitude;
    };
    if (!fits(lo, hi)) {
      v = guardFor(v, fits);
      if (v < 0)
        return false;
    }
    double m =
        std::max({std::fabs(values[v].lo), std::fabs(values[v].hi), 1.0});
    lo = values[v].lo >= 0 ? 0 : -std::pow(m, (double)n),
    hi = std::pow(m, (double)n);
    break;
  }
  }
  bool useModule = modelStyle && *row.module && rng.chance(0.4);
  CallStyle style = styleFor(row.where);
  bool kwStyle = kw();
  std::string name = row.name, attr, d = dimArg(dim, r);
  if (useModule) {
    attr = moduleAttr(StringRef(row.module).lower());
    initLines.push_back("self." + attr + " = nn." + row.module + "(dim=" + d +
                        ")");
    tags.insert("nn_module");
  }
  Node node;
  node.op = name;
  node.category = row.category;
  node.operands = {v};
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    if (useModule)
      return {"self." + attr + "(" + ops[0].text + ")", true};
    std::string darg = kwStyle ? "dim=" + d : d;
    if (style == CallStyle::Method)
      return {receiver(ops[0]) + "." + name + "(" + darg + ")", true};
    return {(style == CallStyle::Torch ? "torch." : "F.") + name + "(" +
                ops[0].text + ", " + darg + ")",
            true};
  };
  Value out;
  out.shape = values[v].shape;
  out.lo = lo, out.hi = hi;
  if (!validRange(lo, hi))
    return false;
  addNode(std::move(node), out);
  return true;
}

//===----------------------------------------------------------------------===//
// Norms, losses
//===----------------------------------------------------------------------===//

bool ProgramBuilder::tryNorm() {
  const NormRow &row = rng.weighted(llvm::ArrayRef<NormRow>(kNormRows));
  NormForm form = row.form;
  size_t minRank = form == NormForm::GROUP || form == NormForm::BATCH ? 2 : 1;
  int v = pickOperand([&](const Value &v) {
    return v.isFloat && v.shape.size() >= minRank && v.shape.size() <= 4;
  });
  if (v < 0) {
    if (baseShape.size() < minRank)
      return false;
    v = newInput(baseShape, InputKind::Normal, {});
  }
  Shape s = values[v].shape;
  int64_t r = s.size();
  std::string name = row.name, eps;
  if (rng.chance(0.3))
    eps = rng.chance(0.5) ? "1e-5" : "1e-6";
  Node node;
  node.op = name;
  node.category = "normalization";
  node.operands = {v};
  Value out;
  out.shape = s;
  out.lo = -5, out.hi = 5;
  bool kwStyle = kw();
  switch (form) {
  case NormForm::LAYER:
  case NormForm::RMS: {
    int64_t k = r >= 2 && rng.chance(0.25) ? 2 : 1;
    Shape normShape(s.end() - k, s.end());
    if (numel(normShape) < 2)
      return false;
    maxReduceLength = std::max(maxReduceLength, numel(normShape));
    bool useModule = modelStyle && rng.chance(0.5);
    std::vector<std::string> dimsText;
    for (int64_t d : normShape)
      dimsText.push_back(dimText(d, {"dim", "hidden", "features", "d_model"}));
    std::string shapeText = tupleText(dimsText);
    if (useModule) {
      std::string attr = moduleAttr(form == NormForm::LAYER ? "norm" : "rms");
      std::string ctor = "nn." + std::string(row.module) + "(" +
                         (k == 1 ? dimsText[0] : shapeText) +
                         (eps.empty() ? "" : ", eps=" + eps) + ")";
      initLines.push_back("self." + attr + " = " + ctor);
      tags.insert("nn_module");
      node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
        return {"self." + attr + "(" + ops[0].text + ")", true};
      };
      break;
    }
    int w = -1, b = -1;
    if (rng.chance(0.5)) {
      w = newInput(normShape, InputKind::Normal, {"weight", "gamma", "w", "g"});
      node.operands.push_back(w);
      if (form == NormForm::LAYER && rng.chance(0.6)) {
        b = newInput(normShape, InputKind::Normal, {"bias", "beta", "shift"});
        node.operands.push_back(b);
      }
      out.lo = -30, out.hi = 30;
    }
    bool hasW = w >= 0, hasB = b >= 0;
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      llvm::SmallVector<std::string> a = {ops[0].text, shapeText};
      if (hasW)
        a.push_back(kwStyle ? "weight=" + ops[1].text : ops[1].text);
      if (hasB)
        a.push_back(kwStyle ? "bias=" + ops[2].text : ops[2].text);
      if (!eps.empty())
        a.push_back("eps=" + eps);
      return {callText("F." + name, a), true};
    };
    break;
  }
  case NormForm::NORMALIZE: {
    int64_t dim = rng.chance(0.5) ? r - 1 : (int64_t)rng.below(r);
    std::string d = dimArg(dim, r);
    bool p1 = rng.chance(0.2);
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      return {"F.normalize(" + ops[0].text + (p1 ? ", p=1.0" : "") +
                  ", dim=" + d + ")",
              true};
    };
    out.lo = -1, out.hi = 1;
    break;
  }
  case NormForm::COSINE: {
    int64_t dim = rng.chance(0.5) ? r - 1 : (int64_t)rng.below(r);
    int b = pickOperand(
        [&](const Value &o) { return o.isFloat && o.shape == s; }, 0.5);
    if (b < 0 || b == v)
      b = newInput(s, InputKind::Normal, {"other", "y", "x2", "ref"});
    node.operands.push_back(b);
    std::string d = dimArg(dim, r);
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      return {"F.cosine_similarity(" + ops[0].text + ", " + ops[1].text +
                  (kwStyle ? ", dim=" : ", ") + d + ")",
              true};
    };
    out.shape.erase(out.shape.begin() + dim);
    out.lo = -1, out.hi = 1;
    break;
  }
  case NormForm::GROUP: {
    int64_t c = s[1];
    llvm::SmallVector<int64_t> groups;
    for (int64_t g = 2; g <= c; ++g)
      if (c % g == 0 &&
          (c / g) * numel(llvm::ArrayRef<int64_t>(s).drop_front(2)) >= 2)
        groups.push_back(g);
    if (groups.empty())
      return false;
    int64_t g = rng.pick(llvm::ArrayRef<int64_t>(groups));
    bool useModule = modelStyle && rng.chance(0.5);
    if (useModule) {
      std::string attr = moduleAttr("gn");
      initLines.push_back("self." + attr + " = nn.GroupNorm(" +
                          std::to_string(g) + ", " +
                          dimText(c, {"channels", "num_channels", "c"}) + ")");
      tags.insert("nn_module");
      node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
        return {"self." + attr + "(" + ops[0].text + ")", true};
      };
      break;
    }
    std::string gt = std::to_string(g);
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      return {"F.group_norm(" + ops[0].text +
                  (kwStyle ? ", num_groups=" : ", ") + gt +
                  (eps.empty() ? "" : ", eps=" + eps) + ")",
              true};
    };
    break;
  }
  case NormForm::BATCH: {
    int64_t c = s[1];
    if (numel(s) / c < 2)
      return false;
    int mean = newInput({c}, InputKind::Normal, {"running_mean", "mu", "mean"});
    int var =
        newInput({c}, InputKind::Positive, {"running_var", "var", "sigma2"});
    node.operands.push_back(mean);
    node.operands.push_back(var);
    bool affine = rng.chance(0.5);
    if (affine) {
      node.operands.push_back(
          newInput({c}, InputKind::Normal, {"weight", "gamma"}));
      node.operands.push_back(
          newInput({c}, InputKind::Normal, {"bias", "beta"}));
    }
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      llvm::SmallVector<std::string> a = {ops[0].text, ops[1].text,
                                          ops[2].text};
      if (affine) {
        a.push_back(kwStyle ? "weight=" + ops[3].text : ops[3].text);
        a.push_back(kwStyle ? "bias=" + ops[4].text : ops[4].text);
      }
      a.push_back("training=False");
      if (!eps.empty())
        a.push_back("eps=" + eps);
      return {callText("F.batch_norm", a), true};
    };
    double m = std::max(std::fabs(values[v].lo), std::fabs(values[v].hi)) + 4.5;
    out.lo = -m * 3.2 * (affine ? 4.5 : 1) - (affine ? 4.5 : 0);
    out.hi = -out.lo;
    if (!validRange(out.lo, out.hi))
      return false;
    break;
  }
  }
  addNode(std::move(node), out);
  return true;
}

bool ProgramBuilder::tryLoss() {
  const LossRow &row = rng.weighted(llvm::ArrayRef<LossRow>(kLossRows));
  LossForm form = row.form;
  size_t minRank = form == LossForm::CLASS || form == LossForm::NLL ||
                           form == LossForm::TRIPLET
                       ? 2
                       : 1;
  size_t maxRank = form == LossForm::TRIPLET ? 2 : 4;
  int v = pickOperand([&](const Value &v) {
    return v.isFloat && v.shape.size() >= minRank && v.shape.size() <= maxRank;
  });
  if (v < 0) {
    if (baseShape.size() < minRank || baseShape.size() > maxRank)
      return false;
    v = newInput(baseShape, InputKind::Normal,
                 {"pred", "logits", "scores", "x"});
  }
  Shape s = values[v].shape;
  std::vector<std::pair<std::string, std::string>> kwargs;
  for (const KwargSpec &k : parseKwargs(row.kwargs))
    if (k.required || rng.chance(0.5))
      kwargs.push_back(
          {k.name, rng.pick(llvm::ArrayRef<std::string>(k.values))});
  std::string reduction = "mean";
  for (auto &[k, val] : kwargs)
    if (k == "reduction")
      reduction = StringRef(val).trim("'").str();
  std::vector<int> extra;
  Shape outShape = s;
  double elemHi = 0;
  double lo = values[v].lo, hi = values[v].hi;
  switch (form) {
  case LossForm::REGRESSION: {
    int t = pickOperand(
        [&](const Value &o) { return o.isFloat && o.shape == s; }, 0.6);
    if (t < 0 || t == v)
      t = newInput(s, InputKind::Normal,
                   {"target", "targets", "y_true", "ref"});
    extra.push_back(t);
    double d =
        std::max(std::fabs(hi - values[t].lo), std::fabs(values[t].hi - lo));
    elemHi = StringRef(row.name) == "mse_loss" ? d * d : d;
    break;
  }
  case LossForm::BCE: {
    auto fits = [](double lo, double hi) {
      return lo >= 1e-3 && hi <= 1 - 1e-3;
    };
    if (!fits(lo, hi)) {
      v = addUnary(unaryRow("sigmoid"), v, true);
      if (!fits(values[v].lo, values[v].hi))
        return false;
    }
    extra.push_back(
        newInput(s, InputKind::Unit, {"target", "labels", "y_true"}));
    elemHi = 10;
    break;
  }
  case LossForm::BCE_LOGITS:
    extra.push_back(
        newInput(s, InputKind::Unit, {"target", "labels", "y_true"}));
    elemHi = std::max(std::fabs(lo), std::fabs(hi)) + 1;
    break;
  case LossForm::CLASS:
  case LossForm::NLL: {
    int64_t classes = s[1];
    if (classes < 2)
      return false;
    if (form == LossForm::NLL && values[v].producer != "log_softmax") {
      // nll_loss takes log-probabilities over the class dim.
      Node g;
      g.op = "log_softmax";
      g.category = "normalization";
      g.operands = {v};
      g.guard = true;
      g.render = [](llvm::ArrayRef<Expr> ops) -> Expr {
        return {"F.log_softmax(" + ops[0].text + ", dim=1)", true};
      };
      Value gv;
      gv.shape = s;
      gv.lo = -(hi - lo) - std::log((double)classes), gv.hi = 0;
      v = addNode(std::move(g), gv);
      lo = values[v].lo, hi = values[v].hi;
    }
    Shape ts = s;
    ts.erase(ts.begin() + 1);
    int t =
        newInput(ts, InputKind::Index, {"target", "labels", "classes", "y"});
    values[t].classes = classes;
    extra.push_back(t);
    outShape = ts;
    elemHi = (hi - lo) + std::log((double)classes);
    maxReduceLength = std::max(maxReduceLength, classes);
    break;
  }
  case LossForm::KL: {
    if (values[v].producer != "log_softmax") {
      Node g;
      g.op = "log_softmax";
      g.category = "normalization";
      g.operands = {v};
      g.guard = true;
      g.render = [](llvm::ArrayRef<Expr> ops) -> Expr {
        return {"F.log_softmax(" + ops[0].text + ", dim=-1)", true};
      };
      Value gv;
      gv.shape = s;
      gv.lo = -(hi - lo) - std::log((double)s.back()), gv.hi = 0;
      v = addNode(std::move(g), gv);
    }
    extra.push_back(newInput(s, InputKind::Positive, {"target", "probs", "p"}));
    elemHi = 2.1 * (std::log(2.1) - values[v].lo);
    break;
  }
  case LossForm::TRIPLET:
    extra.push_back(newInput(s, InputKind::Normal, {"positive", "pos", "p"}));
    extra.push_back(newInput(s, InputKind::Normal, {"negative", "neg", "n"}));
    outShape = {s[0]};
    elemHi = 1 + 2 * (std::max(std::fabs(lo), std::fabs(hi)) + 4.5) *
                     std::sqrt((double)s[1]);
    maxReduceLength = std::max(maxReduceLength, s[1]);
    break;
  }
  int64_t n = numel(outShape);
  double outHi = reduction == "sum" ? elemHi * n : elemHi;
  if (reduction == "sum" || reduction == "mean" || reduction == "batchmean")
    outShape.clear();
  if (reduction != "none")
    maxReduceLength = std::max(maxReduceLength, n);
  if (!validRange(0, outHi))
    return false;
  bool useModule = modelStyle && rng.chance(0.4);
  std::string name = row.name, attr;
  bool kwStyle = kw();
  llvm::SmallVector<std::string> kwTexts;
  for (auto &[k, val] : kwargs)
    kwTexts.push_back(k + "=" + val);
  if (useModule) {
    attr = moduleAttr(rng.chance(0.5) ? "criterion" : "loss_fn");
    initLines.push_back("self." + attr + " = nn." + row.module + "(" +
                        llvm::join(kwTexts, ", ") + ")");
    tags.insert("nn_module");
  }
  Node node;
  node.op = name;
  node.category = "loss";
  node.operands = {v};
  llvm::append_range(node.operands, extra);
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    llvm::SmallVector<std::string> a;
    for (const Expr &e : ops)
      a.push_back(e.text);
    if (useModule)
      return {callText("self." + attr, a), true};
    if (kwStyle && a.size() == 2)
      a[1] = "target=" + a[1];
    llvm::append_range(a, kwTexts);
    return {callText("F." + name, a), true};
  };
  Value out;
  out.shape = outShape;
  out.lo = 0, out.hi = outHi;
  if (reduction == "sum" || reduction == "none")
    tags.insert("reduction_" + reduction);
  addNode(std::move(node), out);
  return true;
}

//===----------------------------------------------------------------------===//
// Matrix products, views, pooling, attention
//===----------------------------------------------------------------------===//

bool ProgramBuilder::tryMatmul() {
  const MatmulRow &row = rng.weighted(llvm::ArrayRef<MatmulRow>(kMatmulRows));
  MatmulForm form = row.form;
  size_t minRank = form == MatmulForm::BMM ? 3 : 2;
  size_t maxRank = form == MatmulForm::MM ? 2 : form == MatmulForm::BMM ? 3 : 4;
  int v = pickOperand([&](const Value &v) {
    return v.isFloat && v.shape.size() >= minRank && v.shape.size() <= maxRank;
  });
  if (v < 0) {
    if (baseShape.size() < minRank || baseShape.size() > maxRank)
      return false;
    v = newInput(baseShape, InputKind::Normal, {});
  }
  // In 16-bit programs a computed operand is rounded at different points by
  // torch and the kernel; large operands with cancelling products would
  // differ beyond the tolerance, so they are bounded first.
  auto bounded = [](double lo, double hi) {
    return std::max(std::fabs(lo), std::fabs(hi)) <= 8;
  };
  if (primaryDtype != "fp32" && !values[v].isInput &&
      !bounded(values[v].lo, values[v].hi)) {
    v = guardFor(v, bounded);
    if (v < 0)
      return false;
  }
  Shape s = values[v].shape;
  int64_t k = s.back();
  int64_t rows = numel(s) / k;
  // N: the output width.
  int64_t nOut = 0;
  for (int attempt = 0; attempt < 20 && !nOut; ++attempt) {
    int64_t cand = rng.pick(llvm::ArrayRef<int64_t>(kSizes));
    if (cand * rows <= kMaxElements && cand * k <= kMaxElements && cand <= 131)
      nOut = cand;
  }
  if (!nOut)
    return false;
  double maxAbs = std::max(std::fabs(values[v].lo), std::fabs(values[v].hi));
  Node node;
  node.op = row.name;
  node.category = "matmul";
  node.operands = {v};
  Shape outShape = s;
  outShape.back() = nOut;
  bool kwStyle = kw();
  Value out;
  if (form == MatmulForm::LINEAR) {
    bool bias = rng.chance(0.6);
    if (modelStyle && rng.chance(0.6)) {
      std::string attr = moduleAttr(rng.chance(0.5) ? "fc" : "linear");
      std::string inName = dimText(k, {"in_features", "hidden", "dim"});
      std::string outName =
          dimText(nOut, {"out_features", "hidden_dim", "proj_dim"});
      initArgDims.push_back(k);
      initArgDims.push_back(nOut);
      initLines.push_back("self." + attr + " = nn.Linear(" + inName + ", " +
                          outName + (bias ? "" : ", bias=False") + ")");
      tags.insert("nn_module");
      node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
        return {"self." + attr + "(" + ops[0].text + ")", true};
      };
      double m = maxAbs * std::sqrt((double)k) / std::sqrt((double)k) * 2 + 1;
      out.lo = -m, out.hi = m;
    } else {
      node.operands.push_back(
          newInput({nOut, k}, InputKind::Normal, {"weight", "w", "W", "proj"}));
      if (bias)
        node.operands.push_back(
            newInput({nOut}, InputKind::Normal, {"bias", "b"}));
      node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
        llvm::SmallVector<std::string> a = {ops[0].text, ops[1].text};
        if (ops.size() > 2)
          a.push_back(kwStyle ? "bias=" + ops[2].text : ops[2].text);
        return {callText("F.linear", a), true};
      };
      double m = maxAbs * 4.5 * std::sqrt((double)k) * 1.5 + 4.5;
      out.lo = -m, out.hi = m;
    }
  } else {
    bool batchedRhs =
        form == MatmulForm::BMM || (s.size() == 3 && rng.chance(0.3));
    bool transposed = !batchedRhs && rng.chance(0.25);
    Shape ws = transposed ? Shape{nOut, k} : Shape{k, nOut};
    if (batchedRhs)
      ws = {s[0], k, nOut};
    node.operands.push_back(
        newInput(ws, InputKind::Normal, {"w", "weight", "mat", "rhs", "b"}));
    std::string op = row.name;
    CallStyle style = form == MatmulForm::MATMUL && rng.chance(0.4)
                          ? CallStyle::Functional
                      : rng.chance(0.5) ? CallStyle::Method
                                        : CallStyle::Torch;
    if (transposed)
      tags.insert("transposed_operand");
    std::string tsuffix = rng.chance(0.5) ? ".t()" : ".T";
    if (tsuffix == ".T")
      tsuffix = ".mT";
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      std::string rhs = transposed ? receiver(ops[1]) + tsuffix : ops[1].text;
      if (style == CallStyle::Functional) // the @ operator
        return {receiver(ops[0]) + " @ " +
                    (transposed ? rhs : receiver(ops[1])),
                false};
      if (style == CallStyle::Method)
        return {receiver(ops[0]) + "." + op + "(" + rhs + ")", true};
      return {"torch." + op + "(" + ops[0].text + ", " + rhs + ")", true};
    };
    double m = maxAbs * 4.5 * std::sqrt((double)k) * 1.5;
    out.lo = -m, out.hi = m;
  }
  if (!validRange(out.lo, out.hi))
    return false;
  out.shape = outShape;
  addNode(std::move(node), out);
  return true;
}

bool ProgramBuilder::tryView() {
  const ViewRow &row = rng.weighted(llvm::ArrayRef<ViewRow>(kViewRows));
  ViewForm form = row.form;
  int v = pickOperand(
      [&](const Value &v) {
        size_t r = v.shape.size();
        switch (form) {
        case ViewForm::TRANSPOSE:
        case ViewForm::FLATTEN:
        case ViewForm::RESHAPE:
          return r >= 2;
        case ViewForm::PERMUTE:
          return r >= 3;
        case ViewForm::UNSQUEEZE:
          return r >= 1 && r <= 3;
        }
        return false;
      },
      0.05);
  if (v < 0)
    return false;
  const Value in = values[v];
  Shape s = in.shape;
  int64_t r = s.size();
  Node node;
  node.op = row.name;
  node.category = "elementwise";
  node.operands = {v};
  Value out = in;
  out.name.clear();
  out.isInput = false;
  out.uses = 0;
  bool method = rng.chance(0.6);
  switch (form) {
  case ViewForm::TRANSPOSE: {
    int64_t d0 = rng.below(r), d1 = rng.below(r);
    if (d0 == d1)
      d1 = (d0 + 1) % r;
    if (d0 > d1)
      std::swap(d0, d1);
    std::swap(out.shape[d0], out.shape[d1]);
    out.contiguous = false;
    bool last2 = d0 == r - 2 && d1 == r - 1;
    int spelling = rng.below(3);
    std::string a0 = dimArg(d0, r), a1 = dimArg(d1, r);
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      if (last2 && spelling == 0)
        return {receiver(ops[0]) + (r == 2 ? ".t()" : ".mT"), true};
      if (method)
        return {receiver(ops[0]) + ".transpose(" + a0 + ", " + a1 + ")", true};
      return {"torch.transpose(" + ops[0].text + ", " + a0 + ", " + a1 + ")",
              true};
    };
    break;
  }
  case ViewForm::PERMUTE: {
    llvm::SmallVector<int64_t> perm;
    for (int64_t i = 0; i < r; ++i)
      perm.push_back(i);
    for (int64_t i = r - 1; i > 0; --i)
      std::swap(perm[i], perm[rng.below(i + 1)]);
    if (llvm::is_sorted(perm))
      std::swap(perm[0], perm[1]);
    for (int64_t i = 0; i < r; ++i)
      out.shape[i] = s[perm[i]];
    out.contiguous = false;
    std::vector<std::string> items;
    for (int64_t p : perm)
      items.push_back(std::to_string(p));
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      if (method)
        return {receiver(ops[0]) + ".permute(" + llvm::join(items, ", ") + ")",
                true};
      return {"torch.permute(" + ops[0].text + ", " + tupleText(items) + ")",
              true};
    };
    break;
  }
  case ViewForm::FLATTEN: {
    int64_t start = rng.below(r - 1);
    Shape o(s.begin(), s.begin() + start);
    o.push_back(numel(llvm::ArrayRef<int64_t>(s).drop_front(start)));
    out.shape = o;
    bool kwStyle = kw();
    std::string a = (kwStyle ? "start_dim=" : "") + std::to_string(start);
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      if (method)
        return {receiver(ops[0]) + ".flatten(" + a + ")", true};
      return {"torch.flatten(" + ops[0].text + ", " + a + ")", true};
    };
    break;
  }
  case ViewForm::UNSQUEEZE: {
    int64_t d = rng.range(0, r);
    out.shape.insert(out.shape.begin() + d, 1);
    std::string a = std::to_string(d == r && rng.chance(0.5) ? -1 : d);
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      if (method)
        return {receiver(ops[0]) + ".unsqueeze(" + a + ")", true};
      return {"torch.unsqueeze(" + ops[0].text + ", " + a + ")", true};
    };
    break;
  }
  case ViewForm::RESHAPE: {
    // Merge two adjacent dims, or split one with a divisor.
    Shape o;
    int64_t d = rng.below(r - 1);
    if (rng.chance(0.5)) {
      o.append(s.begin(), s.begin() + d);
      o.push_back(s[d] * s[d + 1]);
      o.append(s.begin() + d + 2, s.end());
    } else {
      int64_t size = s[d], f = 0;
      for (int64_t c = 2; c < size && !f; ++c)
        if (size % c == 0)
          f = c;
      if (!f)
        return false;
      o.append(s.begin(), s.begin() + d);
      o.push_back(f);
      o.push_back(size / f);
      o.append(s.begin() + d + 1, s.end());
      if (o.size() > 4)
        return false;
    }
    out.shape = o;
    std::vector<std::string> items;
    int64_t minusOne = rng.chance(0.5) ? (int64_t)rng.below(o.size()) : -1;
    for (size_t i = 0; i < o.size(); ++i)
      items.push_back((int64_t)i == minusOne ? "-1" : std::to_string(o[i]));
    bool useView = in.contiguous && rng.chance(0.5);
    node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
      if (method)
        return {receiver(ops[0]) + (useView ? ".view(" : ".reshape(") +
                    llvm::join(items, ", ") + ")",
                true};
      return {"torch.reshape(" + ops[0].text + ", " + tupleText(items) + ")",
              true};
    };
    break;
  }
  }
  addNode(std::move(node), out);
  return true;
}

bool ProgramBuilder::tryPool() {
  const PoolRow &row = rng.weighted(llvm::ArrayRef<PoolRow>(kPoolRows));
  size_t sp = row.spatial;
  int v = pickOperand([&](const Value &v) {
    return v.isFloat && v.shape.size() >= sp + 1 && v.shape.size() <= sp + 2;
  });
  if (v < 0) {
    if (baseShape.size() < sp + 1 || baseShape.size() > sp + 2)
      return false;
    v = newInput(baseShape, InputKind::Normal, {});
  }
  Shape s = values[v].shape;
  int64_t k = rng.chance(0.5) ? 2 : 3;
  int64_t stride = rng.chance(0.4) ? 0 : rng.range(1, 2);
  int64_t pad = rng.chance(0.3) ? 1 : 0;
  if (pad * 2 > k)
    pad = 0;
  int64_t st = stride ? stride : k;
  Shape out = s;
  for (size_t i = s.size() - sp; i < s.size(); ++i) {
    if (s[i] + 2 * pad < k)
      return false;
    out[i] = (s[i] + 2 * pad - k) / st + 1;
  }
  bool isMax = StringRef(row.name).starts_with("max");
  bool noPadCount = !isMax && pad && rng.chance(0.5);
  bool kwStyle = kw();
  std::string name = row.name;
  bool useModule = modelStyle && rng.chance(0.4);
  std::string args = std::to_string(k);
  if (kwStyle)
    args = "kernel_size=" + args;
  if (stride)
    args += ", stride=" + std::to_string(stride);
  if (pad)
    args += ", padding=" + std::to_string(pad);
  if (noPadCount)
    args += ", count_include_pad=False";
  std::string attr;
  if (useModule) {
    attr = moduleAttr("pool");
    std::string mod =
        (isMax ? "MaxPool" : "AvgPool") + std::to_string(sp) + "d";
    initLines.push_back("self." + attr + " = nn." + mod + "(" + args + ")");
    tags.insert("nn_module");
  }
  Node node;
  node.op = name;
  node.category = "pooling";
  node.operands = {v};
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    if (useModule)
      return {"self." + attr + "(" + ops[0].text + ")", true};
    return {"F." + name + "(" + ops[0].text + ", " + args + ")", true};
  };
  Value r;
  r.shape = out;
  r.lo = isMax ? values[v].lo : std::min(values[v].lo, 0.0);
  r.hi = isMax ? values[v].hi : std::max(values[v].hi, 0.0);
  if (isMax && pad)
    r.lo = std::min(r.lo, values[v].lo);
  addNode(std::move(node), r);
  return true;
}

bool ProgramBuilder::tryAttention() {
  const AttentionRow &row =
      rng.weighted(llvm::ArrayRef<AttentionRow>(kAttentionRows));
  int q = pickOperand([](const Value &v) {
    return v.isFloat && v.shape.size() >= 3 && v.shape.size() <= 4 &&
           v.shape.back() >= 2;
  });
  if (q < 0) {
    if (baseShape.size() < 3)
      return false;
    q = newInput(baseShape, InputKind::Normal, {"q", "query", "queries"});
  }
  Shape s = values[q].shape;
  int64_t lq = s[s.size() - 2];
  Shape ks = s;
  bool causal = false;
  std::string extra;
  for (const KwargSpec &k : parseKwargs(row.kwargs))
    if (k.name == "is_causal" && rng.chance(0.4))
      causal = true;
  if (!causal && rng.chance(0.4)) {
    int64_t lk = rng.pick(llvm::ArrayRef<int64_t>(kSizes));
    if (lk * s.back() * numel(s) / (lq * s.back()) <= kMaxElements)
      ks[ks.size() - 2] = lk;
  }
  if (causal)
    extra += ", is_causal=True";
  if (rng.chance(0.3))
    extra += ", scale=" + std::string(rng.chance(0.5) ? "0.5" : "0.125");
  int k = newInput(ks, InputKind::Normal, {"k", "key", "keys"});
  int v = newInput(ks, InputKind::Normal, {"v", "value", "values"});
  Node node;
  node.op = row.name;
  node.category = "attention";
  node.operands = {q, k, v};
  node.render = [=](llvm::ArrayRef<Expr> ops) -> Expr {
    return {"F.scaled_dot_product_attention(" + ops[0].text + ", " +
                ops[1].text + ", " + ops[2].text + extra + ")",
            true};
  };
  Value out;
  out.shape = s;
  out.lo = -4.5, out.hi = 4.5;
  addNode(std::move(node), out);
  return true;
}

//===----------------------------------------------------------------------===//
// Whole programs
//===----------------------------------------------------------------------===//

bool ProgramBuilder::build() {
  modelStyle = rng.chance(0.4);
  nested = rng.chance(0.4);
  keywordArgs = rng.chance(0.5);
  initArgs = modelStyle && rng.chance(0.5);
  callStyle = (CallStyle)rng.below(3);
  tempScheme = (int)rng.below(4);
  {
    unsigned d = rng.below(4);
    primaryDtype = d < 2 ? "fp32" : d == 2 ? "fp16" : "bf16";
    // An fp32 program is also tested in 16-bit floats (the wrapper follows
    // the caller's dtype); a 16-bit program only in its own dtype (its
    // kernels round intermediates to it; docs/corpus.md).
    for (const char *dt : {"fp32", "fp16", "bf16"})
      if (dt == primaryDtype || (primaryDtype == "fp32" && rng.chance(0.5)))
        dtypes.push_back(dt);
  }
  static const int kRankWeights[] = {2, 5, 4, 3};
  int total = 14, x = (int)rng.below(total);
  for (rank = 1; rank < 4 && (x -= kRankWeights[rank - 1]) >= 0; ++rank)
    ;
  baseShape = randomShape(rank, rank == 1 ? 4096 : 4096);
  static const int kOpWeights[] = {1, 3, 4, 4, 3, 2, 2, 1};
  int nOps = 1;
  {
    int t = 0;
    for (int w : kOpWeights)
      t += w;
    int y = (int)rng.below(t);
    for (nOps = 1; nOps < 8 && (y -= kOpWeights[nOps - 1]) >= 0; ++nOps)
      ;
  }
  if (modelStyle)
    usedNames.insert(
        {"self", "Model", "super", "forward", "get_inputs", "get_init_inputs"});
  usedNames.insert({"torch", "nn",    "F",   "math",  "input", "sum",  "min",
                    "max",   "abs",   "len", "range", "id",    "type", "list",
                    "tuple", "float", "int", "bool",  "round", "pow"});
  // Form weights: unary, binary, where, reduce, along, norm, loss, matmul,
  // view, pool, attention.
  static const int kFormWeights[] = {26, 24, 3, 12, 7, 6, 4, 7, 5, 2, 1};
  bool hasCompute = false;
  bool singleOutput = rng.chance(0.75);
  for (int attempt = 0;
       attempt < 60 && ((int)nodes.size() < nOps || !hasCompute); ++attempt) {
    if (nodes.size() >= 8)
      break;
    int t = 0;
    for (int w : kFormWeights)
      t += w;
    int y = (int)rng.below(t), form = 0;
    while ((y -= kFormWeights[form]) >= 0)
      ++form;
    // A form that fails half-way (after making inputs or guards), or that
    // would take the program past 8 nodes, is undone.
    std::vector<Value> savedValues = values;
    std::vector<int> savedInputs = inputs;
    std::set<std::string> savedTags = tags, savedNames = usedNames;
    std::vector<std::string> savedInit = initLines;
    std::map<int64_t, std::string> savedDims = dimNames;
    std::vector<int64_t> savedInitDims = initArgDims;
    int64_t savedReduce = maxReduceLength;
    size_t before = nodes.size();
    bool ok = false;
    switch (form) {
    case 0:
      ok = tryUnary();
      break;
    case 1:
      ok = tryBinary();
      break;
    case 2:
      ok = tryWhere();
      break;
    case 3:
      ok = tryReduce();
      break;
    case 4:
      ok = tryAlong();
      break;
    case 5:
      ok = tryNorm();
      break;
    case 6:
      ok = tryLoss();
      break;
    case 7:
      ok = tryMatmul();
      break;
    case 8:
      ok = tryView();
      break;
    case 9:
      ok = tryPool();
      break;
    default:
      ok = tryAttention();
      break;
    }
    if (!ok || nodes.size() > 8) {
      nodes.resize(before);
      values = std::move(savedValues);
      inputs = std::move(savedInputs);
      tags = std::move(savedTags);
      usedNames = std::move(savedNames);
      initLines = std::move(savedInit);
      dimNames = std::move(savedDims);
      initArgDims = std::move(savedInitDims);
      maxReduceLength = savedReduce;
      continue;
    }
    Node &last = nodes.back();
    std::set_difference(tags.begin(), tags.end(), savedTags.begin(),
                        savedTags.end(),
                        std::inserter(last.tags, last.tags.end()));
    last.initLines.assign(initLines.begin() + savedInit.size(),
                          initLines.end());
    last.initArgDims.assign(initArgDims.begin() + savedInitDims.size(),
                            initArgDims.end());
    for (size_t i = before; i < nodes.size(); ++i)
      if (nodes[i].category != "elementwise" ||
          !llvm::is_contained(
              {"transpose", "permute", "flatten", "unsqueeze", "reshape"},
              nodes[i].op))
        hasCompute = true;
    // Most programs compute one result: drop what it does not read, then go
    // on growing the program if it became too small.
    if (singleOutput && (int)nodes.size() >= nOps && hasCompute) {
      prune(nodes.back().result);
      hasCompute = llvm::any_of(nodes, [](const Node &n) {
        return n.category != "elementwise" ||
               !llvm::is_contained(
                   {"transpose", "permute", "flatten", "unsqueeze", "reshape"},
                   n.op);
      });
    }
  }
  if (nodes.empty() || !hasCompute)
    return false;
  // Tags, module lines and constructor dims of the nodes that are left.
  tags.clear();
  initLines.clear();
  initArgDims.clear();
  for (const Node &n : nodes) {
    tags.insert(n.tags.begin(), n.tags.end());
    llvm::append_range(initLines, n.initLines);
    llvm::append_range(initArgDims, n.initArgDims);
  }
  // Outputs: every computed value nobody reads (the newest last).
  for (int i = 0; i < (int)values.size(); ++i)
    if (!values[i].isInput && values[i].uses == 0)
      outputs.push_back(i);
  if (outputs.size() > 1)
    tags.insert("multi_output");
  render();
  return true;
}

/// Keeps only the nodes value `keep` depends on (and the inputs they read).
void ProgramBuilder::prune(int keep) {
  std::vector<bool> live(values.size(), false);
  live[keep] = true;
  for (int i = (int)nodes.size() - 1; i >= 0; --i)
    if (live[nodes[i].result])
      for (int o : nodes[i].operands)
        live[o] = true;
  std::vector<int> newIndex(values.size(), -1);
  std::vector<Value> kept;
  for (size_t i = 0; i < values.size(); ++i)
    if (live[i]) {
      newIndex[i] = (int)kept.size();
      kept.push_back(values[i]);
      kept.back().uses = 0;
    }
  std::vector<Node> keptNodes;
  for (Node &n : nodes) {
    if (!live[n.result])
      continue;
    for (int &o : n.operands) {
      o = newIndex[o];
      ++kept[o].uses;
    }
    n.result = newIndex[n.result];
    keptNodes.push_back(std::move(n));
  }
  std::vector<int> keptInputs;
  for (int id : inputs)
    if (live[id])
      keptInputs.push_back(newIndex[id]);
  values = std::move(kept);
  nodes = std::move(keptNodes);
  inputs = std::move(keptInputs);
}

void ProgramBuilder::render() {
  // Function name.
  static const char *const kNames[] = {
      "forward_fn", "compute", "kernel_fn", "fused_op", "transform", "block",
      "step",       "layer",   "my_op",     "f",        "apply",     "run"};
  if (!modelStyle) {
    if (rng.chance(0.5)) {
      std::string n = "fused";
      for (const Node &node : nodes)
        if (!node.guard && n.size() < 40)
          n += "_" + node.op;
      functionName = n;
    } else {
      functionName = rng.pick(llvm::ArrayRef<const char *>(kNames));
    }
    usedNames.insert(functionName);
  }
  // Expressions, temporaries.
  std::vector<Expr> text(values.size());
  for (int id : inputs)
    text[id] = {values[id].name, true};
  std::vector<std::string> body;
  for (const Node &node : nodes) {
    llvm::SmallVector<Expr> ops;
    for (int o : node.operands)
      ops.push_back(text[o]);
    Expr e = node.render(ops);
    const Value &r = values[node.result];
    bool isOutput = llvm::is_contained(outputs, node.result);
    if (nested && r.uses == 1 && !isOutput && e.text.size() < 72) {
      text[node.result] = e;
      continue;
    }
    body.push_back(r.name + " = " + e.text);
    text[node.result] = {r.name, true};
  }
  llvm::SmallVector<std::string> outs;
  for (int o : outputs)
    outs.push_back(text[o].text);
  body.push_back("return " + llvm::join(outs, ", "));
  tags.insert(nested ? "nested" : "temporaries");
  tags.insert(keywordArgs ? "keyword_args" : "positional_args");

  std::string src;
  llvm::raw_string_ostream os(src);
  os << "import torch\n";
  if (modelStyle)
    os << "import torch.nn as nn\n";
  os << "import torch.nn.functional as F\n\n\n";
  auto dtypeAnn = [&](const Value &v) {
    std::string dt = v.kind == InputKind::Index ? "i64"
                     : primaryDtype == "fp32"   ? "f32"
                     : primaryDtype == "fp16"   ? "f16"
                                                : "bf16";
    llvm::SmallVector<std::string> dims;
    for (int64_t d : v.shape)
      dims.push_back(std::to_string(d));
    return "\"" + dt + "[" + llvm::join(dims, ", ") + "]\"";
  };
  if (!modelStyle) {
    llvm::SmallVector<std::string> params;
    for (int id : inputs)
      params.push_back(values[id].name + ": " + dtypeAnn(values[id]));
    std::string header =
        "def " + functionName + "(" + llvm::join(params, ", ") + "):";
    if (header.size() > 88) {
      os << "def " << functionName << "(\n";
      for (const std::string &p : params)
        os << "    " << p << ",\n";
      os << "):\n";
    } else {
      os << header << "\n";
    }
    for (const std::string &line : body)
      os << "    " << line << "\n";
  } else {
    // Inputs' dims are named first so that the constants read naturally.
    static const char *const kBatch[] = {"batch_size", "batch", "n", "bs"};
    static const char *const kDims[][4] = {
        {"channels", "heads", "c", "num_channels"},
        {"seq_len", "height", "length", "rows"},
        {"dim", "width", "hidden", "features"}};
    std::vector<std::string> getInputs;
    for (int id : inputs) {
      const Value &v = values[id];
      llvm::SmallVector<std::string> dims;
      for (size_t i = 0; i < v.shape.size(); ++i) {
        size_t fromEnd = v.shape.size() - 1 - i;
        llvm::ArrayRef<const char *> pool =
            i == 0 && v.shape.size() > 1
                ? llvm::ArrayRef<const char *>(kBatch)
                : llvm::ArrayRef<const char *>(
                      kDims[2 - std::min<size_t>(fromEnd, 2)]);
        dims.push_back(v.shape[i] == 1 ? "1" : dimName(v.shape[i], pool));
      }
      std::string shapeArgs = llvm::join(dims, ", ");
      switch (v.kind) {
      case InputKind::Index: {
        std::string c =
            dimName(v.classes, {"num_classes", "classes", "n_classes"});
        getInputs.push_back("torch.randint(0, " + c + ", " + tupleText(dims) +
                            ")");
        break;
      }
      case InputKind::Normal:
        getInputs.push_back("torch.randn(" + shapeArgs + ")");
        break;
      default:
        getInputs.push_back("torch.rand(" + shapeArgs + ")");
        break;
      }
    }
    // __init__ parameters (dims the modules are built from).
    std::vector<std::string> initParams;
    std::vector<int64_t> initValues;
    if (initArgs)
      for (int64_t d : initArgDims) {
        std::string n = dimName(d, {});
        if (!llvm::is_contained(initParams, n)) {
          initParams.push_back(n);
          initValues.push_back(d);
        }
      }
    os << "class Model(nn.Module):\n";
    if (rng.chance(0.5))
      os << "    \"\"\"Generated program: " << nodes.size()
         << " op(s).\"\"\"\n\n";
    os << "    def __init__(self"
       << (initParams.empty() ? "" : ", " + llvm::join(initParams, ", "))
       << "):\n";
    os << (rng.chance(0.7) ? "        super().__init__()\n"
                           : "        super(Model, self).__init__()\n");
    for (const std::string &l : initLines)
      os << "        " << l << "\n";
    os << "\n    def forward(self";
    for (int id : inputs)
      os << ", " << values[id].name;
    os << "):\n";
    for (const std::string &line : body)
      os << "        " << line << "\n";
    os << "\n\n";
    // Module-level constants in order of first naming.
    std::vector<std::pair<std::string, int64_t>> consts;
    for (auto &[value, name] : dimNames)
      consts.push_back({name, value});
    llvm::sort(consts);
    for (auto &[name, value] : consts)
      os << name << " = " << value << "\n";
    os << "\n\ndef get_inputs():\n    return [" << llvm::join(getInputs, ", ")
       << "]\n\n\n";
    os << "def get_init_inputs():\n    return [" << llvm::join(initParams, ", ")
       << "]\n";
    initArgDims = initValues;
  }
  sourceText = std::move(src);
}

//===----------------------------------------------------------------------===//
// Entry metadata
//===----------------------------------------------------------------------===//

std::string hex64(uint64_t h) { return llvm::formatv("{0:x-16}", h).str(); }

/// Op DAG with names, shapes and dtypes erased: op names (guards marked),
/// operand references (values by producing node, inputs by first use).
std::string structureHash(const ProgramBuilder &p) {
  std::map<int, int> inputIndex;
  std::map<int, int> nodeIndex;
  std::string s;
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    const Node &n = p.nodes[i];
    s += n.op;
    if (n.guard)
      s += "!";
    s += "(";
    for (int o : n.operands) {
      if (p.values[o].isInput) {
        auto it = inputIndex.try_emplace(o, (int)inputIndex.size()).first;
        s += "i" + std::to_string(it->second) + ",";
      } else {
        s += "n" + std::to_string(nodeIndex[o]) + ",";
      }
    }
    s += ");";
    nodeIndex[n.result] = (int)i;
  }
  s += "->";
  for (int o : p.outputs)
    s += "n" + std::to_string(nodeIndex[o]) + ",";
  return hex64(llvm::xxh3_64bits(s));
}

/// Token stream of the source with local names numbered by first occurrence
/// (attribute names after '.', keyword-argument names and the torch
/// namespaces kept): programs that differ only in variable, parameter,
/// function or constant names hash alike.
std::string astHash(StringRef source) {
  llvm::SourceMgr sm;
  sm.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBuffer(source, "reference.py", false),
      llvm::SMLoc());
  DiagnosticEngine diags(sm);
  diags.setQuiet(true);
  Lexer lexer(diags);
  std::vector<Token> tokens = lexer.tokenize();
  static const std::set<std::string> kKeep = {
      "torch",    "nn",    "F",       "math",       "self",
      "super",    "Model", "forward", "get_inputs", "get_init_inputs",
      "__init__", "True",  "False",   "None"};
  llvm::StringMap<unsigned> names;
  std::string s;
  int depth = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token &t = tokens[i];
    StringRef sp = t.spelling;
    if (sp == "(" || sp == "[" || sp == "{")
      ++depth;
    else if (sp == ")" || sp == "]" || sp == "}")
      --depth;
    if (t.kind == TokenKind::Identifier) {
      bool afterDot = i > 0 && tokens[i - 1].kind == TokenKind::Dot;
      bool kwarg =
          depth > 0 && i + 1 < tokens.size() && tokens[i + 1].spelling == "=";
      if (!afterDot && !kwarg && !kKeep.count(sp.str())) {
        auto it = names.try_emplace(sp, names.size()).first;
        s += "$" + std::to_string(it->second);
        s += '\x1f';
        continue;
      }
    }
    if (t.kind == TokenKind::String)
      continue; // docstrings
    s += sp.empty() ? std::to_string((int)t.kind) : sp.str();
    s += '\x1f';
  }
  return hex64(llvm::xxh3_64bits(s));
}

std::string operationType(const ProgramBuilder &p) {
  std::set<std::string> cats;
  for (const Node &n : p.nodes)
    if (n.category != "elementwise")
      cats.insert(n.category);
  if (cats.empty())
    return "elementwise";
  if (cats.size() == 1)
    return *cats.begin();
  return "fused";
}

std::string difficulty(const ProgramBuilder &p, unsigned kernels) {
  bool attention = false, matmulEpilogue = false, heavy = false;
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    const Node &n = p.nodes[i];
    attention |= n.category == "attention";
    if (n.category != "elementwise")
      heavy = true;
    if (n.category == "matmul")
      for (size_t j = i + 1; j < p.nodes.size(); ++j)
        if (p.nodes[j].category == "elementwise" &&
            llvm::is_contained(p.nodes[j].operands, n.result))
          matmulEpilogue = true;
  }
  if (p.nodes.size() > 5 || attention || matmulEpilogue || kernels > 1)
    return "hard";
  if (p.nodes.size() >= 3 || heavy)
    return "medium";
  return "easy";
}

//===----------------------------------------------------------------------===//
// Translation
//===----------------------------------------------------------------------===//

struct Translation {
  bool ok = false;
  std::string kernel;
  std::string reason;
};

std::unique_ptr<mlir::MLIRContext> makeContext() {
  auto ctx = std::make_unique<mlir::MLIRContext>(
      mlir::MLIRContext::Threading::DISABLED);
  ctx->loadDialect<py::PyDialect, mlir::func::FuncDialect,
                   mlir::arith::ArithDialect>();
  ctx->printOpOnDiagnostic(false);
  return ctx;
}

/// "dim 3 is out of range" -> "dim N is out of range": reasons group by
/// message shape.
std::string reasonKey(StringRef stage, StringRef message) {
  std::string out = stage.str() + ": ";
  StringRef first = message.split('\n').first;
  for (size_t i = 0; i < first.size(); ++i) {
    char c = first[i];
    if (llvm::isDigit(c)) {
      while (i + 1 < first.size() && llvm::isDigit(first[i + 1]))
        ++i;
      out += 'N';
    } else {
      out += c;
    }
    if (out.size() > 160)
      break;
  }
  return out;
}

Translation translate(mlir::MLIRContext &ctx, StringRef source) {
  Translation t;
  llvm::SourceMgr sm;
  sm.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBuffer(source, "reference.py", false),
      llvm::SMLoc());
  DiagnosticEngine diags(sm);
  diags.setQuiet(true);
  std::unique_ptr<ast::Module> module = parseModule(diags);
  if (!module || diags.hadError()) {
    t.reason = reasonKey("parse", diags.getFirstError());
    return t;
  }
  std::string mlirError;
  mlir::ScopedDiagnosticHandler handler(&ctx, [&](mlir::Diagnostic &d) {
    if (d.getSeverity() == mlir::DiagnosticSeverity::Error && mlirError.empty())
      mlirError = d.str();
    return mlir::success();
  });
  MLIRGenOptions options;
  mlir::OwningOpRef<mlir::ModuleOp> ir = mlirGen(ctx, *module, diags, options);
  if (!ir || diags.hadError()) {
    t.reason = reasonKey("mlirgen", diags.getFirstError().empty()
                                        ? StringRef(mlirError)
                                        : diags.getFirstError());
    return t;
  }
  mlir::PassManager pm(&ctx);
  pm.addPass(py::createDecompose());
  if (mlir::failed(pm.run(*ir))) {
    t.reason = reasonKey("decompose", mlirError);
    return t;
  }
  llvm::raw_string_ostream os(t.kernel);
  TritonEmitterOptions emitOptions;
  emitOptions.source = source;
  emitOptions.sourceName = "reference.py";
  if (mlir::failed(exportTriton(*ir, os, emitOptions))) {
    t.kernel.clear();
    t.reason =
        reasonKey("emit", mlirError.empty() ? "(failed without a diagnostic)"
                                            : mlirError);
    return t;
  }
  t.ok = true;
  return t;
}

//===----------------------------------------------------------------------===//
// One entry
//===----------------------------------------------------------------------===//

struct Result {
  bool ok = false;
  std::string line; // the JSON line (ok) or the python source (rejected)
  std::string reason;
};

std::string pyString(StringRef s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

/// fp32 rtol = atol: 1e-4, 1e-3 when a reduction spans more than 2048
/// elements.
std::string fp32Tolerance(const ProgramBuilder &p) {
  return p.maxReduceLength > 2048 ? "1e-3" : "1e-4";
}

/// fp16/bf16 rtol = atol: 1e-2, 3e-2 when a matrix product (or attention)
/// reads a computed operand: torch rounds it to 16 bits where it is made,
/// the kernel where it is loaded for tl.dot, and the K products add up the
/// difference (neither matches the float64 result to 1e-2 either).
std::string lowPrecisionTolerance(const ProgramBuilder &p) {
  for (const Node &n : p.nodes)
    if (n.category == "matmul" || n.category == "attention")
      for (int o : n.operands)
        if (!p.values[o].isInput)
          return "3e-2";
  return "1e-2";
}

std::string fillTemplate(const ProgramBuilder &p, StringRef id) {
  llvm::SmallVector<std::string> dtypes, inputs;
  for (const std::string &d : p.dtypes)
    dtypes.push_back(pyString(d));
  for (int idx : p.inputs) {
    const Value &v = p.values[idx];
    std::string kind = v.kind == InputKind::Index
                           ? "(\"index\", " + std::to_string(v.classes) + ")"
                       : v.kind == InputKind::Positive ? "\"positive\""
                       : v.kind == InputKind::Unit     ? "\"unit\""
                                                       : "\"normal\"";
    inputs.push_back("(" + pyString(v.name) + ", " + intsText(v.shape) + ", " +
                     kind + ")");
  }
  std::string init = "None";
  if (p.modelStyle) {
    llvm::SmallVector<std::string> a;
    for (int64_t d : p.initArgDims)
      a.push_back(std::to_string(d));
    init = "[" + llvm::join(a, ", ") + "]";
  }
  std::string fp32Tol = fp32Tolerance(p), lowTol = lowPrecisionTolerance(p);
  std::map<std::string, std::string> subst = {
      {"ID", id.str()},
      {"DTYPES", "[" + llvm::join(dtypes, ", ") + "]"},
      {"FP32_TOL", fp32Tol},
      {"LOWP_TOL", lowTol},
      {"INPUTS", "[\n    " + llvm::join(inputs, ",\n    ") + ",\n]"},
      {"MODEL_INIT", init},
      {"FUNCTION", p.modelStyle ? "None" : pyString(p.functionName)},
  };
  std::string out;
  StringRef t(kTestTemplate);
  while (!t.empty()) {
    size_t open = t.find("{{");
    if (open == StringRef::npos) {
      out += t.str();
      break;
    }
    out += t.take_front(open).str();
    t = t.drop_front(open + 2);
    size_t close = t.find("}}");
    std::string key = t.take_front(close).str();
    auto it = subst.find(key);
    if (it == subst.end())
      llvm::report_fatal_error(
          llvm::Twine("test_entry.py.in: unknown placeholder ") + key);
    out += it->second;
    t = t.drop_front(close + 2);
  }
  return out;
}

Result makeEntry(mlir::MLIRContext &ctx, uint64_t seed, uint64_t index) {
  Result res;
  uint64_t entrySeed = mix64(mix64(seed) ^ (index * 0x9e3779b97f4a7c15ULL));
  ProgramBuilder p(entrySeed);
  if (!p.build()) {
    res.reason = "generator: no program";
    return res;
  }
  std::string source = p.source();
  Translation t = translate(ctx, source);
  if (!t.ok) {
    res.reason = t.reason;
    res.line = source;
    return res;
  }
  // Kernels (not helpers such as _round): "@triton.jit\ndef <fn>_k<N>(".
  unsigned kernels = 0;
  StringRef jit = "@triton.jit\ndef ";
  for (size_t pos = 0; (pos = t.kernel.find(jit, pos)) != std::string::npos;
       ++pos) {
    StringRef fn =
        StringRef(t.kernel).substr(pos + jit.size()).split('(').first;
    fn = fn.rtrim("0123456789");
    if (fn.ends_with("_k"))
      ++kernels;
  }
  std::string id = llvm::formatv("gen-{0}-{1:d6}", seed, index).str();

  llvm::json::Array tags, dtypes;
  std::set<std::string> tagSet = p.tags;
  for (const Node &n : p.nodes)
    tagSet.insert(n.op);
  for (const std::string &d : p.dtypes)
    tagSet.insert(d);
  tagSet.insert(p.modelStyle ? "model_class" : "function");
  for (const std::string &s : tagSet)
    tags.push_back(s);
  for (const std::string &d : p.dtypes)
    dtypes.push_back(d);
  llvm::json::Object shapes;
  for (int idx : p.inputs) {
    llvm::json::Array dims;
    for (int64_t d : p.values[idx].shape)
      dims.push_back(d);
    shapes[p.values[idx].name] = std::move(dims);
  }
  llvm::json::Object style{
      {"program", p.modelStyle ? "model" : "function"},
      {"nesting", p.nested ? "nested" : "temporaries"},
      {"calls", p.callStyle == CallStyle::Torch    ? "torch"
                : p.callStyle == CallStyle::Method ? "method"
                                                   : "functional"},
      {"arguments", p.keywordArgs ? "keyword" : "positional"},
  };
  llvm::json::Array ops;
  for (const Node &n : p.nodes)
    ops.push_back(n.op);
  llvm::json::Object tolerances;
  for (const std::string &d : p.dtypes)
    tolerances[d] =
        std::stod(d == "fp32" ? fp32Tolerance(p) : lowPrecisionTolerance(p));
  llvm::json::Object metadata{
      {"operation_type", operationType(p)},
      {"difficulty", difficulty(p, kernels)},
      {"tags", std::move(tags)},
      {"dtypes", std::move(dtypes)},
      {"source", "generated"},
      {"seed", (int64_t)seed},
      {"index", (int64_t)index},
      {"n_ops", (int64_t)p.nodes.size()},
      {"ops", std::move(ops)},
      {"rank", (int64_t)p.rank},
      {"style", std::move(style)},
      {"shapes", std::move(shapes)},
      {"kernels", (int64_t)kernels},
      {"tolerances", std::move(tolerances)},
      {"structure", structureHash(p)},
      {"ast_hash", astHash(source)},
  };
  std::string test = fillTemplate(p, id);
  llvm::raw_string_ostream os(res.line);
  llvm::json::OStream j(os);
  j.object([&] {
    j.attribute("id", id);
    j.attribute("python_code", source);
    j.attribute("triton_code", t.kernel);
    j.attribute("test_code", test);
    j.attribute("metadata", llvm::json::Value(std::move(metadata)));
  });
  res.ok = true;
  return res;
}

thread_local std::unique_ptr<mlir::MLIRContext> threadContext;

Result makeEntrySafely(uint64_t seed, uint64_t index) {
  if (!threadContext)
    threadContext = makeContext();
  Result res;
  llvm::CrashRecoveryContext crc;
  if (!crc.RunSafely([&] { res = makeEntry(*threadContext, seed, index); })) {
    // The context may be left inconsistent: leak it, start a new one.
    (void)threadContext.release();
    threadContext = makeContext();
    res = Result();
    res.reason = "crash: the compiler crashed";
    ProgramBuilder p(mix64(mix64(seed) ^ (index * 0x9e3779b97f4a7c15ULL)));
    if (p.build())
      res.line = p.source();
  }
  return res;
}

void printProgress(uint64_t done, uint64_t total, double seconds) {
  const int width = 40;
  int filled = total ? (int)(width * done / total) : width;
  llvm::errs() << "\r[" << std::string(filled, '=')
               << std::string(width - filled, ' ') << "] " << done << "/"
               << total << "  "
               << llvm::format("%.0f", seconds > 0 ? done / seconds : 0.0)
               << " entries/s";
  llvm::errs().flush();
}

} // namespace

int corpus::generate(const GenerateOptions &options) {
  llvm::CrashRecoveryContext::Enable();
  unsigned jobs = options.jobs
                      ? options.jobs
                      : llvm::hardware_concurrency().compute_thread_count();
  llvm::DefaultThreadPool pool(llvm::hardware_concurrency(jobs));
  bool progress = options.progress > 0 ||
                  (options.progress < 0 && llvm::errs().is_displayed());
  auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };

  std::map<std::string, uint64_t> reasons;
  std::map<std::string, std::vector<std::pair<uint64_t, std::string>>> examples;
  uint64_t written = 0, attempted = 0;
  const uint64_t batch = std::max<uint64_t>(256, 128 * (uint64_t)jobs);
  const uint64_t perTask = 4;

  llvm::Error err = llvm::writeToOutput(
      options.outPath, [&](llvm::raw_ostream &os) -> llvm::Error {
        uint64_t next = 0;
        while (written < options.count) {
          // Ask for a few more than needed (rejections), in index order.
          uint64_t n = std::min<uint64_t>(
              batch, (options.count - written) * 11 / 10 + 8);
          std::vector<Result> results(n);
          for (uint64_t i = 0; i < n; i += perTask)
            pool.async([&, i] {
              for (uint64_t j = i; j < std::min(n, i + perTask); ++j)
                results[j] = makeEntrySafely(options.seed, next + j);
            });
          pool.wait();
          for (uint64_t j = 0; j < n && written < options.count; ++j) {
            ++attempted;
            Result &r = results[j];
            if (r.ok) {
              os << r.line << "\n";
              ++written;
              continue;
            }
            ++reasons[r.reason];
            auto &ex = examples[r.reason];
            if (ex.size() < 5)
              ex.push_back({next + j, std::move(r.line)});
          }
          next += n;
          if (progress)
            printProgress(written, options.count, elapsed());
        }
        return llvm::Error::success();
      });
  if (progress)
    llvm::errs() << "\n";
  if (err) {
    llvm::WithColor::error(llvm::errs(), "py2triton-corpus")
        << "cannot write '" << options.outPath
        << "': " << llvm::toString(std::move(err)) << "\n";
    return 1;
  }
  double seconds = elapsed();
  uint64_t rejected = attempted - written;
  llvm::errs() << "py2triton-corpus: " << written << " entries from "
               << attempted << " programs (" << rejected << " rejected) in "
               << llvm::format("%.2f", seconds) << " s, "
               << llvm::format("%.0f", seconds > 0 ? written / seconds : 0.0)
               << " entries/s, " << jobs << " job(s)\n";
  std::vector<std::pair<uint64_t, std::string>> sorted;
  for (auto &[reason, count] : reasons)
    sorted.push_back({count, reason});
  llvm::sort(sorted, [](auto &a, auto &b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (auto &[count, reason] : sorted)
    llvm::errs() << "  " << count << "  " << reason << "\n";

  if (!options.rejectsPath.empty()) {
    llvm::json::Object counts;
    for (auto &[reason, count] : reasons)
      counts[reason] = (int64_t)count;
    llvm::json::Array ex;
    for (auto &[reason, list] : examples)
      for (auto &[index, source] : list)
        ex.push_back(llvm::json::Object{{"index", (int64_t)index},
                                        {"reason", reason},
                                        {"python_code", source}});
    llvm::json::Object top{
        {"seed", (int64_t)options.seed}, {"attempted", (int64_t)attempted},
        {"accepted", (int64_t)written},  {"rejected", (int64_t)rejected},
        {"reasons", std::move(counts)},  {"examples", std::move(ex)}};
    llvm::Error e = llvm::writeToOutput(
        options.rejectsPath, [&](llvm::raw_ostream &os) -> llvm::Error {
          os << llvm::formatv("{0:2}", llvm::json::Value(std::move(top)))
             << "\n";
          return llvm::Error::success();
        });
    if (e) {
      llvm::WithColor::error(llvm::errs(), "py2triton-corpus")
          << "cannot write '" << options.rejectsPath
          << "': " << llvm::toString(std::move(e)) << "\n";
      return 1;
    }
  }
  return 0;
}

int corpus::runGenerate(llvm::ArrayRef<const char *> args) {
  GenerateOptions options;
  auto usage = [] {
    llvm::errs()
        << "usage: py2triton-corpus generate --count N --seed S --out "
           "FILE.jsonl "
           "[--jobs J] [--rejects REJ.json] [--progress|--no-progress]\n";
  };
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef a = args[i];
    std::string value;
    auto takeValue = [&](StringRef flag) -> bool {
      if (a == flag) {
        if (i + 1 >= args.size())
          return false;
        value = args[++i];
        return true;
      }
      if (a.starts_with((flag + "=").str())) {
        value = a.drop_front(flag.size() + 1).str();
        return true;
      }
      return false;
    };
    auto number = [&](uint64_t &out) {
      if (StringRef(value).getAsInteger(10, out)) {
        llvm::WithColor::error(llvm::errs(), "py2triton-corpus")
            << "'" << a << "' needs a non-negative integer, got '" << value
            << "'\n";
        return false;
      }
      return true;
    };
    uint64_t n;
    if (takeValue("--count")) {
      if (!number(options.count))
        return 1;
    } else if (takeValue("--seed")) {
      if (!number(options.seed))
        return 1;
    } else if (takeValue("--jobs") || takeValue("-j")) {
      if (!number(n))
        return 1;
      options.jobs = (unsigned)n;
    } else if (takeValue("--out") || takeValue("-o")) {
      options.outPath = value;
    } else if (takeValue("--rejects")) {
      options.rejectsPath = value;
    } else if (a == "--progress") {
      options.progress = 1;
    } else if (a == "--no-progress") {
      options.progress = 0;
    } else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else {
      llvm::WithColor::error(llvm::errs(), "py2triton-corpus")
          << "unknown argument '" << a << "'\n";
      usage();
      return 1;
    }
  }
  if (options.outPath.empty()) {
    llvm::WithColor::error(llvm::errs(), "py2triton-corpus")
        << "generate needs --out FILE.jsonl\n";
    usage();
    return 1;
  }
  return generate(options);
}
