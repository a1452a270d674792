//===- SmallMatmul.cpp - -py-small-matmul ------------------------------------===//
//
// A matrix product with a static M, N or K below 16 cannot fill a tensor-core
// tile (tl.dot needs 16 x 16 blocks): it is memory-bound work, so it is
// rewritten as a broadcast multiply and a sum over K, which the back end
// runs as a (fused) reduction kernel:
//
//   matmul(a[..., M, K], b[..., K, N])
//     => sum(unsqueeze(a, -1) * unsqueeze(b, -3), dim=-2)
//
// computed in the compute type (fp32 for 16-bit floats) and cast back, like
// torch's accumulation. Products with a vector operand were already turned
// into reductions by -py-decompose.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Dialect/Py/IR/PyOps.h"
#include "py2triton/Dialect/Py/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"

namespace py2triton::py {
#define GEN_PASS_DEF_SMALLMATMUL
#include "py2triton/Dialect/Py/Transforms/Passes.h.inc"
} // namespace py2triton::py

using namespace mlir;
using namespace py2triton::py;

namespace {

constexpr int64_t kMinDotDim = 16;

bool isSmall(RankedTensorType t, int64_t dim) {
  return !t.isDynamicDim(dim) && t.getDimSize(dim) < kMinDotDim;
}

Value widen(OpBuilder &b, Location loc, Value v) {
  auto t = cast<RankedTensorType>(v.getType());
  Type elt = t.getElementType();
  if (!elt.isF16() && !elt.isBF16())
    return v;
  return b.create<CastOp>(loc, t.clone(b.getF32Type()), v).getResult();
}

struct SmallMatmulPass
    : py2triton::py::impl::SmallMatmulBase<SmallMatmulPass> {
  void runOnOperation() override {
    SmallVector<MatmulOp> candidates;
    getOperation().walk([&](MatmulOp op) {
      auto at = cast<RankedTensorType>(op.getLhs().getType());
      auto bt = cast<RankedTensorType>(op.getRhs().getType());
      if (at.getRank() < 2 || bt.getRank() < 2 ||
          !isa<FloatType>(at.getElementType()) ||
          !isa<FloatType>(bt.getElementType()))
        return;
      int64_t ra = at.getRank(), rb = bt.getRank();
      if (isSmall(at, ra - 2) || isSmall(at, ra - 1) || isSmall(bt, rb - 1))
        candidates.push_back(op);
    });
    for (MatmulOp op : candidates) {
      OpBuilder b(op);
      Location loc = op.getLoc();
      int64_t ra = cast<RankedTensorType>(op.getLhs().getType()).getRank();
      int64_t rb = cast<RankedTensorType>(op.getRhs().getType()).getRank();
      Value a = b.create<UnsqueezeOp>(loc, widen(b, loc, op.getLhs()), ra)
                    .getResult();
      Value c = b.create<UnsqueezeOp>(loc, widen(b, loc, op.getRhs()), rb - 2)
                    .getResult();
      Value prod = b.create<MulOp>(loc, a, c).getResult();
      int64_t rank = cast<RankedTensorType>(prod.getType()).getRank();
      Value sum = b.create<SumOp>(loc, prod, ArrayRef<int64_t>{rank - 2},
                                  /*keepdim=*/false)
                      .getResult();
      Type resultType = op.getType();
      if (sum.getType() != resultType)
        sum = b.create<CastOp>(loc, resultType, sum).getResult();
      op.getResult().replaceAllUsesWith(sum);
      op.erase();
    }
  }
};

} // namespace
