//===- py2triton-chat.cpp - Paste a Python function, get a kernel ---------===//
//
// An interactive terminal session with a released model: the user pastes a
// Python function (ended by a line holding only `.`, or by end of input), the
// model proposes a Triton kernel module, and `python -m py2triton.check`
// verifies it against the function on random inputs. Works with piped input
// too; exits 0 at end of input, 1 when the model or tokenizer cannot be
// loaded.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Answer.h"
#include "py2triton/LLM/Checkpoint.h"
#include "py2triton/LLM/Generate.h"
#include "py2triton/LLM/Tokenizer.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>

using namespace py2triton::llm;
namespace fs = std::filesystem;

namespace {

const char *Usage = R"(usage: py2triton-chat --model DIR [options]

Paste a Python function (end it with a line holding only '.'); the model
proposes a Triton kernel, which `python -m py2triton.check` verifies.

options:
  --model DIR          a released model (py2triton-lm info DIR)
  --tokenizer DIR      tokenizer.model/.vocab (default: the model directory)
  --k N                kernels to propose per function (1)
  --temperature T      0 = greedy (0; 0.8 suits k > 1)
  --top-p P            nucleus sampling mass (0.95)
  --max-new N          longest kernel in tokens (1536)
  --seed S             sampling seed (0)
  --device D           auto | cpu | cuda (auto)
  --dtype D            f32 | bf16 (bf16 on the CPU: packed fast path)
  --python PY          interpreter for the check (env PY2TRITON_PYTHON,
                       else python3)
  --python-path DIR    PYTHONPATH holding py2triton.check (env
                       PY2TRITON_PYTHONPATH, else <repo>/python next to
                       this build)
  --check-timeout S    seconds before a check is stopped (300)
  --no-check 1         print kernels without verifying them
)";

/// "--key value" pairs.
std::map<std::string, std::string> parseOptions(int argc, char **argv) {
  static const char *known[] = {
      "model",       "tokenizer",     "k",       "temperature", "top-p",
      "max-new",     "seed",          "device",  "dtype",       "python",
      "python-path", "check-timeout", "no-check"};
  std::map<std::string, std::string> opts;
  for (int i = 1; i < argc; ++i) {
    std::string key = argv[i];
    if (key == "-h" || key == "--help") {
      std::cout << Usage;
      std::exit(0);
    }
    bool ok = key.rfind("--", 0) == 0;
    if (ok) {
      ok = false;
      for (const char *k : known)
        ok |= key.substr(2) == k;
    }
    if (!ok)
      throw std::invalid_argument("unknown option '" + key + "'");
    if (i + 1 >= argc)
      throw std::invalid_argument("option '" + key + "' needs a value");
    opts[key.substr(2)] = argv[++i];
  }
  return opts;
}

std::string get(const std::map<std::string, std::string> &opts,
                const std::string &key, const std::string &def) {
  auto it = opts.find(key);
  return it == opts.end() ? def : it->second;
}

double number(const std::map<std::string, std::string> &opts,
              const std::string &key, double def) {
  std::string s = get(opts, key, "");
  if (s.empty())
    return def;
  size_t used = 0;
  double v = 0;
  try {
    v = std::stod(s, &used);
  } catch (const std::exception &) {
  }
  if (used != s.size())
    throw std::invalid_argument("--" + key + ": not a number: '" + s + "'");
  return v;
}

std::string shellQuote(const std::string &s) {
  std::string out = "'";
  for (char c : s)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// <repo>/python when this binary sits in <repo>/<build>/bin.
std::string defaultPythonPath() {
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (ec)
    return "";
  for (fs::path dir = exe.parent_path(); dir.has_relative_path();
       dir = dir.parent_path())
    if (fs::exists(dir / "python" / "py2triton" / "check.py"))
      return (dir / "python").string();
  return "";
}

struct CheckResult {
  int status = -1;
  std::string output;
};

/// Runs `python -m py2triton.check SRC KERNEL` and captures its output.
CheckResult runCheck(const std::string &python, const std::string &pythonPath,
                     bool cuda, int timeoutS, const fs::path &src,
                     const fs::path &kernel) {
  std::string cmd;
  if (!pythonPath.empty()) {
    const char *old = std::getenv("PYTHONPATH");
    std::string path = pythonPath + (old && *old ? ":" + std::string(old) : "");
    cmd += "PYTHONPATH=" + shellQuote(path) + " ";
  }
  if (!cuda)
    cmd += "TRITON_INTERPRET=1 ";
  if (timeoutS > 0 && fs::exists("/usr/bin/timeout"))
    cmd += "/usr/bin/timeout " + std::to_string(timeoutS) + " ";
  cmd += shellQuote(python) + " -m py2triton.check " +
         shellQuote(src.string()) + " " + shellQuote(kernel.string()) + " 2>&1";
  CheckResult result;
  FILE *pipe = popen(cmd.c_str(), "r");
  if (!pipe) {
    result.output = "cannot start: " + cmd;
    return result;
  }
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0)
    result.output.append(buf.data(), n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

void writeFile(const fs::path &path, const std::string &text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out)
    throw std::runtime_error(path.string() + ": cannot write file");
}

/// Reads one pasted function: lines up to one holding only ".", or EOF.
/// Returns false at EOF with nothing read.
bool readFunction(std::istream &in, std::string &source) {
  source.clear();
  std::string line;
  bool any = false;
  while (std::getline(in, line)) {
    any = true;
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line == ".")
      return true;
    source += line + "\n";
  }
  return any && !source.empty();
}

bool isBlank(const std::string &s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

int run(int argc, char **argv) {
  auto opts = parseOptions(argc, argv);
  std::string modelDir = get(opts, "model", "");
  if (modelDir.empty())
    throw std::invalid_argument("missing --model (see --help)");
  if (!Tokenizer::canEncode())
    throw std::runtime_error("this build has no SentencePiece: it cannot "
                             "encode prompts");

  SampleOptions sample;
  sample.temperature = number(opts, "temperature", 0.0);
  sample.topP = number(opts, "top-p", 0.95);
  sample.maxNewTokens = static_cast<int64_t>(number(opts, "max-new", 1536));
  sample.seed = static_cast<uint64_t>(number(opts, "seed", 0));
  sample.stopId = SpecialIds::End;
  int64_t k = static_cast<int64_t>(number(opts, "k", 1));
  int timeoutS = static_cast<int>(number(opts, "check-timeout", 300));
  if (k < 1 || sample.temperature < 0 || !(sample.topP > 0) ||
      sample.maxNewTokens < 1)
    throw std::invalid_argument("need --k >= 1, --temperature >= 0, "
                                "--top-p > 0, --max-new >= 1");
  bool check = get(opts, "no-check", "0") == "0";

  std::string devName = get(opts, "device", "auto");
  bool cudaAvailable = torch::cuda::is_available();
  torch::Device device(torch::kCPU);
  if (devName == "auto")
    device = cudaAvailable ? torch::Device(torch::kCUDA) : device;
  else if (devName == "cuda" || devName.rfind("cuda:", 0) == 0) {
    if (!cudaAvailable)
      throw std::runtime_error("--device " + devName +
                               ": CUDA is not available");
    device = torch::Device(devName);
  } else if (devName != "cpu")
    throw std::invalid_argument("--device: expected auto, cpu or cuda");
  std::string dtype = get(opts, "dtype", device.is_cpu() ? "bf16" : "f32");
  if (dtype != "f32" && dtype != "bf16")
    throw std::invalid_argument("--dtype: expected f32 or bf16");

  std::string tokDir = get(opts, "tokenizer", modelDir);
  std::unique_ptr<Tokenizer> tok = Tokenizer::load(tokDir);
  MinimalLLM model = loadRelease(modelDir, device);
  if (dtype == "bf16")
    model->to(torch::kBFloat16);
  if (tok->vocabSize() != model->config().vocabSize)
    throw std::runtime_error(
        "the tokenizer has " + std::to_string(tok->vocabSize()) +
        " pieces, the model " + std::to_string(model->config().vocabSize));

  std::string python = get(opts, "python", "");
  if (python.empty())
    python = std::getenv("PY2TRITON_PYTHON") ? std::getenv("PY2TRITON_PYTHON")
                                             : "python3";
  std::string pythonPath = get(opts, "python-path", "");
  if (pythonPath.empty() && std::getenv("PY2TRITON_PYTHONPATH"))
    pythonPath = std::getenv("PY2TRITON_PYTHONPATH");
  if (pythonPath.empty())
    pythonPath = defaultPythonPath();

  // One scratch directory per session: the kernels stay for the user.
  std::string tmpl =
      (fs::temp_directory_path() / "py2triton-chat-XXXXXX").string();
  if (!mkdtemp(tmpl.data()))
    throw std::runtime_error("cannot create a directory under " +
                             fs::temp_directory_path().string());
  fs::path scratch(tmpl);

  bool interactive = isatty(0);
  const ModelConfig &config = model->config();
  std::cout << "py2triton-chat: " << config.name << " model ("
            << model->numParameters() << " parameters, " << dtype << ", "
            << device.str() << ") from " << modelDir << "\n"
            << "Paste a Python function and end it with a line holding only "
               "'.'; end of input quits.\n"
            << "Kernels and sources are kept in " << scratch.string() << "\n";
  if (check)
    std::cout << "Verification: " << python << " -m py2triton.check"
              << (cudaAvailable ? "" : " (TRITON_INTERPRET=1)") << "\n";
  std::cout << std::flush;

  std::string source;
  for (int turn = 1;; ++turn) {
    if (interactive)
      std::cout << "\n[" << turn << "] paste a function, then '.':\n"
                << std::flush;
    if (!readFunction(std::cin, source))
      break;
    if (isBlank(source)) {
      --turn;
      continue;
    }
    std::vector<int64_t> prompt;
    for (int id : tok->encodePrompt(source))
      prompt.push_back(id);
    if (static_cast<int64_t>(prompt.size()) >= config.maxSeqLen) {
      std::cout << "The function is " << prompt.size()
                << " tokens long; the model reads at most "
                << config.maxSeqLen - 1 << ". Try a shorter one.\n";
      continue;
    }
    fs::path src = scratch / ("turn" + std::to_string(turn) + "_source.py");
    writeFile(src, source);
    SampleOptions turnOptions = sample;
    turnOptions.seed = sample.seed + turn - 1;
    auto start = std::chrono::steady_clock::now();
    auto samples = generate(model, prompt, k, turnOptions);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    int passed = 0;
    for (int64_t i = 0; i < k; ++i) {
      std::vector<int> body;
      for (int64_t id : samples[i])
        if (id != SpecialIds::End)
          body.push_back(static_cast<int>(id));
      bool stopped =
          !samples[i].empty() && samples[i].back() == SpecialIds::End;
      std::string kernel = assembleModule(tok->decode(body), source);
      fs::path kernelPath = scratch / ("turn" + std::to_string(turn) +
                                       "_kernel" + std::to_string(i) + ".py");
      writeFile(kernelPath, kernel);
      std::cout << "\n--- proposed kernel " << i + 1 << "/" << k << " ("
                << samples[i].size() << " tokens"
                << (stopped ? "" : ", cut at --max-new") << ", "
                << kernelPath.string() << ") ---\n"
                << kernel
                << (kernel.empty() || kernel.back() == '\n' ? "" : "\n")
                << "--- end of kernel ---\n";
      if (!check)
        continue;
      std::cout << "verifying...\n" << std::flush;
      CheckResult r = runCheck(python, pythonPath, cudaAvailable, timeoutS, src,
                               kernelPath);
      std::cout << r.output
                << (r.output.empty() || r.output.back() == '\n' ? "" : "\n");
      if (r.status == 0) {
        ++passed;
        std::cout << "verification: PASSED\n";
      } else if (r.status == 124) {
        std::cout << "verification: TIMED OUT after " << timeoutS << " s\n";
      } else {
        std::cout << "verification: FAILED (py2triton.check exit status "
                  << r.status << ")\n";
      }
    }
    char took[32];
    std::snprintf(took, sizeof(took), "%.1f", seconds);
    std::cout << "\n"
              << k << " kernel" << (k == 1 ? "" : "s") << " in " << took
              << " s";
    if (check)
      std::cout << ", " << passed << " passed";
    std::cout << "\n" << std::flush;
  }
  std::cout << "bye\n";
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception &e) {
    std::cerr << "py2triton-chat: error: " << e.what() << "\n";
    return 1;
  }
}
