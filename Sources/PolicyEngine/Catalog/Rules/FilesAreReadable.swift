/// Every `.yaml` file of a catalog directory can be read.
enum FilesAreReadable: Rule {
  static let message = "cannot read the file"
}
