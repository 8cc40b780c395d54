import Foundation
import PolicyEngine
import WizardCore

/// The plain mode on standard input and output: a line read, the conversation's answer
/// written. No terminal control at all, so it works on a dumb terminal, behind a screen reader
/// and with answers piped from a file.
enum PlainSession {
  static func run(catalog: Catalog, profile: Profile?, today: CalendarDay, language: Language) {
    // Piped answers are not echoed by a terminal: written back, they make stdout a transcript.
    let echo = isatty(STDIN_FILENO) != 1
    var conversation = PlainConversation(
      catalog: catalog, profile: profile, today: today, language: language)
    write(conversation.start())
    while !conversation.isFinished {
      guard let line = readLine(strippingNewline: true) else {
        write(conversation.endOfInput())
        return
      }
      if echo { write(line + "\n") }
      write(conversation.receive(line: line))
    }
  }

  /// Out at once, the prompt included: the person answers on the prompt's line.
  private static func write(_ text: String) {
    print(text, terminator: "")
    StandardOutput.flush()
  }
}
