// Shared fixtures: the project's dict/ and MeCab, loaded once per test run.
#pragma once

#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "tokens/tokens.hpp"

namespace kankei::test {

// The real data of dict/ and the user dictionary compiled by the build.
const pipeline::Resources& resources();
const tokens::Tokenizer& tokenizer();
const pipeline::Pipeline& pipeline();

// Relations of `text` as "SRC relation TGT" strings (with " !neg" and
// " ?hyp" marks), sorted, joined with "; " — compact for table tests.
std::string relations_of(const std::string& text);

// Tokenizes normalised `text`. The normalised text, which the tokens'
// surfaces view, is kept until the test run ends.
std::vector<tokens::Token> tokenize(const std::string& text);

}  // namespace kankei::test
