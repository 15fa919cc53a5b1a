// MeCab through its lattice API: one Model shared by every thread, one
// Lattice per thread (MeCab::Tagger is not safe to share).
#include <mecab.h>

#include <atomic>
#include <unordered_map>

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


std::atomic<std::uint64_t> next_serial{1};

// The code points in valid UTF-8 [p, end), hopping from lead byte to lead
// byte: a token is a few characters, too short for utf8::length's
// byte-by-byte (vectorised) count to pay off.
//   "ロシア" (9 bytes) => 3 steps
std::uint32_t count_chars(const char* p, const char* end) {
  // Sequence length by the lead byte's high nibble; continuation bytes
  // (0x8-0xB) never lead in valid text.
  static constexpr std::uint8_t kLength[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
  std::uint32_t n = 0;
  for (; p < end; ++n) p += kLength[static_cast<unsigned char>(*p) >> 4];
  return n;
}

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
  out.clear();  // keeps the capacity: tokens are plain views, so refilling allocates nothing
  ThreadState& state = thread_state(*m_impl);
  MeCab::Lattice* lattice = state.lattice.get();
  lattice->set_sentence(text.data(), text.size());
  if (!m_impl->tagger->parse(lattice)) return;
  for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) state.features.prefetch(node->feature);
  const char* base = text.data();
  std::size_t byte_pos = 0;
  std::uint32_t cp_pos = 0;
  for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) {
    if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE) continue;
    const std::size_t begin_byte = static_cast<std::size_t>(node->surface - base);
    // White space MeCab skipped counts towards offsets too.
    cp_pos += count_chars(base + byte_pos, node->surface);
    // MeCab's node points into `text`, so the view is `text`'s own bytes.
    const Interned surface(std::string_view(node->surface, node->length));
    const std::uint32_t begin = cp_pos;
    cp_pos += count_chars(node->surface, node->surface + node->length);
    byte_pos = begin_byte + node->length;
    const bool unknown = node->stat == MECAB_UNK_NODE;
    // (GCC)、: MeCab reads a half-width closing bracket and the comma after
    // it as one unknown word; split them as a bracket alone and 、 are read,
    // so that the comma ends its phrase.
    if (unknown && surface == std::string_view(")、")) {
      const std::string_view comma = std::string_view(node->surface + 1, node->length - 1);
      out.push_back(Token{Interned(std::string_view(node->surface, 1)), "名詞", "サ変接続", {}, {}, {},
                          Interned(std::string_view(node->surface, 1)), {}, false, true, begin, begin + 1, nullptr});
      out.push_back(Token{Interned(comma), "記号", "読点", {}, {}, {}, Interned(comma), {}, false, false, begin + 1,
                          cp_pos, nullptr});
      continue;
    }
    // An unknown word's feature string is its character class's, shared by
    // every word of that class and cached like a word's: it has no base form,
    // so the base is the surface below.
    Features features = state.features.get(node->feature);
    // ipadic keeps katakana ヘ as an old spelling of the particle へ, which cuts
    // foreign names in two (ヘ|ルソン州). Particles are written in hiragana.
    if (features.pos == "助詞" && surface == std::string_view("ヘ")) {
      features.pos = "名詞";
      features.pos1 = "固有名詞";
      features.pos2 = {};
    }
    // A known word's entry has this one surface (mecab-dict-index gives each
    // entry a feature string of its own), so what later stages derive from
    // the entry holds for the token; an unknown word's is its character
    // class's.
    EntryMemo* const memo = unknown ? nullptr : features.memo;
    // Built in place, every field given in Token's order (C++20 aggregate
    // emplace): a Token filled field by field is first cleared with a `rep
    // stos`, and one built on the stack and copied stalls on store forwarding;
    // either was most of this function's own time.
    // Only kankei's user dictionary has fields 9 (actor id) and 10 (form kind).
    // Clang 14 (the fuzz build) lacks aggregate emplace; it copies a temporary.
#if defined(__cpp_aggregate_paren_init)
    out.emplace_back(surface, features.pos, features.pos1, features.pos2, features.conj_type, features.conj_form,
                     features.base.empty() ? surface : Interned(features.base), features.actor, features.metonym,
                     unknown, begin, cp_pos, memo);
#else
    out.push_back(Token{surface, features.pos, features.pos1, features.pos2, features.conj_type, features.conj_form,
                        features.base.empty() ? surface : Interned(features.base), features.actor, features.metonym,
                        unknown, begin, cp_pos, memo});
#endif
  }
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
