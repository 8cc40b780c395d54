/// The two ways the code is drawn: half-block characters for a terminal, SVG for the report.
extension QRCode {
  /// The quiet zone the standard asks for: four light modules on every side.
  public static let standardQuietZone = 4

  /// Rows of text, two module rows to a character row, one module to a column, quiet zone
  /// included. A light module is ink (`█`, `▀`, `▄`), a dark one is the cell's background, so the
  /// lines are meant for light-on-dark cells (the wizard draws them white on black).
  public func halfBlockLines(quietZone: Int = standardQuietZone) -> [String] {
    let total = size + 2 * quietZone
    func light(_ x: Int, _ y: Int) -> Bool {
      // Beyond the quiet zone (the last half row of an odd count) is the background: dark.
      guard y < total else { return false }
      return !self[x - quietZone, y - quietZone]
    }
    return stride(from: 0, to: total, by: 2).map { y in
      String(
        (0..<total).map { x -> Character in
          switch (light(x, y), light(x, y + 1)) {
          case (true, true): return "█"
          case (true, false): return "▀"
          case (false, true): return "▄"
          case (false, false): return " "
          }
        })
    }
  }

  /// The character rows `halfBlockLines` takes: half the module rows, rounded up.
  public func halfBlockRows(quietZone: Int = standardQuietZone) -> Int {
    (size + 2 * quietZone + 1) / 2
  }

  /// The code as SVG inside HTML (so no `xmlns`, and explicit end tags): black modules on a white
  /// square, quiet zone included, one unit a module, `pixels` wide when shown.
  public func svg(pixels: Int, label: String, quietZone: Int = standardQuietZone) -> String {
    let total = size + 2 * quietZone
    var path = ""
    for y in 0..<size {
      var x = 0
      while x < size {
        guard self[x, y] else {
          x += 1
          continue
        }
        // One rectangle per run of dark modules in a row.
        var run = 1
        while self[x + run, y] { run += 1 }
        path += "M\(x + quietZone) \(y + quietZone)h\(run)v1h-\(run)z"
        x += run
      }
    }
    return """
      <svg viewBox="0 0 \(total) \(total)" \
      width="\(pixels)" height="\(pixels)" shape-rendering="crispEdges" role="img" \
      aria-label="\(Self.attribute(label))"><rect width="\(total)" height="\(total)" fill="#fff"></rect>\
      <path fill="#000" d="\(path)"></path></svg>
      """
  }

  private static func attribute(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
