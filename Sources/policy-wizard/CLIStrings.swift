import CaseStore
import PolicyEngine
import TerminalBackend

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
  /// A row of the store that cannot be read, in place of its name (`cases list`, the wizard's
  /// case list).
  var damaged: @Sendable (_ problem: String) -> String

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
    damaged: { "（已损坏，无法读取：\($0)）" },
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
    damaged: { "(damaged, cannot be read: \($0))" },
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

// MARK: Failures

/// Every failure of the command line, worded here in both languages beside each other: the
/// class (and so the exit status) and the two messages of one failure are read together.
extension CommandFailure {
  static func jobsBelowOne(_ jobs: Int) -> CommandFailure {
    CommandFailure(
      .usage, zh: "--jobs 须为 1 或更大（现在是 \(jobs)）", en: "--jobs must be 1 or more (got \(jobs))")
  }

  static func stoppedAtRow(_ number: Int) -> CommandFailure {
    CommandFailure(
      .checksFailed, zh: "在第 \(number) 行停止（--strict）",
      en: "stopped at row \(number) (--strict)")
  }

  static func cannotWriteResults(_ path: String, reason: String) -> CommandFailure {
    CommandFailure(
      .cannotWrite, zh: "无法把结果写入“\(path)”：\(reason)",
      en: "cannot write the results to '\(path)': \(reason)")
  }

  static func listDoesNotExist(_ path: String) -> CommandFailure {
    CommandFailure(
      .noInput, zh: "文件“\(path)”不存在；请给出 CSV 或 JSON Lines 文件",
      en: "the file '\(path)' does not exist; give a CSV or JSON Lines file")
  }

  /// A list that cannot be opened, or whose reading failed part way (`reason` is the system's).
  static func cannotReadList(_ path: String, reason: String) -> CommandFailure {
    CommandFailure(
      .noInput, zh: "无法读取“\(path)”：\(reason)", en: "cannot read '\(path)': \(reason)")
  }

  static func listIsADirectory(_ path: String) -> CommandFailure {
    CommandFailure(
      .noInput, zh: "“\(path)”是目录；请给出 CSV 或 JSON Lines 文件",
      en: "'\(path)' is a directory; give a CSV or JSON Lines file")
  }

  static func listFormatUnknown(_ source: String, chinese chineseSource: String)
    -> CommandFailure
  {
    CommandFailure(
      .usage, zh: "无法从文件名判断“\(chineseSource)”的格式：请给出 --input-format csv 或 jsonl",
      en: "cannot tell the format of '\(source)' from its name: give --input-format csv or jsonl")
  }

  static func headerQuoteNeverCloses(_ source: String, chinese chineseSource: String, line: Int)
    -> CommandFailure
  {
    CommandFailure(
      .dataError, zh: "\(chineseSource) 第 \(line) 行：表头中的引号没有闭合",
      en: "\(source): line \(line): the header opens a quote that never closes")
  }

  static func emptyCSV() -> CommandFailure {
    CommandFailure(.dataError, zh: "CSV 文件是空的", en: "the CSV file is empty")
  }

  static func unknownCSVColumn(_ column: String, allowed fields: String) -> CommandFailure {
    CommandFailure(
      .dataError, zh: "CSV 列“\(column)”不是企业情况字段；可用：\(fields)（记录的字段写作 rd.lastYear）",
      en:
        "CSV column '\(column)' is not a profile field; allowed: \(fields) (a record field as rd.lastYear)"
    )
  }

  static func unknownRecordColumn(_ column: String) -> CommandFailure {
    CommandFailure(
      .dataError, zh: "CSV 列“\(column)”不是任何记录的字段",
      en: "CSV column '\(column)' names no field of a record")
  }

  static func repeatedCSVColumn() -> CommandFailure {
    CommandFailure(
      .dataError, zh: "CSV 表头中有一列出现了两次", en: "a CSV column appears twice in the header")
  }

  static func caseStore(_ kind: FailureKind, _ error: CaseStoreError, offersAnother: Bool)
    -> CommandFailure
  {
    CommandFailure(
      kind, zh: "案例库：\(error)" + (offersAnother ? "；可用 --db PATH 指定另一个文件" : ""),
      en: "\(error)" + (offersAnother ? "; use --db PATH for another file" : ""))
  }

  static func emptyDatabaseOption() -> CommandFailure {
    CommandFailure(
      .usage, zh: "--db 须给出案例库文件，例如 ~/cases.sqlite；现在是空的",
      en: "--db must name the case database file, such as ~/cases.sqlite; it is empty")
  }

  static func databaseIsADirectory(_ db: String, example: String) -> CommandFailure {
    CommandFailure(
      .usage, zh: "--db“\(db)”是目录；请给出案例库文件，例如 \(example)",
      en: "--db '\(db)' is a directory; give the database file, such as \(example)")
  }

  static func filesWithOutput() -> CommandFailure {
    CommandFailure(
      .usage, zh: "--files 与 --output 不能同时使用", en: "--files and --output cannot be combined")
  }

  static func reportsDirectoryWithoutFiles() -> CommandFailure {
    CommandFailure(
      .usage, zh: "--reports-dir 需要与 --files 一起使用", en: "--reports-dir needs --files")
  }

  static func cannotReadCatalog(_ directory: String, exists: Bool) -> CommandFailure {
    CommandFailure(
      .noInput, zh: "无法读取政策目录“\(directory)”：\(exists ? "不是文件夹" : "不存在")",
      en:
        "cannot read the catalog directory '\(directory)': it \(exists ? "is not a directory" : "does not exist")"
    )
  }

  static func catalogProblems(_ count: Int, in place: String, lines: String) -> CommandFailure {
    CommandFailure(
      .dataError, zh: "\(place) 中有 \(count) 处问题：\n\(lines)",
      en: "\(count) problem(s) in \(place):\n\(lines)")
  }

  static func unknownCommand(_ word: String, in place: String, commands list: String)
    -> CommandFailure
  {
    CommandFailure(
      .usage, zh: "`\(place)` 没有“\(word)”这个命令；可用的命令：\(list)",
      en: "`\(place)` has no command '\(word)'; the commands are: \(list)")
  }

  static func misspeltCommand(
    _ word: String, in place: String, meant: String, commands list: String
  ) -> CommandFailure {
    CommandFailure(
      .usage,
      zh: "`\(place)` 没有“\(word)”这个命令；是不是 `\(place) \(meant)`？可用的命令：\(list)",
      en:
        "`\(place)` has no command '\(word)'; did you mean `\(place) \(meant)`? The commands are: \(list)"
    )
  }

  static func cannotWriteFile(_ path: String, option: String, reason: String) -> CommandFailure {
    CommandFailure(
      .cannotWrite, zh: "无法写入 \(option)“\(path)”：\(reason)",
      en: "cannot write \(option) '\(path)': \(reason)")
  }

  static func emptyFileName(option: String) -> CommandFailure {
    CommandFailure(
      .cannotWrite, zh: "\(option) 须给出文件名，例如 report.html；现在是空的",
      en: "\(option) must name a file, such as report.html; it is empty")
  }

  static func fileIsADirectory(_ path: String, option: String, example: String) -> CommandFailure {
    CommandFailure(
      .cannotWrite, zh: "\(option)“\(path)”是目录；请给出文件名，例如 \(example)",
      en: "\(option) '\(path)' is a directory; give a file name, such as \(example)")
  }

  static func fileNameTooLong(_ name: String, option: String) -> CommandFailure {
    CommandFailure(
      .cannotWrite,
      zh:
        "\(option)：文件名长 \(name.utf8.count) 字节；文件名至多 \(OutputFile.longestName) 字节（约 85 个汉字）：“\(name.prefix(20))…”",
      en:
        "\(option): the file name is \(name.utf8.count) bytes long; a file name may have at most \(OutputFile.longestName) bytes (about 85 Chinese characters): '\(name.prefix(20))…'"
    )
  }

  static func missingDirectory(_ path: String, option: String, parent: String) -> CommandFailure {
    CommandFailure(
      .cannotWrite, zh: "\(option)“\(path)”：目录“\(parent)”不存在；请先创建",
      en: "\(option) '\(path)': the directory '\(parent)' does not exist; create it first")
  }

  static func noSuchDocument(_ id: String, documents ids: String, guess: String?) -> CommandFailure
  {
    CommandFailure(
      .notFound,
      zh:
        "“\(id)”不是条款；请写成 文件/条，文件为 \(ids) 之一，例如 ordos-2024/17\(guess.map { "（是不是 \($0)？）" } ?? "")",
      en:
        "'\(id)' names no clause; write DOCUMENT/ARTICLE with DOCUMENT one of \(ids), e.g. ordos-2024/17\(guess.map { " (did you mean \($0)?)" } ?? "")"
    )
  }

  static func noSuchArticle(_ id: String, document: String, range: String, example: String)
    -> CommandFailure
  {
    CommandFailure(
      .notFound, zh: "“\(id)”不是条款；\(document) 的条为 \(range)，例如 \(example)",
      en: "'\(id)' names no clause; \(document) has articles \(range), e.g. \(example)")
  }

  static func profileIsADirectory(_ path: String) -> CommandFailure {
    CommandFailure(
      .noInput, zh: "“\(path)”是目录；请给出企业情况文件（JSON 或 YAML）",
      en: "'\(path)' is a directory; give the profile file (JSON or YAML)")
  }

  static func cannotReadProfile(_ path: String, exists: Bool) -> CommandFailure {
    CommandFailure(
      .noInput,
      zh: exists ? "无法读取企业情况文件“\(path)”：没有权限" : "企业情况文件“\(path)”不存在",
      en: exists
        ? "cannot read the profile file '\(path)': permission denied"
        : "the profile file '\(path)' does not exist")
  }

  static func emptyProfile(_ source: String, chinese chineseSource: String) -> CommandFailure {
    CommandFailure(
      .dataError,
      zh: "\(chineseSource) 是空的；企业情况是 JSON 或 YAML 对象，例如 {\"city\": \"hohhot\"}",
      en:
        "\(source) is empty; a profile is a JSON or YAML object such as {\"city\": \"hohhot\"}")
  }

  static func badProfile(_ error: ProfileProblem, source: String, chinese chineseSource: String)
    -> CommandFailure
  {
    CommandFailure(
      .dataError,
      zh:
        "\(chineseSource) 第 \(error.line) 行\(error.field.isEmpty ? "" : "字段“\(error.field)”")：\(error.message)",
      en: "\(source): \(error.description)")
  }

  /// Text that is not in its encoding (`InputText`), placed at its line and column.
  static func unreadableText(
    _ problem: InputText.Problem, source: String, chinese chineseSource: String
  ) -> CommandFailure {
    let chinese: String
    let english: String
    switch problem.reason {
    case .notUTF8:
      chinese = "此处不是有效的 UTF-8 文本；请把文件存为 UTF-8"
      english = "the text is not valid UTF-8 here; save the file as UTF-8"
    case .looksLikeGB18030:
      chinese = "文本不是 UTF-8：此文件看来是 GB18030（中文 Excel 和 WPS 默认保存的编码）；请加 --encoding gb18030"
      english =
        "the text is not UTF-8: this file looks like GB18030 (what Chinese Excel and WPS save); add --encoding gb18030"
    case .notGB18030:
      chinese = "此处不是有效的 GB18030 文本；请检查文件的编码"
      english = "the text is not valid GB18030 here; check the file's encoding"
    case .noConverter:
      chinese = "本系统的 C 库没有 GB18030 转换器（glibc 的 gconv 模块）；请把文件存为 UTF-8"
      english =
        "this system's C library has no GB18030 converter (glibc's gconv modules); save the file as UTF-8"
    }
    let line = problem.line
    return CommandFailure(
      .dataError,
      zh: "\(chineseSource) 第 \(line) 行\(problem.column.map { "第 \($0) 列" } ?? "")：\(chinese)",
      en: "\(source): line \(line)\(problem.column.map { ", column \($0)" } ?? ""): \(english)")
  }

  static func cannotWriteStandardOutput(reason: String) -> CommandFailure {
    CommandFailure(
      .cannotWrite, zh: "无法写入标准输出：\(reason)",
      en: "cannot write to standard output: \(reason)")
  }

  static func asOfWithToday() -> CommandFailure {
    CommandFailure(
      .usage, zh: "--as-of 与 --today 是同一选项，只能给一个",
      en: "--as-of and --today are the same option; give one")
  }

  static func casesNotUTF8(_ file: String) -> CommandFailure {
    CommandFailure(
      .dataError, zh: "\(file)：无法按 UTF-8 文本读取", en: "\(file): cannot be read as UTF-8 text")
  }

  static func noCaseNamed(_ pattern: String, in path: String) -> CommandFailure {
    CommandFailure(
      .notFound, zh: "\(path) 中没有名称匹配 --name“\(pattern)”的案例",
      en: "no case in \(path) has a name matching --name '\(pattern)'")
  }

  static func noCases(_ path: String) -> CommandFailure {
    CommandFailure(
      .noInput, zh: "“\(path)”不存在；请给出案例目录或文件", en: "\(path): no such file or directory")
  }

  /// `serve`: the server program is not beside this one.
  static func serverNotInstalled(_ path: String) -> CommandFailure {
    CommandFailure(
      .unavailable, zh: "policy-wizard 旁没有安装 policy-wizard-server（查找了 \(path)）",
      en: "policy-wizard-server is not installed beside policy-wizard (looked for \(path))")
  }

  /// `serve`: exec of the server program failed.
  static func serverCannotRun(_ path: String, reason: String) -> CommandFailure {
    CommandFailure(
      .unavailable, zh: "无法运行 \(path)：\(reason)", en: "cannot run \(path): \(reason)")
  }

  static func noTerminal() -> CommandFailure {
    CommandFailure(
      .unavailable,
      zh:
        "向导需要终端（标准输入和输出都不是 TTY）；脚本请用 `policy-wizard evaluate PROFILE`，从标准输入回答请用 `--plain`",
      en:
        "the wizard needs a terminal (standard input and output are not a TTY); for scripts use `policy-wizard evaluate PROFILE`, for answers on standard input `--plain`"
    )
  }

  static func badSample(_ name: String, error: any Error) -> CommandFailure {
    CommandFailure(
      .internalError, zh: "内置样例 \(name) 有误：\(error)",
      en: "the built-in sample \(name) is wrong: \(error)")
  }

  static func cannotReadConfiguration(_ file: String, exists: Bool) -> CommandFailure {
    CommandFailure(
      .configuration,
      zh: exists ? "无法读取配置文件“\(file)”：没有权限" : "配置文件“\(file)”不存在",
      en: exists
        ? "cannot read the configuration file '\(file)': permission denied"
        : "the configuration file '\(file)' does not exist")
  }

  static func configurationUnreadable(_ error: InputProblem) -> CommandFailure {
    CommandFailure(
      .configuration, zh: "配置文件有误：\(error.description)",
      en: "the configuration file is wrong: \(error.description)")
  }

  static func notAPositiveNumber(_ name: String, at place: String) -> CommandFailure {
    CommandFailure(
      .configuration, zh: "\(place)：\(name) 须为正整数（至多一周）",
      en: "\(place): \(name) must be a positive whole number (at most a week)")
  }

  static func badLanguage(at place: String) -> CommandFailure {
    CommandFailure(
      .configuration, zh: "\(place)：language 须为 zh 或 en",
      en: "\(place): language must be zh or en")
  }

  static func badAccessible(at place: String) -> CommandFailure {
    CommandFailure(
      .configuration, zh: "\(place)：accessible 须为 true 或 false",
      en: "\(place): accessible must be true or false")
  }

  static func badHandOffExpiry(at place: String) -> CommandFailure {
    CommandFailure(
      .configuration, zh: "\(place)：kiosk.handOffExpiry 须为时长，如 24h、30m、90s、7d（至多一周）",
      en:
        "\(place): kiosk.handOffExpiry must be a duration such as 24h, 30m, 90s or 7d"
        + " (at most a week)")
  }

  static func badTouchKeypad(at place: String) -> CommandFailure {
    CommandFailure(
      .configuration, zh: "\(place)：helpDesk.touchKeypad 须为 true 或 false",
      en: "\(place): helpDesk.touchKeypad must be true or false")
  }

  static func notAMapping(at place: String, sections: String) -> CommandFailure {
    CommandFailure(
      .configuration, zh: "\(place)：配置是各节的映射（\(sections)）",
      en: "\(place): the configuration is a mapping of sections (\(sections))")
  }

  static func unknownSection(
    _ section: String, at place: String, guess: String?, allowed allowedAtTop: String
  ) -> CommandFailure {
    CommandFailure(
      .configuration,
      zh:
        "\(place)：未知的节“\(section)”；\(guess.map { "是不是 \($0)？" } ?? "")可用：\(allowedAtTop)",
      en:
        "\(place): unknown section '\(section)'; \(guess.map { "did you mean '\($0)'? " } ?? "")allowed: \(allowedAtTop)"
    )
  }

  static func unknownKey(
    _ key: String, section: String, at place: String, guess: String?, allowed list: String
  ) -> CommandFailure {
    CommandFailure(
      .configuration,
      zh: "\(place)：未知的键“\(section).\(key)”；\(guess.map { "是不是 \($0)？" } ?? "")可用：\(list)",
      en:
        "\(place): unknown key '\(section).\(key)'; \(guess.map { "did you mean '\($0)'? " } ?? "")allowed: \(list)"
    )
  }

  static func badOperatorPIN(at place: String) -> CommandFailure {
    CommandFailure(
      .configuration,
      zh:
        "\(place)：kiosk.operatorPIN 须为 \(WizardConfiguration.pinDigits.lowerBound)–\(WizardConfiguration.pinDigits.upperBound) 位数字（0-9），加引号，例如 operatorPIN: \"246813\"；不设此键则自助终端无法从键盘退出",
      en:
        "\(place): kiosk.operatorPIN must be \(WizardConfiguration.pinDigits.lowerBound) to \(WizardConfiguration.pinDigits.upperBound) digits (0-9), quoted, e.g. operatorPIN: \"246813\"; leave the key out for a kiosk that cannot be left from the keyboard"
    )
  }

  static func cannotCombine(_ first: String, _ second: String) -> CommandFailure {
    CommandFailure(
      .usage, zh: "\(first) 与 \(second) 不能同时使用", en: "\(first) and \(second) cannot be combined")
  }

  static func plainWithKiosk() -> CommandFailure {
    CommandFailure(
      .usage, zh: "--plain 不能与 --kiosk 同时使用：自助终端是触摸屏",
      en: "--plain cannot be combined with --kiosk: a self-service terminal is a touch screen")
  }

  static func tooManySeconds(_ option: String, most: Int) -> CommandFailure {
    CommandFailure(
      .usage, zh: "\(option) 至多 \(most) 秒（一周）",
      en: "\(option) must be at most \(most) seconds (a week)")
  }

  static func notPositiveSeconds(_ option: String) -> CommandFailure {
    CommandFailure(
      .usage, zh: "\(option) 须为正的秒数", en: "\(option) must be a positive number of seconds")
  }

  /// The words before a failure's message on standard error.
  static func errorPrefix(in language: Language) -> String {
    language == .english ? "Error: " : "错误："
  }

  /// `unusableTerminal` in Chinese.
  static func unusableTerminalInChinese(_ error: CursesTerminalError) -> String {
    let reason: String
    switch error {
    case .unknownTerminal(let name):
      reason = "此处不认识终端类型\(name.isEmpty ? "（未设置 TERM）" : "“\(name)”")（没有 terminfo 条目）"
    case .noCursorAddressing(let name):
      reason = "终端类型“\(name)”不能移动光标，全屏向导无法在其上显示"
    case .cannotOpen(let path):
      reason = "无法打开 \(path)"
    }
    return """
      \(reason)。
      请在 xterm-256color 等终端中运行向导（例如 TERM=xterm-256color），或不用终端：\
      `policy-wizard --plain` 逐行提问；`policy-wizard evaluate PROFILE` 以文本输出结果。
      """
  }

}

// The service hall's store (issue 17): its messages, here with the others.
extension CommandFailure {
  static func notADayCount(_ given: String) -> CommandFailure {
    CommandFailure(
      .usage, zh: "--older-than 须为天数，例如 365d；现在是“\(given)”",
      en: "--older-than must be a number of days, such as 365d; it is '\(given)'")
  }

  static func noKeepDays() -> CommandFailure {
    CommandFailure(
      .usage, zh: "请用 --older-than 365d 给出保留天数，或在配置中设置 cases.keepDays",
      en: "give how long cases are kept: --older-than 365d, or cases.keepDays in the configuration")
  }

  static func cannotReadPasswordFile(_ file: String) -> CommandFailure {
    CommandFailure(
      .configuration, zh: "cases.passwordFile：无法读取 \(file)",
      en: "cases.passwordFile: cannot read \(file)")
  }

  static func noCaseStore(_ location: String) -> CommandFailure {
    CommandFailure(
      .noInput, zh: "案例库不存在：\(location)", en: "there is no case store at \(location)")
  }
}

extension CaseStatisticsText {
  static func purged(_ cases: Int, handOffs: Int, days: Int, from store: String, language: Language)
    -> String
  {
    language == .english
      ? "Deleted \(cases) cases last updated more than \(days) days ago and \(handOffs) expired hand-offs from \(store)"
      : "已从 \(store) 删除 \(cases) 个超过 \(days) 天未更新的案例和 \(handOffs) 个过期的取件码"
  }

  static func text(
    _ statistics: CaseStatistics, store: String, words: EngineText, language: Language
  ) -> String {
    let english = language == .english
    var lines = [(english ? "Case store: " : "案例库：") + store.terminalSafe]
    func describe(_ group: CaseStatistics.Group, heading: String) {
      lines.append(heading + (english ? "  \(group.cases) cases" : "  案例 \(group.cases) 件"))
      for (certainty, range) in group.byCertainty {
        lines.append("  \(words.certaintyLabel(certainty))  \(words.sum(range))")
      }
      for (article, cases) in group.benefitsByArticle {
        lines.append("  \(article.terminalSafe)  " + (english ? "\(cases) cases" : "\(cases) 件"))
      }
    }
    for group in statistics.groups where !group.key.isEmpty {
      describe(group, heading: group.key.terminalSafe)
    }
    describe(statistics.total, heading: english ? "All" : "合计")
    lines.append(
      english
        ? "Hand-offs: \(statistics.handOffsTaken) taken, \(statistics.handOffsExpired) expired"
        : "取件码：已办理 \(statistics.handOffsTaken) 个，已过期 \(statistics.handOffsExpired) 个")
    for damaged in statistics.damaged {
      lines.append(
        "\(damaged.id)  " + CLIStrings.of(language).damaged(damaged.problem.terminalSafe))
    }
    return lines.joined(separator: "\n") + "\n"
  }

}
