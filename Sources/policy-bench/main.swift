import DefaultCatalog
import Foundation
import PolicyEngine

// Benchmarks, not tests: they print numbers and pass no judgement. Build in release mode:
//   swift run -c release --scratch-path .build-release policy-bench evaluate
//
// One subcommand per benchmark: `evaluate` (the engine) and `wizard` (WizardBenchmark.swift).

let benchmarks: [(name: String, summary: String, run: ([String]) -> Void)] = [
  (
    "evaluate",
    "Evaluator.evaluate per second on one core; result JSON per result (--samples [DIR]: the sample profiles, evaluate and openQuestions)",
    evaluationBenchmark
  ),
  ("wizard", "key event → frame (evaluate + render) and bytes per keystroke", runWizardBenchmark),
]

// MARK: - Timing

/// Keeps a result alive so that the optimiser cannot drop the work that made it.
nonisolated(unsafe) var sink = 0

struct Measurement {
  var iterations: Int
  var seconds: Double

  var perSecond: Double { Double(iterations) / seconds }
  var nanosecondsEach: Double { seconds * 1e9 / Double(iterations) }
}

/// Runs `body` for `warmUp` seconds, then for about `duration` seconds, and counts the runs.
/// The clock is read once per batch so that reading it costs nothing next to the work.
func measure(warmUp: Double, duration: Double, _ body: () -> Int) -> Measurement {
  let clock = ContinuousClock()
  func run(for seconds: Double) -> Measurement {
    var iterations = 0
    var batch = 1
    let start = clock.now
    var elapsed = Duration.zero
    while elapsed < .seconds(seconds) {
      for _ in 0..<batch { sink &+= body() }
      iterations += batch
      elapsed = start.duration(to: clock.now)
      // Aim at batches of about 10 ms.
      if elapsed < .milliseconds(10) { batch *= 2 }
    }
    let (whole, attoseconds) = elapsed.components
    return Measurement(iterations: iterations, seconds: Double(whole) + Double(attoseconds) * 1e-18)
  }
  _ = run(for: warmUp)
  return run(for: duration)
}

func format(_ number: Double, decimals: Int = 0) -> String {
  String(format: "%.\(decimals)f", number)
}

func column(_ text: String, _ width: Int, right: Bool = true) -> String {
  let padding = String(repeating: " ", count: max(0, width - text.count))
  return right ? padding + text : text + padding
}

// MARK: - The full-catalog profile

extension FullProfile {
  static func factsAnswered(_ profile: Profile) -> Int { profile.values.filter { $0 != nil }.count }
}

// MARK: - evaluate

func evaluationBenchmark(_ arguments: [String]) {
  var duration = 2.0
  if let index = arguments.firstIndex(of: "--seconds"), index + 1 < arguments.count,
    let seconds = Double(arguments[index + 1]), seconds > 0
  {
    duration = seconds
  }
  let catalog = DefaultCatalog.catalog
  let evaluator = Evaluator(catalog: catalog)
  // `--samples [DIR]`: the sample profiles (Data/samples/*.json), as `POST /v1/evaluate`
  // receives them; they leave many yes/no questions out, so unanswered near misses and open
  // questions cost what they cost a real request. Evaluation alone, no JSON.
  if let index = arguments.firstIndex(of: "--samples") {
    let next = index + 1 < arguments.count ? arguments[index + 1] : nil
    let directory = next.flatMap { $0.hasPrefix("--") ? nil : $0 } ?? "Data/samples"
    sampleEvaluationBenchmark(
      directory: directory, duration: duration, evaluator: evaluator, arguments: arguments)
    return
  }
  let explainer = Explainer(catalog: catalog)
  let writer = ResultJSONWriter(explainer: explainer)
  var cities = ["hohhot", "ordos", "hulunbuir"]
  if let index = arguments.firstIndex(of: "--city"), index + 1 < arguments.count {
    cities = [arguments[index + 1]]
  }
  let profiles = cities.map { ($0, FullProfile.make(catalog: catalog, city: $0)) }
  // The wizard passes the day in, as here; the default argument reads the system calendar.
  let today = FullProfile.day
  // `--count N`: exactly N evaluations per city and no clock, for instruction counts that do
  // not depend on the machine's load (valgrind --tool=callgrind; the difference between two
  // counts divided by the difference of N is the cost of one evaluation).
  if let index = arguments.firstIndex(of: "--count"), index + 1 < arguments.count,
    let count = Int(arguments[index + 1])
  {
    for (_, profile) in profiles {
      for _ in 0..<count { sink &+= evaluator.evaluate(profile, today: today).matches.count }
    }
    print("\(count) evaluations per city: \(cities.joined(separator: ", ")) (sink \(sink))")
    return
  }
  // `--reports N`: exactly N results written as JSON per city (`ResultJSONWriter`, open
  // questions included, as `evaluate` and `POST /v1/evaluate` write them), no clock: for
  // callgrind, as `--count`.
  if let index = arguments.firstIndex(of: "--reports"), index + 1 < arguments.count,
    let count = Int(arguments[index + 1])
  {
    for (_, profile) in profiles {
      let result = evaluator.evaluate(profile, today: today)
      let questions = evaluator.openQuestions(profile, today: today)
      for _ in 0..<count {
        sink &+= writer.json(result, profile: profile, openQuestions: questions).utf8.count
      }
    }
    print("\(count) reports per city: \(cities.joined(separator: ", ")) (sink \(sink))")
    return
  }

  print(
    "policy-bench evaluate: one core, \(format(duration, decimals: 1)) s per line after 0.3 s warm-up"
  )
  print(
    "catalog \(catalog.version): \(catalog.documents.count) documents, \(catalog.benefits.count) benefits, "
      + "\(catalog.facts.count) facts")
  print("")
  print("Evaluator.evaluate, full-catalog profile")
  print(
    column("city", 10, right: false) + column("answered", 9) + column("matches", 8)
      + column("possible", 9)
      + column("near", 6) + column("evaluations/s", 15) + column("ns/evaluation", 15))
  for (city, profile) in profiles {
    let result = evaluator.evaluate(profile, today: today)
    let measured = measure(warmUp: 0.3, duration: duration) {
      evaluator.evaluate(profile, today: today).matches.count
    }
    print(
      column(city, 10, right: false) + column("\(FullProfile.factsAnswered(profile))", 9)
        + column("\(result.matches.count)", 8) + column("\(result.possible.count)", 9)
        + column("\(result.nearMisses.count)", 6) + column(format(measured.perSecond), 15)
        + column(format(measured.nanosecondsEach), 15))
  }

  print("")
  print("A full result's JSON, as evaluate, batch and the server write it: ResultJSONWriter")
  print(
    column("city", 10, right: false) + column("JSON bytes", 11) + column("reports/s", 12)
      + column("µs/report", 12))
  for (city, profile) in profiles {
    let result = evaluator.evaluate(profile, today: today)
    var out = JSONText(capacity: 65_536)
    writer.write(result, profile: profile, openQuestions: nil, to: &out)
    let bytes = out.bytes.count
    let measured = measure(warmUp: 0.3, duration: duration) {
      out.removeAll()
      writer.write(result, profile: profile, openQuestions: nil, to: &out)
      return out.bytes.count
    }
    print(
      column(city, 10, right: false) + column("\(bytes)", 11)
        + column(format(measured.perSecond), 12)
        + column(format(measured.nanosecondsEach / 1000, decimals: 1), 12))
  }

  if sink == 42 { print("") }  // reads the sink so that the measured work stays
}

// MARK: - evaluate --samples

func sampleEvaluationBenchmark(
  directory: String, duration: Double, evaluator: Evaluator, arguments: [String]
) {
  let decoder = ProfileDecoder(catalog: evaluator.catalog)
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
    .filter { $0.hasSuffix(".json") }.sorted()
  var samples: [(name: String, profile: Profile)] = []
  for name in names {
    let path = directory + "/" + name
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      print("policy-bench: cannot read \(path)")
      exit(1)
    }
    do {
      samples.append((String(name.dropLast(5)), try decoder.decode(text, file: path)))
    } catch {
      print("policy-bench: \(path): \(error)")
      exit(1)
    }
  }
  guard !samples.isEmpty else {
    print("policy-bench: no *.json profile in \(directory)")
    exit(1)
  }
  // `--count N`: exactly N evaluations and open-question searches per sample, no clock (for
  // callgrind, as `evaluate --count`).
  if let index = arguments.firstIndex(of: "--count"), index + 1 < arguments.count,
    let count = Int(arguments[index + 1])
  {
    for (_, profile) in samples {
      for _ in 0..<count {
        sink &+= evaluator.evaluate(profile).nearMisses.count
        sink &+= evaluator.openQuestions(profile).count
      }
    }
    print("\(count) evaluations + openQuestions per sample in \(directory) (sink \(sink))")
    return
  }
  print(
    "policy-bench evaluate --samples: one core, \(format(duration, decimals: 1)) s per figure after 0.3 s warm-up"
  )
  print("")
  print(
    column("sample", 28, right: false) + column("matches", 8) + column("possible", 9)
      + column("near", 5) + column("open", 5) + column("µs evaluate", 12)
      + column("µs openQuestions", 17) + column("µs both", 9))
  for (name, profile) in samples {
    let result = evaluator.evaluate(profile)
    let questions = evaluator.openQuestions(profile)
    let evaluation = measure(warmUp: 0.3, duration: duration) {
      evaluator.evaluate(profile).nearMisses.count
    }
    let open = measure(warmUp: 0.3, duration: duration) {
      evaluator.openQuestions(profile).count
    }
    let both = measure(warmUp: 0.3, duration: duration) {
      evaluator.evaluate(profile).nearMisses.count + evaluator.openQuestions(profile).count
    }
    print(
      column(name, 28, right: false) + column("\(result.matches.count)", 8)
        + column("\(result.possible.count)", 9) + column("\(result.nearMisses.count)", 5)
        + column("\(questions.count)", 5)
        + column(format(evaluation.nanosecondsEach / 1000, decimals: 2), 12)
        + column(format(open.nanosecondsEach / 1000, decimals: 2), 17)
        + column(format(both.nanosecondsEach / 1000, decimals: 2), 9))
  }
  if sink == 42 { print("") }
}

// MARK: - Dispatch

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name })
else {
  let usage = benchmarks.map {
    "  policy-bench \($0.name.padding(toLength: 9, withPad: " ", startingAt: 0))\($0.summary)"
  }
  print("usage:\n" + usage.joined(separator: "\n"))
  exit(arguments.isEmpty || arguments.first == "--help" ? 0 : 2)
}
benchmark.run(Array(arguments.dropFirst()))
