import Foundation
import PolicyEngine

/// Reads a profile file (`-` for standard input) and names the file in every problem.
enum ProfileInput {
  static func read(_ path: String, catalog: Catalog, encoding: InputEncoding = .utf8) throws
    -> Profile
  {
    let text: String
    let source = path == "-" ? "standard input" : path
    if path == "-" {
      text = try decode(
        FileHandle.standardInput.readDataToEndOfFile(), source: source, encoding: encoding)
    } else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        throw CommandFailure(
          "'\(path)' is a directory; give the profile file (JSON or YAML)",
          status: ExitStatus.noInput)
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        let exists = FileManager.default.fileExists(atPath: path)
        throw CommandFailure(
          exists
            ? "cannot read the profile file '\(path)': permission denied"
            : "the profile file '\(path)' does not exist",
          status: ExitStatus.noInput)
      }
      text = try decode(data, source: source, encoding: encoding)
    }
    if text.allSatisfy(\.isWhitespace) {
      throw CommandFailure(
        "\(source) is empty; a profile is a JSON or YAML object such as {\"city\": \"hohhot\"}",
        status: ExitStatus.dataError)
    }
    do {
      return try ProfileDecoder(catalog: catalog).decode(text, file: path)
    } catch {
      throw CommandFailure("\(source): \(error.description)", status: ExitStatus.dataError)
    }
  }

  /// The text of a profile by `InputText`'s rule (the one `batch` reads by), or one message
  /// placing its first byte that is not in the encoding.
  private static func decode(_ data: Data, source: String, encoding: InputEncoding) throws
    -> String
  {
    do {
      return try InputText(encoding: encoding).decode(data)
    } catch {
      throw CommandFailure(error.description(source: source), status: ExitStatus.dataError)
    }
  }
}
