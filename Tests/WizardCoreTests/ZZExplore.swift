import DefaultCatalog
import Foundation
import PolicyEngine
import ScreenKit
import Testing
import WizardCore

@Test func zzExplore() throws {
  var out = ""
  // 1. quit dialog + click on a visible option row
  var w = WizardDriver(width: 80, height: 24)
  w.type("7"); w.type("1")
  w.press(.character("q"))
  let p = w.point(of: .questionRow(0))!
  out += "quit dialog up, option row 0 at \(p): effects = \(w.send(.clicked(x: p.x, y: p.y)))\n"
  // 2. click on second rd field
  var w2 = WizardDriver(width: 80, height: 24)
  w2.type("7"); w2.type("1"); w2.type("2"); w2.press(.enter)
  let f1 = w2.point(of: .questionRow(1))!
  w2.send(.clicked(x: f1.x, y: f1.y))
  out += "clicked 2nd rd field: now on \(w2.currentFactName ?? "nil") row \(w2.state.row)\n"
  // 3. seeded draft in yuan
  var profile = Profile(factCount: DefaultCatalog.catalog.facts.count)
  let cat = DefaultCatalog.catalog
  profile[cat.fact(named: "city")!.id] = .choice(6)
  profile[cat.fact(named: "applicant")!.id] = .choice(0)
  profile[cat.fact(named: "rd")!.id] = .record([.number(Money(yuan: 5000).fen), .number(0)])
  var w3 = WizardDriver(width: 120, height: 40, profile: profile)
  out += "seeded drafts: \(w3.state.drafts.values.sorted())\n"
  w3.press(.function(2)); 
  let idx = w3.state.steps.firstIndex(of: cat.fact(named: "rd")!.id)!
  w3.press(.down, times: idx); w3.press(.enter)
  out += "on \(w3.currentFactName ?? "") rd before enter: \(w3.rdFields)\n"
  w3.press(.enter)
  out += "rd after enter: \(w3.rdFields)\n"
  // 4. too small + q
  var w4 = WizardDriver(width: 80, height: 24)
  w4.resize(width: 60, height: 20); w4.type("q")
  out += "too small after q overlay=\(String(describing: w4.state.overlay)) screen has 确定退出: \(w4.screenText().contains("确定退出"))\n"
  // 5. esc with invalid text
  var w5 = WizardDriver(width: 80, height: 24)
  w5.type("7"); w5.type("1"); w5.type("2"); w5.press(.enter); w5.type("12abc"); w5.press(.escape)
  out += "esc with 12abc: now on \(w5.currentFactName ?? "") rd=\(w5.rdFields)\n"
  // 6. quit dialog: click on 'n'
  var w6 = WizardDriver(width: 80, height: 24)
  w6.press(.character("q"))
  let lines = w6.lines()
  let y = lines.firstIndex { $0.contains("n / Esc") }!
  let line = lines[y]
  let prefix = line[..<line.range(of: "n / Esc")!.lowerBound]
  let x = prefix.displayWidth
  let e6 = w6.send(.clicked(x: x, y: y))
  out += "click on n at \(x),\(y): effects \(e6) overlay \(String(describing: w6.state.overlay))\n"
  out += "hits: \(w6.frame().hits.suffix(2).map { "\($0.target)@\($0.rect.x)+\($0.rect.width)" })\n"
  try out.write(toFile: "/tmp/explore.txt", atomically: true, encoding: .utf8)
}
