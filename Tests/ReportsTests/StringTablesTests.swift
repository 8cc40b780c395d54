import Foundation
import PolicyEngine
import Testing

/// Every Chinese word the program says is written in a string table, so that the wording is
/// found (and changed) in one place and no message is written in English beside Chinese
/// output: no Swift string literal under `Sources` holds a Chinese character (a Han
/// ideograph) outside the tables. Full-width punctuation alone (`：`, `、`, `（\(x)）`) is
/// layout, not wording, and may stay with the code that lays text out. Text from `Data/` (the
/// catalog, the samples) is data and never a literal.
@Suite struct StringTablesTests {
  /// The string tables, and the files whose literals are language data rather than messages.
  static let tables: [String: String] = [
    "Sources/PolicyEngine/Text/EngineText.swift": "the engine's wording",
    "Sources/WizardCore/WizardStrings.swift": "the wizard's wording",
    "Sources/WizardCore/Plain/PlainStrings.swift": "the plain mode's own wording",
    "Sources/WizardCore/KeyMap.swift":
      "the keys and their help: one table for dispatch, footer, help",
    "Sources/Reports/ReportStrings.swift": "the report's wording",
    "Sources/policy-wizard/CLIStrings.swift": "the command line's messages",
    "Sources/PolicyEngine/Text/MoneyFormat.swift": "units of money: 元, 万元, 亿元",
    "Sources/PolicyEngine/Text/Citation.swift": "Chinese numerals of article numbers",
    "Sources/PolicyEngine/Money/AmountParsing.swift": "the units an amount is typed with",
    "Sources/ScreenKit/String+Wrapping.swift": "punctuation that must not begin or end a line",
    "Sources/WizardCore/TouchStrings.swift": "the kiosk's touch wording",
    "Sources/WizardCore/HallStrings.swift": "the service hall's wording (conflict, hand-off)",
    "Sources/WizardCore/BoxKeyWords.swift": "what each box's keys do: the key map's words",
    "Sources/WizardCore/Keypad.swift": "the units the keypad types (万, 亿), as typed by hand",
  ]

  /// Files that still hold Chinese literals, each with who moves them into a table. The list
  /// may only shrink: a file listed here without a Chinese literal fails the test too.
  static let notYetMoved: [String: String] = [:]

  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func chineseLiteralsOnlyInTheStringTables() throws {
    var offenders: [String] = []
    var moved: [String] = []
    for path in try Self.swiftFiles(under: "Sources") where Self.tables[path] == nil {
      let text = try String(
        contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
      let found = SwiftLiterals.chineseLiterals(in: text)
      if Self.notYetMoved[path] != nil {
        if found.isEmpty { moved.append(path) }
      } else {
        offenders += found.map { "\(path):\($0.line): \($0.text)" }
      }
    }
    #expect(
      offenders.isEmpty,
      "Chinese literals outside the string tables:\n\(offenders.joined(separator: "\n"))")
    #expect(moved.isEmpty, "no Chinese literal left, remove from notYetMoved: \(moved)")
    for path in Self.tables.keys {
      #expect(
        FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(path).path),
        "\(path) is listed as a table but does not exist")
    }
  }

  /// The scanner itself: literals found, comments and code left alone.
  @Test func scannerFindsLiteralsNotComments() {
    let source = #"""
      // 注释里的中文不算
      /* 块注释 "也不算" */
      let a = "plain"
      let b = "金额：\(x)"
      let c = """
        多行
        """
      let d = #"原始"#
      let e = "\(f("嵌套"))"
      let g = "escaped \" quote 后"
      let i = "（\(x)）：、"
      /// 文档注释 "引号"
      let h = "a" // 行尾注释
      """#
    let found = SwiftLiterals.chineseLiterals(in: source).map(\.line)
    #expect(found == [4, 5, 8, 9, 10], "\(SwiftLiterals.chineseLiterals(in: source))")
  }

  static func swiftFiles(under directory: String) throws -> [String] {
    let base = root.appendingPathComponent(directory)
    guard let enumerator = FileManager.default.enumerator(atPath: base.path) else {
      throw FixtureError("cannot list \(base.path)")
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if relative.hasSuffix(".swift") { files.append("\(directory)/\(relative)") }
    }
    #expect(files.count > 50, "found only \(files.count) Swift files under \(base.path)")
    return files.sorted()
  }
}

/// A small lexer for Swift source: enough to tell string literals from comments and code.
enum SwiftLiterals {
  struct Literal: Equatable {
    var line: Int
    var text: String
  }

  /// The string literals holding a Chinese character, with their first line.
  static func chineseLiterals(in source: String) -> [Literal] {
    let scalars = Array(source.unicodeScalars)
    var literals: [Literal] = []
    var index = 0
    var line = 1
    func peek(_ offset: Int) -> Unicode.Scalar? {
      index + offset < scalars.count ? scalars[index + offset] : nil
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\n" {
        line += 1
        index += 1
      } else if scalar == "/" && peek(1) == "/" {
        while index < scalars.count && scalars[index] != "\n" { index += 1 }
      } else if scalar == "/" && peek(1) == "*" {
        var depth = 0
        repeat {
          if scalars[index] == "/" && peek(1) == "*" {
            depth += 1
            index += 2
          } else if scalars[index] == "*" && peek(1) == "/" {
            depth -= 1
            index += 2
          } else {
            if scalars[index] == "\n" { line += 1 }
            index += 1
          }
        } while depth > 0 && index < scalars.count
      } else if scalar == "#" || scalar == "\"" {
        var hashes = 0
        while peek(hashes) == "#" { hashes += 1 }
        guard peek(hashes) == "\"" else {
          index += max(hashes, 1)
          continue
        }
        let start = line
        let (end, text, lines) = literal(scalars, from: index + hashes, hashes: hashes)
        if text.unicodeScalars.contains(where: \.isHanIdeograph) {
          literals.append(Literal(line: start, text: text))
        }
        line += lines
        index = end
      } else {
        index += 1
      }
    }
    return literals
  }

  /// Reads the literal whose opening quote is at `start`: returns the index after its closing
  /// delimiter, its text (interpolations included) and the line breaks inside it.
  private static func literal(_ scalars: [Unicode.Scalar], from start: Int, hashes: Int)
    -> (Int, String, Int)
  {
    let multiline =
      start + 2 < scalars.count && scalars[start + 1] == "\"" && scalars[start + 2] == "\""
    let quotes = multiline ? 3 : 1
    var index = start + quotes
    var text = ""
    var lines = 0
    var depth = 0  // inside \( … ): parentheses open
    func closes(at position: Int) -> Bool {
      for offset in 0..<quotes
      where position + offset >= scalars.count
        || scalars[position + offset] != "\""
      {
        return false
      }
      for offset in 0..<hashes {
        let position = position + quotes + offset
        if position >= scalars.count || scalars[position] != "#" { return false }
      }
      return true
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\n" { lines += 1 }
      if depth == 0 && closes(at: index) { return (index + quotes + hashes, text, lines) }
      if depth == 0 && scalar == "\\" {
        // An escape (with as many #s as the literal has) or an interpolation.
        var after = index + 1
        var marks = 0
        while marks < hashes && after < scalars.count && scalars[after] == "#" {
          marks += 1
          after += 1
        }
        if marks == hashes && after < scalars.count {
          if scalars[after] == "(" {
            depth = 1
            index = after + 1
            continue
          }
          text.unicodeScalars.append(scalars[after])
          index = after + 1
          continue
        }
      }
      if depth > 0 {
        if scalar == "(" { depth += 1 }
        if scalar == ")" { depth -= 1 }
        if scalar == "\"" || scalar == "#" {
          // A literal nested in the interpolation.
          var nestedHashes = 0
          while index + nestedHashes < scalars.count && scalars[index + nestedHashes] == "#" {
            nestedHashes += 1
          }
          if index + nestedHashes < scalars.count && scalars[index + nestedHashes] == "\"" {
            let (end, nested, nestedLines) = literal(
              scalars, from: index + nestedHashes, hashes: nestedHashes)
            text += nested
            lines += nestedLines
            index = end
            continue
          }
        }
      }
      text.unicodeScalars.append(scalar)
      index += 1
    }
    return (index, text, lines)
  }
}
