extension EvaluationReport {
  /// The `evaluate --format json` text: the same bytes as `foundationJSON()`, written without
  /// Foundation (keys in JSONEncoder's sorted order).
  public func json() -> String {
    var out = JSONText(capacity: 16_384)
    write(to: &out)
    return out.text
  }

  /// Writes the report as one pretty-printed JSON object.
  public func write(to out: inout JSONText) {
    out.beginObject()
    out.key("alternatives")
    out.arrayValue()
    for set in alternatives {
      out.objectValue()
      out.key("draftDecides")
      out.bool(set.draftDecides)
      out.key("item")
      out.int(set.item)
      out.key("max")
      out.yuan(set.max)
      out.key("members")
      out.arrayValue()
      for member in set.members { out.string(member) }
      out.endArray()
      out.key("min")
      out.yuan(set.min)
      out.endObject()
    }
    out.endArray()
    out.key("asOf")
    out.string(asOf)
    out.key("catalogVersion")
    out.string(catalogVersion)
    out.key("general")
    Self.write(general, to: &out)
    out.key("matches")
    Self.write(matches, to: &out)
    out.key("nearMisses")
    out.arrayValue()
    for miss in nearMisses {
      out.objectValue()
      if let amount = miss.amount {
        out.key("amount")
        Self.write(amount, to: &out)
      }
      out.key("article")
      out.int(miss.article)
      out.key("benefit")
      out.string(miss.benefit)
      out.key("citation")
      out.string(miss.citation)
      out.key("missing")
      out.string(miss.missing)
      if let points = miss.points {
        out.key("points")
        out.int(points)
      }
      out.key("policy")
      out.string(miss.policy)
      out.key("title")
      out.string(miss.title)
      if let unanswered = miss.unanswered {
        out.key("unanswered")
        Self.write(unanswered, to: &out)
      }
      out.endObject()
    }
    out.endArray()
    if let openQuestions {
      out.key("openQuestions")
      Self.write(openQuestions, to: &out)
    }
    out.key("possible")
    Self.write(possible, to: &out)
    out.key("resultFormat")
    out.int(resultFormat)
    out.key("totals")
    out.objectValue()
    out.key("byCertainty")
    out.objectValue()
    for key in totals.byCertainty.keys.sorted() {
      let range = totals.byCertainty[key]!
      out.key(key)
      out.objectValue()
      out.key("max")
      out.yuan(range.max)
      out.key("min")
      out.yuan(range.min)
      out.endObject()
    }
    out.endObject()
    out.key("lines")
    out.arrayValue()
    for line in totals.lines {
      out.objectValue()
      out.key("label")
      out.string(line.label)
      out.key("value")
      out.string(line.value)
      out.endObject()
    }
    out.endArray()
    out.key("max")
    out.yuan(totals.max)
    out.key("min")
    out.yuan(totals.min)
    out.key("possibleOpenPerItem")
    out.bool(totals.possibleOpenPerItem)
    out.endObject()
    out.endObject()
  }

  private static func write(_ strings: [String], to out: inout JSONText) {
    out.arrayValue()
    for string in strings { out.string(string) }
    out.endArray()
  }

  private static func write(_ amount: Amount, to out: inout JSONText) {
    out.objectValue()
    out.key("max")
    out.yuan(amount.max)
    out.key("min")
    out.yuan(amount.min)
    out.key("per")
    out.string(amount.per.rawValue)
    out.key("years")
    out.int(amount.years)
    out.key("yearsAtMost")
    out.bool(amount.yearsAtMost)
    out.endObject()
  }

  private static func write(_ entries: [Entry], to out: inout JSONText) {
    out.arrayValue()
    for entry in entries {
      out.objectValue()
      out.key("amount")
      if let amount = entry.amount { write(amount, to: &out) } else { out.null() }
      if let amountText = entry.amountText {
        out.key("amountText")
        out.string(amountText)
      }
      out.key("article")
      out.int(entry.article)
      out.key("because")
      out.string(entry.because)
      out.key("benefit")
      out.string(entry.benefit)
      out.key("certainty")
      out.string(entry.certainty?.rawValue)
      if let certaintyText = entry.certaintyText {
        out.key("certaintyText")
        out.string(certaintyText)
      }
      out.key("citation")
      out.string(entry.citation)
      if let computation = entry.computation {
        out.key("computation")
        out.string(computation)
      }
      if let dependsOn = entry.dependsOn {
        out.key("dependsOn")
        write(dependsOn, to: &out)
      }
      if let items = entry.items {
        out.key("items")
        out.arrayValue()
        for item in items { out.int(item) }
        out.endArray()
      }
      out.key("kind")
      out.string(entry.kind.rawValue)
      if let notes = entry.notes {
        out.key("notes")
        write(notes, to: &out)
      }
      out.key("points")
      out.int(entry.points)
      out.key("policy")
      out.string(entry.policy)
      out.key("stackedOut")
      out.string(entry.stackedOut)
      out.key("status")
      out.string(entry.status.rawValue)
      out.key("title")
      out.string(entry.title)
      out.endObject()
    }
    out.endArray()
  }
}
