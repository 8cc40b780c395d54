import PolicyEngine

/// A benefit the enterprise misses by a known gap: what it is, where it is written, what is
/// missing and what it would pay.
public struct ReportNearMiss: Sendable, Equatable {
  public var title: String
  public var clause: ReportClause
  /// `研发投入年增量达到20万元即可获得（还差2000元，目前19.8万元）`.
  public var missing: String
  /// What it would pay once reached; nil when the benefit states no sum.
  public var amountText: String?
  /// A near miss of the unanswered kind: yes/no questions left out, no threshold.
  public var isUnanswered: Bool

  public var isDraft: Bool { clause.isDraft }

  init(_ miss: NearMiss, catalog: Catalog, explainer: Explainer) {
    title = explainer.title(miss.location)
    clause = ReportClause(miss.location, catalog: catalog, explainer: explainer)
    missing = explainer.missing(miss)
    isUnanswered = miss.gap == nil
    amountText = miss.amountAtThreshold.map {
      ReportAmount.text($0, wording: explainer.text, words: .of(explainer.language))
    }
  }
}
