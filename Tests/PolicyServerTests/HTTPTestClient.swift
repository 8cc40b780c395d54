import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One HTTP/1.1 answer as it came over the socket.
struct HTTPAnswer: CustomStringConvertible {
  var status: Int
  /// Header names lower-cased.
  var headers: [String: String]
  var body: [UInt8]

  var text: String { String(decoding: body, as: UTF8.self) }
  var contentType: String? { headers["content-type"] }

  var description: String { "HTTP \(status) \(headers)\n\(text.prefix(2_000))" }
}

/// A deliberately small HTTP/1.1 client over a plain socket, so that the tests send exactly the
/// bytes they mean (a wrong method, a body of any size, a request cut off half-way) and read
/// exactly what the server wrote, chunked or not.
struct HTTPTestClient {
  var port: Int

  struct Failure: Error, CustomStringConvertible { var description: String }

  /// Connects to 127.0.0.1:port, with a receive timeout so that a server that never answers
  /// fails the test instead of hanging it.
  func connect(receiveTimeoutSeconds: Int = 30) throws -> CInt {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
    var timeout = timeval(tv_sec: receiveTimeoutSeconds, tv_usec: 0)
    setsockopt(
      socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(socket)
      throw Failure(description: "connect to port \(port): \(errno)")
    }
    return socket
  }

  static func sendAll(_ socket: CInt, _ bytes: [UInt8]) throws {
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes {
        Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard count > 0 else { throw Failure(description: "send: \(errno)") }
      sent += count
    }
  }

  /// Everything the server sends until it closes the connection (or the timeout).
  static func readAll(_ socket: CInt) -> [UInt8] {
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
      if count <= 0 { break }
      received += buffer[0..<count]
    }
    return received
  }

  func request(
    _ method: String, _ path: String, body: [UInt8]? = nil, headers: [String: String] = [:]
  ) throws -> HTTPAnswer {
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
    if let body { head += "Content-Length: \(body.count)\r\n" }
    head += "\r\n"
    let socket = try connect()
    defer { close(socket) }
    try Self.sendAll(socket, Array(head.utf8) + (body ?? []))
    return try Self.parse(Self.readAll(socket))
  }

  func request(
    _ method: String, _ path: String, json: String, headers: [String: String] = [:]
  ) throws -> HTTPAnswer {
    var headers = headers
    if headers["Content-Type"] == nil { headers["Content-Type"] = "application/json" }
    return try request(method, path, body: Array(json.utf8), headers: headers)
  }

  static func parse(_ bytes: [UInt8]) throws -> HTTPAnswer {
    let separator: [UInt8] = [13, 10, 13, 10]
    guard let end = bytes.firstRange(of: separator) else {
      throw Failure(description: "no complete head in \(bytes.count) bytes")
    }
    let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
    var lines = head.components(separatedBy: "\r\n")
    let statusLine = lines.removeFirst().split(separator: " ")
    guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
      throw Failure(description: "bad status line in \(head)")
    }
    var headers: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    var body = Array(bytes[end.upperBound...])
    if headers["transfer-encoding"]?.lowercased() == "chunked" { body = try dechunk(body) }
    return HTTPAnswer(status: status, headers: headers, body: body)
  }

  static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      guard let lineEnd = bytes[index...].firstRange(of: [13, 10]) else {
        throw Failure(description: "chunk size line cut off")
      }
      let sizeText = String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self)
      guard let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16) else {
        throw Failure(description: "bad chunk size '\(sizeText)'")
      }
      index = lineEnd.upperBound
      if size == 0 { break }
      guard index + size <= bytes.count else { throw Failure(description: "chunk cut off") }
      out += bytes[index..<(index + size)]
      index += size + 2
    }
    return out
  }
}
