//===- Validate.cpp - Run corpus entries' tests under pytest --------------===//
//
// `py2triton-corpus validate` (docs/corpus.md#validate). Entries are run in
// shards: each shard materialises K entries into a temporary directory (one
// subdirectory per entry with reference.py, kernel.py and test_entry.py) and
// runs ONE pytest process over it, so that torch and triton are imported once
// per shard. A conftest.py written next to the entries isolates them (their
// `reference`/`kernel` modules are swapped in sys.modules) and reports every
// collection and test outcome to report.jsonl, from which the per-entry
// verdicts are read. A shard that times out or dies has its unfinished
// entries rerun one by one, so that one hang fails only itself.
//
//===----------------------------------------------------------------------===//

#include "Validate.h"
#include "Dataset.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <mutex>
#include <thread>
#include <unistd.h>

extern char **environ;

using namespace llvm;
using namespace py2triton::corpus;

namespace {

/// The pytest plugin of a shard (conftest.py at the shard root).
const char kConftest[] =
    R"py(# Written by `py2triton-corpus validate`: per-entry results of one shard.
# Entries live in subdirectories e0, e1, ... (reference.py, kernel.py,
# test_entry.py) and share this interpreter, so the top-level modules an entry
# imports from its directory are swapped in sys.modules around its collection
# and its tests. Every outcome is appended to report.jsonl as it happens.
import json
import os
import re
import sys
import time

import pytest

_ROOT = os.path.realpath(os.path.dirname(os.path.abspath(__file__)))
_REPORT = open(os.path.join(_ROOT, "report.jsonl"), "a", buffering=1)
_modules = {}
_remaining = {}
_collect_start = {}
_collected_ok = []


def _emit(**record):
    _REPORT.write(json.dumps(record) + "\n")
    _REPORT.flush()


def _entry(nodeid):
    return nodeid.replace("\\", "/").split("/", 1)[0]


def _inside(path):
    return os.path.realpath(path).startswith(_ROOT + os.sep)


def _own_modules():
    own = {}
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if "." not in name and path and _inside(path):
            own[name] = module
    return own


def _activate(entry):
    for name in _own_modules():
        del sys.modules[name]
    sys.path[:] = [p for p in sys.path if not (p and _inside(p))]
    if entry is not None:
        sys.modules.update(_modules.get(entry, {}))
        sys.path.insert(0, os.path.join(_ROOT, entry))


_EXCEPTION = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b")


def _first_line(report):
    # The exception line of the failure, without this shard's paths.
    longrepr = report.longrepr
    crash = getattr(longrepr, "reprcrash", None)
    text = str(longrepr or "")
    if crash is not None and crash.message and not text.lstrip().startswith("File "):
        text = crash.message
    text = text.replace(os.path.join(_ROOT, _entry(report.nodeid)) + os.sep, "")
    text = text.replace(_ROOT + os.sep, "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line[1:].strip() for line in lines if line.startswith("E ")]
    for line in errors:
        if _EXCEPTION.match(line):
            return line[:300]
    line = errors[0] if errors else lines[0] if lines else "unknown error"
    return line[:300]


def pytest_collectstart(collector):
    if isinstance(collector, pytest.Module):
        _activate(None)
        _collect_start[_entry(collector.nodeid)] = time.monotonic()


def pytest_collectreport(report):
    if not report.nodeid.endswith("test_entry.py"):
        return
    entry = _entry(report.nodeid)
    seconds = time.monotonic() - _collect_start.get(entry, time.monotonic())
    if report.failed:
        _emit(event="collect", entry=entry, outcome="failed",
              error=_first_line(report), seconds=seconds)
    else:
        _modules[entry] = _own_modules()
        _collected_ok.append(entry)
        _emit(event="collect", entry=entry, outcome="passed", seconds=seconds)


def pytest_collection_modifyitems(session, config, items):
    for item in items:
        entry = _entry(item.nodeid)
        _remaining[entry] = _remaining.get(entry, 0) + 1
    for entry in _collected_ok:
        _emit(event="items", entry=entry, tests=_remaining.get(entry, 0))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    _activate(_entry(item.nodeid))


def pytest_runtest_logreport(report):
    record = dict(event="test", entry=_entry(report.nodeid), when=report.when,
                  outcome=report.outcome, seconds=report.duration)
    if report.failed:
        record["error"] = _first_line(report)
    _emit(**record)


def pytest_runtest_logfinish(nodeid, location):
    entry = _entry(nodeid)
    _remaining[entry] = _remaining.get(entry, 1) - 1
    if _remaining[entry] == 0:
        _emit(event="done", entry=entry)
)py";

struct Entry {
  std::string id;
  const JsonlRecord *record;
};

struct Result {
  std::string id;
  bool passed = false;
  std::string reason; // failure class, e.g. "AssertionError", "timeout"
  std::string error;  // first error line
  double seconds = 0;
  unsigned testsPassed = 0, testsFailed = 0, testsSkipped = 0;
};

/// The failure class of an error line: the exception's (unqualified) type,
/// "AssertionError" for a failed `assert`, else "other".
std::string classify(StringRef error) {
  error = error.trim();
  if (error == "assert" || error.starts_with("assert ") ||
      error.starts_with("AssertionError"))
    return "AssertionError";
  StringRef head = error.split(':').first.trim();
  bool dotted = !head.empty() && llvm::all_of(head, [](char c) {
    return isAlnum(c) || c == '_' || c == '.';
  });
  if (dotted) {
    StringRef type =
        head.rsplit('.').second.empty() ? head : head.rsplit('.').second;
    for (StringRef suffix : {"Error", "Exception", "Exit", "Interrupt",
                             "Warning", "Failed", "Timeout"})
      if (type.ends_with(suffix))
        return type.str();
  }
  return "other";
}

/// Pids of running shard processes (each leads its own process group), so
/// that Ctrl-C also stops them. Read from a signal handler: plain atomics.
constexpr unsigned kMaxChildren = 256;
std::atomic<int> runningChildren[kMaxChildren];

void killRunningChildren() {
  for (auto &slot : runningChildren)
    if (int pid = slot.load(); pid > 0) {
      ::kill(-pid, SIGKILL);
      ::kill(pid, SIGKILL);
    }
}

class Validator {
public:
  std::string python;
  unsigned timeoutSeconds = 600;
  bool gpu = false, keepTemp = false;
  std::vector<std::string> environment;

  /// Runs `entries` in one pytest process; reruns the unfinished ones one by
  /// one when the process times out or dies. One result per entry, in order.
  std::vector<Result> runShard(ArrayRef<const Entry *> entries);

  // Counters for messages (atomic: shards run in parallel).
  std::atomic<unsigned> timedOutShards{0}, crashedShards{0}, rerunEntries{0};

private:
  struct Outcome {
    int returnCode = 0;
    bool timedOut = false;
    std::string status; // for messages: "exit 3", "signal", ...
  };
  Outcome runPytest(StringRef dir, StringRef log);
  std::vector<std::optional<Result>>
  readReport(StringRef dir, ArrayRef<const Entry *> entries);
};

Validator::Outcome Validator::runPytest(StringRef dir, StringRef log) {
  SmallVector<StringRef, 16> argv = {python,
                                     "-m",
                                     "pytest",
                                     "-q",
                                     "-p",
                                     "no:cacheprovider",
                                     "--import-mode=importlib",
                                     "--continue-on-collection-errors",
                                     "--rootdir",
                                     dir,
                                     "-c",
                                     "",
                                     dir};
  SmallString<256> ini(dir);
  sys::path::append(ini, "pytest.ini");
  argv[11] = ini;
  SmallVector<StringRef, 64> env(environment.begin(), environment.end());
  std::optional<StringRef> redirects[] = {StringRef(""), StringRef(log),
                                          StringRef(log)};
  std::string err;
  bool failed = false;
  sys::ProcessInfo pi =
      sys::ExecuteNoWait(python, argv, ArrayRef<StringRef>(env), redirects,
                         /*MemoryLimit=*/0, &err, &failed,
                         /*AffinityMask=*/nullptr, /*DetachProcess=*/true);
  Outcome outcome;
  if (failed || pi.Pid <= 0) {
    outcome.returnCode = -1;
    outcome.status = "cannot run " + python + ": " + err;
    return outcome;
  }
  unsigned slot = kMaxChildren;
  for (unsigned i = 0; i < kMaxChildren && slot == kMaxChildren; ++i) {
    int expected = 0;
    if (runningChildren[i].compare_exchange_strong(expected, pi.Pid))
      slot = i;
  }
  // sys::Wait with a timeout uses alarm(), which is process-wide and unsafe
  // with several waiting threads: poll without blocking instead.
  auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
  sys::ProcessInfo done;
  while (true) {
    done = sys::Wait(pi, /*SecondsToWait=*/0, &err);
    if (done.Pid != 0)
      break;
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(-pi.Pid, SIGKILL);
      ::kill(pi.Pid, SIGKILL);
      done = sys::Wait(pi, std::nullopt, &err);
      outcome.timedOut = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (slot != kMaxChildren)
    runningChildren[slot].store(0);
  outcome.returnCode = done.ReturnCode;
  if (outcome.timedOut)
    outcome.status = "timed out after " + std::to_string(timeoutSeconds) + " s";
  else if (done.ReturnCode < 0)
    outcome.status = err.empty() ? "crashed" : "crashed: " + err;
  else
    outcome.status = "exit " + std::to_string(done.ReturnCode);
  return outcome;
}

std::vector<std::optional<Result>>
Validator::readReport(StringRef dir, ArrayRef<const Entry *> entries) {
  struct Acc {
    bool collectFailed = false, collected = false, counted = false,
         done = false;
    int tests = 0;
    std::string error, rawError;
    Result result;
  };
  std::vector<Acc> accs(entries.size());
  SmallString<256> path(dir);
  sys::path::append(path, "report.jsonl");
  if (sys::fs::exists(path)) {
    auto records = readJsonl(path, /*skipMalformed=*/true);
    if (records) {
      for (const JsonlRecord &r : *records) {
        StringRef entry = getString(r.object, "entry");
        unsigned index;
        if (!entry.consume_front("e") || entry.getAsInteger(10, index) ||
            index >= accs.size())
          continue;
        Acc &acc = accs[index];
        StringRef event = getString(r.object, "event");
        StringRef outcome = getString(r.object, "outcome");
        acc.result.seconds += r.object.getNumber("seconds").value_or(0);
        if (event == "collect") {
          acc.collected = true;
          if (outcome == "failed") {
            acc.collectFailed = true;
            acc.error = getString(r.object, "error").str();
          }
        } else if (event == "items") {
          acc.counted = true;
          acc.tests = r.object.getInteger("tests").value_or(0);
        } else if (event == "test") {
          StringRef when = getString(r.object, "when");
          if (outcome == "failed") {
            ++acc.result.testsFailed;
            if (acc.error.empty()) {
              acc.rawError = getString(r.object, "error").str();
              acc.error = (when == "call" ? "" : "[" + when + "] ").str() +
                          acc.rawError;
            }
          } else if (outcome == "skipped") {
            ++acc.result.testsSkipped;
          } else if (outcome == "passed" && when == "call") {
            ++acc.result.testsPassed;
          }
        } else if (event == "done") {
          acc.done = true;
        }
      }
    } else {
      consumeError(records.takeError());
    }
  }
  std::vector<std::optional<Result>> results(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    Acc &acc = accs[i];
    Result &r = acc.result;
    r.id = entries[i]->id;
    if (acc.collectFailed) {
      r.reason = "collection: " + classify(acc.error);
      r.error = acc.error;
    } else if (acc.counted && acc.tests == 0) {
      r.reason = "no tests";
      r.error = "no test functions collected from test_code";
    } else if (acc.done) {
      if (r.testsFailed) {
        r.reason = classify(acc.rawError);
        r.error = acc.error;
      } else if (r.testsPassed) {
        r.passed = true;
      } else {
        r.reason = "all tests skipped";
        r.error = "every test was skipped";
      }
    } else {
      continue; // unfinished
    }
    results[i] = std::move(r);
  }
  return results;
}

std::vector<Result> Validator::runShard(ArrayRef<const Entry *> entries) {
  std::vector<Result> results(entries.size());
  SmallString<256> dir;
  if (std::error_code ec =
          sys::fs::createUniqueDirectory("py2triton-validate", dir)) {
    for (size_t i = 0; i < entries.size(); ++i) {
      results[i].id = entries[i]->id;
      results[i].reason = "runner error";
      results[i].error = "cannot create a temporary directory: " + ec.message();
    }
    return results;
  }
  auto write = [](const Twine &path, StringRef contents) {
    std::error_code ec;
    raw_fd_ostream os(path.str(), ec, sys::fs::OF_None);
    if (!ec)
      os << contents;
  };
  write(dir + "/pytest.ini", "[pytest]\n");
  write(dir + "/conftest.py", kConftest);
  for (size_t i = 0; i < entries.size(); ++i) {
    SmallString<256> sub(dir);
    sys::path::append(sub, "e" + std::to_string(i));
    sys::fs::create_directory(sub);
    const json::Object &o = entries[i]->record->object;
    write(sub + "/reference.py", getString(o, "python_code"));
    write(sub + "/kernel.py", getString(o, "triton_code"));
    write(sub + "/test_entry.py", getString(o, "test_code"));
  }
  SmallString<256> log(dir);
  sys::path::append(log, "pytest.log");

  auto start = std::chrono::steady_clock::now();
  Outcome outcome = runPytest(dir, log);
  double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::vector<std::optional<Result>> found = readReport(dir, entries);

  // The last non-empty line of pytest's output, for crash messages.
  std::string lastLine;
  if (auto buffer = MemoryBuffer::getFile(log)) {
    SmallVector<StringRef> lines;
    (*buffer)->getBuffer().split(lines, '\n', -1, /*KeepEmpty=*/false);
    for (auto it = lines.rbegin(); it != lines.rend(); ++it)
      if (!it->trim().empty()) {
        lastLine = it->trim().take_front(200).str();
        break;
      }
  }

  std::vector<size_t> unfinished;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (found[i])
      results[i] = std::move(*found[i]);
    else
      unfinished.push_back(i);
  }
  if (!unfinished.empty()) {
    if (outcome.timedOut)
      ++timedOutShards;
    else
      ++crashedShards;
    if (entries.size() > 1) {
      rerunEntries += unfinished.size();
      for (size_t i : unfinished)
        results[i] = runShard({entries[i]})[0];
    } else {
      Result &r = results[0];
      r.id = entries[0]->id;
      r.seconds = wall;
      if (outcome.timedOut) {
        r.reason = "timeout";
        r.error = "no result within " + std::to_string(timeoutSeconds) + " s";
      } else {
        // A signal's name says more than the last line of a stack dump.
        bool signalled = outcome.returnCode < 0;
        r.reason = signalled ? "crash" : "pytest error";
        r.error = "pytest " + outcome.status +
                  (signalled || lastLine.empty() ? "" : ": " + lastLine);
      }
    }
  }
  if (!keepTemp)
    sys::fs::remove_directories(dir);
  else
    WithColor::note(errs(), "py2triton-corpus validate")
        << "kept " << dir << " (" << entries.size() << " entries, "
        << outcome.status << ")\n";
  return results;
}

/// One line of RESULTS.jsonl.
void writeResult(raw_ostream &os, const Result &r) {
  json::OStream j(os);
  j.object([&] {
    j.attribute("id", r.id);
    j.attribute("passed", r.passed);
    if (!r.passed) {
      j.attribute("reason", r.reason);
      j.attribute("error", r.error);
    }
    j.attributeBegin("seconds");
    j.rawValue(formatv("{0:f3}", r.seconds).str());
    j.attributeEnd();
    j.attributeObject("tests", [&] {
      j.attribute("passed", r.testsPassed);
      j.attribute("failed", r.testsFailed);
      j.attribute("skipped", r.testsSkipped);
    });
  });
  os << "\n";
}

/// A progress bar on stderr: redrawn in place on a terminal, one line per
/// 10% otherwise (logs, lit).
class Progress {
public:
  Progress(size_t total)
      : total(total), tty(sys::Process::StandardErrIsDisplayed()) {}

  void update(size_t done, size_t passed) {
    if (total == 0)
      return;
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    unsigned decile = done * 10 / total;
    if (!tty && decile == lastDecile)
      return;
    lastDecile = decile;
    constexpr unsigned width = 30;
    unsigned filled = done * width / total;
    raw_ostream &os = errs();
    if (tty)
      os << '\r';
    os << "  [" << std::string(filled, '#') << std::string(width - filled, '.')
       << "] " << done << "/" << total
       << format(" %3.0f%%", 100.0 * done / total);
    if (done)
      os << format("  pass %.1f%%", 100.0 * passed / done)
         << format("  %.2f entries/s", done / std::max(elapsed, 1e-9));
    if (done && done < total)
      os << "  ETA " << formatDuration(elapsed / done * (total - done));
    os << (tty ? (done == total ? "\n" : "   ") : "\n");
    os.flush();
  }

private:
  static std::string formatDuration(double seconds) {
    unsigned s = static_cast<unsigned>(seconds + 0.5);
    if (s >= 3600)
      return std::to_string(s / 3600) + "h" + std::to_string(s % 3600 / 60) +
             "m";
    if (s >= 60)
      return std::to_string(s / 60) + "m" + std::to_string(s % 60) + "s";
    return std::to_string(s) + "s";
  }
  size_t total;
  bool tty;
  unsigned lastDecile = ~0u;
  std::chrono::steady_clock::time_point start =
      std::chrono::steady_clock::now();
};

} // namespace

int py2triton::corpus::runValidate(ArrayRef<const char *> args) {
  const char *cmd = "validate";
  std::string outPath, resultsPath, jobsText, shardText = "16", pythonPath,
                                              timeoutText = "600";
  bool gpu = false, keepTemp = false;
  ArgParser parser(cmd);
  parser.option("out", outPath, "passing entries, input order (required)");
  parser.option("results", resultsPath,
                "append-only per-entry results; reruns skip ids in it "
                "(default: OUT with .results.jsonl)");
  parser.option("jobs", jobsText, "parallel pytest processes (default: cores)");
  parser.option("shard-size", shardText, "entries per pytest process (16)");
  parser.option("python", pythonPath,
                "Python with torch, triton, pytest (default: "
                "$PY2TRITON_PYTHON, <source>/.venv, python3)");
  parser.option("timeout", timeoutText,
                "seconds one pytest process may run (600); a shard that "
                "exceeds it is rerun one entry at a time");
  parser.flag("gpu", gpu, "run on the GPU: do not set TRITON_INTERPRET=1");
  parser.flag("keep-temp", keepTemp, "keep the shard directories (debugging)");
  std::vector<std::string> positionals;
  if (!parser.parse(args, positionals)) {
    if (parser.helpRequested) {
      parser.printUsage("validate IN.jsonl --out VALID.jsonl [options]");
      return 0;
    }
    return 1;
  }
  if (positionals.size() != 1)
    return reportError(cmd, "expected exactly one input file (try --help)");
  if (outPath.empty())
    return reportError(cmd, "--out is required");
  uint64_t jobs = 0, shardSize, timeout;
  if ((!jobsText.empty() && !parseUnsigned(cmd, "jobs", jobsText, jobs)) ||
      !parseUnsigned(cmd, "shard-size", shardText, shardSize) ||
      !parseUnsigned(cmd, "timeout", timeoutText, timeout))
    return 1;
  if (jobs == 0)
    jobs = hardware_concurrency().compute_thread_count();
  shardSize = std::max<uint64_t>(shardSize, 1);
  timeout = std::max<uint64_t>(timeout, 1);
  if (resultsPath.empty()) {
    SmallString<256> p(outPath);
    sys::path::replace_extension(p, ".results.jsonl");
    resultsPath = p.str().str();
  }

  Validator validator;
  validator.python = findPython(pythonPath);
  if (validator.python.empty())
    return reportError(cmd, "no Python found (use --python)");
  validator.timeoutSeconds = timeout;
  validator.gpu = gpu;
  validator.keepTemp = keepTemp;
  {
    bool haveOmp = false;
    for (char **e = environ; *e; ++e) {
      StringRef var = *e;
      if (!gpu && var.starts_with("TRITON_INTERPRET="))
        continue;
      haveOmp |= var.starts_with("OMP_NUM_THREADS=");
      validator.environment.push_back(var.str());
    }
    if (!gpu)
      validator.environment.push_back("TRITON_INTERPRET=1");
    // J processes share the machine: one intra-op thread each by default.
    if (!haveOmp)
      validator.environment.push_back("OMP_NUM_THREADS=1");
    validator.environment.push_back("PYTHONDONTWRITEBYTECODE=1");
    validator.environment.push_back("PYTEST_DISABLE_PLUGIN_AUTOLOAD=1");
  }

  // Input entries.
  auto input = readJsonl(positionals[0]);
  if (!input)
    return reportError(cmd, toString(input.takeError()));
  std::vector<Entry> entries;
  StringSet<> ids;
  for (const JsonlRecord &r : *input) {
    StringRef id = getString(r.object, "id");
    if (id.empty())
      return reportError(cmd, positionals[0] + ":" + Twine(r.lineNo) +
                                  ": entry without a string \"id\"");
    if (!ids.insert(id).second)
      return reportError(cmd, positionals[0] + ":" + Twine(r.lineNo) +
                                  ": duplicate id '" + id + "'");
    entries.push_back({id.str(), &r});
  }

  // Earlier results: the last record of an id wins.
  StringMap<Result> results;
  if (sys::fs::exists(resultsPath)) {
    unsigned torn = 0;
    auto previous = readJsonl(resultsPath, /*skipMalformed=*/true, &torn);
    if (!previous)
      return reportError(cmd, toString(previous.takeError()));
    if (torn)
      WithColor::warning(errs(), "py2triton-corpus validate")
          << "ignored " << torn << " unreadable line(s) in " << resultsPath
          << " (interrupted write?)\n";
    for (const JsonlRecord &r : *previous) {
      Result res;
      res.id = getString(r.object, "id").str();
      if (res.id.empty())
        continue;
      res.passed = r.object.getBoolean("passed").value_or(false);
      res.reason = getString(r.object, "reason").str();
      res.error = getString(r.object, "error").str();
      res.seconds = r.object.getNumber("seconds").value_or(0);
      results[res.id] = std::move(res);
    }
  }

  // Open the results log for appending (after a torn last line, start a new
  // line first).
  bool needsNewline = false;
  if (auto buffer = MemoryBuffer::getFile(resultsPath))
    needsNewline = !(*buffer)->getBuffer().empty() &&
                   !(*buffer)->getBuffer().ends_with("\n");
  {
    SmallString<256> parent(resultsPath);
    sys::path::remove_filename(parent);
    if (!parent.empty())
      sys::fs::create_directories(parent);
  }
  int resultsFD;
  if (std::error_code ec = sys::fs::openFileForWrite(
          resultsPath, resultsFD, sys::fs::CD_OpenAlways, sys::fs::OF_Append))
    return reportError(cmd,
                       "cannot open '" + resultsPath + "': " + ec.message());
  raw_fd_ostream resultsOS(resultsFD, /*shouldClose=*/true);
  if (needsNewline)
    resultsOS << "\n";

  // Pending entries: not in the results yet. Malformed ones fail at once.
  std::vector<const Entry *> pending;
  std::vector<Result> immediate;
  size_t skipped = 0;
  for (const Entry &e : entries) {
    if (results.count(e.id)) {
      ++skipped;
      continue;
    }
    const json::Object &o = e.record->object;
    SmallVector<StringRef, 3> missing;
    for (StringRef key : {"python_code", "triton_code", "test_code"})
      if (!o.getString(key))
        missing.push_back(key);
    if (!missing.empty()) {
      Result r;
      r.id = e.id;
      r.reason = "malformed entry";
      r.error = "missing string field(s): " + join(missing, ", ");
      immediate.push_back(std::move(r));
      continue;
    }
    pending.push_back(&e);
  }

  std::vector<ArrayRef<const Entry *>> shards;
  for (size_t i = 0; i < pending.size(); i += shardSize)
    shards.push_back(ArrayRef<const Entry *>(pending).slice(
        i, std::min<size_t>(shardSize, pending.size() - i)));

  errs() << "validate: " << entries.size() << " entries, " << skipped
         << " already in " << sys::path::filename(resultsPath) << ", running "
         << pending.size() << " in " << shards.size()
         << " shard(s) of <= " << shardSize << " with " << jobs << " job(s) ("
         << (gpu ? "GPU" : "TRITON_INTERPRET=1") << ")\n";

  std::mutex mutex;
  size_t doneCount = 0, passCount = 0;
  Progress progress(pending.size() + immediate.size());
  bool writeFailed = false;
  auto record = [&](std::vector<Result> shardResults) {
    std::lock_guard<std::mutex> lock(mutex);
    for (Result &r : shardResults) {
      writeResult(resultsOS, r);
      ++doneCount;
      passCount += r.passed;
      results[r.id] = std::move(r);
    }
    resultsOS.flush();
    if (resultsOS.has_error() || ::fsync(resultsFD) != 0)
      writeFailed = true;
    progress.update(doneCount, passCount);
  };
  if (!immediate.empty())
    record(std::move(immediate));

  sys::SetInterruptFunction(killRunningChildren);
  auto start = std::chrono::steady_clock::now();
  {
    DefaultThreadPool pool(hardware_concurrency(jobs));
    for (ArrayRef<const Entry *> shard : shards)
      pool.async([&, shard] { record(validator.runShard(shard)); });
    pool.wait();
  }
  double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  sys::SetInterruptFunction(nullptr);
  if (writeFailed) {
    resultsOS.clear_error();
    return reportError(cmd, "cannot write '" + resultsPath + "'");
  }

  // VALID.jsonl: passing entries in input order.
  std::string valid;
  size_t validCount = 0, failCount = 0;
  struct Reason {
    size_t count = 0;
    std::string exampleId, exampleError;
  };
  std::map<std::string, Reason> reasons;
  for (const Entry &e : entries) {
    const Result &r = results[e.id];
    if (r.passed) {
      valid += e.record->text + "\n";
      ++validCount;
      continue;
    }
    ++failCount;
    Reason &reason = reasons[r.reason.empty() ? "?" : r.reason];
    if (reason.count++ == 0) {
      reason.exampleId = e.id;
      reason.exampleError = r.error;
    }
  }
  if (Error err = writeFileAtomically(outPath, valid))
    return reportError(cmd, toString(std::move(err)));

  raw_ostream &os = outs();
  os << "validate: " << entries.size() << " entries (" << skipped
     << " from earlier results, " << pending.size() << " run now)\n";
  os << "  passed " << validCount << ", failed " << failCount
     << format(", pass rate %.1f%%",
               entries.empty() ? 0.0 : 100.0 * validCount / entries.size())
     << "\n";
  if (validator.timedOutShards || validator.crashedShards)
    os << "  " << validator.timedOutShards << " pytest run(s) timed out, "
       << validator.crashedShards << " died; " << validator.rerunEntries
       << " unfinished entries were rerun one by one\n";
  if (!reasons.empty()) {
    std::vector<std::pair<std::string, Reason>> sorted(reasons.begin(),
                                                       reasons.end());
    llvm::sort(sorted, [](const auto &a, const auto &b) {
      return std::tie(b.second.count, a.first) <
             std::tie(a.second.count, b.first);
    });
    os << "  failure reasons:\n";
    for (const auto &[name, reason] : sorted)
      os << "    " << right_justify(std::to_string(reason.count), 6) << "  "
         << name << "  (e.g. " << reason.exampleId << ": "
         << StringRef(reason.exampleError).take_front(120) << ")\n";
  }
  os << format(
      "  throughput: %.2f entries/s (%zu entries in %.1f s, %u jobs)\n",
      pending.empty() ? 0.0 : pending.size() / std::max(wall, 1e-9),
      pending.size(), wall, static_cast<unsigned>(jobs));
  os << "wrote " << outPath << " (" << validCount << " entries); results in "
     << resultsPath << "\n";
  return 0;
}
