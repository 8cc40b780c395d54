import Foundation
import PolicyEngine

/// Reads a profile file (`-` for standard input) and names the file in every problem.
enum ProfileInput {
  static func read(_ path: String, catalog: Catalog) throws -> Profile {
    let text: String
    if path == "-" {
      text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    } else {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandFailure("cannot read the profile file '\(path)'")
      }
      text = String(decoding: data, as: UTF8.self)
    }
    do {
      return try ProfileDecoder(catalog: catalog).decode(text, file: path)
    } catch {
      throw CommandFailure("\(path == "-" ? "standard input" : path): \(error.description)")
    }
  }
}
