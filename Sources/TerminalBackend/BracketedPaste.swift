import CNcursesw
import Glibc
import ScreenKit

/// A paste the terminal marked (`ESC[200~` text `ESC[201~`, bracketed paste mode, which
/// `CursesTerminal` turns on), read straight from the input descriptor in large blocks rather
/// than a character at a time through curses, and cut to `keptCharacters` as it is read.
///
/// No field of the wizard takes more than 200 characters, so what lies beyond that bound is
/// read and dropped at the cost of a memory scan: a paste of a megabyte into a kiosk field used
/// to cost one event, one field edit and one frame per character (12.7 s for 10 KB). Control
/// characters (line breaks, tabs, escapes) are dropped too: pasted text never presses Enter.
struct BracketedPaste {
  static let startSequence: [UInt32] = "[200~".unicodeScalars.map(\.value)
  static let endMarker: [UInt8] = Array("\u{1B}[201~".utf8)
  /// More than the longest field takes.
  static let keptCharacters = 256
  /// Bytes kept before decoding: every kept character is at most four bytes of UTF-8.
  static let keptBytes = keptCharacters * 4
  /// How long a paste may pause before the end marker counts as lost (a terminal that never
  /// sends it must not hold the kiosk).
  static let pauseMilliseconds: Int32 = 500

  /// The pasted text, up to `keptCharacters`, control characters dropped.
  let text: String
  /// Taps that arrived right behind the paste, in the same read (`handBack`).
  let following: [InputEvent]

  /// The paste's characters, then the taps that followed it.
  var events: [InputEvent] { text.map { .key(.character($0)) } + following }

  /// Reads the rest of a paste whose start sequence has just been read. What came after the
  /// end marker is handed back to curses (`ungetch`) as far as its input queue holds it.
  static func read(from descriptor: Int32) -> BracketedPaste {
    var kept: [UInt8] = []
    var following: [InputEvent] = []
    // The last bytes of the previous block: the end marker may straddle two blocks.
    var carry: [UInt8] = []
    var block = [UInt8](repeating: 0, count: 65_536)
    while true {
      var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&waiting, 1, Int32(pauseMilliseconds)) > 0 else { break }
      let count = block.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR || errno == EAGAIN { continue }
      guard count > 0 else { break }
      let bytes = carry + block[0..<count]
      if let end = firstIndex(of: endMarker, in: bytes) {
        keep(bytes[..<end], into: &kept)
        following = handBack(bytes[(end + endMarker.count)...])
        break
      }
      let safe = bytes.count - (endMarker.count - 1)
      keep(bytes[..<max(0, safe)], into: &kept)
      carry = Array(bytes[max(0, safe)...])
    }
    let characters = String(decoding: kept, as: UTF8.self).filter { character in
      !character.unicodeScalars.contains {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
      }
    }
    return BracketedPaste(text: String(characters.prefix(keptCharacters)), following: following)
  }

  private static func keep(_ bytes: ArraySlice<UInt8>, into kept: inout [UInt8]) {
    let room = keptBytes - kept.count
    if room > 0 { kept += bytes.prefix(room) }
  }

  /// Input that followed the paste in the same read. Taps (SGR mouse reports, `ESC[<b;x;yM`)
  /// are decoded here: curses reads the rest of a mouse report straight from the terminal, not
  /// from its input queue, so one handed back to it is lost. Anything else goes back to curses
  /// (`ungetch`) to decode as usual, as far as its queue (about 130 bytes) holds it.
  static func handBack(_ bytes: ArraySlice<UInt8>) -> [InputEvent] {
    var events: [InputEvent] = []
    var rest = bytes
    while let (event, length) = sgrMouseReport(at: rest) {
      if let event { events.append(event) }
      rest = rest.dropFirst(length)
    }
    for byte in rest.prefix(120).reversed() { ungetch(Int32(byte)) }
    return events
  }

  /// The SGR mouse report at the start of `bytes`, and its length; nil when there is none. The
  /// event is nil for reports the wizard ignores (motion).
  static func sgrMouseReport(at bytes: ArraySlice<UInt8>) -> (InputEvent?, Int)? {
    let prefix: [UInt8] = [0x1B, UInt8(ascii: "["), UInt8(ascii: "<")]
    guard bytes.starts(with: prefix),
      let end = bytes.firstIndex(where: { $0 == UInt8(ascii: "M") || $0 == UInt8(ascii: "m") })
    else { return nil }
    let fields = String(decoding: bytes[(bytes.startIndex + 3)..<end], as: UTF8.self)
      .split(separator: ";").compactMap { Int($0) }
    let length = end - bytes.startIndex + 1
    guard fields.count == 3 else { return (nil, length) }
    let (button, x, y) = (fields[0], fields[1] - 1, fields[2] - 1)
    let kind: MouseEvent.Kind
    if button & 64 != 0 {
      kind = button & 1 == 0 ? .scrollUp : .scrollDown
    } else if button & 32 != 0 {
      return (nil, length)  // motion
    } else {
      kind = bytes[end] == UInt8(ascii: "M") ? .press : .release
    }
    return (.mouse(MouseEvent(x: x, y: y, kind: kind)), length)
  }

  private static func firstIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= marker.count else { return nil }
    var index = 0
    while index <= bytes.count - marker.count {
      if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) {
        return index
      }
      index += 1
    }
    return nil
  }
}
