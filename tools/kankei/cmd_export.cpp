// kankei export: placeholder until implemented.
#include "app.hpp"

namespace kankei::cli {

void add_export(CLI::App& app, DataOptions& data, Runner& run) {
  (void)app;
  (void)data;
  (void)run;
}

}  // namespace kankei::cli
