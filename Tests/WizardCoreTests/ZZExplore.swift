import DefaultCatalog
import Foundation
import PolicyEngine
import ScreenKit
import Testing
@testable import WizardCore

@Test func zzExplore() throws {
  var s = WizardState(catalog: DefaultCatalog.catalog, size: Size(width: 80, height: 24), today: CalendarDay(year: 2026, month: 6, day: 1))
  var out = ""
  func dump(_ label: String) {
    out += "=== \(label) fact=\(s.currentFact.map { s.catalog.facts[$0].name } ?? "nil") row=\(s.row) err=\(s.inputError ?? "-") focus=\(s.focus) overlay=\(String(describing: s.overlay)) totals=\(s.result.totals) editor=\(String(describing: s.itemEditor))\n"
    let f = s.render()
    out += f.screen.lines().joined(separator: "\n") + "\n"
    out += "cursor=\(String(describing: f.cursor))\n"
  }
  func type(_ text: String) { for c in text { s.update(.keyPressed(.character(c))) } }
  func key(_ k: Key) { s.update(.keyPressed(k)) }
  type("7"); type("1"); type("2"); key(.enter); key(.enter); key(.enter); key(.enter)
  dump("platforms")
  key(.enter); dump("editor type")
  key(.down); key(.down); key(.enter); dump("editor level")
  key(.enter); dump("editor new"); key(.enter); dump("after add")
  key(.up); dump("up"); key(.delete); dump("deleted")
  key(.enter); key(.enter); key(.enter); key(.enter); dump("added 2nd"); 
  key(.down); key(.enter); dump("next")
  key(.character("q")); dump("quit?")
  s.update(.clicked(x: 5, y: 5)); out += "CLICK\n"; dump("clicked outside quit")
  key(.function(2)); key(.end); key(.pageDown); key(.enter); dump("summary")
  key(.enter); dump("summary detail")
  try out.write(toFile: "/tmp/explore.txt", atomically: true, encoding: .utf8)
}
