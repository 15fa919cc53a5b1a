// The text passes: bare MeCab, and the pipeline over threads.
#include <algorithm>
#include <deque>
#include <optional>

#include "bench.hpp"
#include "core/utf8.hpp"
#include "normalize/normalize.hpp"
#include "sentences/sentences.hpp"
#include "../kankei/work_queue.hpp"

namespace kankei::bench {

// The work every pipeline must do anyway, so that pipeline/bare isolates what
// kankei adds on top of MeCab: Token copies, mentions, rules and records.
PassResult bare_mecab(const Corpus& corpus, const tokens::Tokenizer& tokenizer) {
  PassResult result;
  const Stopwatch watch;
  for (std::size_t i = 0; i < corpus.documents(); ++i) {
    const auto document = corpus.document(i);
    const auto text = utf8::decode(document.text);  // load_corpus checked the encoding
    if (!text) continue;
    for (const auto& sentence : sentences::split_sentences(*text)) {
      const auto normalized =
          normalize::normalize(std::u32string_view(*text).substr(sentence.begin, sentence.end - sentence.begin));
      result.tokens += tokenizer.parse_only(normalized.text);
      ++result.sentences;
    }
  }
  result.time = watch.elapsed();
  return result;
}

// The same scheme as tools/kankei/runner.cpp's run_documents (which reads
// files through a DocumentReader, so it cannot take the in-memory corpus):
// one thread inline, else jobs x 4 documents in flight through the CLI's own
// OrderedWorkers, results consumed in input order as each is ready. Keeping
// the approach identical makes the measured speed-up the CLI's.
Result<PassResult> run_pipeline(const Corpus& corpus, const pipeline::Pipeline& pipeline, unsigned jobs,
                                const Sink& sink) {
  using Records = Result<std::vector<pipeline::RelationRecord>>;
  PassResult result;
  jobs = std::max(1u, jobs);
  const std::size_t window = jobs == 1 ? 1 : jobs * 4;
  std::deque<pipeline::Document> documents;  // made, in input order, not yet consumed
  std::optional<cli::OrderedWorkers<pipeline::Document, Records>> workers;  // stops before `documents` goes
  if (jobs > 1) workers.emplace(jobs, [&pipeline](const pipeline::Document& d) { return pipeline.run(d); });
  const Stopwatch watch;
  for (std::size_t next = 0; next < corpus.documents() || !documents.empty();) {
    while (next < corpus.documents() && documents.size() < window) {
      documents.push_back(corpus.document(next++));
      if (workers) workers->push(documents.back());
    }
    const Records records = workers ? workers->pop() : pipeline.run(documents.front());
    if (!records) {
      Error error = records.error();
      error.where = documents.front().id + (error.where.empty() ? "" : ": " + error.where);
      return unexpected(error);
    }
    result.records += records->size();
    sink(*records);
    documents.pop_front();
  }
  result.time = watch.elapsed();
  return result;
}

}  // namespace kankei::bench
