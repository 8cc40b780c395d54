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
        throw CommandFailure.profileIsADirectory(path)
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        let exists = FileManager.default.fileExists(atPath: path)
        throw CommandFailure.cannotReadProfile(path, exists: exists)
      }
      text = try utf8(data, source: source)
    }
    if text.allSatisfy(\.isWhitespace) {
      throw CommandFailure.emptyProfile(source, chinese: chineseSource)
    }
    do {
      return try ProfileDecoder(catalog: catalog).decode(text, file: path)
    } catch {
      throw CommandFailure.badProfile(error, source: source, chinese: chineseSource)
    }
  }

  /// The text of a profile, or one message placing its first byte that is not UTF-8.
  private static func utf8(_ data: Data, source: String) throws -> String {
    do {
      return try DataNodeParser.text(of: data, file: source)
    } catch {
      throw CommandFailure.notUTF8(
        line: error.line, column: error.column, message: error.message, source: source)
    }
  }
}
