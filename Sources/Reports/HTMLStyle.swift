/// The report's only style sheet, inlined so that the HTML file stands alone (no fonts,
/// scripts or images fetched), laid out for A4 paper first and a screen second.
enum HTMLStyle {
  /// Fonts found on the machines that print these reports: Windows, macOS, and Linux with
  /// Noto CJK or WenQuanYi; a generic family last so that a browser never shows empty boxes
  /// when it has any CJK font at all.
  static let fontStack = """
    "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", \
    "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC", "SimSun", sans-serif
    """

  static let css = """
    @page { size: A4; margin: 18mm;
      @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #777; } }
    * { box-sizing: border-box; }
    html { font-family: \(fontStack); font-size: 10.5pt; line-height: 1.6; color: #1a1a1a;
      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0 auto; max-width: 174mm; }
    @media screen { body { padding: 12mm 0; } }
    header { border-bottom: 2px solid #8b1a1a; margin-bottom: 5mm; }
    h1 { font-size: 18pt; margin: 0 0 3mm; color: #8b1a1a; letter-spacing: 0.05em; }
    h2 { font-size: 13pt; margin: 7mm 0 3mm; padding-left: 2.5mm; border-left: 4px solid #8b1a1a;
      break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
    p { margin: 1.5mm 0; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 2mm 0; }
    thead { display: table-header-group; }
    tr, th, td { break-inside: avoid; page-break-inside: avoid; }
    th, td { border: 0.5pt solid #9a9a9a; padding: 1.2mm 2mm; text-align: left; vertical-align: top;
      overflow-wrap: anywhere; }
    th { background: #f1ecec; font-weight: bold; }
    table.meta { margin-bottom: 4mm; }
    table.meta th { width: 24mm; }
    td.amount, th.amount { text-align: right; }
    td.amount { font-weight: bold; }
    td.citation { font-size: 9.5pt; }
    /* Once, at the end: a total row repeated on every page would read as a subtotal. */
    tfoot { display: table-row-group; }
    tfoot td { font-weight: bold; background: #faf6f6; }
    .total { font-size: 14pt; font-weight: bold; color: #8b1a1a; margin: 2mm 0; }
    .notices { border: 1pt solid #c98b8b; background: #fdf5f5; padding: 2mm 4mm; margin: 4mm 0;
      break-inside: avoid; page-break-inside: avoid; }
    .notices p { margin: 1mm 0; }
    .notices strong { color: #8b1a1a; }
    .take-home { display: flex; align-items: center; gap: 4mm; margin: 4mm 0;
      break-inside: avoid; page-break-inside: avoid; }
    .take-home figcaption { font-size: 9pt; color: #555; }
    article.benefit { border-top: 0.5pt solid #ccc; padding-top: 1mm; }
    .facts { break-inside: avoid; page-break-inside: avoid; }
    dl { display: grid; grid-template-columns: 22mm 1fr; gap: 0.8mm 3mm; margin: 1.5mm 0; }
    dt { font-weight: bold; color: #555; }
    dd { margin: 0; overflow-wrap: anywhere; }
    .figure { font-weight: bold; color: #8b1a1a; }
    .clause { background: #f6f6f3; border-left: 3pt solid #c4c4bc; color: #3d3d3d;
      font-size: 9.5pt; padding: 2mm 3.5mm; margin: 2mm 0 4mm; orphans: 3; widows: 3; }
    .clause h4 { font-size: 9pt; margin: 0 0 1mm; color: #666; font-weight: bold;
      break-after: avoid; page-break-after: avoid; }
    .clause p { margin: 0 0 1mm; text-indent: 2em; }
    .clause-ref { font-size: 9pt; color: #666; margin: 1mm 0 4mm 25mm; }
    .draft { display: inline-block; font-size: 8.5pt; font-weight: normal; color: #9a4a00;
      border: 0.5pt solid #d9a066; padding: 0 1.2mm; margin-left: 1.5mm; line-height: 1.4;
      vertical-align: middle; }
    .reason { color: #8b1a1a; }
    ul.documents { padding-left: 5mm; }
    footer { margin-top: 8mm; font-size: 8.5pt; color: #666; border-top: 0.5pt solid #ccc;
      padding-top: 2mm; }
    """
}
