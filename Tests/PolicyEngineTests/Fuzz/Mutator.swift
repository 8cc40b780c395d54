import Foundation
import TestSupport

/// Text mutations that have found bugs in readers: cuts, repeats, and tokens with a history.
enum Mutator {
  static let tokens = [
    "{", "}", "[", "]", "\"", ":", ",", "\\u", "\\ud83d", "\\ude00", "\\ud83d\\ude00", "&a ", "*a",
    "~", "null", "-1", "1,5亿", "1,2,3万", "12 00", "99999999999999999999", "1e308", "\u{85}",
    "\u{07}", "\u{1B}]0;x\u{07}", "😀", "\n", " ", "\t", "万", "亿", "%", "99999999999999999%",
    "3000000000000", "? [a]\n: 1\n", "- ", "!!binary ", "---\n", "#", "'", "\u{FEFF}", "０",
    "\"city\": \"ordos\", ", "\"awards\": [", "\"rd\": {\"lastYear\": ", "1000000000000",
  ]

  static func mutate(_ text: String, using random: inout SplitMix64) -> String {
    var characters = Array(text)
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      let position = characters.isEmpty ? 0 : Int.random(in: 0...characters.count, using: &random)
      switch Int.random(in: 0..<5, using: &random) {
      case 0 where !characters.isEmpty:
        // Cut a range.
        let end = min(characters.count, position + Int.random(in: 1...12, using: &random))
        if position < end { characters.removeSubrange(position..<end) }
      case 1 where !characters.isEmpty:
        // Repeat a range, a few times.
        let start = Int.random(in: 0..<characters.count, using: &random)
        let end = min(characters.count, start + Int.random(in: 1...40, using: &random))
        let piece = characters[start..<end]
        for _ in 0..<Int.random(in: 1...6, using: &random) {
          characters.insert(contentsOf: piece, at: min(position, characters.count))
        }
      case 2 where !characters.isEmpty:
        // Replace a character by a random scalar, C0 and C1 controls included.
        let index = min(position, characters.count - 1)
        let value = UInt32.random(in: 0...0x2FFF, using: &random)
        characters[index] = Character(Unicode.Scalar(value) ?? "?")
      default:
        let token = tokens[Int.random(in: 0..<tokens.count, using: &random)]
        characters.insert(contentsOf: token, at: min(position, characters.count))
      }
    }
    return String(characters)
  }
}

/// The committed inputs that once failed, in `Tests/PolicyEngineTests/FuzzCorpus`.
enum FuzzCorpus {
  static func files(prefix: String) -> [URL] {
    let folder = RepositoryFiles.url("Tests/PolicyEngineTests/FuzzCorpus")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix(prefix) }.sorted().map { folder.appendingPathComponent($0) }
  }
}
