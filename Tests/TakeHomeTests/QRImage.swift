import Foundation

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

  /// What `zbarimg` reads in the PNG, or nil when it is not installed (the caller skips).
  static func decode(_ png: Data) throws -> String? {
    guard let zbarimg = executable("zbarimg") else { return nil }
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("take-home-\(UUID().uuidString).png")
    try png.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = zbarimg
    process.arguments = ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var text = String(decoding: data, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    return process.terminationStatus == 0 ? text : "zbarimg failed (\(process.terminationStatus))"
  }

  static func executable(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// CI installs zbar-tools (`.ci/run`); elsewhere a missing zbarimg skips the round trip.
  static var zbarRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

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
