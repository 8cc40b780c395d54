import ArgumentParser
import CaseStore
import Foundation

/// `cases list --format`.
enum CaseListFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// `cases list --format json`: every case (without its profile and result, which `cases
/// export` gives) and every damaged row, as one document.
enum CaseListJSON {
  struct Document: Encodable {
    var store: String
    var cases: [Case]
    var damaged: [Damaged]
  }

  struct Case: Encodable {
    var id: Int64
    var enterpriseName: String
    var contact: String?
    var note: String?
    var savedAt: String
    var updatedAt: String
    var version: Int64
    var desk: String?
    var catalogVersion: String
    /// The result's totals as saved (`SavedResultTotals`), nil when unreadable.
    var totals: SavedResultTotals?

    // Nil fields written as null, so that every case has the same keys.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(enterpriseName, forKey: .enterpriseName)
      try container.encode(contact, forKey: .contact)
      try container.encode(note, forKey: .note)
      try container.encode(savedAt, forKey: .savedAt)
      try container.encode(updatedAt, forKey: .updatedAt)
      try container.encode(version, forKey: .version)
      try container.encode(desk, forKey: .desk)
      try container.encode(catalogVersion, forKey: .catalogVersion)
      try container.encode(totals, forKey: .totals)
    }

    enum CodingKeys: String, CodingKey {
      case id, enterpriseName, contact, note, savedAt, updatedAt, version, desk, catalogVersion
      case totals
    }
  }

  struct Damaged: Encodable {
    var id: Int64
    var problem: String
  }

  static func render(_ listing: CaseListing, store: String) -> String {
    let formatter = ISO8601DateFormatter()
    let document = Document(
      store: store,
      cases: listing.cases.map { saved in
        Case(
          id: saved.id, enterpriseName: saved.enterpriseName, contact: saved.contact,
          note: saved.note, savedAt: formatter.string(from: saved.savedAt),
          updatedAt: formatter.string(from: saved.updatedAt), version: saved.version,
          desk: saved.desk, catalogVersion: saved.catalogVersion,
          totals: SavedResultTotals(resultJSON: saved.resultJSON))
      },
      damaged: listing.damaged.map { Damaged(id: $0.id, problem: $0.problem) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
