import CaseStore
import Foundation
import ScreenKit

/// Writes what `-o FILE` / `--output FILE` names: a report or an exported profile, which name
/// an enterprise and its figures. Created 0600 whatever the umask, like the case database,
/// and replaced atomically when it exists.
enum OutputFile {
  static func write(_ text: String, to path: String) throws(CommandFailure) {
    do {
      try PrivateFiles.replace(Data(text.utf8), at: path)
    } catch {
      throw CommandFailure(
        "cannot write '\(error.path.terminalSafe)': \(error.reason)",
        status: ExitStatus.cannotCreate)
    }
  }
}
