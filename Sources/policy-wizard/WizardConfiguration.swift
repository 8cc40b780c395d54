import Foundation
import PolicyEngine
import WizardCore

/// Settings read from `config.yaml` (`$XDG_CONFIG_HOME/policy-wizard/config.yaml`, or `--config`):
/// the self-service terminal's timings, operator PIN and printer, the demo's pace, the case database,
/// the language.
struct WizardConfiguration {
  /// `language: zh|en`: the wizard's language whatever the environment (a kiosk pins its
  /// own); `--lang` still wins. Nil: the environment decides.
  var language: Language?
  var idleSeconds = 120
  var countdownSeconds = 15
  /// Seconds without input on the result screen before the countdown.
  var resultIdleSeconds = 20
  var operatorPIN: String?
  /// Where failed operator PINs are recorded (`OperatorLog`); nil: nowhere.
  var operatorLog: String?
  var printCommand: String?
  /// `kiosk.printTimeoutSeconds`: how long a print may take before its command (and all it
  /// started) is killed and the visitor told.
  var printTimeoutSeconds = 30
  /// `kiosk.handOffExpiry`: how long a kiosk's hand-off code lasts.
  var handOffExpiry = WizardConfiguration.defaultHandOffExpiry
  var demoKeyMilliseconds = 350
  var demoHoldMilliseconds = 8000
  /// `cases.database`: an SQLite file or a `postgresql://` URL (`CaseStoreResolution`).
  var caseDatabase: String?
  /// `cases.passwordFile`: the server's password, when the URL and `PGPASSWORD` give none.
  var casePasswordFile: String?
  /// `cases.keepDays`: `cases purge` without `--older-than` deletes cases older than this.
  var caseKeepDays: Int?
  /// `helpDesk.desk`: recorded in every case this desk saves (default: the host name).
  var desk: String?
  /// `helpDesk.consultant`: the name printed on the help desk's reports as 咨询顾问.
  var consultant: String?
  /// `helpDesk.touchKeypad: true`: a help desk on a touch screen shows the on-screen keypad on
  /// money and count fields, as a kiosk always does.
  var touchKeypad = false
  /// `accessible: true`: the wizard starts in the plain mode (lines on standard input and
  /// output, for a screen reader), as `--plain` and `ACCESSIBLE=1` do.
  var accessible = false

  static var defaultPath: String {
    let environment = ProcessInfo.processInfo.environment
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() as NSString).appendingPathComponent(".config")
    return (base as NSString).appendingPathComponent("policy-wizard/config.yaml")
  }

  /// Reads the file; a missing default file means defaults, a missing named file is an error.
  static func load(path: String?) throws -> WizardConfiguration {
    let file = path ?? defaultPath
    guard let data = FileManager.default.contents(atPath: file) else {
      if path != nil {
        let exists = FileManager.default.fileExists(atPath: file)
        throw CommandFailure.cannotReadConfiguration(file, exists: exists)
      }
      return WizardConfiguration()
    }
    let text = String(decoding: data, as: UTF8.self)
    let root: DataNode
    do {
      root = try DataNodeParser.parse(text, file: file)
    } catch {
      throw CommandFailure.configurationUnreadable(error)
    }
    try checkKeys(root, file: file, text: text)
    var configuration = WizardConfiguration()
    func number(_ node: DataNode?, _ name: String) throws -> Int? {
      guard let node, !node.isNull else { return nil }
      guard let text = node.scalarText, let value = Int(text), value > 0, value <= 604_800_000
      else {
        throw CommandFailure.notAPositiveNumber(name, at: "\(file):\(node.line)")
      }
      return value
    }
    if let kiosk = root["kiosk"] {
      configuration.idleSeconds =
        try number(kiosk["idleSeconds"], "kiosk.idleSeconds") ?? configuration.idleSeconds
      configuration.countdownSeconds =
        try number(kiosk["countdownSeconds"], "kiosk.countdownSeconds")
        ?? configuration.countdownSeconds
      configuration.resultIdleSeconds =
        try number(kiosk["resultIdleSeconds"], "kiosk.resultIdleSeconds")
        ?? configuration.resultIdleSeconds
      if let node = kiosk["operatorPIN"] {
        configuration.operatorPIN = try operatorPIN(node, file: file)
      }
      configuration.operatorLog = kiosk["operatorLog"]?.scalarText.flatMap {
        $0.isEmpty ? nil : $0
      }
      configuration.printCommand = kiosk["printCommand"]?.scalarText
      configuration.printTimeoutSeconds =
        try number(kiosk["printTimeoutSeconds"], "kiosk.printTimeoutSeconds")
        ?? configuration.printTimeoutSeconds
      if let node = kiosk["handOffExpiry"], !node.isNull {
        configuration.handOffExpiry = try handOffExpiry(node, file: file)
      }
    }
    if let demo = root["demo"] {
      configuration.demoKeyMilliseconds =
        try number(demo["keyMilliseconds"], "demo.keyMilliseconds")
        ?? configuration.demoKeyMilliseconds
      configuration.demoHoldMilliseconds =
        try number(demo["holdMilliseconds"], "demo.holdMilliseconds")
        ?? configuration.demoHoldMilliseconds
    }
    if let node = root["language"], !node.isNull {
      guard let code = node.scalarText, let language = Language(code: code) else {
        let place = "\(file):\(line(of: "language", in: text, fallback: node.line))"
        throw CommandFailure.badLanguage(at: place)
      }
      configuration.language = language
    }
    if let node = root["accessible"], !node.isNull {
      guard let written = node.scalarText, let value = Bool(written) else {
        let place = "\(file):\(line(of: "accessible", in: text, fallback: node.line))"
        throw CommandFailure.badAccessible(at: place)
      }
      configuration.accessible = value
    }
    configuration.caseDatabase = root["cases"]?["database"]?.scalarText
    configuration.casePasswordFile = root["cases"]?["passwordFile"]?.scalarText
    configuration.caseKeepDays = try number(root["cases"]?["keepDays"], "cases.keepDays")
    configuration.desk = root["helpDesk"]?["desk"]?.scalarText.flatMap {
      $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0
    }
    configuration.consultant = root["helpDesk"]?["consultant"]?.scalarText.flatMap {
      $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0
    }
    if let node = root["helpDesk"]?["touchKeypad"], !node.isNull {
      guard let written = node.scalarText, let value = Bool(written) else {
        throw CommandFailure.badTouchKeypad(at: "\(file):\(node.line)")
      }
      configuration.touchKeypad = value
    }
    return configuration
  }

  /// The keys the file may have, by section: a misspelt key (`idelSeconds`) would otherwise be
  /// silently ignored and the kiosk run with a default the operator did not choose.
  static let knownKeys: [String: Set<String>] = [
    "kiosk": [
      "idleSeconds", "countdownSeconds", "resultIdleSeconds", "operatorPIN", "operatorLog",
      "printCommand", "printTimeoutSeconds", "handOffExpiry",
    ],
    "demo": ["keyMilliseconds", "holdMilliseconds"],
    "cases": ["database", "passwordFile", "keepDays"],
    "helpDesk": ["consultant", "desk", "touchKeypad"],
  ]
  /// Keys of the file's top level that hold a value rather than a section.
  static let topLevelKeys: Set<String> = ["language", "accessible"]

  /// The line of a top-level key as written (a value's own position is where the value starts).
  private static func line(of key: String, in text: String, fallback: Int) -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let index = lines.firstIndex { $0.hasPrefix("\(key):") }
    return index.map { $0 + 1 } ?? fallback
  }

  /// Refuses an unknown section or key with file, line and what is allowed (EX_CONFIG).
  private static func checkKeys(_ root: DataNode, file: String, text: String) throws {
    // The line of a key as written (a value's own position is where the value starts).
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    func line(of key: String, from start: Int, fallback: Int) -> Int {
      let index = lines.indices.dropFirst(max(0, start - 1)).first {
        lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("\(key):")
      }
      return index.map { $0 + 1 } ?? fallback
    }
    guard case .mapping(let sections, _) = root else {
      if root.isNull { return }
      let sections = knownKeys.keys.sorted().joined(separator: ", ")
      throw CommandFailure.notAMapping(at: "\(file):\(root.line)", sections: sections)
    }
    let namesAtTop = Set(knownKeys.keys).union(topLevelKeys).sorted()
    let allowedAtTop = namesAtTop.joined(separator: ", ")
    for (section, node) in sections where !topLevelKeys.contains(section) {
      let sectionLine = line(of: section, from: 1, fallback: node.line)
      guard let allowed = knownKeys[section] else {
        let guess = Suggestion.closest(to: section, among: namesAtTop)
        throw CommandFailure.unknownSection(
          section, at: "\(file):\(sectionLine)", guess: guess, allowed: allowedAtTop)
      }
      guard case .mapping(let keys, _) = node else { continue }
      for (key, value) in keys where !allowed.contains(key) {
        let place = "\(file):\(line(of: key, from: sectionLine, fallback: value.line))"
        let list = allowed.sorted().joined(separator: ", ")
        let guess = Suggestion.closest(to: key, among: allowed.sorted())
        throw CommandFailure.unknownKey(
          key, section: section, at: place, guess: guess, allowed: list)
      }
    }
  }

  /// The shortest operator PIN accepted, and the longest.
  static let pinDigits = 6...OperatorLock.longestPIN

  /// `kiosk.operatorPIN`, when given, is 6 to 32 digits: an empty or short PIN would let anyone
  /// out of the kiosk (an empty one with F12, Enter). No key at all means no way out.
  private static func operatorPIN(_ node: DataNode, file: String) throws -> String {
    let text = node.isNull ? "" : node.scalarText ?? ""
    guard pinDigits.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw CommandFailure.badOperatorPIN(at: "\(file):\(node.line)")
    }
    return text
  }
}

/// `kiosk.handOffExpiry` (issue 17): how long a hand-off code lasts before the store deletes it.
extension WizardConfiguration {
  static let defaultHandOffExpiry: TimeInterval = 24 * 3600

  /// A whole number of seconds, minutes, hours or days: `90s`, `30m`, `24h`, `7d` (at most a
  /// week). `0s` makes codes that are expired at once: for a test of the expiry, not a hall.
  static func handOffExpiry(_ node: DataNode, file: String) throws -> TimeInterval {
    let text = (node.scalarText ?? "").trimmingCharacters(in: .whitespaces)
    let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
    guard let unit = text.last.flatMap({ units[$0] }), let count = Int(text.dropLast()),
      count >= 0, TimeInterval(count) * unit <= 7 * 86_400
    else {
      throw CommandFailure.badHandOffExpiry(at: "\(file):\(node.line)")
    }
    return TimeInterval(count) * unit
  }
}
