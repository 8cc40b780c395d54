/// The catalog compiled at build time: the `Catalog` value itself, written once from the YAML
/// into a compact byte form that a binary reads back without parsing YAML (issue 11: loading
/// the embedded YAML was 85% of a cold `evaluate`).
///
/// The form: a header (magic, format version, the hash of the YAML it was made from), then every
/// fact and document field in declaration order; integers as zigzag varints, text as a length
/// and UTF-8 bytes. `decode(encode(c))` equals `c`; a test checks that the committed file is
/// `encode` of the YAML catalog, and `sourceHash` lets a reader refuse a file made from other
/// YAML than the one beside it.
public enum CompiledCatalog {
  /// Bumped whenever the form or the catalog model changes.
  public static let formatVersion = 4
  static let magic: [UInt8] = Array("PWCAT".utf8)

  public struct Malformed: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// FNV-1a over the sources' bytes, in name order, each preceded by its name: what the
  /// compiled form was made from.
  public static func sourceHash(_ files: [(name: String, bytes: [UInt8])]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for file in files.sorted(by: { $0.name < $1.name }) {
      for byte in file.name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      hash = (hash ^ 0) &* 0x100_0000_01b3
      for byte in file.bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    return hash
  }

  public static func encode(_ catalog: Catalog, sourceHash: UInt64) -> [UInt8] {
    var writer = CatalogWriter()
    writer.bytes += magic
    writer.int(formatVersion)
    writer.uint64(sourceHash)
    writer.string(catalog.version)
    writer.array(catalog.facts) { $0.fact($1) }
    writer.array(catalog.documents) { $0.document($1) }
    return writer.bytes
  }

  /// The hash of the YAML the bytes were compiled from, or nil when they are not a compiled
  /// catalog of this format version.
  public static func sourceHash(of bytes: [UInt8]) -> UInt64? {
    var reader = CatalogReader(bytes: bytes)
    return try? reader.header()
  }

  public static func decode(_ bytes: [UInt8]) throws(Malformed) -> Catalog {
    var reader = CatalogReader(bytes: bytes)
    do {
      _ = try reader.header()
      let version = try reader.string()
      let facts = try reader.array { r throws(Malformed) in try r.fact() }
      let documents = try reader.array { r throws(Malformed) in try r.document() }
      guard reader.position == bytes.count else { throw Malformed(description: "trailing bytes") }
      return Catalog(facts: facts, documents: documents, version: version)
    }
  }
}

// MARK: - Writing

struct CatalogWriter {
  var bytes: [UInt8] = []

  mutating func int(_ value: Int) { int64(Int64(value)) }

  mutating func int64(_ value: Int64) {
    var zigzag = UInt64(bitPattern: (value << 1) ^ (value >> 63))
    while zigzag >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
      zigzag >>= 7
    }
    bytes.append(UInt8(zigzag))
  }

  mutating func uint64(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ value: String) {
    int(value.utf8.count)
    bytes += value.utf8
  }

  mutating func optional<T>(_ value: T?, _ body: (inout CatalogWriter, T) -> Void) {
    guard let value else { return bytes.append(0) }
    bytes.append(1)
    body(&self, value)
  }

  mutating func array<T>(_ values: [T], _ body: (inout CatalogWriter, T) -> Void) {
    int(values.count)
    for value in values { body(&self, value) }
  }

  mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }
  mutating func optionalInt(_ value: Int?) { optional(value) { $0.int($1) } }
  mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

  mutating func day(_ value: CalendarDay?) {
    optional(value) {
      $0.int($1.year)
      $0.int($1.month)
      $0.int($1.day)
    }
  }

  mutating func fact(_ fact: FactDefinition) {
    int(fact.id)
    string(fact.name)
    type(fact.type)
    string(fact.label)
    string(fact.question)
    optionalString(fact.help)
    optionalString(fact.unit)
    strings(fact.appliesTo)
    int(fact.defaultEnumIndex)
    optionalString(fact.declaredBy)
    translation(fact.english)
  }

  /// A node's `en:` block, field by field in the order of `Translation.init`'s parameters
  /// (which the reader calls); an enum's English value labels are written with the enum.
  mutating func translation(_ translation: Translation?) {
    optional(translation) { writer, english in
      for text in [english.title, english.shortName, english.issuer, english.section] {
        writer.optionalString(text)
      }
      writer.optional(english.departments) { $0.strings($1) }
      for text in [
        english.label, english.question, english.help, english.unit, english.note,
        english.sameThingNote,
      ] {
        writer.optionalString(text)
      }
      writer.labels(english.valueLabels)
    }
  }

  /// A label table, in key order so that the bytes do not depend on hashing.
  mutating func labels(_ labels: [String: String]) {
    array(labels.sorted { $0.key < $1.key }) {
      $0.string($1.key)
      $0.string($1.value)
    }
  }

  mutating func type(_ type: FactType) {
    switch type {
    case .bool: int(0)
    case .money: int(1)
    case .count: int(2)
    case .enumeration(let values):
      int(3)
      strings(values.names)
      labels(values.labels)
      labels(values.englishLabels)
    case .record(let fields):
      int(4)
      array(fields) { $0.field($1) }
    case .list(let fields):
      int(5)
      array(fields) { $0.field($1) }
    }
  }

  mutating func field(_ field: FieldDefinition) {
    string(field.name)
    type(field.type)
    string(field.label)
    translation(field.english)
  }

  mutating func document(_ document: PolicyDocument) {
    string(document.id)
    string(document.title)
    string(document.shortName)
    string(document.issuer)
    optionalString(document.number)
    optionalString(document.city)
    string(document.status.rawValue)
    day(document.published)
    day(document.effectiveFrom)
    day(document.effectiveUntil)
    day(document.notBefore)
    string(document.articleStyle.rawValue)
    optionalInt(document.combinationRule)
    array(document.otherText) {
      $0.string($1.heading)
      $0.string($1.text)
    }
    array(document.articles) { $0.article($1) }
    string(document.file)
    translation(document.english)
    optionalInt(document.articleCount?.value)
    int(document.articleCount?.position.line ?? 0)
    int(document.articleCount?.position.column ?? 0)
  }

  mutating func article(_ article: Article) {
    int(article.number)
    string(article.title)
    optionalString(article.section)
    strings(article.departments)
    string(article.text)
    array(article.notBenefits) {
      $0.string($1.figure)
      $0.string($1.why)
    }
    array(article.benefits) { $0.benefit($1) }
    int(article.line)
    int(article.column)
    translation(article.english)
  }

  mutating func benefit(_ benefit: Benefit) {
    string(benefit.id)
    string(benefit.title)
    optionalString(benefit.subject)
    optionalString(benefit.group)
    string(benefit.kind.rawValue)
    condition(benefit.condition)
    optional(benefit.amount) { $0.amount($1) }
    string(benefit.per.rawValue)
    optionalInt(benefit.years)
    bool(benefit.yearsAtMost)
    optional(benefit.points) { writer, points in
      switch points {
      case .percentage(let rate, let base):
        writer.int(0)
        writer.int64(rate.basisPoints)
        writer.rateBase(base)
      case .unstated:
        writer.int(1)
      }
    }
    optional(benefit.reservation) { $0.string($1.rawValue) }
    strings(benefit.sameThingAs)
    optionalString(benefit.sameThingNote)
    optionalString(benefit.note)
    optionalInt(benefit.amountArticle)
    int(benefit.line)
    int(benefit.column)
    translation(benefit.english)
  }

  mutating func path(_ path: FactPath) {
    int(path.fact)
    optionalInt(path.field)
    optional(path.derived) { writer, derived in
      switch derived {
      case .rdIncrement: writer.int(0)
      }
    }
  }

  mutating func comparison(_ comparison: Comparison) { string(comparison.rawValue) }

  mutating func filter(_ filter: ItemFilter) {
    array(filter.tests) { writer, test in
      writer.int(test.field)
      switch test.test {
      case .oneOf(let mask):
        writer.int(0)
        writer.uint64(mask)
      case .isTrue(let flag):
        writer.int(1)
        writer.bool(flag)
      case .compare(let comparison, let threshold):
        writer.int(2)
        writer.comparison(comparison)
        writer.int64(threshold)
      }
    }
  }

  mutating func condition(_ condition: Condition) {
    switch condition {
    case .oneOf(let path, let mask):
      int(0)
      self.path(path)
      uint64(mask)
    case .isTrue(let path, let flag):
      int(1)
      self.path(path)
      bool(flag)
    case .compare(let path, let comparison, let threshold):
      int(2)
      self.path(path)
      self.comparison(comparison)
      int64(threshold)
    case .has(let list, let filter):
      int(3)
      int(list)
      self.filter(filter)
    case .all(let parts):
      int(4)
      array(parts) { $0.condition($1) }
    case .any(let parts):
      int(5)
      array(parts) { $0.condition($1) }
    case .not(let part):
      int(6)
      self.condition(part)
    }
  }

  mutating func money(_ money: Money) { int64(money.fen) }
  mutating func optionalMoney(_ money: Money?) { optional(money) { $0.money($1) } }

  mutating func multiplier(_ multiplier: Multiplier?) {
    optional(multiplier) { writer, multiplier in
      switch multiplier {
      case .count(let fact):
        writer.int(0)
        writer.int(fact)
      case .matchingItems(let list):
        writer.int(1)
        writer.int(list)
      }
    }
  }

  mutating func rateBase(_ base: RateBase) {
    switch base {
    case .fact(let path):
      int(0)
      self.path(path)
    case .eachItem(let list, let field, let filter, let capEach):
      int(1)
      int(list)
      int(field)
      self.filter(filter)
      optionalMoney(capEach)
    }
  }

  mutating func amount(_ rule: AmountRule) {
    switch rule {
    case .fixed(let sum, let each):
      int(0)
      money(sum)
      multiplier(each)
    case .upTo(let sum, let each):
      int(1)
      money(sum)
      multiplier(each)
    case .atLeast(let sum, let each):
      int(2)
      money(sum)
      multiplier(each)
    case .percentage(let rate, let base, let cap, let floor, let ceiling):
      int(3)
      int64(rate.basisPoints)
      rateBase(base)
      optionalMoney(cap)
      optionalMoney(floor)
      bool(ceiling)
    }
  }
}

// MARK: - Reading

struct CatalogReader {
  let bytes: [UInt8]
  var position = 0

  typealias Malformed = CompiledCatalog.Malformed

  private func fail(_ what: String) -> Malformed {
    Malformed(description: "compiled catalog: \(what) at byte \(position)")
  }

  mutating func header() throws(Malformed) -> UInt64 {
    let magic = CompiledCatalog.magic
    guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
      throw fail("not a compiled catalog")
    }
    position = magic.count
    guard try int() == CompiledCatalog.formatVersion else { throw fail("another format version") }
    return try uint64()
  }

  mutating func byte() throws(Malformed) -> UInt8 {
    guard position < bytes.count else { throw fail("unexpected end") }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func int64() throws(Malformed) -> Int64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let next = try byte()
      guard shift < 64 else { throw fail("varint too long") }
      value |= UInt64(next & 0x7f) << shift
      if next < 0x80 { break }
      shift += 7
    }
    return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
  }

  mutating func int() throws(Malformed) -> Int {
    let value = try int64()
    guard let result = Int(exactly: value) else { throw fail("integer out of range") }
    return result
  }

  mutating func uint64() throws(Malformed) -> UInt64 {
    var value: UInt64 = 0
    for shift in stride(from: UInt64(0), to: 64, by: 8) { value |= UInt64(try byte()) << shift }
    return value
  }

  mutating func bool() throws(Malformed) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw fail("not a flag")
    }
  }

  mutating func string() throws(Malformed) -> String {
    let count = try int()
    guard count >= 0, count <= bytes.count - position else { throw fail("text too long") }
    defer { position += count }
    return String(decoding: bytes[position..<position + count], as: UTF8.self)
  }

  mutating func raw<T: RawRepresentable>(_: T.Type) throws(Malformed) -> T
  where T.RawValue == String {
    let text = try string()
    guard let value = T(rawValue: text) else { throw fail("unknown value '\(text)'") }
    return value
  }

  mutating func optional<T>(_ body: (inout CatalogReader) throws(Malformed) -> T)
    throws(Malformed) -> T?
  {
    guard try bool() else { return nil }
    return try body(&self)
  }

  mutating func array<T>(_ body: (inout CatalogReader) throws(Malformed) -> T)
    throws(Malformed) -> [T]
  {
    let count = try int()
    guard count >= 0, count <= bytes.count - position else { throw fail("list too long") }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try body(&self)) }
    return values
  }

  mutating func optionalString() throws(Malformed) -> String? {
    try optional { r throws(Malformed) in try r.string() }
  }
  mutating func optionalInt() throws(Malformed) -> Int? {
    try optional { r throws(Malformed) in try r.int() }
  }
  mutating func strings() throws(Malformed) -> [String] {
    try array { r throws(Malformed) in try r.string() }
  }

  mutating func day() throws(Malformed) -> CalendarDay? {
    try optional { r throws(Malformed) in
      CalendarDay(year: try r.int(), month: try r.int(), day: try r.int())
    }
  }

  mutating func fact() throws(Malformed) -> FactDefinition {
    FactDefinition(
      id: try int(), name: try string(), type: try type(), label: try string(),
      question: try string(), help: try optionalString(), unit: try optionalString(),
      appliesTo: try strings(), defaultEnumIndex: try int(), declaredBy: try optionalString(),
      english: try translation())
  }

  mutating func translation() throws(Malformed) -> Translation? {
    try optional { r throws(Malformed) in
      Translation(
        title: try r.optionalString(), shortName: try r.optionalString(),
        issuer: try r.optionalString(), section: try r.optionalString(),
        departments: try r.optional { r throws(Malformed) in try r.strings() },
        label: try r.optionalString(), question: try r.optionalString(),
        help: try r.optionalString(), unit: try r.optionalString(), note: try r.optionalString(),
        sameThingNote: try r.optionalString(), valueLabels: try r.labels())
    }
  }

  mutating func labels() throws(Malformed) -> [String: String] {
    let pairs = try array { r throws(Malformed) in (try r.string(), try r.string()) }
    var labels: [String: String] = [:]
    for (key, value) in pairs { labels[key] = value }
    return labels
  }

  mutating func type() throws(Malformed) -> FactType {
    switch try int() {
    case 0: return .bool
    case 1: return .money
    case 2: return .count
    case 3:
      return .enumeration(
        EnumValues(names: try strings(), labels: try labels(), englishLabels: try labels()))
    case 4: return .record(try array { r throws(Malformed) in try r.field() })
    case 5: return .list(try array { r throws(Malformed) in try r.field() })
    default: throw fail("unknown fact type")
    }
  }

  mutating func field() throws(Malformed) -> FieldDefinition {
    FieldDefinition(
      name: try string(), type: try type(), label: try string(), english: try translation())
  }

  mutating func document() throws(Malformed) -> PolicyDocument {
    var document = PolicyDocument(
      id: try string(), title: try string(), shortName: try string(), issuer: try string(),
      number: try optionalString(), city: try optionalString(),
      status: try raw(DocumentStatus.self),
      published: try day(), effectiveFrom: try day(), effectiveUntil: try day(),
      notBefore: try day(), articleStyle: try raw(ArticleStyle.self),
      combinationRule: try optionalInt(),
      otherText: try array { r throws(Malformed) in
        OtherText(heading: try r.string(), text: try r.string())
      },
      articles: try array { r throws(Malformed) in try r.article() }, file: try string(),
      english: try translation())
    let count = try optionalInt()
    let position = Position(line: try int(), column: try int())
    document.articleCount = count.map { DeclaredArticleCount(value: $0, position: position) }
    return document
  }

  mutating func article() throws(Malformed) -> Article {
    var article = Article(
      number: try int(), title: try string(), section: try optionalString(),
      departments: try strings(), text: try string(),
      notBenefits: try array { r throws(Malformed) in
        NotABenefit(figure: try r.string(), why: try r.string())
      },
      benefits: try array { r throws(Malformed) in try r.benefit() }, line: try int())
    article.column = try int()
    article.english = try translation()
    return article
  }

  mutating func benefit() throws(Malformed) -> Benefit {
    var benefit = Benefit(
      id: try string(), title: try string(), subject: try optionalString(),
      group: try optionalString(), kind: try raw(BenefitKind.self), condition: try condition(),
      amount: try optional { r throws(Malformed) in try r.amount() },
      per: try raw(Periodicity.self), years: try optionalInt(), yearsAtMost: try bool(),
      points: try optional { r throws(Malformed) -> PointsRule in
        switch try r.int() {
        case 0: return .percentage(Rate(basisPoints: try r.int64()), of: try r.rateBase())
        case 1: return .unstated
        default: throw r.fail("unknown points rule")
        }
      },
      reservation: try optional { r throws(Malformed) in try r.raw(Reservation.self) },
      sameThingAs: try strings(), sameThingNote: try optionalString(), note: try optionalString(),
      amountArticle: try optionalInt(), line: try int())
    benefit.column = try int()
    benefit.english = try translation()
    return benefit
  }

  mutating func path() throws(Malformed) -> FactPath {
    FactPath(
      fact: try int(), field: try optionalInt(),
      derived: try optional { r throws(Malformed) -> FactPath.Derived in
        guard try r.int() == 0 else { throw r.fail("unknown derived value") }
        return .rdIncrement
      })
  }

  mutating func comparison() throws(Malformed) -> Comparison { try raw(Comparison.self) }

  mutating func filter() throws(Malformed) -> ItemFilter {
    ItemFilter(
      tests: try array { r throws(Malformed) -> (field: Int, test: FieldTest) in
        let field = try r.int()
        switch try r.int() {
        case 0: return (field, .oneOf(mask: try r.uint64()))
        case 1: return (field, .isTrue(try r.bool()))
        case 2: return (field, .compare(try r.comparison(), try r.int64()))
        default: throw r.fail("unknown field test")
        }
      })
  }

  mutating func condition() throws(Malformed) -> Condition {
    switch try int() {
    case 0: return .oneOf(try path(), mask: try uint64())
    case 1: return .isTrue(try path(), try bool())
    case 2: return .compare(try path(), try comparison(), try int64())
    case 3: return .has(list: try int(), try filter())
    case 4: return .all(try array { r throws(Malformed) in try r.condition() })
    case 5: return .any(try array { r throws(Malformed) in try r.condition() })
    case 6: return .not(try condition())
    default: throw fail("unknown condition")
    }
  }

  mutating func money() throws(Malformed) -> Money { Money(fen: try int64()) }
  mutating func optionalMoney() throws(Malformed) -> Money? {
    try optional { r throws(Malformed) in try r.money() }
  }

  mutating func multiplier() throws(Malformed) -> Multiplier? {
    try optional { r throws(Malformed) -> Multiplier in
      switch try r.int() {
      case 0: return .count(try r.int())
      case 1: return .matchingItems(list: try r.int())
      default: throw r.fail("unknown multiplier")
      }
    }
  }

  mutating func rateBase() throws(Malformed) -> RateBase {
    switch try int() {
    case 0: return .fact(try path())
    case 1:
      return .eachItem(
        list: try int(), field: try int(), filter: try filter(), capEach: try optionalMoney())
    default: throw fail("unknown rate base")
    }
  }

  mutating func amount() throws(Malformed) -> AmountRule {
    switch try int() {
    case 0: return .fixed(try money(), each: try multiplier())
    case 1: return .upTo(try money(), each: try multiplier())
    case 2: return .atLeast(try money(), each: try multiplier())
    case 3:
      return .percentage(
        Rate(basisPoints: try int64()), of: try rateBase(), cap: try optionalMoney(),
        floor: try optionalMoney(), ceiling: try bool())
    default: throw fail("unknown amount rule")
    }
  }
}
