// libFuzzer target: arbitrary bytes as a document through the whole pipeline.
// Invalid UTF-8 must come back as an error, never as a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "pipeline/pipeline.hpp"
#include "tokens/tokens.hpp"

namespace {

const kankei::pipeline::Pipeline* g_pipeline = nullptr;

std::unique_ptr<kankei::pipeline::Resources> load_data() {
  namespace fs = std::filesystem;
  std::vector<kankei::pipeline::DataFile> files;
  for (const char* sub : {"actors", "relations", "rules"}) {
    for (const auto& e : fs::directory_iterator(fs::path(KANKEI_FUZZ_DICT) / sub)) {
      if (e.path().extension() != ".tsv") continue;
      std::ifstream in(e.path());
      std::stringstream s;
      s << in.rdbuf();
      files.push_back({std::string(sub) + "/" + e.path().filename().string(), s.str()});
    }
  }
  auto r = kankei::pipeline::load_resources(files, "dict/");
  if (!r) abort();
  return std::move(*r);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static auto resources = load_data();
  static auto tokenizer = kankei::tokens::Tokenizer::open({KANKEI_FUZZ_IPADIC, KANKEI_FUZZ_USERDIC});
  if (!tokenizer) abort();
  static kankei::pipeline::Pipeline pipeline(*resources, **tokenizer);
  g_pipeline = &pipeline;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto records = g_pipeline->run({"fuzz", text, ""});
  if (records) {
    for (const auto& r : *records) {
      // Offsets must stay inside the document and the sentence.
      if (r.begin > r.end || r.trigger_begin < r.begin || r.trigger_end > r.end) abort();
    }
  }
  return 0;
}
