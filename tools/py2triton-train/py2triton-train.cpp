//===- py2triton-train.cpp - Train the kernel-proposing MinimalLLM --------===//
//
//   py2triton-train --train data/train.tok --val data/val.tok --out runs/base \
//       --config base --max-steps 2000 --time-budget 480
//
// Writes OUT/log.jsonl and OUT/checkpoint.pt; --resume continues from the
// checkpoint exactly. Every TrainOptions field has a flag (see --help).
// Errors print one line and exit with status 1.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Train.h"

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>

using namespace py2triton::llm;

namespace {

const char *const Usage = R"(usage: py2triton-train --train FILE.tok [options]

Trains MinimalLLM on a token file (see py2triton-tokenizer): Muon for the
layers' matrices, AdamW for embeddings and norms, warm-up + cosine schedule,
gradient accumulation, bf16 autocast on CUDA. Writes OUT/log.jsonl and
OUT/checkpoint.pt (every --checkpoint-every steps and at the end).

data and output:
  --train FILE          training tokens (.tok, required)
  --val FILE            validation tokens (.tok) for the validation loss
  --tokenizer DIR       tokenizer directory (recorded in the options)
  --out DIR             output directory (default runs/llm)
  --resume              continue from OUT/checkpoint.pt (exactly)
model and batches:
  --config NAME         tiny | base (default tiny)
  --vocab-size N        vocabulary size of the tokenizer (default 8192)
  --seq-len N           tokens per row (default 512)
  --micro-batch N       rows per micro-batch (default 24)
  --grad-accum N        micro-batches per optimizer step (default 4)
schedule and optimizers:
  --max-steps N         optimizer steps; the schedule ends here (default 1000)
  --stop-at N           stop after step N, schedule unchanged (0 = max-steps)
  --time-budget S       stop cleanly before S seconds of wall time (0 = none)
  --muon-lr X           Muon learning rate (default 0.02)
  --adam-lr X           AdamW learning rate (default 3e-3)
  --adam-beta1 X        (default 0.9)
  --adam-beta2 X        (default 0.95)
  --weight-decay X      decoupled weight decay of the Muon matrices (default 0)
  --warmup N            linear warm-up steps (default 50)
  --min-lr-ratio X      cosine floor as a fraction of the peak (default 0.1)
  --clip-norm X         global gradient-norm clip, 0 = off (default 1.0)
evaluation and logging:
  --eval-every N        validation loss every N steps, 0 = only at the end
                        (default 100)
  --eval-batches N      fixed validation batches (default 16)
  --checkpoint-every N  checkpoint every N steps, 0 = only at the end
                        (default 200)
  --log-every N         log record and progress line every N steps (default 10)
release:
  --release DIR         after training, write a release (sharded weights,
                        config.json, the --tokenizer files) and evaluate the
                        released weights on the validation batches
  --release-format F    f32 | bf16 | int8 (default int8: per-row scales)
device:
  --device D            auto | cpu | cuda | cuda:N (default auto)
  --no-bf16             no bf16 autocast on CUDA (float32)
  --peak-flops X        peak FLOP/s for MFU (default: by GPU name; H100/H200
                        989e12)
  --threads N           CPU threads for LibTorch (default: LibTorch's)
  --seed N              model initialization and data order (default 0)
  --json                print a JSON summary on stdout at the end
  --help                this text
)";

[[noreturn]] void fail(const std::string &msg) {
  std::fprintf(stderr, "py2triton-train: error: %s\n", msg.c_str());
  std::exit(1);
}

int64_t parseInt(const std::string &flag, const std::string &v) {
  try {
    size_t used = 0;
    long long x = std::stoll(v, &used);
    if (used == v.size())
      return x;
  } catch (const std::exception &) {
  }
  fail(flag + " expects an integer, got '" + v + "'");
}

double parseDouble(const std::string &flag, const std::string &v) {
  try {
    size_t used = 0;
    double x = std::stod(v, &used);
    if (used == v.size())
      return x;
  } catch (const std::exception &) {
  }
  fail(flag + " expects a number, got '" + v + "'");
}

} // namespace

int main(int argc, char **argv) {
  // A closed stderr/stdout pipe (`| head`) must not kill a training run.
  std::signal(SIGPIPE, SIG_IGN);
  TrainOptions o;
  bool json = false;
  int64_t threads = 0;
  using Setter = std::function<void(const std::string &, const std::string &)>;
  auto str = [](std::string &field) -> Setter {
    return [&field](const std::string &, const std::string &v) { field = v; };
  };
  auto integer = [](int64_t &field) -> Setter {
    return [&field](const std::string &f, const std::string &v) {
      field = parseInt(f, v);
    };
  };
  auto real = [](double &field) -> Setter {
    return [&field](const std::string &f, const std::string &v) {
      field = parseDouble(f, v);
    };
  };
  std::map<std::string, Setter> valued = {
      {"--config", str(o.config)},
      {"--train", str(o.trainData)},
      {"--val", str(o.valData)},
      {"--tokenizer", str(o.tokenizerDir)},
      {"--out", str(o.outDir)},
      {"--vocab-size", integer(o.vocabSize)},
      {"--seq-len", integer(o.seqLen)},
      {"--micro-batch", integer(o.microBatch)},
      {"--grad-accum", integer(o.gradAccum)},
      {"--max-steps", integer(o.maxSteps)},
      {"--stop-at", integer(o.stopAtStep)},
      {"--time-budget", real(o.timeBudgetS)},
      {"--muon-lr", real(o.muonLr)},
      {"--adam-lr", real(o.adamLr)},
      {"--adam-beta1", real(o.adamBeta1)},
      {"--adam-beta2", real(o.adamBeta2)},
      {"--weight-decay", real(o.weightDecay)},
      {"--warmup", integer(o.warmupSteps)},
      {"--min-lr-ratio", real(o.minLrRatio)},
      {"--clip-norm", real(o.clipNorm)},
      {"--eval-every", integer(o.evalEvery)},
      {"--eval-batches", integer(o.evalBatches)},
      {"--checkpoint-every", integer(o.checkpointEvery)},
      {"--log-every", integer(o.logEvery)},
      {"--device", str(o.device)},
      {"--release", str(o.releaseDir)},
      {"--release-format", str(o.releaseFormat)},
      {"--peak-flops", real(o.peakFlops)},
      {"--threads", integer(threads)},
      {"--seed",
       [&o](const std::string &f, const std::string &v) {
         int64_t seed = parseInt(f, v);
         if (seed < 0)
           fail(f + " must be >= 0");
         o.seed = static_cast<uint64_t>(seed);
       }},
  };
  std::map<std::string, std::function<void()>> switches = {
      {"--no-bf16", [&] { o.bf16 = false; }},
      {"--resume", [&] { o.resume = true; }},
      {"--json", [&] { json = true; }},
  };

  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(Usage, stdout);
      return 0;
    }
    std::string value;
    bool hasValue = false;
    if (size_t eq = arg.find('=');
        arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      hasValue = true;
    }
    if (auto it = switches.find(arg); it != switches.end()) {
      if (hasValue)
        fail(arg + " takes no value");
      it->second();
      continue;
    }
    auto it = valued.find(arg);
    if (it == valued.end())
      fail("unknown argument '" + arg + "' (see --help)");
    if (!hasValue) {
      if (i + 1 >= argc)
        fail(arg + " needs a value");
      value = argv[++i];
    }
    it->second(arg, value);
  }
  if (o.trainData.empty())
    fail("--train FILE.tok is required (see --help)");
  if (threads < 0)
    fail("--threads must be >= 0");
  if (threads > 0)
    torch::set_num_threads(static_cast<int>(threads));

  TrainResult r;
  try {
    r = train(o);
  } catch (const c10::Error &e) {
    fail(e.what_without_backtrace());
  } catch (const std::exception &e) {
    fail(e.what());
  }
  if (json) {
    auto num = [](double v) {
      return std::isfinite(v) ? std::to_string(v) : std::string("null");
    };
    std::printf(
        "{\"steps\": %lld, \"tokens\": %lld, \"counted_tokens\": %lld, "
        "\"train_loss\": %s, \"val_loss\": %s, \"tokens_per_s\": %s, "
        "\"mfu\": %s, \"wall_s\": %s, \"stopped_by_budget\": %s, "
        "\"release_bytes\": %lld, \"release_val_loss\": %s}\n",
        static_cast<long long>(r.steps), static_cast<long long>(r.tokens),
        static_cast<long long>(r.countedTokens), num(r.trainLoss).c_str(),
        num(r.valLoss).c_str(), num(r.tokensPerSecond).c_str(),
        num(r.mfu > 0 ? r.mfu : NAN).c_str(), num(r.wallSeconds).c_str(),
        r.stoppedByBudget ? "true" : "false",
        static_cast<long long>(r.releaseBytes),
        num(o.releaseDir.empty() ? NAN : r.releaseValLoss).c_str());
  }
  return 0;
}
