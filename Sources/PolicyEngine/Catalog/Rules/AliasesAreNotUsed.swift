/// YAML anchors (`&name`) and aliases (`*name`) are refused in every file: profiles, catalog
/// files and the configuration. The shipped catalog uses none, and an alias is how a few hundred
/// bytes expand into gigabytes ("billion laughs"). The reader refuses the first one it meets,
/// before anything is expanded.
enum AliasesAreNotUsed: Rule {
  static func aliasMessage(_ name: String, field: String) -> String {
    "\(field): aliases (*\(name)) are not allowed; write the value out in full"
  }

  static func anchorMessage(_ name: String, field: String) -> String {
    "\(field): anchors (&\(name)) and aliases are not allowed; write each value out in full"
  }
}
