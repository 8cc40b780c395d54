import Foundation

/// A progress bar on standard error with the rate and the time left, only on a terminal.
final class BatchProgress {
  private let enabled: Bool
  private let size: Int64?
  private let start = ContinuousClock.now

  init(enabled: Bool, size: Int64?) {
    self.enabled = enabled
    self.size = size
  }

  private var seconds: Double {
    let (whole, fraction) = (ContinuousClock.now - start).components
    return Double(whole) + Double(fraction) * 1e-18
  }

  func update(rows: Int, bytes: Int64) {
    guard enabled else { return }
    let elapsed = Swift.max(seconds, 1e-6)
    let rate = Double(rows) / elapsed
    var line = "\r\u{1B}[K"
    if let size, size > 0 {
      let fraction = Swift.min(1, Double(bytes) / Double(size))
      let filled = Int(fraction * 30)
      line +=
        "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled)
      line += "] \(Int(fraction * 100))%"
      let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
      line += " \(rows) rows, \(Int(rate)) rows/s, ETA \(Self.clock(left))"
    } else {
      line += "\(rows) rows, \(Int(rate)) rows/s"
    }
    FileHandle.standardError.write(Data(line.utf8))
  }

  func finish(rows: Int) {
    guard enabled else { return }
    let elapsed = seconds
    FileHandle.standardError.write(
      Data(
        "\r\u{1B}[K\(rows) rows in \(Self.clock(elapsed)) (\(Int(Double(rows) / Swift.max(elapsed, 1e-6))) rows/s)\n"
          .utf8))
  }

  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    let minutes = whole / 60
    let rest = whole % 60
    return "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
  }
}
