import CYaml

/// Composes YAML into a `DataNode` straight from libyaml's events, so that everything a file
/// could do to the reader is seen before it costs anything: an anchor or alias is refused where
/// it stands (no "billion laughs" expansion), so is a tag (`!!binary`, `!custom`), nesting and key length are bounded, a duplicate
/// key is placed at its own line, a complex key is refused with its field.
struct YAMLReader {
  let file: String
  /// Problems that do not stop the reading (duplicate keys), for `validate` to list them all.
  var problems: [InputProblem] = []
  private var path: [String] = []

  init(file: String) { self.file = file }

  mutating func read(_ text: String) throws(InputProblem) -> DataNode {
    var bytes = Array(text.utf8)
    bytes.append(0)
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      throw InputProblem(
        file: file, line: 1, message: "not valid YAML/JSON: the reader could not start",
        rule: TextIsYAML.name)
    }
    defer { yaml_parser_delete(parser) }
    return try bytes.withUnsafeBufferPointer { buffer throws(InputProblem) -> DataNode in
      yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count - 1)
      var events = EventStream(parser: parser, bytes: buffer, file: file)
      return try compose(&events)
    }
  }

  private mutating func compose(_ events: inout EventStream) throws(InputProblem) -> DataNode {
    var root: DataNode? = nil
    var documents = 0
    while true {
      let event = try events.next(field: fieldName)
      defer { event.release() }
      switch event.type {
      case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
        continue
      case YAML_STREAM_END_EVENT:
        return root ?? .null(line: 1)
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          throw InputProblem(
            file: file, at: event.position,
            message: TextIsYAML.oneDocument, rule: TextIsYAML.name)
        }
        let first = try events.next(field: fieldName)
        defer { first.release() }
        root = try node(from: first, &events, depth: 1)
      default:
        throw InputProblem(
          file: file, at: event.position, message: "not valid YAML/JSON: unexpected content",
          rule: TextIsYAML.name)
      }
    }
  }

  private var fieldName: String { Self.fieldName(path) }

  /// `rd.lastYear`, `awards[3].prize`; a deep path is shortened to its start.
  static func fieldName(_ path: [String]) -> String {
    if path.isEmpty { return "the document" }
    if path.count > 6 { return path.prefix(4).joined() + "…" }
    return path.joined()
  }

  private mutating func node(from event: Event, _ events: inout EventStream, depth: Int)
    throws(InputProblem) -> DataNode
  {
    if event.type == YAML_ALIAS_EVENT {
      throw AliasesAreNotUsed.problem(
        AliasesAreNotUsed.aliasMessage(event.anchor ?? "", field: fieldName), file: file,
        at: event.position)
    }
    if let anchor = event.anchor {
      throw AliasesAreNotUsed.problem(
        AliasesAreNotUsed.anchorMessage(anchor, field: fieldName), file: file, at: event.position)
    }
    if let tag = event.tag {
      throw TagsAreNotUsed.problem(
        TagsAreNotUsed.message(tag, field: fieldName), file: file, at: event.position)
    }
    if depth > NestingIsShallow.maximumDepth {
      throw NestingIsShallow.problem(
        NestingIsShallow.message(field: fieldName), file: file, at: event.position)
    }
    switch event.type {
    case YAML_SCALAR_EVENT:
      let text = event.scalarValue
      let quoted = event.isQuoted
      if !quoted, ["", "~", "null", "Null", "NULL"].contains(text) {
        return .null(at: event.position)
      }
      return .scalar(text, at: event.position, quoted: quoted)
    case YAML_SEQUENCE_START_EVENT:
      var items: [DataNode] = []
      while true {
        let item = try events.next(field: fieldName)
        defer { item.release() }
        if item.type == YAML_SEQUENCE_END_EVENT { break }
        path.append("[\(items.count)]")
        defer { path.removeLast() }
        items.append(try node(from: item, &events, depth: depth + 1))
      }
      return .sequence(items, at: event.position)
    case YAML_MAPPING_START_EVENT:
      var pairs: [(key: String, value: DataNode)] = []
      var seen: [String: Position] = [:]
      while true {
        let keyEvent = try events.next(field: fieldName)
        defer { keyEvent.release() }
        if keyEvent.type == YAML_MAPPING_END_EVENT { break }
        let key = try self.key(keyEvent)
        path.append(path.isEmpty ? key : ".\(key)")
        defer { path.removeLast() }
        let valueEvent = try events.next(field: fieldName)
        defer { valueEvent.release() }
        let value = try node(from: valueEvent, &events, depth: depth + 1)
        if let first = seen[key] {
          problems.append(
            KeysAreUniqueInMapping.problem(
              KeysAreUniqueInMapping.message(key: fieldName, firstLine: first.line), file: file,
              at: keyEvent.position))
          continue
        }
        seen[key] = keyEvent.position
        pairs.append((key: key, value: value))
      }
      return .mapping(pairs, at: event.position)
    default:
      throw InputProblem(
        file: file, at: event.position, message: "not valid YAML/JSON: unexpected content",
        rule: TextIsYAML.name)
    }
  }

  private func key(_ event: Event) throws(InputProblem) -> String {
    if event.type == YAML_ALIAS_EVENT || event.anchor != nil {
      throw AliasesAreNotUsed.problem(
        AliasesAreNotUsed.aliasMessage(event.anchor ?? "", field: fieldName), file: file,
        at: event.position)
    }
    if let tag = event.tag {
      throw TagsAreNotUsed.problem(
        TagsAreNotUsed.message(tag, field: fieldName), file: file, at: event.position)
    }
    guard event.type == YAML_SCALAR_EVENT else {
      throw KeysAreText.problem(KeysAreText.message(in: fieldName), file: file, at: event.position)
    }
    let key = event.scalarValue
    if key.count > KeysAreShort.maximumLength {
      throw KeysAreShort.problem(
        KeysAreShort.message(in: fieldName, length: key.count), file: file, at: event.position)
    }
    return key
  }
}

/// libyaml's events, one at a time, with its errors turned into placed problems.
private struct EventStream {
  let parser: UnsafeMutablePointer<yaml_parser_t>
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String

  /// The next event; `field` names where the reader is, for a problem libyaml finds ahead.
  mutating func next(field: String) throws(InputProblem) -> Event {
    let event = Event()
    guard yaml_parser_parse(parser, &event.event) == 1 else {
      event.isEmpty = true
      throw problem(field: field)
    }
    return event
  }

  private func problem(field: String) -> InputProblem {
    let parser = self.parser.pointee
    let text = parser.problem.map { String(cString: $0) } ?? "unreadable"
    switch parser.error {
    case YAML_READER_ERROR:
      let position = TextPositions.position(ofByte: parser.problem_offset, in: bytes)
      if text.contains("control characters") {
        return TextHasNoControlCharacters.problem(
          TextHasNoControlCharacters.message(value: parser.problem_value), file: file,
          at: position)
      }
      return TextIsValidUTF8.problem(TextIsValidUTF8.message, file: file, at: position)
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      let context = parser.context.map { String(cString: $0) }
      var position = Position(
        line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
      if text.contains("Maximum nesting level") {
        return NestingIsShallow.problem(
          NestingIsShallow.message(field: field), file: file, at: position)
      }
      if context == "while scanning a simple key" {
        position = Position(
          line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
        return KeysAreShort.problem(KeysAreShort.unfinishedMessage, file: file, at: position)
      }
      if text.contains("mapping values are not allowed"),
        position.column > KeysAreShort.maximumLength
      {
        // A plain key too long for YAML to take as a key, then its ':'.
        return KeysAreShort.problem(
          KeysAreShort.unfinishedMessage, file: file,
          at: Position(line: position.line, column: 1))
      }
      let prefix = context.map { "\($0) " } ?? ""
      return InputProblem(
        file: file, at: position, message: TextIsYAML.message(in: field, prefix + text),
        rule: TextIsYAML.name)
    default:
      return InputProblem(
        file: file, line: 1, message: "not valid YAML/JSON: \(text)", rule: TextIsYAML.name)
    }
  }
}

/// One libyaml event, deleted when released.
private final class Event {
  var event = yaml_event_t()
  var isEmpty = false

  func release() {
    if !isEmpty { yaml_event_delete(&event) }
    isEmpty = true
  }

  deinit { release() }

  var type: yaml_event_type_t { event.type }

  var position: Position {
    Position(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
  }

  var anchor: String? {
    let pointer: UnsafeMutablePointer<yaml_char_t>?
    switch event.type {
    case YAML_ALIAS_EVENT: pointer = event.data.alias.anchor
    case YAML_SCALAR_EVENT: pointer = event.data.scalar.anchor
    case YAML_SEQUENCE_START_EVENT: pointer = event.data.sequence_start.anchor
    case YAML_MAPPING_START_EVENT: pointer = event.data.mapping_start.anchor
    default: pointer = nil
    }
    return pointer.map { String(cString: $0) }
  }

  /// The tag written on the node (`!!str`, `!custom`), nil when none is written.
  var tag: String? {
    let pointer: UnsafeMutablePointer<yaml_char_t>?
    switch event.type {
    case YAML_SCALAR_EVENT: pointer = event.data.scalar.tag
    case YAML_SEQUENCE_START_EVENT: pointer = event.data.sequence_start.tag
    case YAML_MAPPING_START_EVENT: pointer = event.data.mapping_start.tag
    default: pointer = nil
    }
    return pointer.map { String(cString: $0) }
  }

  var scalarValue: String {
    let buffer = UnsafeBufferPointer(
      start: event.data.scalar.value, count: event.data.scalar.length)
    return String(decoding: buffer, as: UTF8.self)
  }

  var isQuoted: Bool { event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE }
}

/// Turning byte offsets into lines and columns.
enum TextPositions {
  /// The line and column (in characters) of the byte at `offset` of UTF-8 `bytes`.
  static func position<Bytes: Collection<UInt8>>(ofByte offset: Int, in bytes: Bytes) -> Position {
    var line = 1
    var column = 1
    for (index, byte) in bytes.enumerated() {
      if index >= offset { break }
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return Position(line: line, column: column)
  }
}
