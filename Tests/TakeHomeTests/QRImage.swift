import Foundation
import ProcessRunner
import Testing

/// Reads a half-block rendering back into modules and writes them as a PNG for `zbarimg`: the
/// round trip a phone makes, through an independent decoder.
enum QRImage {
  /// Light (`true`) or dark per module, two rows per line; `█ ▀ ▄` are light ink, space dark.
  static func modules(fromHalfBlockLines lines: [String]) -> [[Bool]] {
    var rows: [[Bool]] = []
    for line in lines {
      var top: [Bool] = []
      var bottom: [Bool] = []
      for character in line {
        top.append(character == "█" || character == "▀")
        bottom.append(character == "█" || character == "▄")
      }
      rows.append(top)
      rows.append(bottom)
    }
    return rows
  }

  /// A greyscale PNG, `scale` pixels a module: stored (uncompressed) deflate blocks, so no zlib.
  static func png(_ light: [[Bool]], scale: Int = 8) -> Data {
    let height = light.count * scale
    let width = (light.map(\.count).max() ?? 0) * scale
    var raw: [UInt8] = []
    raw.reserveCapacity((width + 1) * height)
    for row in light {
      var line: [UInt8] = [0]  // filter: none
      for x in 0..<(width / scale) {
        let value: UInt8 = x < row.count && row[x] ? 255 : 0
        line += [UInt8](repeating: value, count: scale)
      }
      for _ in 0..<scale { raw += line }
    }
    var zlib: [UInt8] = [0x78, 0x01]
    var offset = 0
    repeat {
      let length = min(65_535, raw.count - offset)
      let last: UInt8 = offset + length == raw.count ? 1 : 0
      zlib += [last, UInt8(length & 0xff), UInt8(length >> 8)]
      zlib += [UInt8(~length & 0xff), UInt8((~length >> 8) & 0xff)]
      zlib += raw[offset..<offset + length]
      offset += length
    } while offset < raw.count
    zlib += bigEndian(adler32(raw))
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 0, 0, 0, 0])
    png += chunk("IDAT", zlib)
    png += chunk("IEND", [])
    return Data(png)
  }

  /// `zbarimg`, when installed (CI installs zbar-tools: `.ci/run`).
  static let zbarimg = ProcessRunner.executable(named: "zbarimg")

  /// Runs the round trip where zbarimg is installed, and always on CI (`CI` set), where a
  /// missing zbarimg must fail the run, not skip it.
  static let zbarimgRequirement = Testing.ConditionTrait.enabled(
    if: zbarimg != nil || ProcessInfo.processInfo.environment["CI"] != nil,
    "needs zbarimg (apt-get install zbar-tools)")

  /// What `zbarimg` reads in the PNG.
  static func decode(_ png: Data) throws -> String {
    let zbarimg = try #require(zbarimg, "zbarimg is not installed (apt-get install zbar-tools)")
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("take-home-\(UUID().uuidString).png")
    try png.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try ProcessRunner.run(
      zbarimg, ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file.path],
      stderr: .discarded, timeLimit: .seconds(60))
    var text = result.stdoutText
    if text.hasSuffix("\n") { text.removeLast() }
    return result.termination == .exited(0) ? text : "zbarimg failed (\(result.termination))"
  }

  private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let body = Array(type.utf8) + data
    return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
  }

  private static func bigEndian(_ value: UInt32) -> [UInt8] {
    [
      UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff),
      UInt8(value & 0xff),
    ]
  }

  private static func adler32(_ bytes: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in bytes {
      a = (a + UInt32(byte)) % 65_521
      b = (b + a) % 65_521
    }
    return b << 16 | a
  }

  private static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xffff_ffff
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xedb8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
