/// Three-valued truth: an unanswered question leaves a condition neither true nor false.
public enum Truth: Sendable, Equatable {
  case yes, no, unknown

  static func all(_ parts: some Sequence<Truth>) -> Truth {
    var result = Truth.yes
    for part in parts {
      if part == .no { return .no }
      if part == .unknown { result = .unknown }
    }
    return result
  }

  static func any(_ parts: some Sequence<Truth>) -> Truth {
    var result = Truth.no
    for part in parts {
      if part == .yes { return .yes }
      if part == .unknown { result = .unknown }
    }
    return result
  }

  var negated: Truth {
    switch self {
    case .yes: return .no
    case .no: return .yes
    case .unknown: return .unknown
    }
  }
}
