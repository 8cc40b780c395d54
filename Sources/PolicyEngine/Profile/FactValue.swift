/// One answer in a profile. Numbers are held in the unit of their fact: fen for money, a plain
/// number for counts; enum values by their index in the catalog.
public indirect enum FactValue: Sendable, Equatable, Hashable {
  case bool(Bool)
  case choice(Int)
  case number(Int64)
  case record([FactValue?])
  case list([[FactValue?]])
}
