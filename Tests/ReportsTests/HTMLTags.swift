/// A small reader of the tags in the HTML the report writes: enough to check that they nest
/// and that no tag comes from data. Not an HTML parser; the report's HTML is simple on purpose.
struct HTMLTags {
  struct Tag: Equatable {
    var name: String
    var closing: Bool
  }

  /// Elements that have no end tag.
  static let void: Set<String> = ["meta", "br", "col", "hr", "img", "link", "input"]

  var tags: [Tag] = []
  /// Problems found while reading: a `<` that starts no tag, a tag never closed.
  var problems: [String] = []

  init(_ html: String) {
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: ">") else {
        problems.append("a '<' with no '>'")
        break
      }
      let inside = after[..<close]
      rest = after[after.index(after: close)...]
      if inside.hasPrefix("!DOCTYPE") { continue }
      let closing = inside.hasPrefix("/")
      let name = inside.dropFirst(closing ? 1 : 0).prefix { $0.isLetter || $0.isNumber }
      guard !name.isEmpty, name == name.lowercased() else {
        problems.append("'<\(inside.prefix(20))' is not a tag")
        continue
      }
      tags.append(Tag(name: String(name), closing: closing))
    }
  }

  /// Each end tag closing the element opened last; every element closed at the end.
  var nestingProblems: [String] {
    var open: [String] = []
    var found: [String] = []
    for tag in tags where !Self.void.contains(tag.name) {
      if !tag.closing {
        open.append(tag.name)
      } else if open.last == tag.name {
        open.removeLast()
      } else {
        found.append("</\(tag.name)> closes <\(open.last ?? "nothing")>")
      }
    }
    return found + open.map { "<\($0)> is never closed" }
  }

  var names: Set<String> { Set(tags.map(\.name)) }

  func count(_ name: String) -> Int { tags.filter { $0.name == name && !$0.closing }.count }
}
