import PolicyEngine

/// What the `cases` and `report` commands say to a person, in Chinese like the reports they
/// print beside it: the one place these messages are written. (`--help` texts stay with their
/// options, in English like every command's help.)
enum CLIStrings {
  /// The program's one-line description, first in `--help`.
  static let programAbstract = "内蒙古科技支持政策向导：哪些政策适用、各值多少。"
  static let drafts = "征求意见稿"

  /// `呼和浩特市　资金项目 3 项`: a city's heading in `compare`.
  static func cityHeading(_ city: String, paying: Int) -> String { "\(city)　资金项目 \(paying) 项" }

  // cases list
  static func noCases(in path: String) -> String { "案例库中没有已保存的案例：\(path)" }

  // cases show
  static func caseHeading(_ id: Int64, _ name: String) -> String { "案例 #\(id)：\(name)" }
  static let contact = "联系人"
  static let note = "备注"
  static func saved(_ date: String, updated: String?) -> String {
    "保存时间：\(date)" + (updated.map { "（更新于 \($0)）" } ?? "")
  }
  static func totalWhenSaved(_ total: String, catalog: String) -> String {
    "保存时合计：\(total)（目录校验码 \(catalog)）"
  }
  static func catalogChanged(saved: String, now: String) -> String {
    "保存后政策目录已更新（目录校验码保存时 \(saved)，现为 \(now)），以下报告按现行目录重新判断。"
  }

  // cases delete
  static func deleted(_ id: Int64, _ name: String) -> String { "已删除案例 #\(id)（\(name)）。" }

  // cases export --files
  static func written(_ path: String) -> String { "已写入：\(path)" }

  // Failures (after `policy-wizard: error:`).
  static func notACaseID(_ argument: String, listCommand: String) -> String {
    "“\(argument)”不是案例编号；案例编号是 `\(listCommand)` 每行开头的数字"
  }
  static func noSuchCase(_ id: Int64, in path: String, listCommand: String) -> String {
    "\(path) 中没有案例 \(id)；`\(listCommand)` 列出已保存的案例及其编号"
  }
  static let saveNeedsProfile =
    "请给出要保存的企业情况文件，例如 `policy-wizard cases save profile.json --name 企业名称`"
  static let nameIsForOneCase = "--name 只能命名一个案例；保存多个文件时各用其 enterpriseName"
  static let requestIDEmpty = "--request-id 不能为空"
  static let requestIDIsForOneCase = "--request-id 是一次保存的键；保存多个文件时各自生成"
  static let standardInput = "标准输入"
  static func unnamed(_ source: String) -> String {
    "\(source) 没有 enterpriseName（企业名称）；请用 --name 给出企业名称"
  }
  static func profileDoesNotFit(_ id: Int64, catalog: String, reason: String) -> String {
    "案例 \(id) 的企业情况与目录 \(catalog) 不符：\(reason)；`policy-wizard cases export \(id)` 可导出后修改"
  }
  static func cannotWrite(_ path: String, _ reason: String) -> String {
    "无法写入“\(path)”：\(reason)"
  }

  // batch
  static let summaryDefault = "汇总（默认目录）"
  static func summary(of catalog: String) -> String { "汇总（\(catalog)）" }
  static func enterprises(_ evaluated: Int, failed: Int) -> String {
    "企业 \(evaluated) 家" + (failed > 0 ? "，\(failed) 行有误" : "")
  }
  static let articleColumn = "条款"
  static let enterprisesColumn = "企业数"
  static let lowestColumn = "最低"
  static let highestColumn = "最高"
  static let perYearColumn = "每年（最低–最高）"
  static let openAbove = "不封顶"
  static func comparison(_ minimum: String, _ maximum: String, changed: Int) -> String {
    "对比（--compare-data）：总额变化 \(minimum) – \(maximum)，\(changed) 家企业金额有变化"
  }
  static let enterprisesBeforeAfter = "企业数（前→后）"
  static let lowestChange = "最低变化"
  static let highestChange = "最高变化"
}
