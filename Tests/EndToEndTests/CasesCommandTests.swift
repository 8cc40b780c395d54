import Foundation
import PolicyEngine
import Testing

/// `policy-wizard cases save|list|show|export|delete` on a database of the test's own.
@Suite struct CasesCommandTests {
  static let sample = RepositoryFiles.url("Data/samples/3-hulunbuir-agriculture.json").path
  static let name = "呼伦贝尔某农牧业科技有限公司"

  /// A scratch directory with the database path inside it.
  struct Store {
    let directory: TemporaryDirectory
    var database: String { directory.url.appendingPathComponent("cases.sqlite").path }

    init() throws { directory = try TemporaryDirectory() }

    func run(_ arguments: [String], stdin: String? = nil) throws -> CommandResult {
      try runPolicyWizard(["cases"] + arguments + ["--db", database], stdin: stdin)
    }

    /// Saves and returns the printed id.
    func save(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws
      -> Int
    {
      let result = try run(["save"] + arguments)
      try #require(result.status == 0, "\(result)", sourceLocation: sourceLocation)
      let id = try #require(
        Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(result)",
        sourceLocation: sourceLocation)
      return id
    }
  }

  /// What the sample gets today, in the words `cases list` uses, from `evaluate`.
  static func totalToday() throws -> String {
    let result = try runPolicyWizard(["evaluate", sample, "--format", "json"])
    try #require(result.status == 0, "\(result)")
    let totals = try #require(try JSONOutput.object(result.stdout)["totals"] as? [String: Any])
    func money(_ value: Any?) -> Money? {
      JSONOutput.number(value).map { Money(fen: Int64(truncating: ($0 * 100) as NSNumber)) }
    }
    let low = try #require(money(totals["min"]))
    guard let high = money(totals["max"]) else { return "不低于\(MoneyFormat.chinese(low))" }
    return high == low
      ? MoneyFormat.chinese(low) : "\(MoneyFormat.chinese(low))至\(MoneyFormat.chinese(high))"
  }

  /// JSON with sorted keys and no spacing, to compare two documents' values.
  static func canonical(_ object: [String: Any]) throws -> String {
    String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys),
      as: UTF8.self)
  }

  @Test func saveListShowExportDelete() throws {
    let store = try Store()
    defer { store.directory.remove() }

    let id = try store.save([Self.sample])
    #expect(id == 1)

    // list: id, date, name, total.
    let list = try store.run(["list"])
    try #require(list.status == 0, "\(list)")
    #expect(list.stderr.isEmpty, "\(list)")
    let rows = list.stdout.split(separator: "\n").map { $0.components(separatedBy: "  ") }
    try #require(rows.count == 1, "\(list)")
    #expect(rows[0].count == 4, "\(list)")
    #expect(rows[0].first == "\(id)")
    #expect(rows[0][1].wholeMatch(of: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/) != nil, "\(rows[0])")
    #expect(rows[0][2] == Self.name)
    let total = try Self.totalToday()
    #expect(rows[0].last == total, "\(list)")

    // show: who, when, the total when saved, then the report as of now.
    let show = try store.run(["show", "\(id)"])
    try #require(show.status == 0, "\(show)")
    let lines = show.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    #expect(lines.first == "案例 #\(id)：\(Self.name)", "\(show)")
    #expect(lines.contains { $0.hasPrefix("保存时间：") }, "\(show)")
    #expect(lines.contains { $0.hasPrefix("保存时合计：\(total)（目录校验码 ") }, "\(show)")
    #expect(show.stdout.contains("合计：\(total)"), "\(show)")
    #expect(show.stdout.contains("首次获批国家高新技术企业：50万元"), "\(show)")
    #expect(!show.stdout.contains("联系人："), "none was given")

    // export --format json: the profile again, as `evaluate` reads it.
    let export = try store.run(["export", "\(id)", "--format", "json"])
    try #require(export.status == 0, "\(export)")
    let exported = try JSONOutput.object(export.stdout)
    let original = try JSONOutput.object(
      String(decoding: try Data(contentsOf: URL(fileURLWithPath: Self.sample)), as: UTF8.self))
    #expect(try Self.canonical(exported) == Self.canonical(original), "\(export.stdout)")

    // delete: gone from the list, and a second delete says there is no such case.
    let delete = try store.run(["delete", "\(id)"])
    try #require(delete.status == 0, "\(delete)")
    #expect(delete.stdout == "已删除案例 #\(id)（\(Self.name)）。\n", "\(delete)")
    let empty = try store.run(["list"])
    #expect(empty.status == 0)
    #expect(empty.stdout == "案例库中没有已保存的案例：\(store.database)\n", "\(empty)")
    let again = try store.run(["delete", "\(id)"])
    expectOneClearError(again)
    // Messages are English in the C locale (the tests' LANG), as gettext leaves them.
    #expect(again.stderr.contains("no case \(id) in"), "\(again)")
    #expect(again.status == 66, "not found: \(again)")
  }

  /// The exported profile is a profile: `evaluate` reads it and gets what the sample gets.
  @Test func exportedProfileEvaluatesLikeTheOriginal() throws {
    let store = try Store()
    defer { store.directory.remove() }
    let id = try store.save([Self.sample])
    let file = store.directory.url.appendingPathComponent("exported.json").path
    let export = try store.run(["export", "\(id)", "--output", file])
    try #require(export.status == 0, "\(export)")
    #expect(export.stdout.isEmpty)

    let fromExport = try runPolicyWizard([
      "evaluate", file, "--format", "json", "--as-of", "2026-06-01",
    ])
    let fromSample = try runPolicyWizard([
      "evaluate", Self.sample, "--format", "json", "--as-of", "2026-06-01",
    ])
    try #require(fromExport.status == 0 && fromSample.status == 0, "\(fromExport)\n\(fromSample)")
    #expect(fromExport.stdout == fromSample.stdout)

    let text = try store.run(["export", "\(id)", "--format", "txt"])
    try #require(text.status == 0, "\(text)")
    #expect(text.stdout.contains("合计："), "\(text)")
  }

  /// --name, --contact and --note are kept and shown.
  @Test func nameContactAndNoteAreShown() throws {
    let store = try Store()
    defer { store.directory.remove() }
    let id = try store.save([
      Self.sample, "--name", "扎兰屯合作社", "--contact", "王经理 0470-1234567", "--note",
      "需补充研发台账\n下周回访",
    ])
    let show = try store.run(["show", "\(id)"])
    try #require(show.status == 0, "\(show)")
    #expect(show.stdout.hasPrefix("案例 #\(id)：扎兰屯合作社\n"), "\(show)")
    #expect(show.stdout.contains("联系人：王经理 0470-1234567\n"), "\(show)")
    #expect(show.stdout.contains("备注：\n  需补充研发台账\n  下周回访\n"), "\(show)")
    let list = try store.run(["list"])
    #expect(list.stdout.contains("  扎兰屯合作社  "), "\(list)")
  }

  /// Several saves list newest first, each with its own id; `cases` alone lists.
  @Test func severalCasesListNewestFirst() throws {
    let store = try Store()
    defer { store.directory.remove() }
    let ordos = RepositoryFiles.url("Data/samples/2-ordos-new-materials.json").path
    let result = try store.run(["save", Self.sample, ordos])
    try #require(result.status == 0, "\(result)")
    #expect(result.stdout == "1\n2\n", "\(result)")
    let list = try runPolicyWizard(["cases", "--db", store.database])
    try #require(list.status == 0, "\(list)")
    let ids = list.stdout.split(separator: "\n").map { $0.prefix { $0 != " " } }
    #expect(ids == ["2", "1"], "\(list)")
    #expect(list.stdout.contains("鄂尔多斯某新材料股份有限公司"), "\(list)")
  }

  /// A profile from standard input needs --name when it has no enterpriseName.
  @Test func saveFromStandardInput() throws {
    let store = try Store()
    defer { store.directory.remove() }
    let profile = #"{"city": "hulunbuir", "applicant": "enterprise", "highTech": "new"}"#
    let unnamed = try store.run(["save", "-"], stdin: profile)
    expectOneClearError(unnamed)
    #expect(unnamed.stderr.contains("--name"), "\(unnamed)")
    #expect(!FileManager.default.fileExists(atPath: store.database), "nothing saved, no file")

    let named = try store.run(["save", "-", "--name", "新企业"], stdin: profile)
    #expect(named.status == 0, "\(named)")
    #expect(named.stdout == "1\n")
  }

  @Test(arguments: ["show", "export", "delete"])
  func badIdsAreExplained(command: String) throws {
    let store = try Store()
    defer { store.directory.remove() }
    _ = try store.save([Self.sample])

    for bad in ["abc", "0", "1.5", "１"] {
      let result = try store.run([command, bad])
      expectOneClearError(result)
      #expect(result.stderr.contains("is not a case number"), "\(bad): \(result)")
      #expect(result.status == 64, "usage: \(bad): \(result)")
      #expect(result.stderr.contains("policy-wizard cases list --db"), "\(bad): \(result)")
    }
    let missing = try store.run([command, "99"])
    expectOneClearError(missing)
    #expect(missing.stderr.contains("no case 99 in \(store.database)"), "\(missing)")
    #expect(missing.status == 66, "not found: \(missing)")
    let chinese = try store.run([command, "99", "--lang", "zh"])
    #expect(
      chinese.stderr
        == "错误：\(store.database) 中没有案例 99；`policy-wizard cases list --db \(store.database)` 列出已保存的案例及其编号\n",
      "\(chinese)")
    #expect(missing.stdout.isEmpty)

    // The case is still there after all that.
    let list = try store.run(["list"])
    #expect(list.stdout.hasPrefix("1  "), "\(list)")
  }

  /// Reading commands on a database that does not exist say so and create nothing.
  @Test func readingAMissingDatabaseCreatesNothing() throws {
    let store = try Store()
    defer { store.directory.remove() }
    // An error (66), not an empty list: a mistyped --db must not look like a store with no
    // cases (issue 17).
    let list = try store.run(["list"])
    #expect(list.status == 66, "\(list)")
    expectOneClearError(list)
    #expect(list.stderr.contains(store.database), "\(list)")
    let show = try store.run(["show", "1"])
    expectOneClearError(show)
    #expect(!FileManager.default.fileExists(atPath: store.database))
  }
}
