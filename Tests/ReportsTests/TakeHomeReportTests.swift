import Foundation
import PolicyEngine
import Reports
import TakeHome
import Testing

/// The HTML report carries the kiosk's take-home code as inline SVG: the same modules, the text
/// it holds as the image's label, and what it holds said beside it.
@Suite struct TakeHomeReportTests {
  /// The dark modules an SVG path of `M x y h n v1 h-n z` runs draws, quiet zone removed.
  static func modules(inSVG svg: String, size: Int, quietZone: Int) throws -> [Bool] {
    var dark = [Bool](repeating: false, count: size * size)
    let path = try #require(svg.range(of: "d=\"").map { svg[$0.upperBound...] })
    let runs = path.prefix { $0 != "\"" }.split(separator: "z")
    for run in runs {
      let numbers = run.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
      try #require(numbers.count == 5 && numbers[3] == 1, "\(run)")
      let (x, y, length) = (numbers[0] - quietZone, numbers[1] - quietZone, numbers[2])
      for column in x..<x + length { dark[y * size + column] = true }
    }
    return dark
  }

  @Test func htmlCarriesTheSameCodeAsInlineSVG() throws {
    let report = try ReportFixtures.report(ReportFixtures.hulunbuirHighTech)
    let html = HTMLReport().render(report)
    let code = report.takeHome.code
    let start = try #require(html.range(of: "<figure class=\"take-home\">"))
    let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
    let figure = String(html[start.lowerBound..<end.upperBound])
    let total = code.size + 8
    #expect(figure.contains("viewBox=\"0 0 \(total) \(total)\""))
    #expect(try Self.modules(inSVG: figure, size: code.size, quietZone: 4) == code.modules)
    #expect(figure.contains("扫码带走结果"))
    #expect(figure.contains("不含单位名称和联系方式"))
    #expect(report.takeHome.benefitsLeftOut == 0, "the report's code is complete")
    #expect(report.takeHome.text.contains("合计：90万元"), "\(report.takeHome.text)")
    let label = report.takeHome.text.replacingOccurrences(of: "\"", with: "&quot;")
    #expect(figure.contains("aria-label=\"\(label)\""))
  }
}
