import ArgumentParser
import CaseStore
import Foundation
import PolicyEngine

struct CasesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cases", abstract: "List, show, export and delete saved help-desk cases.",
    discussion: """
      Example:
        policy-wizard cases export 3 --format json -o profile.json
      """,
    subcommands: [List.self, Show.self, Export.self, Delete.self, Save.self],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the saved cases, newest first: id, date, name, total.",
      discussion: """
        Example:
          policy-wizard cases list --db /srv/policy-wizard/cases.sqlite
        """)
    @OptionGroup var storeOptions: CaseStoreOptions

    func run() throws {
      let cases = try storeOptions.openExisting()?.list() ?? []
      guard !cases.isEmpty else {
        print("No saved cases in \(storeOptions.path).")
        return
      }
      for saved in cases {
        let total = saved.savedTotals.map(CaseText.total) ?? "?"
        print("\(saved.id)  \(CaseText.date(saved.savedAt))  \(saved.enterpriseName)  \(total)")
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show a case and the report of its profile evaluated now.",
      discussion: """
        Example:
          policy-wizard cases show 3
        """)
    @Argument(help: ArgumentHelp("The case's id, as `cases list` prints it.", valueName: "ID"))
    var id: String
    @OptionGroup var storeOptions: CaseStoreOptions
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
      let catalog = try catalogOptions.load()
      let saved = try CaseLookup.find(id, options: storeOptions)
      print(CaseText.details(saved, catalog: catalog))
      print(try CaseText.reportNow(saved, catalog: catalog), terminator: "")
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write a case's profile (json) or the report of it evaluated now (txt).",
      discussion: """
        Example:
          policy-wizard cases export 3 --format txt -o case-3.txt
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, txt }

    @Argument(help: ArgumentHelp("The case's id, as `cases list` prints it.", valueName: "ID"))
    var id: String
    @Option(
      help: ArgumentHelp(
        "json: the profile, which `evaluate` reads; txt: the text report.", valueName: "FORMAT"))
    var format: Format = .json
    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?
    @OptionGroup var storeOptions: CaseStoreOptions
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
      let saved = try CaseLookup.find(id, options: storeOptions)
      let text: String
      switch format {
      case .json: text = saved.profileJSON + "\n"
      case .txt: text = try CaseText.reportNow(saved, catalog: catalogOptions.load())
      }
      guard let output else {
        print(text, terminator: "")
        return
      }
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CommandFailure("cannot write \(output): \(error.localizedDescription)")
      }
    }
  }

  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "delete", abstract: "Delete a saved case.",
      discussion: """
        Example:
          policy-wizard cases delete 3
        """)
    @Argument(help: ArgumentHelp("The case's id, as `cases list` prints it.", valueName: "ID"))
    var id: String
    @OptionGroup var storeOptions: CaseStoreOptions

    func run() throws {
      let saved = try CaseLookup.find(id, options: storeOptions)
      try storeOptions.open().delete(id: saved.id)
      print("Deleted case \(saved.id) (\(saved.enterpriseName)).")
    }
  }

  struct Save: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "save",
      abstract: "Save profiles as new cases, with what each gets now; prints each case's id.",
      discussion: """
        Each case is named by --name or else by the profile's enterpriseName. Every profile is \
        read before any is saved, so a bad file saves nothing.

        Example:
          policy-wizard cases save Data/samples/1-hohhot-dairy-tech.json --name 某乳业科技公司
        """)
    @Argument(
      help: ArgumentHelp(
        "The profile files (JSON or YAML), or - for standard input.", valueName: "PROFILE"))
    var profiles: [String] = []
    @Option(
      help: ArgumentHelp(
        "The enterprise's name (default: the profile's enterpriseName).", valueName: "NAME"))
    var name: String?
    @Option(help: ArgumentHelp("Who to contact at the enterprise.", valueName: "CONTACT"))
    var contact: String?
    @Option(help: ArgumentHelp("The consultant's note.", valueName: "TEXT")) var note: String?
    @OptionGroup var storeOptions: CaseStoreOptions
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
      guard !profiles.isEmpty else {
        throw CommandFailure(
          "give the profile file to save, e.g. `policy-wizard cases save profile.json --name NAME`")
      }
      if name != nil, profiles.count > 1 {
        throw CommandFailure(
          "--name names one case; with several profiles each takes its enterpriseName")
      }
      let catalog = try catalogOptions.load()
      let drafts = try profiles.map { path in
        let profile = try ProfileInput.read(path, catalog: catalog)
        let name = (name ?? profile.enterpriseName ?? "").trimmingCharacters(
          in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
          throw CommandFailure(
            "\(path == "-" ? "standard input" : path) has no enterpriseName; give the enterprise's name with --name"
          )
        }
        return CaseDraft(
          enterpriseName: name, contact: contact, note: note, profile: profile, catalog: catalog)
      }
      let store = try storeOptions.open()
      // One transaction per case: a failure part-way keeps the cases already printed.
      for draft in drafts { print(try store.save(draft).id) }
    }
  }
}

/// Finds the case an id argument names, or says how to find the right id.
enum CaseLookup {
  static func find(_ argument: String, options: CaseStoreOptions) throws -> SavedCase {
    guard let id = Int64(argument), id > 0 else {
      throw CommandFailure(
        "'\(argument)' is not a case id; ids are the numbers `\(options.listCommand)` prints first")
    }
    guard let saved = try options.openExisting()?.case(id: id) else {
      throw CommandFailure(
        "there is no case \(id) in \(options.path); `\(options.listCommand)` shows the saved cases and their ids"
      )
    }
    return saved
  }
}

/// How the `cases` commands write a case for a person to read.
enum CaseText {
  static func date(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }

  /// The wording of `TextReport.totals`, which needs a catalog that listing cases does not.
  static func total(_ totals: Totals) -> String {
    EngineText.chinese.sum(MoneyRange(min: totals.min, max: totals.max))
  }

  /// Who and when, what the case was told when saved, and whether the catalog has changed
  /// since, one line each.
  static func details(_ saved: SavedCase, catalog: Catalog) -> String {
    var lines = ["Case \(saved.id): \(saved.enterpriseName)"]
    if let contact = saved.contact { lines.append("Contact: \(contact)") }
    if let note = saved.note {
      let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false)
      if noteLines.count == 1 {
        lines.append("Note: \(note)")
      } else {
        lines.append("Note:")
        lines += noteLines.map { "  \($0)" }
      }
    }
    let updated =
      saved.updatedAt == saved.savedAt ? "" : " (updated \(date(saved.updatedAt)))"
    lines.append("Saved: \(date(saved.savedAt))\(updated)")
    let total = saved.savedTotals.map(total) ?? "?"
    lines.append("Total when saved: \(total) (catalog \(saved.catalogVersion))")
    if saved.catalogVersion != catalog.version {
      lines.append("saved with catalog \(saved.catalogVersion), now \(catalog.version)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The text report of the saved profile evaluated today with `catalog`.
  static func reportNow(_ saved: SavedCase, catalog: Catalog) throws -> String {
    let profile: Profile
    do {
      profile = try saved.profile(in: catalog)
    } catch {
      throw CommandFailure(
        "case \(saved.id)'s profile does not fit catalog \(catalog.version): \(error.description); `policy-wizard cases export \(saved.id)` writes it out to correct"
      )
    }
    let result = Evaluator(catalog: catalog).evaluate(profile)
    return TextReport(explainer: Explainer(catalog: catalog)).render(result, profile: profile)
  }
}
