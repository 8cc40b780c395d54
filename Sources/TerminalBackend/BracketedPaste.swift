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

  var characterEvents: [InputEvent] { text.map { .key(.character($0)) } }

  /// Reads the rest of a paste whose start sequence has just been read. What came after the
  /// end marker is handed back to curses (`ungetch`) as far as its input queue holds it.
  static func read(from descriptor: Int32) -> BracketedPaste {
    var kept: [UInt8] = []
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
        giveBack(bytes[(end + endMarker.count)...])
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
    return BracketedPaste(text: String(characters.prefix(keptCharacters)))
  }

  private static func keep(_ bytes: ArraySlice<UInt8>, into kept: inout [UInt8]) {
    let room = keptBytes - kept.count
    if room > 0 { kept += bytes.prefix(room) }
  }

  /// Input that followed the paste (a tap, a key), back to curses to decode as usual; its queue
  /// holds about 130 bytes, so only what fits is given back.
  private static func giveBack(_ bytes: ArraySlice<UInt8>) {
    for byte in bytes.prefix(120).reversed() { ungetch(Int32(byte)) }
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
