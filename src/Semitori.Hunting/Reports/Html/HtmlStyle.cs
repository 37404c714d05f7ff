namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// The report's only stylesheet, inlined in the page: no web fonts (local font stacks only), no
/// external resources. The level colours are defined once, as custom properties in :root, and used by
/// the banner, the badges and the file borders alike.
/// The print rules keep the colours (print-color-adjust), avoid splitting a finding across pages and
/// print each link's address after it, since a paper copy cannot be clicked.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
:root{--alert:#b3261e;--warning:#9a5800;--notice:#1d5fa6;--info:#5f6368;--clean:#2e7d32;--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,sans-serif}
code,pre,.mono{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono","Liberation Mono",monospace;font-size:13px}
main{padding:8px 32px 32px;max-width:1280px}
.verdict{margin:0;padding:28px 32px 24px;color:#fff;min-height:150px}
.verdict h1{margin:0 0 6px;font-size:30px;line-height:1.2}
.verdict p{margin:2px 0;font-size:16px}
.verdict-alert{background:var(--alert)}.verdict-warning{background:var(--warning)}.verdict-clean{background:var(--clean)}
h2{margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line);font-size:22px}
h3{margin:22px 0 8px;font-size:18px}
h4{margin:14px 0 6px;font-size:15px}
.ja{color:var(--muted);font-weight:normal;font-size:.8em;margin-left:.5em}
table{border-collapse:collapse;margin:6px 0 12px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;min-width:64px;padding:1px 8px;border-radius:3px;color:#fff;font-size:12px;font-weight:bold;text-align:center;text-transform:uppercase}
.badge-alert{background:var(--alert)}.badge-warning{background:var(--warning)}.badge-notice{background:var(--notice)}.badge-info{background:var(--info)}
.file{border:1px solid var(--line);border-left:6px solid var(--info);margin:14px 0;padding:8px 14px;break-inside:avoid}
.file-alert{border-left-color:var(--alert)}.file-warning{border-left-color:var(--warning)}.file-notice{border-left-color:var(--notice)}
.file h3{margin:4px 0;font-size:16px;word-break:break-all}
.finding{border-top:1px dashed var(--line);padding:6px 0 4px;break-inside:avoid}
.finding dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}
.finding dt{color:var(--muted)}.finding dd{margin:0;word-break:break-word}
.evidence{margin:2px 0;padding-left:18px}
.evidence code,.path{word-break:break-all}
.details td:first-child{white-space:nowrap}
.cc{display:inline-block;border:1px solid var(--alert);color:var(--alert);border-radius:2px;padding:0 2px;font-size:11px;font-family:ui-monospace,monospace}
.cut{color:var(--muted);font-style:italic}
.muted{color:var(--muted)}
.timeline td:first-child{white-space:nowrap}
.refs{font-size:12px;color:var(--muted)}
ul.plain{list-style:none;padding-left:0;margin:4px 0}
ul.sources li,ol.references li{margin:3px 0}
footer{margin-top:36px;padding-top:8px;border-top:1px solid var(--line);color:var(--muted);font-size:12px}
a{color:#0b5cad}
@media print{
 body{font-size:11pt}
 main{padding:0 12mm;max-width:none}
 .verdict{min-height:0}
 h2{break-after:avoid}
 a[href^="http"]::after{content:" <" attr(href) ">";font-size:9pt;color:var(--muted);word-break:break-all}
 nav{display:none}
}
""";
}
