/// A key the format requires is there: a document's `id`, `title`, `city` and `status`, an
/// article's `text` and `title`, a benefit's `id`, `title` and `kind`, a filter's `list`. The problem is
/// placed at the mapping that lacks it (or the null written in its place).
enum RequiredValuesArePresent: Rule {
  static func message(_ what: String) -> String { "\(what) is missing" }
}
