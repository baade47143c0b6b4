/// The report's stylesheet: one column for reading, fact quotes underlined as well as shaded (so
/// they survive black-and-white printing), tooltips on hover or focus, and a print layout that
/// drops the tooltips and keeps figures and cells whole on a page.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; }
    body { max-width: 50rem; margin: 2rem auto; padding: 0 1rem; font-family: Georgia, "Times New Roman", serif; line-height: 1.55; color: #111; background: #fff; }
    h1, h2, h3, h4, h5, h6, .kicker, dl.provenance, table, figcaption, .fact-ref, .tip, footer { font-family: Helvetica, Arial, sans-serif; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; }
    h2 { border-bottom: 2px solid #111; padding-bottom: 0.2rem; margin-top: 2.5rem; }
    .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; margin: 0; }
    .byline { margin: 0 0 1rem; }
    dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; font-size: 0.85rem; border: 1px solid #999; padding: 0.6rem 0.8rem; }
    dl.provenance dt { font-weight: bold; }
    dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
    .verified { font-weight: bold; }
    .unverified { font-weight: bold; text-decoration: underline; }
    #article p { position: relative; }
    .para-number { font-family: Helvetica, Arial, sans-serif; font-size: 0.7rem; color: #555; vertical-align: super; }
    mark.fact { background: #fff1a8; color: inherit; border-bottom: 2px solid #111; position: relative; padding: 0 1px; }
    mark.fact mark.fact { background: #ffd86b; border-bottom-style: double; border-bottom-width: 3px; }
    mark.fact:focus { outline: 2px solid #1f4e79; }
    .fact-ref { font-size: 0.65rem; vertical-align: super; margin-left: 0.15em; color: #1f4e79; }
    .tip { display: none; position: absolute; left: 0; top: 100%; z-index: 2; width: 22rem; max-width: 80vw; background: #fff; color: #111; border: 1px solid #111; box-shadow: 2px 2px 0 #111; padding: 0.4rem 0.6rem; font-size: 0.8rem; line-height: 1.35; font-weight: normal; }
    .tip-line { display: block; }
    mark.fact:hover > .tip, mark.fact:focus > .tip, mark.fact:focus-within > .tip { display: block; }
    mark.fact:has(mark.fact:hover) > .tip { display: none; }
    table.facts { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
    table.facts th, table.facts td { border-bottom: 1px solid #bbb; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
    table.facts tr:target { outline: 2px solid #1f4e79; }
    .cell { margin: 1.2rem 0; }
    .cell:target { outline: 2px solid #1f4e79; outline-offset: 4px; }
    .cell-label { font-family: Helvetica, Arial, sans-serif; font-size: 0.75rem; color: #555; }
    pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.8rem; line-height: 1.4; margin: 0; padding: 0.5rem 0.7rem; overflow-x: auto; white-space: pre; }
    pre.input { background: #eef2f6; border-left: 4px solid #1f4e79; font-weight: bold; }
    pre.output { background: #f7f7f7; border-left: 4px solid #999; }
    pre.output.error { background: #fdecea; border-left: 4px dashed #a00; }
    .error-label { font-family: Helvetica, Arial, sans-serif; font-weight: bold; font-size: 0.8rem; color: #a00; }
    .dossier-figure { margin: 0.8rem 0; }
    .dossier-figure figcaption { font-size: 0.8rem; color: #333; }
    .dossier-table { font-size: 0.8rem; margin-bottom: 0.5rem; }
    .image-alt { font-style: italic; }
    footer { margin-top: 3rem; font-size: 0.8rem; color: #444; border-top: 1px solid #999; padding-top: 0.5rem; }
    @media print {
      body { max-width: none; margin: 0; font-size: 10.5pt; }
      @page { margin: 16mm 14mm; }
      .tip { display: none !important; }
      a { color: inherit; text-decoration: none; }
      mark.fact, mark.fact mark.fact { background: none; }
      h2 { break-after: avoid; }
      .cell, figure, tr, pre { break-inside: avoid; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; }
      svg.dossier-chart { max-width: 16cm !important; }
    }
    """
}
