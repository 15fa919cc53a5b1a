// The text passes: bare MeCab, and the pipeline batched over threads.
#include <algorithm>
#include <atomic>
#include <thread>

#include "bench.hpp"
#include "core/utf8.hpp"
#include "normalize/normalize.hpp"
#include "sentences/sentences.hpp"

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

// The same batching as tools/kankei/runner.cpp's run_documents (which reads
// files through a DocumentReader, so it cannot take the in-memory corpus):
// jobs x 8 documents per batch, threads started per batch and pulling
// documents from an atomic counter, results consumed in order afterwards.
// Keeping the approach identical makes the measured speed-up the CLI's.
Result<PassResult> run_pipeline(const Corpus& corpus, const pipeline::Pipeline& pipeline, unsigned jobs,
                                const Sink& sink) {
  PassResult result;
  jobs = std::max(1u, jobs);
  const std::size_t batch_size = jobs == 1 ? 1 : jobs * 8;
  std::vector<pipeline::Document> batch;
  std::vector<Result<std::vector<pipeline::RelationRecord>>> results;
  const Stopwatch watch;
  for (std::size_t first = 0; first < corpus.documents(); first += batch_size) {
    batch.clear();
    for (std::size_t i = first; i < std::min(first + batch_size, corpus.documents()); ++i) {
      batch.push_back(corpus.document(i));
    }
    results.clear();
    for (std::size_t i = 0; i < batch.size(); ++i) results.emplace_back(std::vector<pipeline::RelationRecord>{});
    if (jobs == 1 || batch.size() == 1) {
      for (std::size_t i = 0; i < batch.size(); ++i) results[i] = pipeline.run(batch[i]);
    } else {
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t i; (i = next++) < batch.size();) results[i] = pipeline.run(batch[i]);
      };
      std::vector<std::thread> threads;
      for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
      work();
      for (auto& thread : threads) thread.join();
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (!results[i]) {
        Error error = results[i].error();
        error.where = batch[i].id + (error.where.empty() ? "" : ": " + error.where);
        return unexpected(error);
      }
      result.records += results[i]->size();
      sink(*results[i]);
    }
  }
  result.time = watch.elapsed();
  return result;
}

}  // namespace kankei::bench
