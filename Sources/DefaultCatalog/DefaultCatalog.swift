import PolicyEngine

/// The catalog shipped inside the binary: `Data/catalog`, embedded at build time, so that
/// `policy-wizard` works from any directory.
public enum DefaultCatalog {
  /// The embedded files, named as in `Data/catalog`.
  public static var sources: [CatalogSource] {
    EmbeddedFiles.all.map {
      CatalogSource(name: $0.name, text: String(decoding: $0.bytes, as: UTF8.self))
    }
  }

  /// The embedded catalog, loaded once. The test suite guarantees it loads without problems.
  public static let catalog: Catalog = {
    do {
      return try CatalogLoader.load(sources)
    } catch {
      fatalError(
        "the embedded catalog is invalid; run `policy-wizard validate Data/catalog`:\n\(error)")
    }
  }()

  /// The sample profiles of `Data/samples` (file name and text), for the demo and the tests.
  public static var sampleSources: [CatalogSource] {
    EmbeddedSamples.all.map {
      CatalogSource(name: $0.name, text: String(decoding: $0.bytes, as: UTF8.self))
    }
  }
}
