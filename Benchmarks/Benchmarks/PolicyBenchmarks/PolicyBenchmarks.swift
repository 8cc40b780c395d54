import Benchmark
import Foundation
import PolicyEngine

// Throughput of the engine, with the allocations and retains behind it: whole-catalog
// evaluations per profile kind, a batch row (decode + evaluate), and reading the compiled
// catalog. Wall times are reported, never asserted; the malloc counts do not vary with load.
// Cold whole-process starts, key→frame and bytes per key are measured by hyperfine and
// `policy-bench wizard` (docs/performance.md).

let repository = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

let catalog: Catalog = {
  do {
    return try CatalogLoader.load(directory: repository.appendingPathComponent("Data/catalog"))
  } catch {
    fatalError("cannot load Data/catalog: \(error)")
  }
}()
let compiled = (try? Data(
  contentsOf: repository.appendingPathComponent("Sources/DefaultCatalog/compiled/catalog.bin")))
  .map { [UInt8]($0) } ?? []
let today = FullProfile.day

let samples: [String] = (try? FileManager.default.contentsOfDirectory(
  atPath: repository.appendingPathComponent("Data/samples").path))?
  .filter { $0.hasSuffix(".json") }.sorted().compactMap {
    try? String(
      contentsOf: repository.appendingPathComponent("Data/samples/\($0)"), encoding: .utf8)
  } ?? []

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: BenchmarkRetainCounting.enabled
      ? [.wallClock, .throughput, .mallocCountTotal, .retainCount, .releaseCount]
      : [.wallClock, .throughput, .mallocCountTotal],
    maxDuration: .seconds(2), maxIterations: 1_000_000)
  let evaluator = Evaluator(catalog: catalog)

  for city in ["hohhot", "ordos", "hulunbuir"] {
    let profile = FullProfile.make(catalog: catalog, city: city)
    Benchmark("evaluate full profile \(city)") { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(evaluator.evaluate(profile, today: today))
      }
    }
  }

  let decoder = ProfileDecoder(catalog: catalog)
  Benchmark("batch row: decode JSON + evaluate (the five samples)") { benchmark in
    for _ in benchmark.scaledIterations {
      for text in samples {
        if let profile = try? decoder.decode(text) {
          blackHole(evaluator.evaluate(profile, today: today))
        }
      }
    }
  }

  Benchmark("evaluate --format json text (five samples)") { benchmark in
    let explainer = Explainer(catalog: catalog)
    let profiles = samples.compactMap { try? decoder.decode($0) }
    for _ in benchmark.scaledIterations {
      for profile in profiles {
        let result = evaluator.evaluate(profile, today: today)
        blackHole(
          EvaluationReport(
            result: result, profile: profile, explainer: explainer,
            openQuestions: evaluator.openQuestions(profile, today: today)
          ).json())
      }
    }
  }

  Benchmark(
    "compiled catalog: decode + Evaluator.init",
    configuration: .init(maxDuration: .seconds(2), maxIterations: 200)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      if let decoded = try? CompiledCatalog.decode(compiled) {
        blackHole(Evaluator(catalog: decoded))
      }
    }
  }
}

/// Retain and release counts need the Swift runtime's hooks, which crash some benchmark
/// processes on Linux with Swift 6.3 when swift-runtime-interposer is not available
/// (ordo-one/benchmark issue 349): `BENCHMARK_RETAINS=1` turns them on.
enum BenchmarkRetainCounting {
  static let enabled = ProcessInfo.processInfo.environment["BENCHMARK_RETAINS"] == "1"
}
