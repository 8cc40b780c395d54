// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "policy-wizard",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "policy-wizard", targets: ["policy-wizard"]),
    // The HTTP API, a program of its own so that the wizard's start-up never loads NIO;
    // `policy-wizard serve` runs it from beside itself.
    .executable(name: "policy-wizard-server", targets: ["policy-wizard-server"]),
    // The hall's PostgreSQL store, a program of its own for the same reason; the wizard starts
    // it from beside itself when a postgresql:// store is opened.
    .executable(name: "policy-wizard-store", targets: ["policy-wizard-store"]),
    .library(name: "PolicyEngine", targets: ["PolicyEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    // The HTTP API (policy-wizard-server). No default traits: swift-configuration is not used.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio", "2.101.2"..<"2.102.0"),
  ],
  targets: [
    // The pure library: catalog model and loader, profile, evaluation, explanation. YAML is
    // read from libyaml's events (Yams' CYaml module), so that aliases are refused unexpanded.
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
    .target(name: "Reports", dependencies: ["PolicyEngine", "ScreenKit", "TakeHome"]),
    // Saved help-desk cases in SQLite, through GRDB.
    .target(
      name: "CaseStore",
      dependencies: ["PolicyEngine", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // The service hall's shared store: cases and hand-offs in a PostgreSQL server, through
    // postgres-nio; apart so that NIO reaches only the targets that open a server.
    .target(
      name: "CaseStorePostgreSQL",
      dependencies: [
        "CaseStore",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
    // The PostgreSQL store in `policy-wizard-store`, talked to over a socket: the wizard's side
    // (OutOfProcessCaseStore), the helper's (StoreHelperService) and their messages. No NIO.
    .target(name: "CaseStoreHelper", dependencies: ["CaseStore", "ProcessRunner"]),
    .executableTarget(
      name: "policy-wizard-store",
      dependencies: ["CaseStore", "CaseStoreHelper", "CaseStorePostgreSQL"]
    ),
    // Cells, display widths, screens and their diffs: no terminal I/O.
    .target(name: "ScreenKit"),
    // The wizard as a pure state machine rendering into a ScreenKit.Screen.
    // Reports: the kiosk prints the one enterprise text report.
    .target(
      name: "WizardCore", dependencies: ["PolicyEngine", "ScreenKit", "Reports", "TakeHome"]),
    // The take-home QR code: the result's summary text and its code, drawn as text and SVG.
    .target(name: "TakeHome", dependencies: ["PolicyEngine", "CQRencode"]),
    .systemLibrary(
      name: "CQRencode",
      pkgConfig: "libqrencode",
      providers: [.apt(["libqrencode-dev"])]
    ),
    // The run loop: a wizard, a terminal behind a small protocol, effects carried out.
    .target(name: "WizardRuntime", dependencies: ["WizardCore", "ScreenKit"]),
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // The only code that touches curses.
    .target(name: "TerminalBackend", dependencies: ["CNcursesw", "ScreenKit"]),
    // The one way to start another program: the kiosk's print command, and every test's.
    .target(name: "ProcessRunner"),
    .executableTarget(
      name: "policy-wizard",
      dependencies: [
        "PolicyEngine", "DefaultCatalog", "WizardCore", "WizardRuntime", "TerminalBackend",
        "ScreenKit", "Reports", "CaseStore", "TakeHome", "ProcessRunner", "CaseStoreHelper",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The HTTP API's routes, problem details, limits, access log and metrics (issue 19).
    .target(
      name: "PolicyServer",
      dependencies: [
        "PolicyEngine", "DefaultCatalog", "ScreenKit",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Prometheus", package: "swift-prometheus"),
        .product(name: "Logging", package: "swift-log"),
      ],
      resources: [.embedInCode("openapi.yaml")]
    ),
    .executableTarget(
      name: "policy-wizard-server",
      dependencies: [
        "PolicyServer", "DefaultCatalog", "PolicyEngine",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        "CGlobalExecutorHook",
      ]
    ),
    // The server's Swift concurrency jobs on NIO's event loops (policy-wizard-server).
    .target(name: "CGlobalExecutorHook"),
    .executableTarget(
      name: "policy-bench",
      dependencies: [
        "PolicyEngine", "DefaultCatalog", "WizardCore", "ScreenKit", "TerminalBackend",
      ]
    ),
    .testTarget(
      name: "PolicyEngineTests",
      dependencies: [
        "PolicyEngine", "DefaultCatalog", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["FuzzCorpus"]),
    .testTarget(name: "ScreenKitTests", dependencies: ["ScreenKit"]),
    // Routes on a loopback port in the test process, and the built server against `evaluate`.
    .testTarget(
      name: "PolicyServerTests",
      dependencies: [
        "PolicyServer", "PolicyEngine", "DefaultCatalog", "ScreenKit", "policy-wizard",
        "policy-wizard-server", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // Counts the allocations of the calling thread; linked only into the test executable,
    // where its malloc takes the C library's place (EvaluationAllocationTests).
    .target(name: "MallocCounting", path: "Tests/MallocCounting"),
    // What several test targets share: whole-token matching of figures, the sqlite3 command.
    .target(
      name: "TestSupport", dependencies: ["ProcessRunner", "PolicyEngine"],
      path: "Tests/TestSupport"),
    .testTarget(
      name: "EvaluationAllocationTests",
      dependencies: ["PolicyEngine", "DefaultCatalog", "MallocCounting"]),
    .testTarget(
      name: "TakeHomeTests",
      dependencies: ["TakeHome", "DefaultCatalog", "PolicyEngine", "ProcessRunner"]),
    .testTarget(
      name: "ReportsTests",
      dependencies: ["Reports", "DefaultCatalog", "TakeHome", "ProcessRunner", "TestSupport"]),
    .testTarget(
      name: "CaseStoreTests",
      dependencies: [
        "CaseStore", "CaseStorePostgreSQL", "DefaultCatalog", "TestSupport", "ProcessRunner",
        "CaseStoreHelper", "policy-wizard-store", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "WizardCoreTests",
      dependencies: [
        "WizardCore", "WizardRuntime", "DefaultCatalog", "ScreenKit", "Reports", "TestSupport",
      ],
      exclude: ["__Snapshots__", "Transcripts"]),
    .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "ScreenKit"]),
    // Runs the built `policy-wizard`; depending on it makes `swift test` build it first.
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "PolicyEngine", "policy-wizard", "DefaultCatalog", "Reports", "WizardCore", "ScreenKit",
        "TakeHome", "ProcessRunner", "TestSupport", "policy-wizard-store",
      ]),
  ]
)
