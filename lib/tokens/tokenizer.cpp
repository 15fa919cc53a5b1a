// MeCab through its lattice API: one Model shared by every thread, one
// Lattice per thread (MeCab::Tagger is not safe to share).
#include <mecab.h>

#include <atomic>
#include <unordered_map>

#include "core/utf8.hpp"
#include "tokens/feature_cache.hpp"
#include "tokens/string_pool.hpp"
#include "tokens/tokens.hpp"

namespace kankei::tokens {

struct Tokenizer::Impl {
  std::unique_ptr<MeCab::Model> model;
  std::unique_ptr<MeCab::Tagger> tagger;  // Tagger::parse(Lattice*) is const and reentrant
  std::uint64_t serial = 0;               // tells models apart even when an address is reused
  mutable StringPool labels;              // thread-safe; what every thread's FeatureCache interns into
};

namespace {

// The next token of `out` to fill: an existing one when `out` already has
// it, so that its strings keep their buffers from the previous sentence.
Token& next_token(std::vector<Token>& out, std::size_t& used) {
  if (used == out.size()) out.emplace_back();
  return out[used++];
}

std::atomic<std::uint64_t> next_serial{1};

// What one thread keeps for one tokenizer: its lattice, and the features of
// the dictionary entries it has met.
struct ThreadState {
  explicit ThreadState(StringPool& labels) : features(labels) {}
  std::unique_ptr<MeCab::Lattice> lattice;
  FeatureCache features;
};

// The calling thread's state for `impl`; freed when the thread ends.
ThreadState& thread_state(const Tokenizer::Impl& impl) {
  thread_local std::unordered_map<std::uint64_t, ThreadState> states;
  auto [it, fresh] = states.try_emplace(impl.serial, impl.labels);
  if (fresh) it->second.lattice.reset(impl.model->createLattice());
  return it->second;
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
  ThreadState& state = thread_state(*m_impl);
  MeCab::Lattice* lattice = state.lattice.get();
  lattice->set_sentence(text.data(), text.size());
  if (!m_impl->tagger->parse(lattice)) {
    out.clear();
    return;
  }
  for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) state.features.prefetch(node->feature);
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
    token.unknown = node->stat == MECAB_UNK_NODE;
    // An unknown word's feature string is its character class's, shared by
    // every word of that class: only dictionary words are looked up by it.
    // Its fields point into MeCab's unknown-word dictionary, which lives as
    // long as the model.
    const Features features = token.unknown ? split_features(node->feature) : state.features.get(node->feature);
    token.pos = features.pos;
    token.pos1 = features.pos1;
    token.pos2 = features.pos2;
    token.conj_type = features.conj_type;
    token.conj_form = features.conj_form;
    if (features.base.empty()) {
      token.base = token.surface;
    } else {
      token.base = features.base;
    }
    // Only kankei's user dictionary has fields 9 (actor id) and 10 (form kind).
    token.actor = features.actor;
    token.metonym = features.metonym;
    // ipadic keeps katakana ヘ as an old spelling of the particle へ, which cuts
    // foreign names in two (ヘ|ルソン州). Particles are written in hiragana.
    if (token.pos == std::string_view("助詞") && token.surface == std::string_view("ヘ")) {
      token.pos = "名詞";
      token.pos1 = "固有名詞";
      token.pos2 = {};
    }
  }
  out.resize(used);
}

std::size_t Tokenizer::parse_only(std::string_view text) const {
  MeCab::Lattice* lattice = thread_state(*m_impl).lattice.get();
  lattice->set_sentence(text.data(), text.size());
  if (!m_impl->tagger->parse(lattice)) return 0;
  std::size_t n = 0;
  for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) ++n;
  return n;
}

}  // namespace kankei::tokens
