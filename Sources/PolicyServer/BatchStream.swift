import Hummingbird
import NIOCore
import NIOPosix
import PolicyEngine

/// One `/v1/batch` in flight: the request's body into the batch's standard input, line by line
/// checked against the row limit, while its standard output goes out as the response — both at
/// once, so that neither side is ever held whole.
struct BatchStream: Sendable {
  let process: BatchProcess
  let body: RequestBody
  let maxRowBytes: Int

  func run(into writer: inout any ResponseBodyWriter) async throws {
    let pipes = try await NIOPipeBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .takingOwnershipOfDescriptors(
        input: process.standardOutput, output: process.standardInput
      ) { channel in
        channel.eventLoop.makeCompletedFuture {
          try NIOAsyncChannel<ByteBuffer, ByteBuffer>(
            wrappingChannelSynchronously: channel,
            configuration: .init(isOutboundHalfClosureEnabled: true))
        }
      }
    var finished = false
    defer { if !finished { process.kill() } }
    let tooLong = try await pipes.executeThenClose { inbound, outbound in
      try await withThrowingTaskGroup(of: Int?.self) { group in
        group.addTask { try await feed(outbound) }
        for try await chunk in inbound { try await writer.write(chunk) }
        var tooLong: Int? = nil
        for try await result in group { tooLong = tooLong ?? result }
        return tooLong
      }
    }
    await process.wait()
    finished = true
    if let line = tooLong {
      var out = JSONText(capacity: 200, compact: true)
      out.beginObject()
      out.key("error")
      out.string(
        "line \(line) is longer than \(maxRowBytes) bytes, the most one row may be; the batch stopped before it"
      )
      out.key("line")
      out.int(line)
      out.endObject()
      try await writer.write(ByteBuffer(string: out.text + "\n"))
    }
  }

  /// Copies the body to the batch's input, whole lines only; stops before a line longer than
  /// the limit and returns its number (nil when every line fitted).
  private func feed(_ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) async throws -> Int? {
    var line = 1
    var lineBytes = 0
    // The bytes of the line not yet ended: held back until its newline shows it fits.
    var pending = ByteBuffer()
    for try await chunk in body {
      var chunk = chunk
      while chunk.readableBytes > 0 {
        let view = chunk.readableBytesView
        if let newline = view.firstIndex(of: 0x0A) {
          let length = newline - view.startIndex + 1
          if lineBytes + length - 1 > maxRowBytes {
            outbound.finish()
            return line
          }
          var piece = chunk.readSlice(length: length)!
          pending.writeBuffer(&piece)
          try await outbound.write(pending)
          pending.clear()
          line += 1
          lineBytes = 0
        } else {
          lineBytes += chunk.readableBytes
          if lineBytes > maxRowBytes {
            outbound.finish()
            return line
          }
          pending.writeBuffer(&chunk)
        }
      }
    }
    if pending.readableBytes > 0 { try await outbound.write(pending) }
    outbound.finish()
    return nil
  }
}
