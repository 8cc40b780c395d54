import CQRencode

/// A QR code as a square of modules, made by libqrencode: no encoder of our own.
public struct QRCode: Sendable, Equatable {
  /// How much of the symbol may be lost and still read back.
  public enum Level: Int, Sendable, CaseIterable, Comparable {
    /// About 7 %: the most text a symbol of a given size holds.
    case low
    /// About 15 %.
    case medium
    /// About 25 %.
    case quartile
    /// About 30 %.
    case high

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

    var libraryLevel: QRecLevel {
      switch self {
      case .low: return QR_ECLEVEL_L
      case .medium: return QR_ECLEVEL_M
      case .quartile: return QR_ECLEVEL_Q
      case .high: return QR_ECLEVEL_H
      }
    }

    /// The letter the standard names it by.
    public var letter: String { ["L", "M", "Q", "H"][rawValue] }
  }

  /// The symbol's version, 1 (21 modules a side) to 40 (177).
  public let version: Int
  public let level: Level
  /// Modules on each side, without the quiet zone.
  public let size: Int
  /// Row by row, `true` for a dark module.
  public let modules: [Bool]

  /// The code of `text` (UTF-8, byte mode where it is not digits or capitals) in the smallest
  /// version at `level`, or nil when it needs more than `maximumVersion`.
  public init?(_ text: String, level: Level, maximumVersion: Int = 40) {
    guard let made = Self.encode(text, version: 0, level: level), made.version <= maximumVersion
    else { return nil }
    self = made
  }

  /// The code of `text` in the smallest version that holds it at `minimumLevel`, at the highest
  /// level that still fits that version: the extra error correction costs no space.
  public init?(_ text: String, minimumLevel: Level, maximumVersion: Int) {
    guard var best = QRCode(text, level: minimumLevel, maximumVersion: maximumVersion) else {
      return nil
    }
    for level in Level.allCases where level > minimumLevel {
      guard let boosted = Self.encode(text, version: best.version, level: level),
        boosted.version == best.version
      else { break }
      best = boosted
    }
    self = best
  }

  init(version: Int, level: Level, size: Int, modules: [Bool]) {
    self.version = version
    self.level = level
    self.size = size
    self.modules = modules
  }

  public subscript(x: Int, y: Int) -> Bool {
    guard x >= 0, y >= 0, x < size, y < size else { return false }
    return modules[y * size + x]
  }

  /// Modules a side of a version: 21 for version 1, four more for each version after.
  public static func size(ofVersion version: Int) -> Int { 17 + 4 * version }

  /// The largest version whose symbol, with `quietZone` light modules on every side, is at most
  /// `modules` a side; 0 when not even version 1 fits.
  public static func largestVersion(fitting modules: Int, quietZone: Int) -> Int {
    min(40, max(0, (modules - 2 * quietZone - 17) / 4))
  }

  private static func encode(_ text: String, version: Int, level: Level) -> QRCode? {
    guard
      let code = text.withCString({
        QRcode_encodeString($0, Int32(version), level.libraryLevel, QR_MODE_8, 1)
      })
    else { return nil }
    defer { QRcode_free(code) }
    let size = Int(code.pointee.width)
    // Bit 0 of each byte is the module's colour; the other bits say what the module is for.
    let modules = (0..<size * size).map { code.pointee.data[$0] & 1 == 1 }
    return QRCode(version: Int(code.pointee.version), level: level, size: size, modules: modules)
  }
}
