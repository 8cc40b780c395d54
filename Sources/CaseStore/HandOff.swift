import Foundation

/// A kiosk visitor's answers, carried to a help desk: the profile only, never a name or a
/// contact.
public struct HandOffAnswers: Sendable, Equatable, Codable {
  /// The profile as `ProfileEncoder` writes it, without an enterprise name.
  public var profileJSON: String
  public var catalogVersion: String

  public init(profileJSON: String, catalogVersion: String) {
    self.profileJSON = profileJSON
    self.catalogVersion = catalogVersion
  }
}

/// The short code a kiosk shows for a hand-off: six characters from an alphabet without the
/// letters and digits people confuse (0/O, 1/I/L), so that it can be read aloud and typed.
public struct HandOffCode: Sendable, Hashable, CustomStringConvertible {
  public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
  public static let length = 6

  public let text: String

  /// A typed code: case and spaces or hyphens ignored; nil unless six characters of the
  /// alphabet remain.
  public init?(typed: String) {
    let cleaned = typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }
    guard cleaned.count == Self.length, cleaned.allSatisfy(Self.alphabet.contains) else {
      return nil
    }
    text = cleaned
  }

  /// A new random code (the system's random source).
  public static func random() -> HandOffCode {
    var generator = SystemRandomNumberGenerator()
    return random(using: &generator)
  }

  public static func random<G: RandomNumberGenerator>(using generator: inout G) -> HandOffCode {
    let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    return HandOffCode(typed: text)!
  }

  public var description: String { text }
}

/// As its text; a text that is not a code is refused when read.
extension HandOffCode: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let code = HandOffCode(typed: text) else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not a code"))
    }
    self = code
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }
}

/// What taking a hand-off code finds.
public enum HandOffTake: Sendable, Equatable, Codable {
  /// The answers; the hand-off is deleted as it is taken.
  case found(HandOffAnswers)
  /// The code's time passed; it is deleted now.
  case expired
  /// No hand-off has this code (never made, already taken, or purged).
  case unknown
}
