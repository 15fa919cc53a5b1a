// The kankei program: all work happens in kankei_main (app.cpp).
#include "app.hpp"

int main(int argc, char** argv) { return kankei::cli::kankei_main(argc, argv); }
