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
  ///
  /// Read from the compiled form (`compiled/catalog.bin`, see `CompiledCatalog`) when it was
  /// made from exactly the embedded YAML; otherwise, as after an edit of `Data/catalog` before
  /// `scripts/compile-catalog.sh`, from the YAML itself: slower, never stale.
  public static let catalog: Catalog = {
    if isCompiledCurrent, let catalog = try? CompiledCatalog.decode(compiledBytes) {
      return catalog
    }
    return yamlCatalog
  }()

  /// The embedded YAML, parsed and checked at run time: what the compiled form must equal.
  public static var yamlCatalog: Catalog {
    do {
      return try CatalogLoader.load(sources)
    } catch {
      fatalError(
        "the embedded catalog is invalid; run `policy-wizard validate Data/catalog`:\n\(error)")
    }
  }

  /// The compiled catalog as embedded (empty before the first `scripts/compile-catalog.sh`).
  public static var compiledBytes: [UInt8] { PackageResources.catalog_bin }

  /// The hash of the embedded YAML, as `CompiledCatalog` stamps a compiled form.
  public static var sourceHash: UInt64 { CompiledCatalog.sourceHash(EmbeddedFiles.all) }

  /// Whether the compiled form was made from the embedded YAML.
  public static var isCompiledCurrent: Bool {
    CompiledCatalog.sourceHash(of: compiledBytes) == sourceHash
  }

  /// The sample profiles of `Data/samples` (file name and text), for the demo and the tests.
  public static var sampleSources: [CatalogSource] {
    EmbeddedSamples.all.map {
      CatalogSource(name: $0.name, text: String(decoding: $0.bytes, as: UTF8.self))
    }
  }
}
