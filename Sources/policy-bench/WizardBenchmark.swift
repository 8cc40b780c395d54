import DefaultCatalog
import Foundation
import PolicyEngine
import ScreenKit
import TerminalBackend
import WizardCore

/// The wizard's cost of a keystroke: from the key event to a finished frame (update, which
/// re-evaluates the profile, plus render), and the bytes curses writes for that frame.
///
/// The typical keystroke is typing a digit into the R&D field of a Hulunbuir enterprise at
/// 80×24 (and deleting it again), which changes the derived increment and the panel's amounts.
func runWizardBenchmark(_ arguments: [String]) {
  let catalog = DefaultCatalog.catalog
  let today = CalendarDay(year: 2026, month: 6, day: 1)
  var state = WizardState(catalog: catalog, size: Size(width: 80, height: 24), today: today)
  // City 呼伦贝尔, enterprise, first-time high-tech; then the R&D question with 2800万 typed.
  for key in [
    Key.character("7"), .character("1"), .character("2"), .enter, .character("2"), .character("8"),
    .character("0"), .character("0"),
  ] {
    state.update(.keyPressed(key))
  }
  let keystrokes: [Key] = [.character("5"), .backspace]

  var toggle = 0
  let frame = measure(warmUp: 0.5, duration: 2) {
    state.update(.keyPressed(keystrokes[toggle & 1]))
    toggle &+= 1
    return state.render().screen.width
  }
  print(
    String(
      format:
        "key event → frame (evaluate + relevance + render, 80×24): %.0f µs each, %.0f frames/s",
      frame.nanosecondsEach / 1000, frame.perSecond))

  let bigger = measure(warmUp: 0.2, duration: 1) {
    state.update(.terminalResized(Size(width: 120, height: 40)))
    state.update(.keyPressed(keystrokes[toggle & 1]))
    toggle &+= 1
    return state.render().screen.width
  }
  print(String(format: "key event → frame at 120×40: %.0f µs each", bigger.nanosecondsEach / 1000))
  state.update(.terminalResized(Size(width: 80, height: 24)))

  // Bytes: draw through real curses into a file, as on a terminal, and count what each frame adds.
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "policy-bench-\(getpid())")
  try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  setenv("LANG", "C.UTF-8", 1)
  let terminal = CursesTerminal(
    terminalType: "xterm-256color", inputPath: "/dev/null",
    outputPath: directory.appendingPathComponent("screen").path)
  do {
    try terminal.start()
  } catch {
    print("bytes per keystroke: could not start curses (\(error))")
    return
  }
  defer { terminal.stop() }
  terminal.draw(state.render().screen)
  let fullFrame = terminal.lastFrameByteCount ?? 0
  var total = 0
  var largest = 0
  let count = 200
  for index in 0..<count {
    state.update(.keyPressed(keystrokes[index & 1]))
    terminal.draw(state.render().screen)
    let bytes = terminal.lastFrameByteCount ?? 0
    total += bytes
    largest = max(largest, bytes)
  }
  print(
    "first full frame: \(fullFrame) bytes; per keystroke: \(total / count) bytes on average, \(largest) at most"
  )
}
