/// One answer in a profile. Numbers are held in the unit of their fact: fen for money, a plain
/// number for counts; enum values by their index in the catalog.
///
/// Not `indirect`: the arrays already hold records and lists out of line, and boxing every
/// scalar cost an allocation per answer and a retain and release on every read in evaluation.
public enum FactValue: Sendable, Equatable, Hashable {
  case bool(Bool)
  case choice(Int)
  case number(Int64)
  case record([FactValue?])
  case list([[FactValue?]])
}
