import DefaultCatalog
import Foundation
import PolicyEngine
import Testing
import WizardCore

/// A plain-mode session as text: what the program wrote, with each line typed written back
/// after its prompt, as `policy-wizard --plain < answers` writes it.
struct PlainTranscript {
  var conversation: PlainConversation
  var text = ""

  init(
    catalog: Catalog = DefaultCatalog.catalog, profile: Profile? = nil,
    language: Language = .chinese
  ) {
    conversation = PlainConversation(
      catalog: catalog, profile: profile, today: testDay, language: language)
    text = conversation.start()
  }

  /// Types one line; returns what the program answered.
  @discardableResult
  mutating func type(_ line: String) -> String {
    let answer = conversation.receive(line: line)
    text += line + "\n" + answer
    return answer
  }

  /// Types every line, then ends the input if the session is still waiting.
  mutating func type(lines: [String]) {
    for line in lines where !conversation.isFinished { type(line) }
    if !conversation.isFinished { text += conversation.endOfInput() }
  }

  @discardableResult
  mutating func endInput() -> String {
    let answer = conversation.endOfInput()
    text += answer
    return answer
  }

  var state: WizardState { conversation.state }
}

/// The lines a person types to give a profile's answers in the plain mode: worked out once from
/// the profile by following the questions as they come, and committed beside the transcripts.
enum PlainAnswers {
  static func lines(
    for target: Profile, language: Language, catalog: Catalog = DefaultCatalog.catalog
  ) -> [String] {
    var conversation = PlainConversation(catalog: catalog, today: testDay, language: language)
    _ = conversation.start()
    var lines: [String] = []
    while !conversation.isFinished, lines.count < 1_000 {
      let line = answer(conversation, target, catalog, language)
      lines.append(line)
      _ = conversation.receive(line: line)
    }
    return lines
  }

  private static func answer(
    _ conversation: PlainConversation, _ target: Profile, _ catalog: Catalog,
    _ language: Language
  ) -> String {
    switch conversation.step {
    case .choice(let fact):
      let definition = catalog.facts[fact]
      let options = conversation.state.rows(for: definition).filter {
        if case .option = $0 { return true }
        return false
      }
      let row: WizardState.Row
      switch (definition.type, target[fact]) {
      case (.bool, let value): row = .option(value == .bool(true) ? 0 : 1)
      case (_, .choice(let index)?): row = .option(index)
      default: row = .option(definition.defaultEnumIndex)
      }
      return String((options.firstIndex(of: row) ?? 0) + 1)
    case .typed(let fact):
      return text(target[fact], catalog.facts[fact].type, language)
    case .recordField(let fact, let field):
      let type = catalog.facts[fact].type.fields[field].type
      guard case .record(let values)? = target[fact], field < values.count else { return "" }
      return text(values[field], type, language)
    case .list(let fact):
      let given = conversation.state.profile.items(fact).count
      return given < target.items(fact).count ? "1" : "2"
    case .itemField(let list, let field):
      let type = catalog.facts[list].type.fields[field].type
      let item = target.items(list)[conversation.state.profile.items(list).count]
      return text(field < item.count ? item[field] : nil, type, language)
    case .finished:
      return ""
    }
  }

  /// A value as typed: a number for an option (yes first), a sum in the language's unit (万 in
  /// Chinese, or 元 when not whole 万; yuan in English), a count; nothing for no value (no for
  /// yes/no, which an item asks as 1) yes 2) no).
  private static func text(_ value: FactValue?, _ type: FactType, _ language: Language) -> String {
    switch (type, value) {
    case (.bool, let value): return value == .bool(true) ? "1" : "2"
    case (.enumeration, .choice(let index)?): return String(index + 1)
    case (.money, .number(let fen)?):
      if language == .chinese, fen % 1_000_000 == 0 { return String(fen / 1_000_000) }
      let cents = fen % 100
      let yuan = "\(fen / 100)" + (cents == 0 ? "" : ".\(cents < 10 ? "0" : "")\(cents)")
      return language == .chinese ? yuan + "元" : yuan
    case (.count, .number(let count)?): return String(count)
    default: return ""
    }
  }
}

/// Committed text files the tests compare with: `TRANSCRIPT_RECORD=1` rewrites them (and the
/// test still fails, saying so, so that a recording is never taken for a pass).
enum TranscriptFiles {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Transcripts")
  static var isRecording: Bool { ProcessInfo.processInfo.environment["TRANSCRIPT_RECORD"] == "1" }

  static func expect(
    _ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url)
      Issue.record("recorded \(name)", sourceLocation: sourceLocation)
      return
    }
    guard let data = try? Data(contentsOf: url) else {
      Issue.record(
        "\(name) is missing (TRANSCRIPT_RECORD=1 writes it)", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    Issue.record(
      "\(name) differs (TRANSCRIPT_RECORD=1 rewrites it):\n\(lineDiff(expected, actual))",
      sourceLocation: sourceLocation)
  }

  static func read(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
  }

  /// The lines that differ, `-` expected and `+` actual, with their line numbers.
  static func lineDiff(_ expected: String, _ actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) where report.count < 40 {
      let before = index < old.count ? String(old[index]) : nil
      let after = index < new.count ? String(new[index]) : nil
      guard before != after else { continue }
      if let before { report.append("\(index + 1) - \(before)") }
      if let after { report.append("\(index + 1) + \(after)") }
    }
    return report.joined(separator: "\n")
  }
}

/// The sample enterprises (Data/samples/*.json), by file name without `.json`.
enum SampleProfiles {
  static var names: [String] {
    DefaultCatalog.sampleSources.map { ($0.name as NSString).deletingPathExtension }.sorted()
  }

  static func profile(_ name: String) throws -> Profile {
    let source = try #require(DefaultCatalog.sampleSources.first { $0.name == name + ".json" })
    return try ProfileDecoder(catalog: DefaultCatalog.catalog).decode(
      source.text, file: source.name)
  }
}
