import Foundation

/// Reads a profile, a catalog file or the configuration into a `DataNode`. A `.json` file is
/// read by the JSON reader only; another text whose first character is `{` or `[` by the JSON
/// reader, or the YAML reader when it is flow-style YAML rather than JSON; anything else by the
/// YAML reader. Both refuse what could make reading costly (aliases,
/// deep nesting, huge keys) before it costs anything.
public enum DataNodeParser {
  /// Parses `text`; every problem, a duplicate key included, is thrown.
  public static func parse(_ text: String, file: String) throws(InputProblem) -> DataNode {
    var problems: [InputProblem] = []
    let node = try parse(text, file: file, problems: &problems)
    if let first = problems.first { throw first }
    return node
  }

  /// Parses `text`, adding problems that do not stop the reading (a duplicate key: the first
  /// value is kept) to `problems`, so that `validate` can list them all.
  public static func parse(_ text: String, file: String, problems: inout [InputProblem])
    throws(InputProblem) -> DataNode
  {
    if file.hasSuffix(".json") {
      // A file named .json is JSON, and only JSON.
      var json = JSONReader(file: file)
      do {
        let node = try json.read(text)
        problems += json.problems
        return node
      } catch {
        var problem = error.problem
        var yaml = YAMLReader(file: file)
        if case .syntax = error, (try? yaml.read(text)) != nil {
          problem.message += " (the text is YAML: name the file .yaml to read it as YAML)"
        }
        throw problem
      }
    }
    if looksLikeJSON(text) {
      var json = JSONReader(file: file)
      let failure: JSONReader.Failure
      do {
        let node = try json.read(text)
        problems += json.problems
        return node
      } catch {
        failure = error
      }
      guard case .syntax(let problem) = failure else { throw failure.problem }
      // Flow-style YAML (`{city: hohhot}`) is not JSON but is a valid profile.
      var yaml = YAMLReader(file: file)
      guard let node = try? yaml.read(text) else { throw problem }
      problems += yaml.problems
      return node
    }
    var yaml = YAMLReader(file: file)
    let node = try yaml.read(text)
    problems += yaml.problems
    return node
  }

  /// Parses the bytes of a file: text that is not UTF-8 is refused at the first bad byte.
  public static func parse(data: Data, file: String, problems: inout [InputProblem])
    throws(InputProblem) -> DataNode
  {
    try parse(try text(of: data, file: file), file: file, problems: &problems)
  }

  /// Parses the bytes of a file, throwing every problem.
  public static func parse(data: Data, file: String) throws(InputProblem) -> DataNode {
    try parse(try text(of: data, file: file), file: file)
  }

  /// The text of UTF-8 `data`, or the place of its first byte that is not UTF-8.
  public static func text(of data: Data, file: String) throws(InputProblem) -> String {
    let bytes = [UInt8](data)
    if let bad = TextIsValidUTF8.firstInvalidByte(in: bytes) {
      throw TextIsValidUTF8.problem(
        TextIsValidUTF8.message, file: file, at: TextPositions.position(ofByte: bad, in: bytes))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether a text is only white space (an empty profile, a blank line of a batch), as
  /// `Character.isWhitespace` says: decided by its first scalar that is not ASCII white space
  /// — `{` for every profile — so a profile is not walked character by character (grapheme
  /// breaking cost 2% of a server's request). A non-ASCII scalar first (U+3000, a BOM, a
  /// combining mark) is judged the slow way.
  public static func isBlank(_ text: some StringProtocol) -> Bool {
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09...0x0D, 0x20: continue
      case 0x00...0x7F: return false
      default: return text.allSatisfy(\.isWhitespace)
      }
    }
    return true
  }

  static func looksLikeJSON(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ", "\t", "\n", "\r", "\u{FEFF}": continue
      case "{", "[": return true
      default: return false
      }
    }
    return false
  }
}
