import PolicyEngine

/// The kiosk's take-home result when one code on the screen cannot hold it: the whole result
/// across several codes, each a message of its own that a phone reads alone — the header (day,
/// city, applicant) with `1/3`, `2/3` …, then its share of the lines — never a pointer to a
/// report the visitor cannot get.
///
/// The lines, in the order of `TakeHomeCode`'s complete text: the totals in the words of every
/// output, the draft caution, each counted benefit with its certainty badge, amount and
/// citation, the responsible departments. They fill the codes in that order, each as many as
/// its version holds; a line longer than a code holds is broken after punctuation
/// (`pieces`), never inside a figure. When one code holds everything, the single page is `TakeHomeCode`'s
/// complete text, unchanged.
public struct TakeHomePages: Sendable, Equatable {
  public struct Page: Sendable, Equatable {
    public let text: String
    public let code: QRCode
  }

  public let pages: [Page]

  public init(
    catalog: Catalog, profile: Profile, result: EvaluationResult, maximumVersion: Int = 40,
    language: Language = .chinese
  ) {
    let single = TakeHomeCode(
      catalog: catalog, profile: profile, result: result, maximumVersion: maximumVersion,
      language: language)
    guard single.benefitsLeftOut > 0 else {
      pages = [Page(text: single.text, code: single.code)]
      return
    }
    let content = TakeHomeCode.Content(
      catalog: catalog, profile: profile, result: result, language: language)
    let lines =
      content.totals + (content.hasDraft ? [content.draftNotice] : [])
      + content.benefitLines + (content.departments.map { [$0] } ?? [])
    func encode(_ text: String) -> QRCode? {
      QRCode(text, minimumLevel: TakeHomeCode.minimumLevel, maximumVersion: maximumVersion)
    }
    // Packed with room for the widest page mark, then marked with the real count.
    let widestHeader = content.header + " 99/99"
    var groups: [[String]] = []
    var current: [String] = []
    for line in lines.flatMap({ Self.pieces($0, fitting: widestHeader, encode) }) {
      let tried = ([widestHeader] + current + [line]).joined(separator: "\n")
      if current.isEmpty || encode(tried) != nil {
        current.append(line)
      } else {
        groups.append(current)
        current = [line]
      }
    }
    if !current.isEmpty { groups.append(current) }
    pages = groups.enumerated().map { index, group in
      let text = (["\(content.header) \(index + 1)/\(groups.count)"] + group).joined(
        separator: "\n")
      // A line too long for any code the screen holds (only below 80×24) gets the smallest
      // code that holds it rather than none.
      return Page(text: text, code: encode(text) ?? QRCode(text, level: TakeHomeCode.minimumLevel)!)
    }
  }

  /// Where a line may be broken: after full-width punctuation or a space, never inside a figure
  /// (an amount's digits and unit have neither).
  static let breaks: Set<Character> = ["，", "；", "、", "：", "。", " "]

  /// A line too long for one code (with its header) broken at `breaks` into pieces that fit,
  /// each as long as it can be; the pieces follow each other, so the line reads whole across
  /// codes. A line that fits is itself.
  static func pieces(
    _ line: String, fitting header: String, _ encode: (String) -> QRCode?
  ) -> [String] {
    guard encode(header + "\n" + line) == nil else { return [line] }
    var segments: [String] = []
    var segment = ""
    for character in line {
      segment.append(character)
      if breaks.contains(character) {
        segments.append(segment)
        segment = ""
      }
    }
    if !segment.isEmpty { segments.append(segment) }
    var pieces: [String] = []
    var piece = ""
    for segment in segments {
      if piece.isEmpty || encode(header + "\n" + piece + segment) != nil {
        piece += segment
      } else {
        pieces.append(piece)
        piece = segment
      }
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
  }
}
