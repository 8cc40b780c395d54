// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "policy-wizard",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "policy-wizard", targets: ["policy-wizard"]),
    .library(name: "PolicyEngine", targets: ["PolicyEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    // The pure library: catalog model and loader, profile, evaluation, explanation.
    .target(
      name: "PolicyEngine",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // The default catalog, Data/catalog embedded into the binary (the folder is a symlink).
    .target(
      name: "DefaultCatalog",
      dependencies: ["PolicyEngine"],
      // The batch benchmark's input is read from the repository, not embedded.
      exclude: ["samples/enterprises-1000.csv"],
      resources: [
        .embedInCode("catalog"), .embedInCode("samples"), .embedInCode("compiled/catalog.bin"),
      ]
    ),
    // Reports handed to the enterprise: text, Markdown, self-contained HTML.
    .target(name: "Reports", dependencies: ["PolicyEngine"]),
    // Saved help-desk cases in SQLite, through GRDB.
    .target(
      name: "CaseStore",
      dependencies: ["PolicyEngine", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // Cells, display widths, screens and their diffs: no terminal I/O.
    .target(name: "ScreenKit"),
    // The wizard as a pure state machine rendering into a ScreenKit.Screen.
    .target(name: "WizardCore", dependencies: ["PolicyEngine", "ScreenKit"]),
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // The only code that touches curses.
    .target(name: "TerminalBackend", dependencies: ["CNcursesw", "ScreenKit"]),
    .executableTarget(
      name: "policy-wizard",
      dependencies: [
        "PolicyEngine", "DefaultCatalog", "WizardCore", "TerminalBackend", "ScreenKit", "Reports",
        "CaseStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "policy-bench",
      dependencies: ["PolicyEngine", "DefaultCatalog", "WizardCore", "ScreenKit", "TerminalBackend"]
    ),
    .testTarget(name: "PolicyEngineTests", dependencies: ["PolicyEngine", "DefaultCatalog"]),
    .testTarget(name: "ScreenKitTests", dependencies: ["ScreenKit"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports", "DefaultCatalog"]),
    .testTarget(name: "CaseStoreTests", dependencies: ["CaseStore", "DefaultCatalog"]),
    .testTarget(
      name: "WizardCoreTests", dependencies: ["WizardCore", "DefaultCatalog", "ScreenKit"],
      exclude: ["__Snapshots__"]),
    .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "ScreenKit"]),
    // Runs the built `policy-wizard`; depending on it makes `swift test` build it first.
    .testTarget(name: "EndToEndTests", dependencies: ["PolicyEngine", "policy-wizard"]),
  ]
)
