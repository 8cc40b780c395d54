import Foundation

/// Which store a `--db`, a configuration's `cases.database` or `POLICY_WIZARD_DATABASE_URL`
/// names: a path selects an SQLite file; a `postgresql://` or `postgres://` URL a PostgreSQL
/// server; anything else that looks like a URL is refused, never taken as a file name.
public enum CaseStoreAddress: Sendable, Equatable, CustomStringConvertible {
  case sqlite(path: String)
  case postgreSQL(PostgreSQLAddress)

  /// - Throws: `.badAddress` (with the text redacted) for a URL of another scheme, one without
  ///   a host, or one with a setting this program does not know.
  public init(parsing text: String) throws(CaseStoreError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else {
      throw .badAddress("\"\"", reason: "it is empty; give a file path or a postgresql:// URL")
    }
    if let scheme = Self.scheme(of: trimmed) {
      guard ["postgresql", "postgres"].contains(scheme.lowercased()) else {
        throw .badAddress(
          PostgreSQLAddress.redacting(trimmed),
          reason:
            "\(scheme):// is not supported; give a file path (SQLite) or a postgresql:// URL")
      }
      self = .postgreSQL(try PostgreSQLAddress(url: trimmed))
    } else {
      self = .sqlite(path: trimmed)
    }
  }

  /// `scheme` when the text starts as a URL does (`scheme:` then `//`, or a known database
  /// scheme followed by a colon): such text is never a file name here.
  private static func scheme(of text: String) -> String? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let scheme = text[..<colon]
    guard let first = scheme.first, first.isASCII, first.isLetter,
      scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
    else { return nil }
    let rest = text[text.index(after: colon)...]
    let databaseSchemes = ["postgresql", "postgres", "mysql", "mariadb", "sqlite", "file"]
    if rest.hasPrefix("//") || databaseSchemes.contains(scheme.lowercased()) {
      return String(scheme)
    }
    return nil
  }

  /// For messages: the path, or the URL with its password redacted.
  public var description: String {
    switch self {
    case .sqlite(let path): return path
    case .postgreSQL(let address): return address.redacted
    }
  }
}

/// A PostgreSQL server and database, from a `postgresql://user:password@host:port/db?sslmode=…`
/// URL. The password is kept only to connect: `description` and `redacted` never show it.
/// Codable, the password included, for the one place it goes: the socket to
/// `policy-wizard-store` (`StoreHelperRequest.open`), never a command line or a file.
public struct PostgreSQLAddress: Sendable, Equatable, Codable, CustomStringConvertible {
  /// How the connection is encrypted (libpq's `sslmode` words).
  public enum TLSMode: String, Sendable, Codable, CaseIterable {
    /// Plain TCP (a server on loopback).
    case disable
    /// TLS, without checking the server's certificate.
    case require
    /// TLS, the certificate checked against the system's roots and the host name.
    case verifyFull = "verify-full"
  }

  public var host: String
  public var port: Int
  public var user: String
  public var password: String?
  public var database: String
  public var tlsMode: TLSMode

  public init(
    host: String, port: Int = 5432, user: String, password: String? = nil, database: String,
    tlsMode: TLSMode = .disable
  ) {
    self.host = host
    self.port = port
    self.user = user
    self.password = password
    self.database = database
    self.tlsMode = tlsMode
  }

  init(url text: String) throws(CaseStoreError) {
    let redacted = Self.redacting(text)
    guard let components = URLComponents(string: text) else {
      throw .badAddress(redacted, reason: "it is not a valid URL")
    }
    guard let host = components.host, !host.isEmpty else {
      throw .badAddress(
        redacted, reason: "it names no server; write postgresql://USER@HOST:PORT/DATABASE")
    }
    guard let user = components.user.flatMap({ $0.removingPercentEncoding }), !user.isEmpty
    else {
      throw .badAddress(
        redacted, reason: "it names no user; write postgresql://USER@HOST:PORT/DATABASE")
    }
    let database = String(components.path.drop { $0 == "/" }).removingPercentEncoding ?? ""
    guard !database.isEmpty, !database.contains("/") else {
      throw .badAddress(
        redacted, reason: "it names no database; write postgresql://USER@HOST:PORT/DATABASE")
    }
    var tlsMode = TLSMode.disable
    for item in components.queryItems ?? [] {
      guard item.name == "sslmode" else {
        throw .badAddress(
          redacted, reason: "\(item.name) is not a setting this program reads (only sslmode)")
      }
      guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
        throw .badAddress(
          redacted,
          reason:
            "sslmode must be one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      tlsMode = mode
    }
    self.init(
      host: host, port: components.port ?? 5432, user: user,
      password: components.password.flatMap { $0.removingPercentEncoding }, database: database,
      tlsMode: tlsMode)
  }

  /// The URL without its password: what every message and log line shows.
  public var redacted: String {
    var components = URLComponents()
    components.scheme = "postgresql"
    components.user = user
    if password != nil { components.password = "***" }
    components.host = host
    components.port = port
    components.path = "/" + database
    if tlsMode != .disable {
      components.queryItems = [URLQueryItem(name: "sslmode", value: tlsMode.rawValue)]
    }
    return components.string ?? "postgresql://\(host):\(port)/\(database)"
  }

  public var description: String { redacted }

  /// Any URL-like text with what stands between `//` and `@` after its first colon replaced,
  /// for a message about text that could not even be parsed.
  static func redacting(_ text: String) -> String {
    guard let start = text.range(of: "://"), let at = text.range(of: "@", options: .backwards),
      at.lowerBound > start.upperBound
    else { return text }
    let credentials = text[start.upperBound..<at.lowerBound]
    guard let colon = credentials.firstIndex(of: ":") else { return text }
    return text[..<colon] + ":***" + text[at.lowerBound...]
  }
}
