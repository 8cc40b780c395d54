import PolicyEngine

/// What the commands say to a person beside the reports they print: one table per language
/// (`chinese`, `english`), a Swift struct so that a table lacking an entry does not compile.
/// (`--help` texts stay with their options, in English like every command's help.)
struct CLIStrings: Sendable {
  /// The program's one-line description, first in `--help` (which is written once, at build
  /// time, so it keeps the Chinese name beside the English help).
  static let programAbstract = "内蒙古科技支持政策向导：哪些政策适用、各值多少。"

  /// The table for a language.
  static func of(_ language: Language) -> CLIStrings {
    language == .english ? .english : .chinese
  }

  var drafts: String
  /// `label：value`, `label: value`.
  var labelled: @Sendable (_ label: String, _ value: String) -> String

  /// `呼和浩特市　资金项目 3 项`: a city's heading in `compare`.
  var cityHeading: @Sendable (_ city: String, _ paying: Int) -> String

  // cases list
  var noCases: @Sendable (_ path: String) -> String

  // cases show
  var caseHeading: @Sendable (_ id: Int64, _ name: String) -> String
  var contact: String
  var note: String
  var saved: @Sendable (_ date: String, _ updated: String?) -> String
  var totalWhenSaved: @Sendable (_ total: String, _ catalog: String) -> String
  var catalogChanged: @Sendable (_ saved: String, _ now: String) -> String

  // cases delete
  var deleted: @Sendable (_ id: Int64, _ name: String) -> String

  // cases export --files
  var written: @Sendable (_ path: String) -> String

  // Failures (after `policy-wizard: error:`).
  /// `--as-of '2026-13-01' is not a date …`: an option's value that is not a day.
  var notADate: @Sendable (_ option: String, _ value: String) -> String
  var notACaseID: @Sendable (_ argument: String, _ listCommand: String) -> String
  var noSuchCase: @Sendable (_ id: Int64, _ path: String, _ listCommand: String) -> String
  var saveNeedsProfile: String
  var nameIsForOneCase: String
  var requestIDEmpty: String
  var requestIDIsForOneCase: String
  var standardInput: String
  var unnamed: @Sendable (_ source: String) -> String
  var profileDoesNotFit: @Sendable (_ id: Int64, _ catalog: String, _ reason: String) -> String
  var cannotWrite: @Sendable (_ path: String, _ reason: String) -> String

  // batch
  var summaryDefault: String
  var summary: @Sendable (_ catalog: String) -> String
  var enterprises: @Sendable (_ evaluated: Int, _ failed: Int) -> String
  var articleColumn: String
  var enterprisesColumn: String
  var lowestColumn: String
  var highestColumn: String
  var perYearColumn: String
  /// Columns of an amount in the summary table (`1500万元`, `CNY 15,000,000`).
  var amountColumnWidth: Int
  var openAbove: String
  var comparison: @Sendable (_ minimum: String, _ maximum: String, _ changed: Int) -> String
  var enterprisesBeforeAfter: String
  var lowestChange: String
  var highestChange: String

  static let chinese = CLIStrings(
    drafts: "征求意见稿",
    labelled: { "\($0)：\($1)" },
    cityHeading: { "\($0)　资金项目 \($1) 项" },
    noCases: { "案例库中没有已保存的案例：\($0)" },
    caseHeading: { "案例 #\($0)：\($1)" },
    contact: "联系人",
    note: "备注",
    saved: { date, updated in "保存时间：\(date)" + (updated.map { "（更新于 \($0)）" } ?? "") },
    totalWhenSaved: { "保存时合计：\($0)（目录校验码 \($1)）" },
    catalogChanged: { "保存后政策目录已更新（目录校验码保存时 \($0)，现为 \($1)），以下报告按现行目录重新判断。" },
    deleted: { "已删除案例 #\($0)（\($1)）。" },
    written: { "已写入：\($0)" },
    notADate: { "\($0)“\($1)”不是日期；请写成 YYYY-MM-DD，例如 2026-06-01" },
    notACaseID: { "“\($0)”不是案例编号；案例编号是 `\($1)` 每行开头的数字" },
    noSuchCase: { "\($1) 中没有案例 \($0)；`\($2)` 列出已保存的案例及其编号" },
    saveNeedsProfile: "请给出要保存的企业情况文件，例如 `policy-wizard cases save profile.json --name 企业名称`",
    nameIsForOneCase: "--name 只能命名一个案例；保存多个文件时各用其 enterpriseName",
    requestIDEmpty: "--request-id 不能为空",
    requestIDIsForOneCase: "--request-id 是一次保存的键；保存多个文件时各自生成",
    standardInput: "标准输入",
    unnamed: { "\($0) 没有 enterpriseName（企业名称）；请用 --name 给出企业名称" },
    profileDoesNotFit: {
      "案例 \($0) 的企业情况与目录 \($1) 不符：\($2)；`policy-wizard cases export \($0)` 可导出后修改"
    },
    cannotWrite: { "无法写入“\($0)”：\($1)" },
    summaryDefault: "汇总（默认目录）",
    summary: { "汇总（\($0)）" },
    enterprises: { evaluated, failed in
      "企业 \(evaluated) 家" + (failed > 0 ? "，\(failed) 行有误" : "")
    },
    articleColumn: "条款",
    enterprisesColumn: "企业数",
    lowestColumn: "最低",
    highestColumn: "最高",
    perYearColumn: "每年（最低–最高）",
    amountColumnWidth: 12,
    openAbove: "不封顶",
    comparison: { "对比（--compare-data）：总额变化 \($0) – \($1)，\($2) 家企业金额有变化" },
    enterprisesBeforeAfter: "企业数（前→后）",
    lowestChange: "最低变化",
    highestChange: "最高变化"
  )

  static let english = CLIStrings(
    drafts: "drafts",
    labelled: { "\($0): \($1)" },
    cityHeading: { city, paying in
      "\(city)  \(paying) funded \(paying == 1 ? "benefit" : "benefits")"
    },
    noCases: { "No saved cases in the case store: \($0)" },
    caseHeading: { "Case #\($0): \($1)" },
    contact: "Contact",
    note: "Note",
    saved: { date, updated in "Saved: \(date)" + (updated.map { " (updated \($0))" } ?? "") },
    totalWhenSaved: { "Total when saved: \($0) (catalog checksum \($1))" },
    catalogChanged: {
      "The policy catalog has changed since the case was saved (checksum then \($0), now \($1)); the report below is judged on the current catalog."
    },
    deleted: { "Deleted case #\($0) (\($1))." },
    written: { "Written: \($0)" },
    notADate: { "\($0) '\($1)' is not a date; write it YYYY-MM-DD, such as 2026-06-01" },
    notACaseID: {
      "“\($0)” is not a case number; case numbers are the numbers that start each line of `\($1)`"
    },
    noSuchCase: { "no case \($0) in \($1); `\($2)` lists the saved cases and their numbers" },
    saveNeedsProfile:
      "give the profile file to save, e.g. `policy-wizard cases save profile.json --name \"Example Ltd\"`",
    nameIsForOneCase:
      "--name names one case; when saving several files each uses its enterpriseName",
    requestIDEmpty: "--request-id must not be empty",
    requestIDIsForOneCase: "--request-id is the key of one save; several files each get their own",
    standardInput: "standard input",
    unnamed: { "\($0) has no enterpriseName; give the organisation's name with --name" },
    profileDoesNotFit: {
      "the profile of case \($0) does not fit catalog \($1): \($2); `policy-wizard cases export \($0)` exports it for correction"
    },
    cannotWrite: { "cannot write “\($0)”: \($1)" },
    summaryDefault: "Summary (built-in catalog)",
    summary: { "Summary (\($0))" },
    enterprises: { evaluated, failed in
      "\(evaluated) \(evaluated == 1 ? "organisation" : "organisations")"
        + (failed > 0 ? ", \(failed) \(failed == 1 ? "row" : "rows") with errors" : "")
    },
    articleColumn: "Clause",
    enterprisesColumn: "Count",
    lowestColumn: "Lowest",
    highestColumn: "Highest",
    perYearColumn: "A year (lowest–highest)",
    amountColumnWidth: 16,
    openAbove: "no ceiling",
    comparison: {
      "Comparison (--compare-data): total changes by \($0) – \($1); \($2) organisations' amounts change"
    },
    enterprisesBeforeAfter: "Count (before→after)",
    lowestChange: "Lowest change",
    highestChange: "Highest change"
  )
}
