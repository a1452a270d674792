//===- SingleThreadTest.h - LLM tests on one LibTorch thread ----*- C++ -*-===//

#ifndef PY2TRITON_UNITTESTS_LLM_SINGLETHREADTEST_H
#define PY2TRITON_UNITTESTS_LLM_SINGLETHREADTEST_H

#include <gtest/gtest.h>
#include <torch/torch.h>

/// One LibTorch thread for each test (restored after): with 2 shared cores,
/// OpenMP threads spinning against other processes made these tests ~50x
/// slower.
class SingleThreadTest : public ::testing::Test {
protected:
  void SetUp() override {
    threads_ = torch::get_num_threads();
    torch::set_num_threads(1);
  }
  void TearDown() override { torch::set_num_threads(threads_); }

private:
  int threads_ = 1;
};

#endif // PY2TRITON_UNITTESTS_LLM_SINGLETHREADTEST_H
