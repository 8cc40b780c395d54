import Foundation
import PolicyEngine
import Testing

/// A YAML snippet with position markers (`1️⃣`, `2️⃣`, …), as swift-format's rule tests have:
/// the markers are removed and remembered as the line and column where they stood.
struct MarkedText {
  var text: String
  var markers: [String: Position]

  static let markerNames = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

  init(_ marked: String) {
    var text = ""
    var markers: [String: Position] = [:]
    var line = 1
    var column = 1
    var rest = Substring(marked)
    while let character = rest.first {
      if let name = Self.markerNames.first(where: { rest.hasPrefix($0) }) {
        markers[name] = Position(line: line, column: column)
        rest = rest.dropFirst(name.count)
        continue
      }
      text.append(character)
      rest = rest.dropFirst()
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    self.text = text
    self.markers = markers
  }
}

/// Loads `document` (a marked snippet) with the fixtures' facts, in process, and returns every
/// problem found: what the loader refuses and what the rules warn about. The fixtures are
/// Chinese only, so `EnglishTextIsComplete`'s findings are left out unless `english` is set (its
/// own tests set it).
func problems(ofDocument document: MarkedText, file: String = "doc.yaml", english: Bool = false)
  -> [InputProblem]
{
  let sources = [
    CatalogSource(name: "catalog/facts.yaml", text: Fixtures.facts),
    CatalogSource(name: file, text: document.text),
  ]
  let found: [InputProblem]
  do {
    let catalog = try CatalogLoader.load(sources)
    found = catalog.warnings + CatalogAudit(catalog: catalog).problems()
  } catch {
    found = error.problems
  }
  return english ? found : found.filter { $0.rule != "EnglishTextIsComplete" }
}

/// Expects exactly one problem of `rule` at each marker, whose message contains `message`.
func expectProblems(
  _ problems: [InputProblem], rule: String, at markers: [Position], containing message: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let found = problems.filter { $0.rule == rule }
  #expect(
    found.map(\.position) == markers,
    "expected \(rule) at \(markers), got:\n\(problems.map(\.description).joined(separator: "\n"))",
    sourceLocation: sourceLocation)
  for problem in found {
    #expect(problem.message.contains(message), "\(problem)", sourceLocation: sourceLocation)
  }
}

/// The start of every test article's text: enough Chinese for `ArticleTextIsTheLaw`, no figure.
let articleTextLead = "为支持企业开展科技创新活动，按照本条规定给予相应支持："

/// A one-article document around `benefits` (YAML list items indented by six spaces); its text
/// is `articleTextLead` followed by `text`.
func document(benefits: String, text: String = "支持。") -> String {
  """
  id: test
  title: 测试文件
  city: hulunbuir
  status: inForce
  articleCount: 1
  articles:
    - article: 1
      title: 第一条
      text: \(articleTextLead)\(text)
      benefits:
  \(benefits)
  """
}
