/// The page's only style sheet, inline: readable on screen, one procedure a page when printed,
/// system fonts only (nothing is fetched).
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; }
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1a202c;
          background: #fff; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.7rem; margin-bottom: .25rem; }
        h2 { font-size: 1.35rem; border-bottom: 3px solid #2b6cb0; padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
        p.note, figcaption { color: #4a5568; font-size: .9rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .85rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { padding: .3rem .45rem; border-bottom: 1px solid #e2e8f0; text-align: right; vertical-align: top; white-space: nowrap; }
        th[scope=col], td.name:last-child { white-space: normal; }
        td.name:last-child { min-width: 12rem; }
        th[scope=col] { border-bottom: 2px solid #a0aec0; vertical-align: bottom; }
        th.name, td.name { text-align: left; }
        td.hidden, th.hidden, .hidden { color: #718096; font-style: italic; }
        dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.summary dt { font-weight: 600; }
        dl.summary dd { margin: 0; }
        figure { margin: 1rem 0; }
        svg { width: 100%; height: auto; }
        svg text { font: 12px system-ui, sans-serif; fill: #1a202c; }
        svg text.light { fill: #fff; }
        svg text.hidden { fill: #4a5568; font-style: italic; font-size: 10px; }
        rect.reached { fill: #2b6cb0; }
        rect.exits { fill: #c05621; }
        rect.started { fill: #bee3f8; }
        line.grid { stroke: #cbd5e0; stroke-width: 1; }
        polyline.completion { fill: none; stroke: #2f855a; stroke-width: 2.5; }
        circle.completion { fill: #2f855a; }
        .key span { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin: 0 .3em 0 1em; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          section.procedure { break-before: page; }
          table, figure, dl { break-inside: avoid; }
          .scroll { overflow: visible; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
