//===- Json.cpp - Minimal JSON Lines reader for string fields -------------===//

#include "py2triton/LLM/Json.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

using namespace py2triton::llm;

namespace {

/// A recursive-descent reader over one JSON text.
class Reader {
public:
  explicit Reader(std::string_view text) : text_(text) {}

  [[noreturn]] void fail(const std::string &what) const {
    throw std::runtime_error("JSON: " + what + " at offset " +
                             std::to_string(pos_));
  }

  void skipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }

  bool atEnd() {
    skipSpace();
    return pos_ == text_.size();
  }

  char peek() {
    skipSpace();
    if (pos_ == text_.size())
      fail("unexpected end");
    return text_[pos_];
  }

  void expect(char c) {
    if (peek() != c)
      fail(std::string("expected '") + c + "'");
    ++pos_;
  }

  unsigned hex4() {
    if (pos_ + 4 > text_.size())
      fail("truncated \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        v |= c - 'A' + 10;
      else
        fail("bad \\u escape");
    }
    return v;
  }

  static void appendUtf8(std::string &out, unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  /// Reads a string literal; appends its value to `out` when given.
  void string(std::string *out) {
    expect('"');
    while (true) {
      if (pos_ >= text_.size())
        fail("unterminated string");
      char c = text_[pos_++];
      if (c == '"')
        return;
      if (static_cast<unsigned char>(c) < 0x20)
        fail("control character in string");
      if (c != '\\') {
        if (out)
          *out += c;
        continue;
      }
      if (pos_ >= text_.size())
        fail("unterminated escape");
      char e = text_[pos_++];
      char plain = 0;
      switch (e) {
      case '"':
      case '\\':
      case '/':
        plain = e;
        break;
      case 'b':
        plain = '\b';
        break;
      case 'f':
        plain = '\f';
        break;
      case 'n':
        plain = '\n';
        break;
      case 'r':
        plain = '\r';
        break;
      case 't':
        plain = '\t';
        break;
      case 'u': {
        unsigned cp = hex4();
        if (cp >= 0xD800 && cp < 0xDC00) {
          // A high surrogate must be followed by a low one.
          if (pos_ + 2 > text_.size() || text_[pos_] != '\\' ||
              text_[pos_ + 1] != 'u')
            fail("lone high surrogate");
          pos_ += 2;
          unsigned lo = hex4();
          if (lo < 0xDC00 || lo >= 0xE000)
            fail("bad low surrogate");
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        } else if (cp >= 0xDC00 && cp < 0xE000) {
          fail("lone low surrogate");
        }
        if (out)
          appendUtf8(*out, cp);
        continue;
      }
      default:
        fail("bad escape");
      }
      if (out)
        *out += plain;
    }
  }

  void literal(std::string_view word) {
    skipSpace();
    if (text_.substr(pos_, word.size()) != word)
      fail("bad literal");
    pos_ += word.size();
  }

  void number() {
    skipSpace();
    size_t start = pos_;
    while (pos_ < text_.size() &&
           std::string_view("+-0123456789.eE").find(text_[pos_]) !=
               std::string_view::npos)
      ++pos_;
    if (pos_ == start)
      fail("unexpected character");
  }

  /// Skips any value.
  void value(int depth = 0) {
    if (depth > 256)
      fail("nesting too deep");
    char c = peek();
    if (c == '"') {
      string(nullptr);
    } else if (c == '{') {
      ++pos_;
      if (peek() == '}') {
        ++pos_;
        return;
      }
      while (true) {
        string(nullptr);
        expect(':');
        value(depth + 1);
        if (peek() == ',') {
          ++pos_;
          continue;
        }
        expect('}');
        return;
      }
    } else if (c == '[') {
      ++pos_;
      if (peek() == ']') {
        ++pos_;
        return;
      }
      while (true) {
        value(depth + 1);
        if (peek() == ',') {
          ++pos_;
          continue;
        }
        expect(']');
        return;
      }
    } else if (c == 't') {
      literal("true");
    } else if (c == 'f') {
      literal("false");
    } else if (c == 'n') {
      literal("null");
    } else {
      number();
    }
  }

  std::map<std::string, std::string>
  object(const std::vector<std::string> &keep) {
    std::map<std::string, std::string> fields;
    expect('{');
    if (peek() == '}') {
      ++pos_;
      return fields;
    }
    while (true) {
      std::string key;
      string(&key);
      expect(':');
      bool wanted = keep.empty() ||
                    std::find(keep.begin(), keep.end(), key) != keep.end();
      if (wanted && peek() == '"') {
        std::string v;
        string(&v);
        fields[key] = std::move(v);
      } else {
        value();
      }
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      expect('}');
      return fields;
    }
  }

private:
  std::string_view text_;
  size_t pos_ = 0;
};

} // namespace

std::map<std::string, std::string>
py2triton::llm::parseJsonStringFields(std::string_view text,
                                      const std::vector<std::string> &keep) {
  Reader r(text);
  auto fields = r.object(keep);
  if (!r.atEnd())
    r.fail("trailing characters");
  return fields;
}

std::vector<std::map<std::string, std::string>>
py2triton::llm::readJsonl(const std::string &path,
                          const std::vector<std::string> &keep) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot open " + path);
  std::vector<std::map<std::string, std::string>> rows;
  std::string line;
  int64_t lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    if (line.find_first_not_of(" \t\r") == std::string::npos)
      continue;
    try {
      rows.push_back(parseJsonStringFields(line, keep));
    } catch (const std::runtime_error &e) {
      throw std::runtime_error(path + ":" + std::to_string(lineNo) + ": " +
                               e.what());
    }
  }
  if (in.bad())
    throw std::runtime_error("error reading " + path);
  return rows;
}
