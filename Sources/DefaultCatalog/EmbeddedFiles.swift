/// The files of `Data/catalog` as SwiftPM embeds them. A new catalog file is added here too;
/// a test fails when this list and the directory differ.
enum EmbeddedFiles {
  static let all: [(name: String, bytes: [UInt8])] = [
    ("facts.yaml", PackageResources.facts_yaml),
    ("hohhot-2023.yaml", PackageResources.hohhot_2023_yaml),
    ("hohhot-2024-draft.yaml", PackageResources.hohhot_2024_draft_yaml),
    ("hulunbuir-draft.yaml", PackageResources.hulunbuir_draft_yaml),
    ("ordos-2024.yaml", PackageResources.ordos_2024_yaml),
    ("region-2026.yaml", PackageResources.region_2026_yaml),
  ]
}
