/// Reads the sums people write: `1200`, `1,200`, `1200万`, `0.8亿`, `１２００万`, `3000元`.
/// Digits and separators in full width are accepted; the result is exact. A comma separates
/// thousands only (`1,200`, `12,000,000`): `1,5亿` or `1,2,3万` is refused rather than read
/// as 15亿 or 123万, and so is a space inside a number (`12 00`). The one parser of sums for
/// the wizard's fields, profiles and the catalog.
public enum AmountParsing {
  /// The ways of writing a sum, quoted by the messages that ask for one.
  public static let examples = "50万, 0.5万, 5亿 or 3000元"
  /// The characters after a number that make it a sum of 万 or 亿 yuan.
  public static let largeUnits: Set<Character> = ["万", "亿"]
  /// `1200万`: a sum as a profile may write it instead of yuan.
  public static let profileExample = "1200万"
  /// The largest sum a catalog or a profile may state, as written: `1万亿`.
  public static let largestSumText = "1万亿"
  /// A threshold, and a sum or a rate, as a catalog writes them, for messages.
  public static let thresholdExample = "1000万"
  public static let sumExample = "50万"
  public enum Unit: Sendable {
    case yuan, wan, yi

    var fenFactor: Int64 {
      switch self {
      case .yuan: return 100
      case .wan: return 1_000_000
      case .yi: return 10_000_000_000
      }
    }
  }

  public enum Failure: Error, Equatable, Sendable {
    case empty
    case notANumber
    case negative
    case tooPrecise
    case tooLarge
    /// A comma that does not separate groups of three digits, or a space inside the number.
    case misplacedSeparator
  }

  /// A few words on why `failure` is not a sum, for messages: ` (…)` or nothing.
  public static func explanation(_ failure: Failure) -> String {
    switch failure {
    case .misplacedSeparator:
      return " (a comma separates thousands only, as in 1,200 or 12,000,000; write 1.5亿, not 1,5亿)"
    case .tooPrecise: return " (at most two decimals of a yuan)"
    case .negative: return " (it must not be negative)"
    case .tooLarge: return " (it is too large)"
    case .empty, .notANumber: return ""
    }
  }

  /// Parses `text`; a bare number is taken in `defaultUnit`.
  public static func money(_ text: String, defaultUnit: Unit = .yuan) -> Result<Money, Failure> {
    var normalized = trimmed(normalizeWidth(text))
    guard !normalized.isEmpty else { return .failure(.empty) }
    if normalized.hasPrefix("-") { return .failure(.negative) }
    var unit = defaultUnit
    if normalized.hasSuffix("元") {
      // An explicit 元 means yuan, unless 万 or 亿 comes before it (万元, 亿元).
      normalized.removeLast()
      unit = .yuan
    }
    if normalized.hasSuffix("万") {
      unit = .wan
      normalized.removeLast()
    } else if normalized.hasSuffix("亿") {
      unit = .yi
      normalized.removeLast()
    }
    return grouped(trimmed(normalized)).flatMap(decimal).flatMap { (digits, scale) in
      // value = digits / 10^scale units; in fen = digits × factor / 10^scale, which must be whole.
      var divisor: Int64 = 1
      for _ in 0..<scale { divisor *= 10 }
      let (product, overflow) = digits.multipliedReportingOverflow(by: unit.fenFactor)
      if overflow { return .failure(.tooLarge) }
      guard product % divisor == 0 else { return .failure(.tooPrecise) }
      return .success(Money(fen: product / divisor))
    }
  }

  /// Parses a percentage such as `5%` or `0.5%` into basis points.
  public static func rate(_ text: String) -> Result<Rate, Failure> {
    var normalized = trimmed(normalizeWidth(text))
    guard normalized.hasSuffix("%") else { return .failure(.notANumber) }
    normalized.removeLast()
    return decimal(trimmed(normalized)).flatMap { (digits, scale) in
      guard scale <= 2 else { return .failure(.tooPrecise) }
      var value = digits
      for _ in scale..<2 {
        let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
        if overflow { return .failure(.tooLarge) }
        value = shifted
      }
      return .success(Rate(basisPoints: value))
    }
  }

  /// Parses a whole count such as `3` (or `1,200`).
  public static func count(_ text: String) -> Result<Int64, Failure> {
    let normalized = trimmed(normalizeWidth(text))
    guard !normalized.isEmpty else { return .failure(.empty) }
    if normalized.hasPrefix("-") { return .failure(.negative) }
    return grouped(normalized).flatMap(decimal).flatMap { (digits, scale) in
      scale == 0 ? .success(digits) : .failure(.tooPrecise)
    }
  }

  private static func trimmed(_ text: String) -> String {
    // Nothing to trim is the usual case; reversing the text twice to trim it cost 25,000
    // instructions a cell in `batch`.
    guard let first = text.first, let last = text.last else { return text }
    if !first.isWhitespace, !last.isWhitespace { return text }
    var trimmed = Substring(text)
    while let head = trimmed.first, head.isWhitespace { trimmed.removeFirst() }
    while let tail = trimmed.last, tail.isWhitespace { trimmed.removeLast() }
    return String(trimmed)
  }

  /// The digits of `text` without its thousands separators: a comma only between groups of
  /// three digits after a first group of one to three (`1,200`, `12,000,000.5`); no spaces.
  private static func grouped(_ text: String) -> Result<String, Failure> {
    // ASCII text (nearly every cell) is read by its bytes: one Character of it is one byte,
    // except CR LF, whose bytes are whitespace too. Reading it by Character cost 12,000
    // instructions a cell in `batch`.
    if isASCII(text) {
      if text.utf8.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) }) {
        return .failure(.misplacedSeparator)
      }
      guard text.utf8.contains(UInt8(ascii: ",")) else { return .success(text) }
    } else {
      if text.contains(where: \.isWhitespace) { return .failure(.misplacedSeparator) }
      guard text.contains(",") else { return .success(text) }
    }
    let whole = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let groups = whole[0].split(separator: ",", omittingEmptySubsequences: false)
    let fraction = whole.count > 1 ? whole[1] : ""
    guard groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
      !fraction.contains(",")
    else { return .failure(.misplacedSeparator) }
    return .success(groups.joined() + (whole.count > 1 ? "." + fraction : ""))
  }

  /// Turns full-width digits and signs into ASCII.
  public static func normalizeWidth(_ text: String) -> String {
    // Most text has nothing full-width: it is returned as it is, not rebuilt scalar by scalar.
    guard text.unicodeScalars.contains(where: { $0.value == 0x3000 || $0.value >= 0xFF01 })
    else { return text }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          if (0xFF01...0xFF5E).contains(scalar.value) {
            return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
          }
          if scalar.value == 0x3000 { return " " }
          return scalar
        }))
  }

  private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

  /// Digits with an optional decimal point, as an integer and its number of decimals.
  private static func decimal(_ text: String) -> Result<(Int64, Int), Failure> {
    guard !text.isEmpty else { return .failure(.empty) }
    var digits: Int64 = 0
    var scale = 0
    var seenPoint = false
    var seenDigit = false
    /// Takes one character: a point, or an ASCII digit's value (nil for anything else).
    func take(point: Bool, digit: Int?) -> Failure? {
      if point {
        if seenPoint { return .notANumber }
        seenPoint = true
        return nil
      }
      guard let digit else { return .notANumber }
      let (shifted, overflow1) = digits.multipliedReportingOverflow(by: 10)
      let (added, overflow2) = shifted.addingReportingOverflow(Int64(digit))
      if overflow1 || overflow2 { return .tooLarge }
      digits = added
      seenDigit = true
      if seenPoint { scale += 1 }
      return nil
    }
    if isASCII(text) {
      // By bytes, as in `grouped`: the same characters without a Unicode property lookup each.
      for byte in text.utf8 {
        let digit = (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
        if let failure = take(point: byte == UInt8(ascii: "."), digit: digit) {
          return .failure(failure)
        }
      }
    } else {
      for character in text {
        let digit = character.isASCII ? character.wholeNumberValue : nil
        if let failure = take(point: character == ".", digit: digit) { return .failure(failure) }
      }
    }
    guard seenDigit, scale <= 8 else { return .failure(seenDigit ? .tooPrecise : .notANumber) }
    return .success((digits, scale))
  }
}
