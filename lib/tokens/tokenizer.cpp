// MeCab through its lattice API: one Model shared by every thread, one
// Lattice per thread (MeCab::Tagger is not safe to share).
#include <mecab.h>

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

// Splits MeCab's comma-separated feature string in place of a CSV parser;
// ipadic features hold no quoted commas.
void split_features(const char* feature, std::vector<std::string_view>& fields) {
  fields.clear();
  std::string_view f(feature);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= f.size(); ++i) {
    if (i == f.size() || f[i] == ',') {
      fields.push_back(f.substr(start, i - start));
      start = i + 1;
    }
  }
}

std::string field(const std::vector<std::string_view>& fields, std::size_t i) {
  if (i >= fields.size() || fields[i] == "*") return {};
  return std::string(fields[i]);
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
  out.clear();
  MeCab::Lattice* lattice = thread_lattice(*m_impl);
  lattice->set_sentence(text.data(), text.size());
  if (!m_impl->tagger->parse(lattice)) return;
  std::vector<std::string_view> fields;
  const char* base = text.data();
  std::size_t byte_pos = 0;
  std::uint32_t cp_pos = 0;
  for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) {
    if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE) continue;
    const std::size_t begin_byte = static_cast<std::size_t>(node->surface - base);
    // White space MeCab skipped counts towards offsets too.
    cp_pos += static_cast<std::uint32_t>(utf8::length(text.substr(byte_pos, begin_byte - byte_pos)));
    Token token;
    token.surface.assign(node->surface, node->length);
    token.begin = cp_pos;
    cp_pos += static_cast<std::uint32_t>(utf8::length(token.surface));
    token.end = cp_pos;
    byte_pos = begin_byte + node->length;
    split_features(node->feature, fields);
    token.pos = field(fields, 0);
    token.pos1 = field(fields, 1);
    token.pos2 = field(fields, 2);
    token.conj_type = field(fields, 4);
    token.conj_form = field(fields, 5);
    token.base = field(fields, 6);
    if (token.base.empty()) token.base = token.surface;
    // Only kankei's user dictionary has fields 9 (actor id) and 10 (form kind).
    token.actor = field(fields, 9);
    token.metonym = field(fields, 10) == "metonym";
    token.unknown = node->stat == MECAB_UNK_NODE;
    // ipadic keeps katakana ヘ as an old spelling of the particle へ, which cuts
    // foreign names in two (ヘ|ルソン州). Particles are written in hiragana.
    if (token.pos == "助詞" && token.surface == "ヘ") {
      token.pos = "名詞";
      token.pos1 = "固有名詞";
      token.pos2.clear();
    }
    out.push_back(std::move(token));
  }
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
