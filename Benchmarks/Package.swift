// swift-tools-version: 6.3
// The benchmarks (ordo-one/benchmark): a package of their own, because package-benchmark
// 1.38.1 needs swift-tools 6.3 and the MallocInterposer trait, and its six dependencies would
// otherwise be built by every `swift test` of the main package (tools 6.0).
//
//   swift package --package-path Benchmarks benchmark
import PackageDescription

let package = Package(
  name: "PolicyBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "policy-wizard", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
      traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "PolicyBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PolicyEngine", package: "policy-wizard"),
      ],
      path: "Benchmarks/PolicyBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
