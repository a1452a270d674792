//===- PyTypeUtils.cpp - torch dtype and shape rules ----------------------===//

#include "py2triton/Dialect/Py/IR/PyTypeUtils.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace py2triton::py {

bool isFloatType(Type type) { return isa<FloatType>(type); }

bool isBoolType(Type type) { return type.isSignlessInteger(1); }

bool isIntegerType(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && intType.getWidth() > 1;
}

bool isTorchDtype(Type type) {
  if (type.isF64() || type.isF32() || type.isF16() || type.isBF16())
    return true;
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType || intType.isSigned())
    return false;
  unsigned width = intType.getWidth();
  if (intType.isUnsigned())
    return width == 8;
  return width == 1 || width == 8 || width == 16 || width == 32 || width == 64;
}

namespace {
/// Torch's dtype categories, ordered for promotion.
enum class Category { Bool, Integer, Float };

Category getCategory(Type type) {
  if (isFloatType(type))
    return Category::Float;
  if (isBoolType(type))
    return Category::Bool;
  return Category::Integer;
}
} // namespace

Type promoteTypes(Type a, Type b) {
  if (!a || !b || !isTorchDtype(a) || !isTorchDtype(b))
    return Type();
  if (a == b)
    return a;
  Category catA = getCategory(a), catB = getCategory(b);
  if (catA != catB)
    return catA > catB ? a : b;
  if (catA == Category::Float) {
    // f16 and bf16 have the same width but neither holds the other.
    if ((a.isF16() && b.isBF16()) || (a.isBF16() && b.isF16()))
      return Float32Type::get(a.getContext());
    return a.getIntOrFloatBitWidth() >= b.getIntOrFloatBitWidth() ? a : b;
  }
  // Two different integer types.
  auto intA = cast<IntegerType>(a), intB = cast<IntegerType>(b);
  if (intA.isUnsigned() == intB.isUnsigned())
    return intA.getWidth() >= intB.getWidth() ? a : b;
  // uint8 with a signed type: the signed type if it is wider, else int16.
  IntegerType unsignedType = intA.isUnsigned() ? intA : intB;
  IntegerType signedType = intA.isUnsigned() ? intB : intA;
  if (signedType.getWidth() > unsignedType.getWidth())
    return signedType;
  return IntegerType::get(a.getContext(), 2 * unsignedType.getWidth());
}

Type promoteOperandTypes(TypeRange tensorTypes) {
  // As c10's ResultTypeState: ranked ("dimensioned") and rank-0 operands are
  // promoted separately, then combined by category.
  Type ranked, zeroDim;
  for (Type type : tensorTypes) {
    auto tensorType = dyn_cast<RankedTensorType>(type);
    if (!tensorType || !isTorchDtype(tensorType.getElementType()))
      return Type();
    Type &slot = tensorType.getRank() == 0 ? zeroDim : ranked;
    slot = slot ? promoteTypes(slot, tensorType.getElementType())
                : tensorType.getElementType();
  }
  if (!ranked)
    return zeroDim;
  if (!zeroDim)
    return ranked;
  if (getCategory(zeroDim) > getCategory(ranked))
    return promoteTypes(ranked, zeroDim);
  return ranked;
}

FailureOr<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> a,
                                                ArrayRef<int64_t> b) {
  size_t rank = std::max(a.size(), b.size());
  SmallVector<int64_t> result(rank);
  for (size_t i = 0; i < rank; ++i) {
    // Walk both shapes from the right; missing dims act as 1.
    int64_t x = i < a.size() ? a[a.size() - 1 - i] : 1;
    int64_t y = i < b.size() ? b[b.size() - 1 - i] : 1;
    int64_t &out = result[rank - 1 - i];
    if (x == y || y == 1)
      out = x;
    else if (x == 1)
      out = y;
    else if (ShapedType::isDynamic(x))
      out = y;
    else if (ShapedType::isDynamic(y))
      out = x;
    else
      return failure();
  }
  return result;
}

FailureOr<int64_t> mergeDimSizes(int64_t a, int64_t b) {
  if (ShapedType::isDynamic(a))
    return b;
  if (ShapedType::isDynamic(b) || a == b)
    return a;
  return failure();
}

std::optional<int64_t> normalizeDim(int64_t dim, int64_t rank) {
  if (dim < -rank || dim >= rank)
    return std::nullopt;
  return dim < 0 ? dim + rank : dim;
}

std::string formatShape(ArrayRef<int64_t> shape) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "[";
  llvm::interleaveComma(shape, os, [&](int64_t size) {
    if (ShapedType::isDynamic(size))
      os << "?";
    else
      os << size;
  });
  os << "]";
  return text;
}

} // namespace py2triton::py
