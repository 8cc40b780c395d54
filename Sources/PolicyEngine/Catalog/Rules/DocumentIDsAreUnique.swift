/// A document id is used by one file: benefits are named `document/article/benefit`, and
/// saved cases and reports cite documents by id.
enum DocumentIDsAreUnique: Rule {
  static func message(id: String) -> String {
    "document id '\(id)' is used by two files"
  }
}
