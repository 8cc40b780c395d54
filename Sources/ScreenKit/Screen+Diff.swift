extension Screen {
  /// The runs of cells that differ from `previous`, row by row, left to right, so that a
  /// backend sends only what changed. When the sizes differ every row is one whole change.
  public func diff(from previous: Screen) -> [CellChange] {
    guard previous.size == size else {
      return (0..<height).map { CellChange(x: 0, y: $0, cells: Array(row($0))) }
    }
    var changes: [CellChange] = []
    for y in 0..<height {
      let current = Array(row(y))
      let before = Array(previous.row(y))
      for columns in Self.changedRuns(current: current, before: before) {
        changes.append(CellChange(x: columns.lowerBound, y: y, cells: Array(current[columns])))
      }
    }
    return changes
  }

  /// Column ranges of changed cells in one row, widened to whole wide characters and merged.
  private static func changedRuns(current: [Cell], before: [Cell]) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var column = 0
    while column < current.count {
      guard current[column] != before[column] else {
        column += 1
        continue
      }
      var start = column
      while column < current.count && current[column] != before[column] { column += 1 }
      var end = column
      if current[start].isContinuation && start > 0 { start -= 1 }
      if current[end - 1].width == 2 && end < current.count { end += 1 }
      if let last = runs.last, last.upperBound >= start {
        runs[runs.count - 1] = last.lowerBound..<Swift.max(last.upperBound, end)
      } else {
        runs.append(start..<end)
      }
      column = Swift.max(column, end)
    }
    return runs
  }
}
