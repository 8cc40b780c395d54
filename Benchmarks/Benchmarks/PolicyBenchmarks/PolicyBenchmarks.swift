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
let today = CalendarDay(year: 2026, month: 6, day: 1)

/// The heaviest profile the wizard can produce (as `policy-bench evaluate` builds it).
func fullProfile(city: String) -> Profile {
  func value(_ type: FactType, variant: Int) -> FactValue {
    switch type {
    case .bool: return .bool(true)
    case .money: return .number(Money.wan(Int64(500 + 100 * (variant % 20))).fen)
    case .count: return .number(3)
    case .enumeration(let values):
      let count = values.names.count
      return .choice(count > 1 ? 1 + variant % (count - 1) : 0)
    case .record(let fields):
      return .record(fields.enumerated().map { value($1.type, variant: variant + $0) })
    case .list(let fields):
      let kinds = fields.lazy.compactMap { field -> Int? in
        if case .enumeration(let values) = field.type { return values.names.count }
        return nil
      }.first
      return .list(
        (0..<max(3, kinds ?? 0)).map { item in
          fields.enumerated().map { index, field -> FactValue? in
            if index == 0, case .enumeration = field.type { return .choice(item) }
            return value(field.type, variant: item + index)
          }
        })
    }
  }
  var profile = Profile(factCount: catalog.facts.count)
  for fact in catalog.facts { profile[fact.id] = value(fact.type, variant: fact.id) }
  func set(_ name: String, _ valueName: String) {
    guard let fact = catalog.fact(named: name), case .enumeration(let values) = fact.type,
      let index = values.index(of: valueName)
    else { return }
    profile[fact.id] = .choice(index)
  }
  set("city", city)
  set("applicant", "enterprise")
  set("highTech", "new")
  if let rd = catalog.fact(named: "rd") {
    profile[rd.id] = .record([.number(Money.wan(8000).fen), .number(Money.wan(5000).fen)])
  }
  profile.asOf = today
  return profile
}

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
    let profile = fullProfile(city: city)
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
