import ArgumentParser
import CaseStore
import Foundation
import PolicyEngine

extension CasesCommand {
  /// `cases stats`: the hall's figures.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract:
        "The hall's figures: cases served, benefits found by article, totals by certainty, hand-offs.",
      discussion: """
        Totals are the sums of what each case was told when it was saved, by certainty (the \
        same categories as every report); a sum open above stays open above. --from and --to are days \
        (yyyy-MM-dd, local time), both included.

        Example:
          policy-wizard cases stats --from 2026-01-01 --by desk --format csv
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Option(help: ArgumentHelp("The first day counted (yyyy-MM-dd).", valueName: "DATE"))
    var from: String?
    @Option(help: ArgumentHelp("The last day counted (yyyy-MM-dd).", valueName: "DATE"))
    var to: String?
    @Option(help: ArgumentHelp("Group by day, desk, city or article.", valueName: "GROUPING"))
    var by: CaseStatistics.Grouping?
    @Option(help: ArgumentHelp("text, json or csv.", valueName: "FORMAT"))
    var format: Format = .text
    @OptionGroup var storeOptions: CaseStoreOptions
    @Option(help: ArgumentHelp(CaseStoreOptions.configurationHelp, valueName: "FILE"))
    var config: String?
    @OptionGroup var language: LanguageOption

    func validate() throws {
      for (option, value) in [("--from", from), ("--to", to)] {
        if let value, CalendarDay(value) == nil {
          throw CommandFailure(.usage) { $0.notADate(option, value) }
        }
      }
    }

    func run() throws {
      let language = language.forText()
      let store = try storeOptions.resolved(configurationPath: config)
      let start = from.flatMap(CalendarDay.init).map { Self.startOfDay($0) }
      let end = to.flatMap(CalendarDay.init).map { Self.startOfDay($0, plusDays: 1) }
      let input = try store.reading { store throws(CaseStoreError) in
        try store.statisticsInput(from: start, to: end)
      }
      let statistics = CaseStatistics(input, by: by)
      let text = EngineText.of(language)
      switch format {
      case .text:
        print(
          CaseStatisticsText.text(
            statistics, store: store.location, words: text, language: language), terminator: "")
      case .json:
        printJSON(
          CaseStatisticsText.json(
            statistics, store: store.location, words: text, from: from, to: to, by: by),
          terminator: "")
      case .csv: print(CaseStatisticsText.csv(statistics, words: text), terminator: "")
      }
    }

    /// Midnight, local time, at the start of `day` (+ `plusDays`).
    static func startOfDay(_ day: CalendarDay, plusDays: Int = 0) -> Date {
      var components = DateComponents(year: day.year, month: day.month, day: day.day)
      components.day = day.day + plusDays
      return Calendar(identifier: .gregorian).date(from: components) ?? Date.distantPast
    }
  }

  /// `cases purge`: retention.
  struct Purge: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "purge",
      abstract: "Delete for good the cases not updated for a while, and expired hand-offs.",
      discussion: """
        Without --older-than, cases.keepDays of the configuration says how long cases are kept.

        Example:
          policy-wizard cases purge --older-than 365d
        """)

    @Option(
      name: .customLong("older-than"),
      help: ArgumentHelp(
        "Delete cases last updated longer ago than this many days (365d).", valueName: "DAYS"))
    var olderThan: String?
    @OptionGroup var storeOptions: CaseStoreOptions
    @Option(help: ArgumentHelp(CaseStoreOptions.configurationHelp, valueName: "FILE"))
    var config: String?
    @OptionGroup var language: LanguageOption

    /// `365d` or `365`: a whole number of days, at least 1.
    static func days(_ text: String) -> Int? {
      let digits = text.hasSuffix("d") ? String(text.dropLast()) : text
      guard let days = Int(digits), days > 0, days <= 36_500 else { return nil }
      return days
    }

    func validate() throws {
      if let olderThan, Self.days(olderThan) == nil {
        throw CommandFailure.notADayCount(olderThan.terminalSafe)
      }
    }

    func run() throws {
      let language = language.forText()
      let configuration = try WizardConfiguration.load(path: config)
      guard let days = olderThan.flatMap(Self.days) ?? configuration.caseKeepDays else {
        throw CommandFailure.noKeepDays()
      }
      let store = try CaseStoreResolution.resolve(db: storeOptions.db, configuration: configuration)
      let cutoff = Date().addingTimeInterval(-Double(days) * 86_400)
      let opened = try store.opened()
      do {
        let cases = try opened.purge(updatedBefore: cutoff)
        let handOffs = try opened.purgeExpiredHandOffs()
        print(
          CaseStatisticsText.purged(
            cases, handOffs: handOffs, days: days, from: store.location.terminalSafe,
            language: language))
      } catch {
        throw store.failure(error)
      }
    }
  }
}

extension CaseStatistics.Grouping: ExpressibleByArgument {}

/// How `cases stats` writes its figures; amounts in the words every output uses.
enum CaseStatisticsText {
  struct JSONDocument: Encodable {
    struct Amount: Encodable {
      var min: Decimal
      var max: Decimal?
      var label: String
      var text: String
      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(min, forKey: .min)
        try container.encode(max, forKey: .max)
        try container.encode(label, forKey: .label)
        try container.encode(text, forKey: .text)
      }
      enum CodingKeys: String, CodingKey { case min, max, label, text }
    }
    struct Article: Encodable {
      var article: String
      var cases: Int
    }
    struct Group: Encodable {
      var key: String
      var cases: Int
      var byCertainty: [String: Amount]
      var benefitsByArticle: [Article]
    }
    struct HandOffs: Encodable {
      var taken: Int
      var expired: Int
    }
    struct Damaged: Encodable {
      var id: Int64
      var problem: String
    }
    var store: String
    var from: String?
    var to: String?
    var by: String?
    var groups: [Group]
    var total: Group
    var handOffs: HandOffs
    var damaged: [Damaged]
    var unreadableResults: [Int64]
  }

  static func json(
    _ statistics: CaseStatistics, store: String, words: EngineText, from: String?, to: String?,
    by: CaseStatistics.Grouping?
  ) -> String {
    func group(_ group: CaseStatistics.Group) -> JSONDocument.Group {
      var byCertainty: [String: JSONDocument.Amount] = [:]
      for (certainty, range) in group.byCertainty {
        byCertainty[certainty.rawValue] = JSONDocument.Amount(
          min: range.min.yuanDecimal, max: range.max?.yuanDecimal,
          label: words.certaintyLabel(certainty), text: words.sum(range))
      }
      return JSONDocument.Group(
        key: group.key, cases: group.cases, byCertainty: byCertainty,
        benefitsByArticle: group.benefitsByArticle.map {
          JSONDocument.Article(article: $0.article, cases: $0.cases)
        })
    }
    let document = JSONDocument(
      store: store, from: from, to: to, by: by?.rawValue,
      groups: by == nil ? [] : statistics.groups.map(group), total: group(statistics.total),
      handOffs: JSONDocument.HandOffs(
        taken: statistics.handOffsTaken, expired: statistics.handOffsExpired),
      damaged: statistics.damaged.map { JSONDocument.Damaged(id: $0.id, problem: $0.problem) },
      unreadableResults: statistics.unreadableResults)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// One row a group and certainty; the whole as the group "*".
  static func csv(_ statistics: CaseStatistics, words: EngineText) -> String {
    var rows = ["group,cases,certainty,label,min,max,amount"]
    func field(_ text: String) -> String {
      let safe = text.terminalSafe
      guard
        safe.contains(where: { ",\"\n\r".contains($0) }) || safe.hasPrefix("=")
          || safe.hasPrefix("+") || safe.hasPrefix("-") || safe.hasPrefix("@")
      else { return safe }
      let guarded = "=+-@".contains(safe.first ?? " ") ? "'" + safe : safe
      return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    let groups = statistics.groups.filter { !$0.key.isEmpty } + [statistics.total]
    for group in groups {
      let key = group.key.isEmpty ? "*" : group.key
      if group.byCertainty.isEmpty {
        rows.append("\(field(key)),\(group.cases),,,,,")
      }
      for (certainty, range) in group.byCertainty {
        let max = range.max.map { "\($0.yuanDecimal)" } ?? ""
        rows.append(
          "\(field(key)),\(group.cases),\(certainty.rawValue),\(field(words.certaintyLabel(certainty))),\(range.min.yuanDecimal),\(max),\(field(words.sum(range)))"
        )
      }
    }
    return rows.joined(separator: "\n") + "\n"
  }
}
