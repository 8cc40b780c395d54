import PolicyEngine

/// The parts of a report in the order every renderer prints them, with their headings, so that
/// the three formats number and name them alike.
public enum ReportSection: String, Sendable, CaseIterable {
  case answers, totals, benefits, notStacked, unstatedSupport, nonMonetarySupport, possible
  case general, withinReach, documents

  public var heading: String {
    switch self {
    case .answers: return "填报情况"
    case .totals: return "可获支持合计"
    case .benefits: return "符合条件的资金支持"
    case .notStacked: return "不重复享受的项目（就高、从优、不重复）"
    case .unstatedSupport: return "积分及未列明金额的支持"
    case .nonMonetarySupport: return "非资金支持（服务、采购、金融等）"
    case .possible: return "可能符合（待补充信息）"
    case .general: return EngineText.chinese.generalSupport
    case .withinReach: return "差一点即可获得"
    case .documents: return "依据的政策文件"
    }
  }

  /// `一、填报情况`: numbered among the sections the report actually has.
  public func numberedHeading(in report: EnterpriseReport) -> String {
    let index = report.sections.firstIndex(of: self) ?? 0
    return "\(Citation.chineseNumeral(index + 1))、\(heading)"
  }
}

extension EnterpriseReport {
  /// The sections with something to say; the answers, totals and documents always.
  public var sections: [ReportSection] {
    ReportSection.allCases.filter { section in
      switch section {
      case .answers, .totals, .documents: return true
      case .benefits: return !benefits.isEmpty
      case .notStacked: return !notStacked.isEmpty
      case .unstatedSupport: return !unstatedSupport.isEmpty
      case .nonMonetarySupport: return !nonMonetarySupport.isEmpty
      case .possible: return !possible.isEmpty
      case .general: return !general.isEmpty
      case .withinReach: return !withinReach.isEmpty
      }
    }
  }

  /// Whom the report is for (when named), then `判断日期 2026-06-01`-style facts about the
  /// report itself, for its head.
  public var metadata: [(label: String, value: String)] {
    let words = ReportStrings.self
    return (recipient?.rows ?? []) + [
      (words.city, city ?? words.cityMissing),
      (words.applicant, applicant),
      (words.asOf, asOf.description),
      (words.catalogVersion, catalogVersion),
      (words.drafts, includeDrafts ? words.draftsIncluded : words.draftsExcluded),
    ]
  }

  /// `合计：90万元`, then one line per certainty category: the same lines as every output.
  public var totalsLines: [String] { totals.lines }
}
