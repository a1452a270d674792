//===- Checkpoint.cpp - Released weights: sharded, optionally int8 --------===//
//
// See Checkpoint.h for the layout. The weights are serialized into one byte
// stream that is cut into shards at shardBytes boundaries (a tensor may span
// two shards); config.json lists every shard with its size and a 64-bit hash,
// so a truncated, missing or altered shard is caught before any weight is
// used.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Checkpoint.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>

using namespace py2triton::llm;
namespace fs = std::filesystem;

namespace {

constexpr char Magic[4] = {'P', '2', 'T', 'W'};
constexpr uint32_t Version = 1;

enum class StoredType : uint32_t { Float32 = 0, BFloat16 = 1, Int8Rows = 2 };

/// 64-bit hash of a byte string, 8 bytes at a time (not cryptographic: it
/// detects accidental damage).
uint64_t hashBytes(const char *data, size_t size) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ size;
  size_t words = size / 8;
  for (size_t i = 0; i < words; ++i) {
    uint64_t w;
    std::memcpy(&w, data + 8 * i, 8);
    h ^= w;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  for (size_t i = 8 * words; i < size; ++i) {
    h ^= static_cast<unsigned char>(data[i]);
    h *= 0x100000001B3ull;
  }
  h ^= h >> 29;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 32;
  return h;
}

std::string hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx",
                static_cast<unsigned long long>(v));
  return buf;
}

std::string shardName(size_t index) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "weights-%03zu.bin", index);
  return buf;
}

class Writer {
public:
  void raw(const void *data, size_t size) {
    const char *p = static_cast<const char *>(data);
    bytes.insert(bytes.end(), p, p + size);
  }
  void u32(uint32_t v) { raw(&v, 4); }
  void i64(int64_t v) { raw(&v, 8); }
  void tensor(const torch::Tensor &t) {
    auto c = t.contiguous();
    raw(c.data_ptr(), c.numel() * c.element_size());
  }
  std::vector<char> bytes;
};

class Reader {
public:
  Reader(const std::vector<char> &bytes, const std::string &what)
      : bytes_(bytes), what_(what) {}
  void raw(void *out, size_t size) {
    if (size > bytes_.size() - pos_)
      fail("truncated weight stream");
    std::memcpy(out, bytes_.data() + pos_, size);
    pos_ += size;
  }
  uint32_t u32() {
    uint32_t v;
    raw(&v, 4);
    return v;
  }
  int64_t i64() {
    int64_t v;
    raw(&v, 8);
    return v;
  }
  bool atEnd() const { return pos_ == bytes_.size(); }
  [[noreturn]] void fail(const std::string &msg) const {
    throw std::runtime_error(what_ + ": " + msg + " (at byte " +
                             std::to_string(pos_) + ")");
  }

private:
  const std::vector<char> &bytes_;
  std::string what_;
  size_t pos_ = 0;
};

/// Serializes one parameter (on the CPU) in `format`.
void writeTensor(Writer &w, const std::string &name, torch::Tensor value,
                 WeightFormat format) {
  value = value.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  StoredType type = StoredType::Float32;
  if (value.dim() == 2 && format == WeightFormat::BFloat16)
    type = StoredType::BFloat16;
  else if (value.dim() == 2 && format == WeightFormat::Int8)
    type = StoredType::Int8Rows;
  w.u32(static_cast<uint32_t>(name.size()));
  w.raw(name.data(), name.size());
  w.u32(static_cast<uint32_t>(type));
  w.u32(static_cast<uint32_t>(value.dim()));
  for (int64_t s : value.sizes())
    w.i64(s);
  switch (type) {
  case StoredType::Float32:
    w.tensor(value);
    break;
  case StoredType::BFloat16:
    w.tensor(value.to(torch::kBFloat16));
    break;
  case StoredType::Int8Rows: {
    // Symmetric per row: q = round(w / s), s = max|row| / 127.
    auto scale = value.abs().amax(1, /*keepdim=*/true) / 127.0;
    auto safe = torch::where(scale > 0, scale, torch::ones_like(scale));
    auto q = torch::round(value / safe).clamp(-127, 127).to(torch::kInt8);
    w.tensor(scale.squeeze(1));
    w.tensor(q);
    break;
  }
  }
}

torch::Tensor readTensor(Reader &r, StoredType type,
                         const std::vector<int64_t> &shape) {
  int64_t numel = 1;
  for (int64_t s : shape)
    numel *= s;
  auto read = [&](torch::Dtype dtype, std::vector<int64_t> sizes) {
    auto t = torch::empty(sizes, dtype);
    r.raw(t.data_ptr(), t.numel() * t.element_size());
    return t;
  };
  switch (type) {
  case StoredType::Float32:
    return read(torch::kFloat32, shape);
  case StoredType::BFloat16:
    return read(torch::kBFloat16, shape).to(torch::kFloat32);
  case StoredType::Int8Rows: {
    if (shape.size() != 2)
      r.fail("int8 rows need a 2-D tensor");
    auto scale = read(torch::kFloat32, {shape[0]});
    auto q = read(torch::kInt8, shape);
    return q.to(torch::kFloat32) * scale.unsqueeze(1);
  }
  }
  r.fail("unknown tensor type " + std::to_string(static_cast<uint32_t>(type)));
}

void writeFileAtomic(const fs::path &path, const char *data, size_t size) {
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out)
      throw std::runtime_error(tmp.string() + ": cannot create file");
    out.write(data, static_cast<std::streamsize>(size));
    out.close();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw std::runtime_error(tmp.string() + ": write failed");
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec)
    throw std::runtime_error(path.string() + ": cannot rename from " +
                             tmp.string() + ": " + ec.message());
}

std::vector<char> readFile(const fs::path &path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in)
    throw std::runtime_error(path.string() + ": cannot open file");
  std::streamsize size = in.tellg();
  in.seekg(0);
  std::vector<char> bytes(size < 0 ? 0 : static_cast<size_t>(size));
  if (size < 0 || !in.read(bytes.data(), size))
    throw std::runtime_error(path.string() + ": read failed");
  return bytes;
}

struct ShardInfo {
  std::string file;
  int64_t bytes = 0;
  std::string hash;
};

/// config.json of dir: its text, the model config and the shard list.
struct ConfigFile {
  fs::path path;
  std::string json;
  ModelConfig config;
  std::vector<ShardInfo> shards;
};

ConfigFile readConfigFile(const fs::path &root) {
  ConfigFile c;
  c.path = root / "config.json";
  std::vector<char> bytes = readFile(c.path);
  c.json.assign(bytes.begin(), bytes.end());
  try {
    c.config = ModelConfig::fromJson(c.json);
  } catch (const std::exception &e) {
    throw std::runtime_error(c.path.string() + ": " + e.what());
  }
  std::regex shardRe("\\{\"file\":\\s*\"([^\"]+)\",\\s*\"bytes\":\\s*"
                     "([0-9]+),\\s*\"hash\":\\s*\"([0-9a-f]{16})\"\\}");
  for (auto it = std::sregex_iterator(c.json.begin(), c.json.end(), shardRe);
       it != std::sregex_iterator(); ++it)
    c.shards.push_back({(*it)[1], std::stoll((*it)[2]), (*it)[3]});
  if (c.shards.empty())
    throw std::runtime_error(c.path.string() + ": no weight shards listed");
  return c;
}

/// The string value of "key" in a flat JSON text, or "" when absent.
std::string jsonString(const std::string &json, const std::string &key) {
  std::smatch m;
  std::regex re("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"");
  return std::regex_search(json, m, re) ? m[1].str() : std::string();
}

} // namespace

std::string py2triton::llm::weightFormatName(WeightFormat format) {
  switch (format) {
  case WeightFormat::Float32:
    return "f32";
  case WeightFormat::BFloat16:
    return "bf16";
  case WeightFormat::Int8:
    return "int8";
  }
  return "?";
}

WeightFormat py2triton::llm::parseWeightFormat(const std::string &name) {
  if (name == "f32" || name == "fp32" || name == "float32")
    return WeightFormat::Float32;
  if (name == "bf16" || name == "bfloat16")
    return WeightFormat::BFloat16;
  if (name == "int8")
    return WeightFormat::Int8;
  throw std::invalid_argument("unknown weight format '" + name +
                              "' (expected f32, bf16 or int8)");
}

ReleaseInfo py2triton::llm::readReleaseInfo(const std::string &dir) {
  ConfigFile c = readConfigFile(dir);
  ReleaseInfo info;
  info.config = c.config;
  try {
    info.format = parseWeightFormat(jsonString(c.json, "format"));
  } catch (const std::exception &e) {
    throw std::runtime_error(c.path.string() + ": " + e.what());
  }
  info.parameters = MinimalLLM(c.config)->numParameters();
  for (const ShardInfo &s : c.shards) {
    info.totalBytes += s.bytes;
    info.shards.push_back(s.file);
  }
  return info;
}

int64_t py2triton::llm::saveRelease(MinimalLLM &model, const std::string &dir,
                                    WeightFormat format, int64_t shardBytes) {
  if (shardBytes < 1)
    throw std::invalid_argument("saveRelease: shardBytes must be positive");
  Writer w;
  w.raw(Magic, 4);
  w.u32(Version);
  w.u32(static_cast<uint32_t>(format));
  auto params = model->named_parameters();
  w.u32(static_cast<uint32_t>(params.size()));
  {
    torch::NoGradGuard noGrad;
    for (const auto &p : params)
      writeTensor(w, p.key(), p.value(), format);
  }

  fs::path root(dir);
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec || !fs::is_directory(root))
    throw std::runtime_error(dir + ": cannot create directory");

  std::vector<ShardInfo> shards;
  for (size_t off = 0; off < w.bytes.size();
       off += static_cast<size_t>(shardBytes)) {
    size_t size = std::min<size_t>(shardBytes, w.bytes.size() - off);
    ShardInfo info{shardName(shards.size()), static_cast<int64_t>(size),
                   hex64(hashBytes(w.bytes.data() + off, size))};
    writeFileAtomic(root / info.file, w.bytes.data() + off, size);
    shards.push_back(info);
  }

  // config.json: the ModelConfig fields, then the release's own.
  std::string config = model->config().toJson();
  config.pop_back(); // '}'
  std::ostringstream os;
  os << config << ",\n \"format\": \"" << weightFormatName(format)
     << "\", \"parameters\": " << model->numParameters()
     << ", \"total_bytes\": " << w.bytes.size() << ",\n \"shards\": [";
  for (size_t i = 0; i < shards.size(); ++i)
    os << (i ? ",\n  " : "\n  ") << "{\"file\": \"" << shards[i].file
       << "\", \"bytes\": " << shards[i].bytes << ", \"hash\": \""
       << shards[i].hash << "\"}";
  os << "]}\n";
  std::string json = os.str();
  writeFileAtomic(root / "config.json", json.data(), json.size());

  // Shards of an earlier, larger release in the same directory.
  for (size_t i = shards.size();; ++i) {
    fs::path stale = root / shardName(i);
    if (!fs::exists(stale))
      break;
    fs::remove(stale, ec);
  }
  return static_cast<int64_t>(w.bytes.size() + json.size());
}

MinimalLLM py2triton::llm::loadRelease(const std::string &dir,
                                       torch::Device device) {
  fs::path root(dir);
  ConfigFile configFile = readConfigFile(root);
  const fs::path &configPath = configFile.path;
  const ModelConfig &config = configFile.config;
  const std::vector<ShardInfo> &shards = configFile.shards;

  std::vector<char> stream;
  for (const ShardInfo &shard : shards) {
    if (shard.file.find('/') != std::string::npos)
      throw std::runtime_error(configPath.string() + ": bad shard name '" +
                               shard.file + "'");
    fs::path path = root / shard.file;
    std::vector<char> bytes = readFile(path);
    if (static_cast<int64_t>(bytes.size()) != shard.bytes)
      throw std::runtime_error(
          path.string() + ": " + std::to_string(bytes.size()) +
          " bytes, config.json says " + std::to_string(shard.bytes));
    if (hex64(hashBytes(bytes.data(), bytes.size())) != shard.hash)
      throw std::runtime_error(path.string() +
                               ": corrupt (hash differs from config.json)");
    stream.insert(stream.end(), bytes.begin(), bytes.end());
  }

  std::string what = (root / shards.front().file).string();
  Reader r(stream, what);
  char magic[4];
  r.raw(magic, 4);
  if (std::memcmp(magic, Magic, 4) != 0)
    r.fail("not a py2triton weight file");
  if (uint32_t v = r.u32(); v != Version)
    r.fail("unsupported version " + std::to_string(v));
  r.u32(); // format: each tensor records its own type
  uint32_t count = r.u32();

  MinimalLLM model(config);
  auto params = model->named_parameters();
  if (count != params.size())
    r.fail(std::to_string(count) + " tensors, the model has " +
           std::to_string(params.size()));
  {
    torch::NoGradGuard noGrad;
    std::map<std::string, bool> seen;
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t nameLen = r.u32();
      if (nameLen > 4096)
        r.fail("bad tensor name length");
      std::string name(nameLen, '\0');
      r.raw(name.data(), nameLen);
      uint32_t type = r.u32();
      if (type > static_cast<uint32_t>(StoredType::Int8Rows))
        r.fail("unknown tensor type " + std::to_string(type));
      uint32_t ndim = r.u32();
      if (ndim > 8)
        r.fail("bad rank for " + name);
      std::vector<int64_t> shape(ndim);
      for (auto &s : shape)
        s = r.i64();
      torch::Tensor *param = params.find(name);
      if (!param)
        r.fail("unknown tensor '" + name + "'");
      if (seen[name])
        r.fail("duplicate tensor '" + name + "'");
      seen[name] = true;
      if (param->sizes() != torch::IntArrayRef(shape))
        r.fail("'" + name + "' has shape " +
               c10::str(torch::IntArrayRef(shape)) + ", the config needs " +
               c10::str(param->sizes()));
      param->copy_(readTensor(r, static_cast<StoredType>(type), shape));
    }
  }
  if (!r.atEnd())
    r.fail("trailing bytes after the last tensor");
  model->to(device);
  model->eval();
  return model;
}
