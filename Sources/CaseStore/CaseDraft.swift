import Foundation

/// What a consultant saves: who the case is about, the profile and what it was told at the time.
/// `CaseStore.save` turns a draft into a `SavedCase`; `SavedCase.draft` gives one back to edit.
public struct CaseDraft: Sendable, Equatable, Codable {
  public var enterpriseName: String
  public var contact: String?
  public var note: String?
  /// The profile as `ProfileEncoder` writes it.
  public var profileJSON: String
  /// The `EvaluationReport` JSON of the profile at save time.
  public var resultJSON: String
  public var catalogVersion: String

  public init(
    enterpriseName: String, contact: String? = nil, note: String? = nil, profileJSON: String,
    resultJSON: String, catalogVersion: String
  ) {
    self.enterpriseName = enterpriseName
    self.contact = contact
    self.note = note
    self.profileJSON = profileJSON
    self.resultJSON = resultJSON
    self.catalogVersion = catalogVersion
  }

  /// The draft as stored: surrounding spaces trimmed (full-width ones too), blank optional
  /// fields as nil, so that a search or a list never shows an empty-looking value.
  public func normalized() throws(CaseStoreError) -> CaseDraft {
    var draft = self
    draft.enterpriseName = enterpriseName.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !draft.enterpriseName.isEmpty else { throw .emptyEnterpriseName }
    draft.contact = Self.nonBlank(contact)
    draft.note = Self.nonBlank(note)
    return draft
  }

  private static func nonBlank(_ text: String?) -> String? {
    guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty
    else { return nil }
    return trimmed
  }
}
