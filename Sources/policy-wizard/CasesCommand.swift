import ArgumentParser
import CaseStore
import Foundation
import PolicyEngine
import Reports
import ScreenKit

struct CasesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cases", abstract: "List, show, export and delete saved help-desk cases.",
    discussion: """
      Example:
        policy-wizard cases export 3 --format json -o profile.json
      """,
    subcommands: [
      List.self, Show.self, Export.self, Delete.self, Save.self, Stats.self, Purge.self,
    ],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the saved cases, newest first: id, date, name, total.",
      discussion: """
        Example:
          policy-wizard cases list --db /srv/policy-wizard/cases.sqlite
        """)
    @OptionGroup var storeOptions: CaseStoreOptions
    @Option(help: ArgumentHelp(CaseStoreOptions.configurationHelp, valueName: "FILE"))
    var config: String?
    @Option(
      help: ArgumentHelp("text: one line a case; json: one object a case.", valueName: "FORMAT"))
    var format: CaseListFormat = .text
    @OptionGroup var language: LanguageOption

    func run() throws {
      let language = language.forText()
      let store = try storeOptions.resolved(configurationPath: config)
      let listing = try store.reading { store throws(CaseStoreError) in try store.list() }
      switch format {
      case .json:
        printJSON(CaseListJSON.render(listing, store: store.location), terminator: "")
      case .text:
        guard !listing.cases.isEmpty || !listing.damaged.isEmpty else {
          print(CLIStrings.of(language).noCases(store.location.terminalSafe))
          return
        }
        for saved in listing.cases {
          let total = saved.savedTotals.map { CaseText.total($0, in: language) } ?? "?"
          print(
            "\(saved.id)  \(CaseText.date(saved.savedAt))  \(saved.enterpriseName.terminalSafe)  \(total)"
          )
        }
        for damaged in listing.damaged {
          print("\(damaged.id)  " + CLIStrings.of(language).damaged(damaged.problem.terminalSafe))
        }
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show a case and the text report of its profile evaluated now.",
      discussion: """
        Example:
          policy-wizard cases show 3
        """)
    @Argument(help: ArgumentHelp("The case's id, as `cases list` prints it.", valueName: "ID"))
    var id: String
    @OptionGroup var storeOptions: CaseStoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var consultantOptions: ConsultantOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      let language = language.forText()
      let catalog = try catalogOptions.load()
      let saved = try CaseLookup.find(
        id, in: storeOptions.resolved(configurationPath: consultantOptions.config))
      let report = try CaseText.reportNow(
        saved, catalog: catalog, consultant: consultantOptions.name(), language: language)
      print(CaseText.details(saved, catalog: catalog, in: language))
      print(ReportFormat.txt.render(report), terminator: "")
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract:
        "Write a case's profile (json) or the report of it evaluated now (txt, html, md).",
      discussion: """
        With --files, the HTML and the text report are written side by side as new files in \
        the reports directory (default: reports/ beside the database), named \
        DATE-ENTERPRISE.html/.txt; an earlier export is never overwritten (-2, -3 … are added). \
        The files are readable by the user only (0600, directory 0700).

        Example:
          policy-wizard cases export 3 --format html -o case-3.html
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, txt, html, md }

    @Argument(help: ArgumentHelp("The case's id, as `cases list` prints it.", valueName: "ID"))
    var id: String
    @Option(
      help: ArgumentHelp(
        "json: the profile, which `evaluate` reads; txt, html, md: the report in that format.",
        valueName: "FORMAT"))
    var format: Format = .json
    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?
    @Flag(help: "Write the HTML and text reports as new files in the reports directory.")
    var files = false
    @Option(
      name: .customLong("reports-dir"),
      help: ArgumentHelp(
        "With --files: the directory (default: reports/ beside the database).", valueName: "DIR"))
    var reportsDirectory: String?
    @OptionGroup var storeOptions: CaseStoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var consultantOptions: ConsultantOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
      if files && output != nil {
        throw CommandFailure.filesWithOutput()
      }
      if reportsDirectory != nil && !files {
        throw CommandFailure.reportsDirectoryWithoutFiles()
      }
    }

    func run() throws {
      let language = language.forText()
      let store = try storeOptions.resolved(configurationPath: consultantOptions.config)
      let saved = try CaseLookup.find(id, in: store)
      if files {
        let report = try CaseText.reportNow(
          saved, catalog: catalogOptions.load(), consultant: consultantOptions.name(),
          language: language)
        for path in try CaseText.writeFiles(report, for: saved, in: directory(store)) {
          print(CLIStrings.of(language).written(path))
        }
        return
      }
      let text: String
      switch format {
      case .json: text = saved.profileJSON + "\n"
      case .txt, .html, .md:
        let report = try CaseText.reportNow(
          saved, catalog: catalogOptions.load(), consultant: consultantOptions.name(),
          language: language)
        text = (ReportFormat(rawValue: format.rawValue) ?? .txt).render(report)
      }
      guard let output else {
        switch format {
        case .json: printJSON(text, terminator: "")
        case .txt, .html, .md: print(text, terminator: "")
        }
        return
      }
      try OutputFile.write(text, to: output)
    }

    /// Where --files writes: --reports-dir, else `reports/` beside the database (as the wizard).
    private func directory(_ store: ResolvedCaseStore) -> String {
      reportsDirectory ?? store.reportDirectory
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
    @Option(help: ArgumentHelp(CaseStoreOptions.configurationHelp, valueName: "FILE"))
    var config: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
      let language = language.forText()
      let store = try storeOptions.resolved(configurationPath: config)
      let saved = try CaseLookup.find(id, in: store)
      do {
        try store.opened().delete(id: saved.id)
      } catch let error as CaseStoreError {
        throw store.failure(error)
      }
      print(CLIStrings.of(language).deleted(saved.id, saved.enterpriseName.terminalSafe))
    }
  }

  struct Save: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "save",
      abstract: "Save profiles as new cases, with what each gets now; prints each case's id.",
      discussion: """
        Each case is named by --name or else by the profile's enterpriseName. Every profile is \
        read before any is saved, so a bad file saves nothing. A save is idempotent: the same \
        command run again the same day (same profiles in the same order, name, contact and \
        note) updates the cases it saved instead of adding new ones, so a save retried after it was killed does not \
        duplicate the case; --request-id gives the key explicitly (a script's own id for the \
        save, e.g. a UUID), which makes a retry on another day safe too.

        Example:
          policy-wizard cases save Data/samples/1-hohhot-dairy-tech.json --name "Example Dairy"
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
    @Option(
      name: .customLong("request-id"),
      help: ArgumentHelp(
        "The save's idempotency key: saving again with the same key updates that case (default: derived from the profile, name, contact, note and day).",
        valueName: "KEY"))
    var requestID: String?
    @OptionGroup var storeOptions: CaseStoreOptions
    @Option(help: ArgumentHelp(CaseStoreOptions.configurationHelp, valueName: "FILE"))
    var config: String?
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      guard !profiles.isEmpty else {
        throw CommandFailure(.usage, \.saveNeedsProfile)
      }
      if name != nil, profiles.count > 1 {
        throw CommandFailure(.usage, \.nameIsForOneCase)
      }
      if let requestID, profiles.count > 1 || requestID.isEmpty {
        throw CommandFailure(.usage) {
          requestID.isEmpty ? $0.requestIDEmpty : $0.requestIDIsForOneCase
        }
      }
      let catalog = try catalogOptions.load()
      let drafts = try profiles.map { path in
        let profile = try ProfileInput.read(path, catalog: catalog)
        let name = (name ?? profile.enterpriseName ?? "").trimmingCharacters(
          in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
          throw CommandFailure(.dataError) { $0.unnamed(path == "-" ? $0.standardInput : path) }
        }
        return CaseDraft(
          enterpriseName: name, contact: contact, note: note, profile: profile, catalog: catalog)
      }
      let resolved = try storeOptions.resolved(configurationPath: config)
      let store = try resolved.opened()
      let day = CalendarDay.today()
      // One transaction per case: a failure part-way keeps the cases already printed.
      for (position, draft) in drafts.enumerated() {
        let key = requestID ?? SaveRequestID.derived(from: draft, position: position, day: day)
        do {
          print(try store.save(draft, requestID: key).id)
        } catch {
          throw resolved.failure(error)
        }
      }
    }
  }
}

/// Finds the case an id argument names, or says how to find the right id.
enum CaseLookup {
  static func find(_ argument: String, in store: ResolvedCaseStore) throws -> SavedCase {
    guard let id = Int64(argument), id > 0 else {
      throw CommandFailure(.usage) { $0.notACaseID(argument.terminalSafe, store.listCommand) }
    }
    guard let saved = try store.reading({ store throws(CaseStoreError) in try store.case(id: id) })
    else {
      throw CommandFailure(.notFound) {
        $0.noSuchCase(id, store.location.terminalSafe, store.listCommand)
      }
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
  static func total(_ totals: Totals) -> String { total(totals, in: .chinese) }

  static func total(_ totals: Totals, in language: Language) -> String {
    EngineText.of(language).sum(MoneyRange(min: totals.min, max: totals.max))
  }

  /// Who and when, what the case was told when saved, and whether the catalog has changed
  /// since, one line each.
  static func details(_ saved: SavedCase, catalog: Catalog, in language: Language) -> String {
    let words = CLIStrings.of(language)
    var lines = [words.caseHeading(saved.id, saved.enterpriseName.terminalSafe)]
    if let contact = saved.contact {
      lines.append(words.labelled(words.contact, contact.terminalSafe))
    }
    if let note = saved.note {
      let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false)
      if noteLines.count == 1 {
        lines.append(words.labelled(words.note, note))
      } else {
        lines.append(words.labelled(words.note, ""))
        lines += noteLines.map { "  \($0)" }
      }
    }
    let updated = saved.updatedAt == saved.savedAt ? nil : date(saved.updatedAt)
    lines.append(words.saved(date(saved.savedAt), updated))
    let total = saved.savedTotals.map { Self.total($0, in: language) } ?? "?"
    lines.append(words.totalWhenSaved(total, saved.catalogVersion))
    if saved.catalogVersion != catalog.version {
      lines.append(words.catalogChanged(saved.catalogVersion, catalog.version))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report of the saved profile evaluated today with `catalog`, for the case's
  /// enterprise: its name, number and contact, and the consultant.
  static func reportNow(
    _ saved: SavedCase, catalog: Catalog, consultant: String?, language: Language
  ) throws -> EnterpriseReport {
    let profile: Profile
    do {
      profile = try saved.profile(in: catalog)
    } catch {
      throw CommandFailure(.dataError) {
        $0.profileDoesNotFit(saved.id, catalog.version, error.description)
      }
    }
    let result = Evaluator(catalog: catalog).evaluate(profile)
    let recipient = ReportRecipient(
      enterpriseName: saved.enterpriseName, caseNumber: saved.id, contact: saved.contact,
      consultant: consultant)
    return EnterpriseReport(
      catalog: catalog, profile: profile, result: result, language: language,
      recipient: recipient)
  }

  /// Writes the HTML and text reports as new files (`DATE-NAME.html`, `-2` … when taken).
  static func writeFiles(_ report: EnterpriseReport, for saved: SavedCase, in directory: String)
    throws -> [String]
  {
    let stamp = ISO8601DateFormatter.string(
      from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    do {
      return try ReportFiles.writeNew(
        [
          ("html", Data(ReportFormat.html.render(report).utf8)),
          ("txt", Data(ReportFormat.txt.render(report).utf8)),
        ], in: directory, stem: "\(stamp)-\(ExportFileName.sanitized(saved.enterpriseName))")
    } catch {
      throw CommandFailure(.cannotWrite) { $0.cannotWrite(error.path.terminalSafe, error.reason) }
    }
  }
}

/// The idempotency key `cases save` gives a save when `--request-id` does not: the same
/// command run again the same day gives the same keys (the profile's place among the command's
/// arguments is part of it, so `cases save a.json a.json` still saves two cases).
enum SaveRequestID {
  static func derived(from draft: CaseDraft, position: Int, day: CalendarDay) -> String {
    let fields = [
      String(position), draft.enterpriseName, draft.contact ?? "", draft.note ?? "",
      draft.profileJSON,
    ]
    // FNV-1a, 64 bits, over the fields with a NUL between them (no field holds one).
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in fields.joined(separator: "\u{0}").utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let date = String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
    let digest = String(hash, radix: 16)
    return "cli-\(date)-\(String(repeating: "0", count: 16 - digest.count))\(digest)"
  }
}
