import Foundation
import PolicyEngine
import ScreenKit

/// What each route answers, without HTTP: the same functions the command line calls, so that a
/// result over HTTP is the same bytes as `evaluate --format json` (and `compare`, `policies`,
/// `schema`) for the same profile, language and day.
public struct PolicyAPI: Sendable {
  public let catalog: Catalog
  private let evaluator: Evaluator
  private let decoder: ProfileDecoder
  /// The result's writers, one per language: the catalog's texts escaped once, at start-up.
  private let chineseWriter: ResultJSONWriter
  private let englishWriter: ResultJSONWriter
  /// The answers that depend on the catalog only, written once at start-up.
  private let policiesJSON: [Language: String]
  private let profileSchemaJSON: [Language: String]
  public let catalogJSON: String
  /// `schema --output`: the same function, the same `print`.
  public let resultSchemaJSON = printed(EvaluationReport.jsonSchema())

  public init(catalog: Catalog) {
    self.catalog = catalog
    evaluator = Evaluator(catalog: catalog)
    decoder = ProfileDecoder(catalog: catalog)
    chineseWriter = ResultJSONWriter(catalog: catalog, language: .chinese)
    englishWriter = ResultJSONWriter(catalog: catalog, language: .english)
    var policies: [Language: String] = [:]
    var schemas: [Language: String] = [:]
    for language in Language.allCases {
      let report = CatalogReport(catalog: catalog, language: language)
      policies[language] = Self.printed(report.json(report.clauses()))
      schemas[language] = Self.printed(
        ProfileSchema(catalog: catalog, language: language).jsonSchema())
    }
    policiesJSON = policies
    profileSchemaJSON = schemas
    catalogJSON = Self.catalogInfo(catalog)
  }

  /// What `print` in the command line makes of a text: without terminal controls, one line
  /// break after it.
  static func printed(_ text: String) -> String { text.terminalSafe(keepingNewlines: true) + "\n" }

  private func writer(_ language: Language) -> ResultJSONWriter {
    language == .english ? englishWriter : chineseWriter
  }

  // MARK: Profiles

  /// A profile from a request's body, as `evaluate` reads a file: a syntax error is a 400, a
  /// field the profile does not allow a 422 naming the field; `asOf` (from the query) wins
  /// over the profile's, as `--as-of` does.
  public func profile(from body: [UInt8], asOf: CalendarDay?) throws(Problem) -> Profile {
    let root: DataNode
    do throws(InputProblem) {
      let text = try DataNodeParser.text(of: Data(body), file: "profile")
      root = try DataNodeParser.parse(DataNodeParser.isBlank(text) ? "" : text, file: "profile")
    } catch {
      throw Problem(
        .malformed, "line \(error.line), column \(error.column): \(error.message)",
        line: error.line)
    }
    if root.isNull {
      throw Problem(
        .malformed, "the body is empty; a profile is a JSON object such as {\"city\": \"hohhot\"}")
    }
    var profile: Profile
    do {
      profile = try decoder.decode(root)
    } catch {
      throw Problem(
        .invalidProfile, error.description, field: error.field.isEmpty ? nil : error.field,
        line: error.line)
    }
    if let asOf { profile.asOf = asOf }
    return profile
  }

  /// `POST /v1/evaluate`: the result object, byte for byte `evaluate --format json`.
  public func evaluate(_ profile: Profile, language: Language) -> String {
    String(decoding: evaluationBytes(profile, language: language), as: UTF8.self)
  }

  /// The same answer as UTF-8 bytes, as the server sends it: written once into one buffer and
  /// never made a String, unless it holds a character `jsonForTerminal` escapes (then through
  /// that one function, as `printJSON` does).
  public func evaluationBytes(_ profile: Profile, language: Language) -> [UInt8] {
    let result = evaluator.evaluate(profile)
    var out = JSONText(capacity: 65_536)
    writer(language).write(
      result, profile: profile, openQuestions: evaluator.openQuestions(profile), to: &out)
    var bytes = out.takeBytes()
    if bytes.withUnsafeBufferPointer(String.jsonNeedsTerminalEscapes) {
      bytes = Array(String(decoding: bytes, as: UTF8.self).jsonForTerminal.utf8)
    }
    bytes.append(0x0A)
    return bytes
  }

  /// `POST /v1/compare`: `compare --format json`.
  public func compare(_ profile: Profile, language: Language) throws(Problem) -> String {
    guard let json = CityComparison.json(profile, catalog: catalog, language: language) else {
      throw Problem(.notFound, "this catalog has no city field to compare")
    }
    return json.jsonForTerminal + "\n"
  }

  // MARK: The catalog

  /// `GET /v1/policies`: `policies --format json`.
  public func policies(language: Language) -> String { policiesJSON[language] ?? "" }

  /// `GET /v1/policies/{document}/{article}`: `policies show DOCUMENT/ARTICLE --format json`.
  public func policy(document id: String, article number: String, language: Language)
    throws(Problem) -> String
  {
    guard let document = catalog.document(id) else {
      let ids = catalog.documents.map(\.id).joined(separator: ", ")
      throw Problem(
        .notFound, "no document '\(id)'; the documents are \(ids)", field: "document")
    }
    guard let article = Int(number).flatMap(document.article) else {
      let numbers = document.articles.map(\.number)
      let range = numbers.min().map { "\($0)–\(numbers.max() ?? $0)" } ?? "none"
      throw Problem(
        .notFound, "\(document.id) has no article '\(number)'; its articles are \(range)",
        field: "article")
    }
    let report = CatalogReport(catalog: catalog, language: language)
    return Self.printed(report.json(report.clause(document, article)))
  }

  /// `GET /v1/schema/profile`: `schema --format json-schema`.
  public func profileSchema(language: Language) -> String { profileSchemaJSON[language] ?? "" }

  /// `GET /v1/catalog`: the catalog's version (the fingerprint saved with cases), its date and
  /// its documents.
  private static func catalogInfo(_ catalog: Catalog) -> String {
    var out = JSONText(capacity: 2048)
    out.beginObject()
    out.key("date")
    out.string(catalog.date?.description)
    out.key("documents")
    out.arrayValue()
    for document in catalog.documents {
      out.objectValue()
      out.key("articles")
      out.int(document.articles.count)
      out.key("city")
      out.string(document.city)
      out.key("effectiveFrom")
      out.string(document.effectiveFrom?.description)
      out.key("effectiveUntil")
      out.string(document.effectiveUntil?.description)
      out.key("id")
      out.string(document.id)
      out.key("issuer")
      out.string(document.issuer)
      out.key("number")
      out.string(document.number)
      out.key("published")
      out.string(document.published?.description)
      out.key("status")
      out.string(document.status.rawValue)
      out.key("title")
      out.string(document.title)
      out.endObject()
    }
    out.endArray()
    out.key("version")
    out.string(catalog.version)
    out.endObject()
    return printed(out.text)
  }
}
