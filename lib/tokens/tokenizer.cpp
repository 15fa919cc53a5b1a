// MeCab through its lattice API: one Model shared by every thread, one
// Lattice per thread (MeCab::Tagger is not safe to share).
#include <mecab.h>

#include <array>
#include <atomic>
#include <unordered_map>

#include "core/utf8.hpp"
#include "tokens/tokens.hpp"

namespace kankei::tokens {

struct Tokenizer::Impl {
  std::unique_ptr<MeCab::Model> model;
  std::unique_ptr<MeCab::Tagger> tagger;  // Tagger::parse(Lattice*) is const and reentrant
  std::uint64_t serial = 0;               // tells models apart even when an address is reused
};

namespace {

// The fields of one MeCab feature string; kankei reads fields 0-10.
constexpr std::size_t kFields = 11;
struct Features {
  std::array<std::string_view, kFields> field;
  std::size_t count = 0;
};

// Splits MeCab's comma-separated, NUL-terminated feature string in one pass
// (no strlen first); ipadic features hold no quoted commas. Fields past the
// eleventh are not kept.
//   "名詞,固有名詞,*" => {"名詞", "固有名詞", "*"}
void split_features(const char* feature, Features& out) {
  out.count = 0;
  const char* start = feature;
  for (const char* p = feature;; ++p) {
    if (*p != ',' && *p != '\0') continue;
    if (out.count < kFields) out.field[out.count++] = std::string_view(start, static_cast<std::size_t>(p - start));
    if (*p == '\0') return;
    start = p + 1;
  }
}

// Field `i`, where MeCab's "*" (no value) and a missing field read as empty.
std::string_view field(const Features& features, std::size_t i) {
  if (i >= features.count || features.field[i] == "*") return {};
  return features.field[i];
}

// The next token of `out` to fill: an existing one when `out` already has
// it, so that its strings keep their buffers from the previous sentence.
Token& next_token(std::vector<Token>& out, std::size_t& used) {
  if (used == out.size()) out.emplace_back();
  return out[used++];
}

std::atomic<std::uint64_t> next_serial{1};

// A lattice per thread and per tokenizer; freed when the thread ends.
MeCab::Lattice* thread_lattice(const Tokenizer::Impl& impl) {
  thread_local std::unordered_map<std::uint64_t, std::unique_ptr<MeCab::Lattice>> lattices;
  auto& slot = lattices[impl.serial];
  if (!slot) slot.reset(impl.model->createLattice());
  return slot.get();
}

}  // namespace

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Tokenizer::~Tokenizer() = default;

Result<std::unique_ptr<Tokenizer>> Tokenizer::open(const TokenizerOptions& options) {
  // An argv array, not one string: MeCab's string parser cannot quote paths.
  std::vector<std::string> args{"kankei", "-d", options.dicdir};
  if (!options.userdic.empty()) {
    args.push_back("-u");
    args.push_back(options.userdic);
  }
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  auto impl = std::make_unique<Impl>();
  impl->model.reset(MeCab::createModel(static_cast<int>(argv.size()), argv.data()));
  if (!impl->model) {
    return unexpected(make_error(ErrorCode::not_found,
                                 std::string("cannot load MeCab dictionaries: ") + MeCab::getLastError(),
                                 options.dicdir + (options.userdic.empty() ? "" : ", " + options.userdic)));
  }
  impl->serial = next_serial++;
  impl->tagger.reset(impl->model->createTagger());
  if (!impl->tagger) {
    return unexpected(make_error(ErrorCode::internal,
                                 std::string("cannot create MeCab tagger: ") + MeCab::getLastError()));
  }
  return std::unique_ptr<Tokenizer>(new Tokenizer(std::move(impl)));
}

void Tokenizer::tokenize(std::string_view text, std::vector<Token>& out) const {
  std::size_t used = 0;
  MeCab::Lattice* lattice = thread_lattice(*m_impl);
  lattice->set_sentence(text.data(), text.size());
  if (!m_impl->tagger->parse(lattice)) {
    out.clear();
    return;
  }
  // The first read of a node's feature string misses the cache: it lives in
  // MeCab's mapped dictionary. Asking for all of them up front lets the
  // misses overlap instead of stalling once per token.
  for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) {
    __builtin_prefetch(node->feature);
    __builtin_prefetch(node->feature + 64);
  }
  Features features;
  const char* base = text.data();
  std::size_t byte_pos = 0;
  std::uint32_t cp_pos = 0;
  for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) {
    if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE) continue;
    const std::size_t begin_byte = static_cast<std::size_t>(node->surface - base);
    // White space MeCab skipped counts towards offsets too.
    cp_pos += static_cast<std::uint32_t>(utf8::length(text.substr(byte_pos, begin_byte - byte_pos)));
    Token& token = next_token(out, used);
    token.surface.assign(node->surface, node->length);
    token.begin = cp_pos;
    cp_pos += static_cast<std::uint32_t>(utf8::length(token.surface));
    token.end = cp_pos;
    byte_pos = begin_byte + node->length;
    split_features(node->feature, features);
    token.pos = field(features, 0);
    token.pos1 = field(features, 1);
    token.pos2 = field(features, 2);
    token.conj_type = field(features, 4);
    token.conj_form = field(features, 5);
    token.base = field(features, 6);
    if (token.base.empty()) token.base = token.surface;
    // Only kankei's user dictionary has fields 9 (actor id) and 10 (form kind).
    token.actor = field(features, 9);
    token.metonym = field(features, 10) == "metonym";
    token.unknown = node->stat == MECAB_UNK_NODE;
    // ipadic keeps katakana ヘ as an old spelling of the particle へ, which cuts
    // foreign names in two (ヘ|ルソン州). Particles are written in hiragana.
    if (token.pos == std::string_view("助詞") && token.surface == std::string_view("ヘ")) {
      token.pos = "名詞";
      token.pos1 = "固有名詞";
      token.pos2.clear();
    }
  }
  out.resize(used);
}

std::size_t Tokenizer::parse_only(std::string_view text) const {
  MeCab::Lattice* lattice = thread_lattice(*m_impl);
  lattice->set_sentence(text.data(), text.size());
  if (!m_impl->tagger->parse(lattice)) return 0;
  std::size_t n = 0;
  for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) ++n;
  return n;
}

}  // namespace kankei::tokens
