// libFuzzer target: arbitrary bytes as a graph file. A bad file must be an
// error with a position; a good one must write back and read again.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "export/export.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  auto graph = kankei::exporter::read_json(in, "fuzz.json");
  if (!graph) return 0;
  std::ostringstream out;
  kankei::exporter::write_json(*graph, {}, out);
  std::istringstream again(out.str());
  if (!kankei::exporter::read_json(again, "again.json")) abort();
  return 0;
}
