import Foundation
import PolicyEngine

/// Reads a profile file (`-` for standard input) and names the file in every problem.
enum ProfileInput {
  static func read(_ path: String, catalog: Catalog) throws -> Profile {
    let text: String
    let source = path == "-" ? CLIStrings.english.standardInput : path
    let chineseSource = path == "-" ? CLIStrings.chinese.standardInput : path
    if path == "-" {
      text = try utf8(FileHandle.standardInput.readDataToEndOfFile(), source: source)
    } else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        throw CommandFailure(
          .noInput, zh: "“\(path)”是目录；请给出企业情况文件（JSON 或 YAML）",
          en: "'\(path)' is a directory; give the profile file (JSON or YAML)")
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        let exists = FileManager.default.fileExists(atPath: path)
        throw CommandFailure(
          .noInput,
          zh: exists ? "无法读取企业情况文件“\(path)”：没有权限" : "企业情况文件“\(path)”不存在",
          en: exists
            ? "cannot read the profile file '\(path)': permission denied"
            : "the profile file '\(path)' does not exist")
      }
      text = try utf8(data, source: source)
    }
    if text.allSatisfy(\.isWhitespace) {
      throw CommandFailure(
        .dataError,
        zh: "\(chineseSource) 是空的；企业情况是 JSON 或 YAML 对象，例如 {\"city\": \"hohhot\"}",
        en:
          "\(source) is empty; a profile is a JSON or YAML object such as {\"city\": \"hohhot\"}")
    }
    do {
      return try ProfileDecoder(catalog: catalog).decode(text, file: path)
    } catch {
      // The engine's reason is in English; the frame names file, line and field in Chinese.
      let field = error.field.isEmpty ? "" : "字段“\(error.field)”"
      throw CommandFailure(
        .dataError, zh: "\(chineseSource) 第 \(error.line) 行\(field)：\(error.message)",
        en: "\(source): \(error.description)")
    }
  }

  /// The text of a profile, or one message placing its first byte that is not UTF-8.
  private static func utf8(_ data: Data, source: String) throws -> String {
    do {
      return try DataNodeParser.text(of: data, file: source)
    } catch {
      throw CommandFailure(
        .dataError, zh: "\(source) 第 \(error.line) 行第 \(error.column) 列：\(error.message)",
        en: "\(source): line \(error.line), column \(error.column): \(error.message)")
    }
  }
}
