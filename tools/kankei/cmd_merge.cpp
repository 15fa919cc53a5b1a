// kankei merge: placeholder until implemented.
#include "app.hpp"

namespace kankei::cli {

void add_merge(CLI::App& app, DataOptions& data, Runner& run) {
  (void)app;
  (void)data;
  (void)run;
}

}  // namespace kankei::cli
