//===- py2triton-lm.cpp - Inspect, create, run and time LLM releases ------===//
//
//   py2triton-lm info     --model DIR
//   py2triton-lm init     --config tiny|base --out DIR [--vocab-size N]
//                         [--format f32|bf16|int8] [--seed S]
//   py2triton-lm generate --model DIR [--tokenizer DIR]
//                         (--prompt-file F.py | --prompt-ids "2 17 ...") ...
//   py2triton-lm sample   --model DIR --tokenizer DIR --prompts X.tok
//                         --ids X.tok.ids --select ids.txt --out S.jsonl ...
//   py2triton-lm bench    --model DIR [--tokens N] [--dtype f32|bf16]
//                         [--threads N]
//
// Errors print one line to stderr and exit with status 1.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Answer.h"
#include "py2triton/LLM/Checkpoint.h"
#include "py2triton/LLM/Generate.h"
#include "py2triton/LLM/Io.h"
#include "py2triton/LLM/Tokenizer.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

using namespace py2triton::llm;
namespace fs = std::filesystem;

namespace {

const char *Usage = R"(usage: py2triton-lm COMMAND [options]

commands:
  info      --model DIR
            print the release's config, exact parameter count and format
  init      --config tiny|base --out DIR [--vocab-size N (8192)]
            [--format f32|bf16|int8 (f32)] [--seed S (0)] [--shard-bytes N]
            write a randomly initialized release (tests, benchmarks)
  generate  --model DIR [--tokenizer DIR]
            (--prompt-file F.py | --prompt-ids IDS)
            [--k N (1)] [--temperature T (0 = greedy)] [--top-p P (1)]
            [--max-new N (512)] [--seed S (0)] [--device auto|cpu|cuda]
            [--dtype f32|bf16] [--stop-id ID (5 = <end>; -1 none)]
            [--out samples.jsonl]
            print the decoded answers; --out writes one JSON object per
            sample: {"sample", "text", "tokens", "stopped"}; with
            --prompt-file a compact answer becomes its whole module
  sample    --model DIR --tokenizer DIR --prompts X.tok --ids X.tok.ids
            --select ids.txt --out samples.jsonl [--k N] [--temperature T]
            [--top-p P] [--max-new N] [--seed S] [--device D] [--dtype D]
            for each selected example id: its prompt (<prompt> .. <answer>)
            from the token file, k samples, one JSON line each:
            {"id", "sample", "text", "tokens", "seconds", "stopped"};
            "text" is the whole module (a compact answer is assembled
            with the prompt's source)
            [--batch N (16)]: prompts decoded together (sorted by
            length, left-padded); "seconds" is the batch's time
  bench     --model DIR [--tokens N (256)] [--dtype f32|bf16 (f32)]
            [--threads N] [--device D] [--prompt-len N (16)] [--packed 0|1]
            greedy decoding speed with the KV cache (tokens/s); --packed 0
            turns off the packed bf16 CPU decoder

The tokenizer directory defaults to the model directory. Without a tokenizer
generate prints token ids.
)";

/// "--key value" options of one command, checked against the allowed keys.
class Options {
public:
  Options(int argc, char **argv, const std::set<std::string> &allowed) {
    for (int i = 0; i < argc; ++i) {
      std::string key = argv[i];
      if (key.rfind("--", 0) != 0 || !allowed.count(key.substr(2)))
        throw std::invalid_argument("unknown option '" + key + "'");
      if (i + 1 >= argc)
        throw std::invalid_argument("option '" + key + "' needs a value");
      values_[key.substr(2)] = argv[++i];
    }
  }
  bool has(const std::string &key) const { return values_.count(key); }
  std::string str(const std::string &key, const std::string &def = "") const {
    auto it = values_.find(key);
    return it == values_.end() ? def : it->second;
  }
  std::string required(const std::string &key) const {
    if (!has(key))
      throw std::invalid_argument("missing --" + key);
    return str(key);
  }
  int64_t integer(const std::string &key, int64_t def) const {
    if (!has(key))
      return def;
    return parse<int64_t>(
        key, [](const std::string &s, size_t *n) { return std::stoll(s, n); });
  }
  double real(const std::string &key, double def) const {
    if (!has(key))
      return def;
    return parse<double>(
        key, [](const std::string &s, size_t *n) { return std::stod(s, n); });
  }

private:
  template <typename T, typename F>
  T parse(const std::string &key, F convert) const {
    const std::string &s = values_.at(key);
    try {
      size_t used = 0;
      T value = convert(s, &used);
      if (used == s.size())
        return value;
    } catch (const std::exception &) {
    }
    throw std::invalid_argument("--" + key + ": not a number: '" + s + "'");
  }
  std::map<std::string, std::string> values_;
};

torch::Device pickDevice(const std::string &name) {
  if (name == "auto")
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA)
                                       : torch::Device(torch::kCPU);
  torch::Device device(torch::kCPU);
  try {
    device = torch::Device(name);
  } catch (const std::exception &) {
    throw std::invalid_argument("--device: expected auto, cpu or cuda[:N], "
                                "got '" +
                                name + "'");
  }
  if (device.is_cuda() && !torch::cuda::is_available())
    throw std::runtime_error("--device " + name +
                             ": CUDA is not available on this machine");
  if (!device.is_cpu() && !device.is_cuda())
    throw std::invalid_argument("--device: expected cpu or cuda, got '" + name +
                                "'");
  return device;
}

torch::Dtype pickDtype(const std::string &name) {
  if (name == "f32" || name == "fp32" || name == "float32")
    return torch::kFloat32;
  if (name == "bf16" || name == "bfloat16")
    return torch::kBFloat16;
  throw std::invalid_argument("--dtype: expected f32 or bf16, got '" + name +
                              "'");
}

MinimalLLM loadModel(const Options &opts) {
  torch::Device device = pickDevice(opts.str("device", "auto"));
  MinimalLLM model = loadRelease(opts.required("model"), device);
  model->to(pickDtype(opts.str("dtype", "f32")));
  return model;
}

/// The tokenizer of --tokenizer, else the model directory's, else none
/// (when `required` is false).
std::unique_ptr<Tokenizer> loadTokenizer(const Options &opts, bool required) {
  std::string dir = opts.str("tokenizer");
  if (dir.empty()) {
    dir = opts.str("model");
    if (!fs::exists(fs::path(dir) / "tokenizer.vocab")) {
      if (required)
        throw std::invalid_argument(
            "missing --tokenizer (no tokenizer.vocab in the model directory)");
      return nullptr;
    }
  }
  return Tokenizer::load(dir);
}

SampleOptions sampleOptions(const Options &opts) {
  SampleOptions s;
  s.temperature = opts.real("temperature", 0.0);
  s.topP = opts.real("top-p", 1.0);
  s.maxNewTokens = opts.integer("max-new", 512);
  s.stopId = opts.integer("stop-id", SpecialIds::End);
  s.seed = static_cast<uint64_t>(opts.integer("seed", 0));
  if (s.temperature < 0 || !(s.topP > 0 && s.topP <= 1) || s.maxNewTokens < 0)
    throw std::invalid_argument("need --temperature >= 0, 0 < --top-p <= 1 "
                                "and --max-new >= 0");
  return s;
}

int64_t numSamples(const Options &opts) {
  int64_t k = opts.integer("k", 1);
  if (k < 1)
    throw std::invalid_argument("--k must be >= 1");
  return k;
}

/// The Python source of an encoded prompt (between <prompt> and <baseline>
/// or <answer>): what a compact answer's module embeds.
std::string promptSource(const Tokenizer &tok,
                         const std::vector<int64_t> &prompt) {
  std::vector<int> ids;
  for (size_t i = 1; i < prompt.size(); ++i) {
    if (prompt[i] == SpecialIds::Baseline || prompt[i] == SpecialIds::Answer)
      break;
    ids.push_back(static_cast<int>(prompt[i]));
  }
  return tok.decode(ids);
}

/// The answer text of generated ids (the stop token left out).
std::string answerText(const Tokenizer *tok, const std::vector<int64_t> &ids,
                       int64_t stopId) {
  std::vector<int> body;
  for (int64_t id : ids)
    if (id != stopId)
      body.push_back(static_cast<int>(id));
  if (tok)
    return tok->decode(body);
  std::string s;
  for (int id : body)
    s += (s.empty() ? "" : " ") + std::to_string(id);
  return s;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

void synchronize(torch::Device device) {
  if (device.is_cuda())
    torch::cuda::synchronize(device.index());
}

std::string withCommas(int64_t n) {
  std::string s = std::to_string(n), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0)
      out += ',';
    out += s[i];
  }
  return out;
}

int runInfo(const Options &opts) {
  std::string dir = opts.required("model");
  ReleaseInfo info = readReleaseInfo(dir);
  const ModelConfig &c = info.config;
  std::cout << "model:       " << dir << "\n"
            << "config:      " << c.name << " (vocab " << c.vocabSize
            << ", dim " << c.dim << ", layers " << c.numLayers << ", heads "
            << c.numHeads << ", ffn " << c.ffnHidden << ", max_seq_len "
            << c.maxSeqLen << ", rope_theta " << c.ropeTheta << ", norm_eps "
            << c.normEps << ")\n"
            << "parameters:  " << withCommas(info.parameters) << " ("
            << info.parameters << ")\n"
            << "format:      " << weightFormatName(info.format) << "\n"
            << "weights:     " << withCommas(info.totalBytes) << " bytes in "
            << info.shards.size() << " shard"
            << (info.shards.size() == 1 ? "" : "s") << "\n"
            << "tokenizer:   "
            << (fs::exists(fs::path(dir) / "tokenizer.vocab") ? "yes" : "no")
            << "\n";
  return 0;
}

int runInit(const Options &opts) {
  ModelConfig config = ModelConfig::byName(opts.required("config"),
                                           opts.integer("vocab-size", 8192));
  if (config.vocabSize < 6 || config.vocabSize > 65536)
    throw std::invalid_argument("--vocab-size must be in [6, 65536]");
  WeightFormat format = parseWeightFormat(opts.str("format", "f32"));
  std::string out = opts.required("out");
  int64_t shardBytes = opts.integer("shard-bytes", 16 << 20);
  torch::manual_seed(static_cast<uint64_t>(opts.integer("seed", 0)));
  MinimalLLM model(config);
  int64_t bytes = saveRelease(model, out, format, shardBytes);
  std::cout << "wrote " << out << ": " << config.name << ", "
            << withCommas(model->numParameters()) << " parameters, "
            << weightFormatName(format) << ", " << withCommas(bytes)
            << " bytes\n";
  return 0;
}

std::vector<int64_t> parseIds(const std::string &text) {
  std::vector<int64_t> ids;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    size_t used = 0;
    int64_t id = -1;
    try {
      id = std::stoll(word, &used);
    } catch (const std::exception &) {
    }
    if (used != word.size() || id < 0)
      throw std::invalid_argument("--prompt-ids: not a token id: '" + word +
                                  "'");
    ids.push_back(id);
  }
  return ids;
}

int runGenerate(const Options &opts) {
  if (opts.has("prompt-file") == opts.has("prompt-ids"))
    throw std::invalid_argument("give one of --prompt-file or --prompt-ids");
  SampleOptions sample = sampleOptions(opts);
  int64_t k = numSamples(opts);
  std::unique_ptr<Tokenizer> tok = loadTokenizer(opts, opts.has("prompt-file"));
  std::vector<int64_t> prompt;
  std::string source;
  if (opts.has("prompt-file")) {
    if (!Tokenizer::canEncode())
      throw std::runtime_error("--prompt-file needs encoding, which needs a "
                               "build with SentencePiece; use --prompt-ids");
    source = readFile(opts.str("prompt-file"));
    for (int id : tok->encodePrompt(source))
      prompt.push_back(id);
  } else {
    prompt = parseIds(opts.str("prompt-ids"));
  }
  MinimalLLM model = loadModel(opts);
  if (tok && tok->vocabSize() != model->config().vocabSize)
    throw std::runtime_error(
        "the tokenizer has " + std::to_string(tok->vocabSize()) +
        " pieces, the model " + std::to_string(model->config().vocabSize));

  auto start = std::chrono::steady_clock::now();
  auto samples = generate(model, prompt, k, sample);
  double seconds = secondsSince(start);
  std::ostringstream jsonl;
  int64_t total = 0;
  for (size_t i = 0; i < samples.size(); ++i) {
    std::string text = answerText(tok.get(), samples[i], sample.stopId);
    if (tok && opts.has("prompt-file"))
      text = assembleModule(text, source); // compact answer -> module
    bool stopped = !samples[i].empty() && samples[i].back() == sample.stopId;
    total += static_cast<int64_t>(samples[i].size());
    std::cout << "=== sample " << i << " (" << samples[i].size() << " tokens"
              << (stopped ? "" : ", no end token") << ")\n"
              << text << (text.empty() || text.back() == '\n' ? "" : "\n");
    jsonl << "{\"sample\": " << i << ", \"text\": " << jsonQuote(text)
          << ", \"tokens\": " << samples[i].size()
          << ", \"stopped\": " << (stopped ? "true" : "false") << "}\n";
  }
  std::fprintf(stderr, "%lld tokens in %.2f s (%.1f tokens/s)\n",
               static_cast<long long>(total), seconds,
               seconds > 0 ? total / seconds : 0.0);
  if (opts.has("out"))
    writeFileAtomic(opts.str("out"), jsonl.str());
  return 0;
}

/// One line of a .tok.ids file.
struct Span {
  int64_t offset = 0, length = 0;
};

std::unordered_map<std::string, Span> readIdsFile(const std::string &path,
                                                  int64_t numTokens) {
  std::ifstream in(path);
  if (!in)
    throw std::runtime_error(path + ": cannot open file");
  std::unordered_map<std::string, Span> spans;
  std::string line;
  for (int64_t lineNo = 1; std::getline(in, line); ++lineNo) {
    if (line.empty())
      continue;
    std::istringstream fields(line);
    std::string id;
    Span span;
    if (!std::getline(fields, id, '\t') || !(fields >> span.offset) ||
        !(fields >> span.length) || span.offset < 0 || span.length < 1 ||
        span.offset + span.length > numTokens)
      throw std::runtime_error(path + ":" + std::to_string(lineNo) +
                               ": expected 'id<TAB>offset<TAB>length' inside "
                               "the token file");
    spans[id] = span;
  }
  return spans;
}

std::vector<uint16_t> readTokenFile(const std::string &path) {
  std::string bytes = readFile(path);
  if (bytes.size() % 2)
    throw std::runtime_error(path + ": odd size for a uint16 token file");
  std::vector<uint16_t> tokens(bytes.size() / 2);
  std::memcpy(tokens.data(), bytes.data(), bytes.size());
  return tokens;
}

int runSample(const Options &opts) {
  SampleOptions sample = sampleOptions(opts);
  int64_t k = numSamples(opts);
  std::string tokPath = opts.required("prompts");
  std::string idsPath = opts.required("ids");
  std::string selectPath = opts.required("select");
  std::string outPath = opts.required("out");
  std::vector<uint16_t> tokens = readTokenFile(tokPath);
  auto spans = readIdsFile(idsPath, static_cast<int64_t>(tokens.size()));

  // Every selected prompt, checked before anything runs.
  std::vector<std::pair<std::string, std::vector<int64_t>>> work;
  {
    std::ifstream in(selectPath);
    if (!in)
      throw std::runtime_error(selectPath + ": cannot open file");
    std::string id;
    while (std::getline(in, id)) {
      while (!id.empty() && (id.back() == '\r' || id.back() == ' '))
        id.pop_back();
      if (id.empty() || id[0] == '#')
        continue;
      auto it = spans.find(id);
      if (it == spans.end())
        throw std::runtime_error(selectPath + ": id '" + id + "' is not in " +
                                 idsPath);
      const Span &span = it->second;
      if (tokens[span.offset] != SpecialIds::Prompt)
        throw std::runtime_error(tokPath + ": example '" + id +
                                 "' does not start with <prompt>");
      std::vector<int64_t> prompt;
      for (int64_t i = span.offset; i < span.offset + span.length; ++i) {
        prompt.push_back(tokens[i]);
        if (tokens[i] == SpecialIds::Answer)
          break;
      }
      if (prompt.back() != SpecialIds::Answer)
        throw std::runtime_error(tokPath + ": example '" + id +
                                 "' has no <answer> token");
      work.emplace_back(id, std::move(prompt));
    }
  }
  std::unique_ptr<Tokenizer> tok = loadTokenizer(opts, true);
  MinimalLLM model = loadModel(opts);
  if (tok->vocabSize() != model->config().vocabSize)
    throw std::runtime_error(
        "the tokenizer has " + std::to_string(tok->vocabSize()) +
        " pieces, the model " + std::to_string(model->config().vocabSize));
  torch::Device device = model->tokEmb->weight.device();

  std::ofstream out(outPath, std::ios::trunc);
  if (!out)
    throw std::runtime_error(outPath + ": cannot create file");
  int64_t totalTokens = 0;
  auto allStart = std::chrono::steady_clock::now();
  // Prompts of similar lengths share a batch (less padding): sorted by
  // length, then cut into batches of --batch prompts.
  int64_t batch = opts.integer("batch", 16);
  if (batch < 1)
    throw std::invalid_argument("--batch must be >= 1");
  std::vector<size_t> order(work.size());
  for (size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return work[a].second.size() < work[b].second.size();
  });
  int64_t maxSeq = model->config().maxSeqLen;
  size_t done = 0;
  for (size_t first = 0, chunk = 0; first < order.size();
       first += static_cast<size_t>(batch), ++chunk) {
    size_t last = std::min(order.size(), first + static_cast<size_t>(batch));
    std::vector<size_t> members, skipped;
    std::vector<std::vector<int64_t>> prompts;
    for (size_t j = first; j < last; ++j) {
      const auto &prompt = work[order[j]].second;
      if (static_cast<int64_t>(prompt.size()) >= maxSeq) {
        skipped.push_back(order[j]);
        continue;
      }
      members.push_back(order[j]);
      prompts.push_back(prompt);
    }
    SampleOptions chunkOptions = sample;
    chunkOptions.seed = sample.seed + chunk;
    auto start = std::chrono::steady_clock::now();
    auto samples = generateBatch(model, prompts, k, chunkOptions);
    synchronize(device);
    double seconds = secondsSince(start);
    for (size_t e : skipped) {
      std::string error = "prompt of " +
                          std::to_string(work[e].second.size()) +
                          " tokens fills the context";
      for (int64_t i = 0; i < k; ++i)
        out << "{\"id\": " << jsonQuote(work[e].first) << ", \"sample\": " << i
            << ", \"text\": \"\", \"tokens\": 0, \"seconds\": 0"
            << ", \"stopped\": false, \"error\": " << jsonQuote(error)
            << "}\n";
    }
    for (size_t m = 0; m < members.size(); ++m) {
      std::string source = promptSource(*tok, prompts[m]);
      for (int64_t i = 0; i < k; ++i) {
        const auto &s = samples[m][i];
        bool stopped = !s.empty() && s.back() == sample.stopId;
        totalTokens += static_cast<int64_t>(s.size());
        out << "{\"id\": " << jsonQuote(work[members[m]].first)
            << ", \"sample\": " << i << ", \"text\": "
            << jsonQuote(assembleModule(
                   answerText(tok.get(), s, sample.stopId), source))
            << ", \"tokens\": " << s.size() << ", \"seconds\": " << seconds
            << ", \"stopped\": " << (stopped ? "true" : "false") << "}\n";
      }
    }
    out.flush();
    if (!out)
      throw std::runtime_error(outPath + ": write failed");
    done += last - first;
    std::fprintf(stderr, "[%zu/%zu] %zu prompts x %lld samples: %.2f s%s\n",
                 done, work.size(), members.size(), static_cast<long long>(k),
                 seconds, skipped.empty() ? "" : " (some skipped)");
  }
  double seconds = secondsSince(allStart);
  std::fprintf(stderr,
               "%zu entries x %lld samples, %lld tokens in %.1f s "
               "(%.1f tokens/s)\n",
               work.size(), static_cast<long long>(k),
               static_cast<long long>(totalTokens), seconds,
               seconds > 0 ? totalTokens / seconds : 0.0);
  return 0;
}

int runBench(const Options &opts) {
  if (opts.has("threads")) {
    int64_t threads = opts.integer("threads", 0);
    if (threads < 1)
      throw std::invalid_argument("--threads must be >= 1");
    torch::set_num_threads(static_cast<int>(threads));
  }
  int64_t tokens = opts.integer("tokens", 256);
  int64_t promptLen = opts.integer("prompt-len", 16);
  if (tokens < 1 || promptLen < 1)
    throw std::invalid_argument("--tokens and --prompt-len must be >= 1");
  MinimalLLM model = loadModel(opts);
  const ModelConfig &config = model->config();
  if (promptLen + tokens > config.maxSeqLen)
    throw std::invalid_argument("--prompt-len + --tokens exceeds the model's " +
                                std::to_string(config.maxSeqLen) +
                                " positions");
  torch::Device device = model->tokEmb->weight.device();
  std::vector<int64_t> prompt(promptLen);
  for (int64_t i = 0; i < promptLen; ++i)
    prompt[i] = 6 + (i * 7919) % (config.vocabSize - 6);
  SampleOptions options; // greedy, no stop token
  options.packedCpuWeights = opts.integer("packed", 1) != 0;
  options.maxNewTokens = 16;
  generate(model, prompt, 1, options); // warm-up
  options.maxNewTokens = tokens;
  synchronize(device);
  auto start = std::chrono::steady_clock::now();
  auto out = generate(model, prompt, 1, options);
  synchronize(device);
  double seconds = secondsSince(start);
  double rate = static_cast<double>(out[0].size()) / seconds;
  std::string dtype =
      model->tokEmb->weight.scalar_type() == torch::kBFloat16 ? "bf16" : "f32";
  std::printf("bench: %s %s, %s, %d threads: %zu tokens (prompt %lld) in "
              "%.3f s\n",
              config.name.c_str(), dtype.c_str(), device.str().c_str(),
              torch::get_num_threads(), out[0].size(),
              static_cast<long long>(promptLen), seconds);
  std::printf("tokens/s: %.1f\n", rate);
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2 || std::string(argv[1]) == "-h" ||
      std::string(argv[1]) == "--help") {
    std::cout << Usage;
    return argc < 2 ? 1 : 0;
  }
  std::string command = argv[1];
  const std::set<std::string> runOpts = {
      "model", "tokenizer", "k",     "temperature", "top-p", "max-new",
      "seed",  "device",    "dtype", "stop-id",     "out"};
  try {
    auto with = [&](std::set<std::string> extra) {
      extra.insert(runOpts.begin(), runOpts.end());
      return extra;
    };
    if (command == "info")
      return runInfo(Options(argc - 2, argv + 2, {"model"}));
    if (command == "init")
      return runInit(Options(
          argc - 2, argv + 2,
          {"config", "vocab-size", "out", "format", "seed", "shard-bytes"}));
    if (command == "generate")
      return runGenerate(
          Options(argc - 2, argv + 2, with({"prompt-file", "prompt-ids"})));
    if (command == "sample")
      return runSample(
          Options(argc - 2, argv + 2, with({"prompts", "ids", "select", "batch"})));
    if (command == "bench")
      return runBench(Options(argc - 2, argv + 2,
                              {"model", "tokens", "dtype", "threads", "device",
                               "prompt-len", "packed"}));
    std::cerr << "py2triton-lm: unknown command '" << command << "'\n" << Usage;
    return 1;
  } catch (const std::exception &e) {
    std::cerr << "py2triton-lm " << command << ": error: " << e.what() << "\n";
    return 1;
  }
}
