import Foundation
import PolicyEngine

/// Reads a profile file (`-` for standard input) and names the file in every problem.
enum ProfileInput {
  static func read(_ path: String, catalog: Catalog, encoding: InputEncoding = .utf8) throws
    -> Profile
  {
    let text: String
    let source = path == "-" ? CLIStrings.english.standardInput : path
    let chineseSource = path == "-" ? CLIStrings.chinese.standardInput : path
    if path == "-" {
      text = try decode(
        FileHandle.standardInput.readDataToEndOfFile(), source: source,
        chineseSource: chineseSource, encoding: encoding)
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
      text = try decode(
        data, source: source, chineseSource: chineseSource, encoding: encoding)
    }
    if DataNodeParser.isBlank(text) {
      throw CommandFailure.emptyProfile(source, chinese: chineseSource)
    }
    do {
      return try ProfileDecoder(catalog: catalog).decode(text, file: path)
    } catch {
      throw CommandFailure.badProfile(error, source: source, chinese: chineseSource)
    }
  }

  /// The text of a profile by `InputText`'s rule (the one `batch` reads by), or one message
  /// placing its first byte that is not in the encoding.
  private static func decode(
    _ data: Data, source: String, chineseSource: String, encoding: InputEncoding
  ) throws -> String {
    do {
      return try InputText(encoding: encoding).decode(data)
    } catch {
      throw CommandFailure.unreadableText(error, source: source, chinese: chineseSource)
    }
  }
}
