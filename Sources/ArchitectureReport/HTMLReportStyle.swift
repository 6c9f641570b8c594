/// The report page's style sheet: system fonts, a sticky table of contents, status colours that are
/// always paired with a sign and a word, and a print layout without the navigation.
enum HTMLReportStyle {
    static let css = """
        :root {
          --ink: #1f2933; --muted: #52606d; --line: #e4e7eb; --paper: #ffffff; --wash: #f5f7fa;
          --accent: #2b6cb0; --good: #276749; --good-wash: #e6f4ea; --warning: #8a5a00; --warning-wash: #fdf3d8;
          --bad: #b42318; --bad-wash: #fde8e6; --neutral-wash: #eef1f4;
        }
        * { box-sizing: border-box; }
        html { scroll-behavior: smooth; scroll-padding-top: 1rem; }
        body {
          margin: 0; color: var(--ink); background: var(--wash); line-height: 1.5;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        code { font: 0.88em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--neutral-wash);
          padding: 0.05em 0.3em; border-radius: 3px; overflow-wrap: anywhere; }
        code.name { white-space: nowrap; overflow-wrap: normal; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        .masthead { background: #102a43; color: #f0f4f8; padding: 1.6rem 2rem 1.2rem; }
        .masthead h1 { margin: 0; font-size: 1.7rem; font-weight: 600; letter-spacing: -0.01em; }
        .subtitle { margin: 0.3rem 0 0.9rem; color: #bcccdc; }
        .facts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.8rem; margin: 0; font-size: 0.86rem; }
        .facts div { display: flex; gap: 0.4rem; }
        .facts dt { color: #9fb3c8; }
        .facts dd { margin: 0; font-weight: 600; }
        .layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); max-width: 88rem; margin: 0 auto; }
        .toc { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 1.4rem 1rem; }
        .toc-title { margin: 0 0 0.5rem; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.08em;
          color: var(--muted); font-weight: 700; }
        .toc ol { list-style: none; margin: 0; padding: 0; }
        .toc li { margin: 0.15rem 0; }
        .toc a { display: block; padding: 0.2rem 0.6rem; border-radius: 5px; color: var(--ink); font-size: 0.92rem; }
        .toc a:hover { background: var(--neutral-wash); text-decoration: none; }
        .toc ol ol { margin-left: 0.8rem; border-left: 2px solid var(--line); }
        .toc ol ol a { font-size: 0.85rem; color: var(--muted); }
        main { padding: 1.2rem 2rem 3rem; min-width: 0; }
        .report-section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
          padding: 1.2rem 1.6rem 1.4rem; margin: 0 0 1.4rem; }
        h2 { margin: 0 0 0.8rem; font-size: 1.35rem; font-weight: 600; }
        h3 { margin: 1.4rem 0 0.5rem; font-size: 1.1rem; }
        h4 { margin: 1rem 0 0.4rem; font-size: 1rem; }
        .subsection:first-of-type h3 { margin-top: 0.4rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.9rem;
          margin-bottom: 1.2rem; }
        .card { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 8px;
          padding: 0.8rem 1rem; background: var(--neutral-wash); }
        .card p { margin: 0; }
        .card-title { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted);
          font-weight: 700; }
        .card-value { font-size: 1.2rem; font-weight: 600; }
        .card p.card-value { margin: 0.15rem 0; }
        .card-detail { font-size: 0.85rem; color: var(--muted); }
        .card.good { border-left-color: var(--good); background: var(--good-wash); }
        .card.good .sign { color: var(--good); }
        .card.warning { border-left-color: #d69e2e; background: var(--warning-wash); }
        .card.warning .sign { color: var(--warning); }
        .card.bad { border-left-color: var(--bad); background: var(--bad-wash); }
        .card.bad .sign { color: var(--bad); }
        .badge { display: inline-block; padding: 0 0.45em; border-radius: 999px; font-size: 0.82em; font-weight: 600;
          white-space: nowrap; border: 1px solid transparent; }
        .badge.good { color: var(--good); background: var(--good-wash); border-color: #b7dfc3; }
        .badge.warning { color: var(--warning); background: var(--warning-wash); border-color: #f1d596; }
        .badge.bad { color: var(--bad); background: var(--bad-wash); border-color: #f5b8b1; }
        .badge.neutral { color: var(--muted); background: var(--neutral-wash); border-color: var(--line); }
        .table-wrap { overflow-x: auto; margin: 0.6rem 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
        table.compact { width: auto; min-width: min(34rem, 100%); }
        table.compact td:first-child { color: var(--muted); white-space: nowrap; }
        caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 0.8rem; padding-top: 0.4rem; }
        th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line);
          padding: 0.4rem 0.6rem; white-space: nowrap; }
        td { border-bottom: 1px solid var(--line); padding: 0.4rem 0.6rem; vertical-align: top; }
        tbody tr:hover { background: #fafbfc; }
        .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 0.8rem 0 1.2rem; }
        figcaption { color: var(--muted); font-size: 0.82rem; margin-top: 0.3rem; }
        .diagram { border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem; overflow-x: auto;
          background: #fcfcfd; }
        .diagram pre.mermaid { margin: 0; text-align: center; white-space: pre; }
        .diagram svg { max-width: 100%; height: auto; }
        .chart { width: 100%; max-width: 760px; height: auto; }
        .decision { border: 1px solid var(--line); border-radius: 8px; padding: 0.2rem 1rem 0.6rem; margin: 0.8rem 0; }
        .decision dt { font-weight: 600; font-size: 0.85rem; color: var(--muted); margin-top: 0.5rem; }
        .decision dd { margin: 0.1rem 0 0; }
        .decision dd p { margin: 0.2rem 0; }
        .decision .source { font-size: 0.8rem; color: var(--muted); margin: 0.6rem 0 0; }
        footer { color: var(--muted); font-size: 0.82rem; padding: 0 0.4rem; }
        @media (max-width: 900px) {
          .layout { grid-template-columns: 1fr; }
          .toc { position: static; max-height: none; }
        }
        @media print {
          body { background: #fff; font-size: 11pt; }
          .masthead { background: #fff; color: #000; border-bottom: 2px solid #000; padding: 0 0 0.6rem; }
          .subtitle, .facts dt { color: #333; }
          .layout { display: block; max-width: none; }
          .toc { display: none; }
          main { padding: 0; }
          .report-section { border: 0; padding: 0; margin: 1.2rem 0; break-inside: auto; }
          figure, .card, tr, .decision { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          a { color: inherit; }
        }

        """
}
