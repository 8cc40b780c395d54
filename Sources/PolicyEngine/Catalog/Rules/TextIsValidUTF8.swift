/// Every file is UTF-8. The problem is placed at the first byte that is not.
enum TextIsValidUTF8: Rule {
  static let message = "the file is not valid UTF-8 here; save it as UTF-8"

  /// The offset of the first byte of `bytes` that is not part of valid UTF-8, if any.
  static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length: Int
      let minimum: UInt32
      switch byte {
      case 0x00...0x7F:
        index += 1
        continue
      case 0xC2...0xDF: (length, minimum) = (2, 0x80)
      case 0xE0...0xEF: (length, minimum) = (3, 0x800)
      case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
      default: return index
      }
      guard index + length <= bytes.count else { return index }
      var scalar = UInt32(byte) & (0xFF >> (length + 1))
      for next in bytes[(index + 1)..<(index + length)] {
        guard next & 0xC0 == 0x80 else { return index }
        scalar = scalar << 6 | UInt32(next & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        return index
      }
      index += length
    }
    return nil
  }
}
