/// No value is nested more than `maximumDepth` levels deep. The deepest catalog value (a
/// comparison inside a filter inside `any` inside `when`) is about a dozen levels; the bound
/// keeps a hostile file from exhausting the stack or libyaml's own limit.
enum NestingIsShallow: Rule {
  static let maximumDepth = 64

  static func message(field: String) -> String {
    "\(field): nested more than \(maximumDepth) levels deep; lists and mappings may nest at most \(maximumDepth) levels"
  }
}
