/// The sample enterprises of `Data/samples` as SwiftPM embeds them, in play order. A new sample
/// is added here too; a test fails when this list and the directory differ.
enum EmbeddedSamples {
  static let all: [(name: String, bytes: [UInt8])] = [
    ("1-hohhot-dairy-tech.json", PackageResources.__hohhot_dairy_tech_json),
    ("2-ordos-new-materials.json", PackageResources.__ordos_new_materials_json),
    ("3-hulunbuir-agriculture.json", PackageResources.__hulunbuir_agriculture_json),
    ("4-baotou-region-only.json", PackageResources.__baotou_region_only_json),
    ("5-hohhot-university.json", PackageResources.__hohhot_university_json),
  ]
}
