/// YAML tags (`!!str`, `!!binary`, `!custom`) are refused in every file: the reader takes every
/// value as text and reads its meaning from the key, so a tag would be dropped without a word
/// (`!!binary` text would be read as its base64 letters, `!!float 1e3` as "1e3"). The shipped
/// files use none. The reader refuses the first one it meets.
enum TagsAreNotUsed: Rule {
  static func message(_ tag: String, field: String) -> String {
    let shown = tag.count > 40 ? tag.prefix(40) + "…" : Substring(tag)
    return "\(field): YAML tags (\(shown)) are not allowed; write the value plainly, without a tag"
  }
}
