import Foundation
import Testing

/// `--version`, and the help of every subcommand: value names in capitals, one example.
@Suite struct CommandLineConventionsTests {
  static let subcommands: [[String]] = [
    ["wizard"], ["evaluate"], ["policies"], ["policies", "list"], ["policies", "show"],
    ["validate"],
    ["schema"], ["report"], ["cases"], ["cases", "list"], ["cases", "show"], ["cases", "export"],
    ["cases", "delete"], ["cases", "save"], ["compare"], ["test"],
  ]

  @Test func versionNamesTheProgramAndTheCatalogWithItsDate() throws {
    let result = try runPolicyWizard(["--version"])
    try #require(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(result)")
    #expect(lines.first?.hasPrefix("policy-wizard ") == true)
    let catalog = try #require(lines.last)
    #expect(
      catalog.range(of: #"^catalog [0-9a-f]+ \(\d{4}-\d{2}-\d{2}\)$"#, options: .regularExpression)
        != nil, "\(catalog)")
    // The same fingerprint the JSON of `evaluate` and saved cases carry, and the date the
    // reports show.
    let evaluate = try runPolicyWizard(
      ["evaluate", "-", "--format", "json"], stdin: "city: ordos\napplicant: enterprise")
    #expect(evaluate.stdout.contains(catalog.split(separator: " ")[1]), "\(evaluate)")
    let text = try runPolicyWizard(
      ["evaluate", "-", "--format", "text"], stdin: "city: ordos\napplicant: enterprise")
    let date = catalog.split(separator: "(").last?.dropLast() ?? ""
    #expect(text.stdout.contains("目录版本：\(date) 版"), "\(text)")
  }

  @Test(arguments: subcommands)
  func helpHasValueNamesAndAnExample(subcommand: [String]) throws {
    let result = try runPolicyWizard(subcommand + ["--help"])
    try #require(result.status == 0, "\(result)")
    let help = result.stdout
    #expect(
      help.contains("Example:\n  policy-wizard \(subcommand.joined(separator: " "))"), "\(help)")
    // Every <value> is named in capitals (<FILE>, <FORMAT>), never the property's name.
    let names = help.matches(of: /<([^>]+)>/).map { String($0.output.1) }
    // (`<subcommand>` is ArgumentParser's own word in a parent command's usage.)
    for name in names where name != "subcommand" {
      #expect(name == name.uppercased(), "<\(name)> in \(subcommand): \(help)")
    }
  }

  @Test func rootHelpDocumentsCompletionsAndAnASCIIAbstract() throws {
    let result = try runPolicyWizard(["--help"])
    try #require(result.status == 0, "\(result)")
    let overview = try #require(result.stdout.split(separator: "\n").first)
    let ascii = overview.allSatisfy { $0.isASCII }
    #expect(ascii, "the man page keeps only ASCII: \(overview)")
    #expect(result.stdout.contains("--generate-completion-script"))
    for shell in ["bash", "zsh", "fish"] {
      let script = try runPolicyWizard(["--generate-completion-script", shell])
      #expect(script.status == 0 && script.stdout.contains("policy-wizard"), "\(shell)")
    }
  }
}
