/// The reviewer page's stylesheet, inline in the page and named by its hash in the page's
/// Content-Security-Policy.
///
/// Changes are marked by underline and strike-through as well as colour; Han text gets a CJK
/// font stack and a taller line; a print stylesheet drops the controls.
enum ReviewStyle {
    static let source = #"""
:root{--fg:#1b1b1b;--bg:#fff;--mut:#595959;--line:#d4d4d4;--faint:#f1f1f1;--ins:#dff3dc;--insfg:#0b5a1c;--del:#fde4e4;--delfg:#8c1414;--acc:#1a5fb4;--nav:19rem;--gut:9.5rem}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;color:var(--fg);background:var(--bg);line-height:1.55}
:lang(zh){font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Zen Hei","Noto Sans SC",system-ui,sans-serif;line-height:1.85;line-break:strict}
.rows .o:lang(zh),.rows .n:lang(zh),.rows .r:lang(zh){text-align:justify}
body{margin:0;display:grid;grid-template-columns:var(--nav) minmax(0,1fr)}
a{color:var(--acc)}
:focus-visible{outline:3px solid var(--acc);outline-offset:2px}
[id]{scroll-margin-top:7rem}
.skip{position:absolute;left:-9999px}
.skip:focus{left:1rem;top:1rem;z-index:9;background:var(--bg);padding:.3rem .6rem}
#outline{position:sticky;top:0;height:100vh;overflow:auto;border-right:1px solid var(--line);padding:.5rem .9rem 4rem;font-size:.88rem;background:#fafafa}
#outline h2{margin-top:.4rem}
#outline ol{list-style:none;padding-left:0;margin:.15rem 0}
#outline ol ol{padding-left:1rem}
#outline li{margin:.12rem 0;line-height:1.5}
#outline .op>a{font-weight:600}
#outline .pages{list-style:none;padding:0;margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.2rem .8rem}
.content{min-width:0;padding:0 1.25rem 7rem}
h1{font-size:1.3rem;margin:.7rem 0 .4rem}
h2{font-size:1.08rem;margin:1.1rem 0 .45rem;padding-bottom:.15rem;border-bottom:1px solid var(--line)}
table{border-collapse:collapse;font-size:.84rem}
th,td{border:1px solid var(--line);padding:.12rem .45rem;text-align:left;vertical-align:top}
thead th,tbody th{background:var(--faint)}
caption{text-align:left;font-weight:600;padding:.15rem 0}
.facts{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:flex-start}
.meta{flex:1 1 30rem}
.meta th,.meta td,.counts th,.counts td{padding:.05rem .4rem;line-height:1.45}
.counts th{font-size:.78rem}
.meta tbody td{width:50%}
.meta :lang(zh){text-align:left}
.counts td{text-align:right;font-variant-numeric:tabular-nums}
code.hash{font-size:.72rem;word-break:break-all;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.totals{margin:.5rem 0 .2rem}
.totals span{margin-right:1.3rem}
.prov{font-size:.8rem;color:var(--mut);margin:.2rem 0}
.none{color:var(--mut)}
.sc{width:100%}
.sc :lang(zh),.sc:lang(zh){text-align:left}
.ph{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.4rem 1rem}
.ph h3{font-size:.92rem;margin:.2rem 0}
.ph ul{list-style:none;margin:0;padding:0 .3rem 0 0;max-height:9.5rem;overflow:auto;font-size:.88rem;text-align:left}
.ct{color:var(--mut);font-size:.78em;font-variant-numeric:tabular-nums}
.b{display:inline-block;font-size:.72rem;line-height:1.35;padding:0 .38rem;border:1px solid currentColor;border-radius:.65rem;white-space:nowrap;font-weight:600;text-align:left}
.b-moved{color:#6a2c91}.b-split,.b-merged{color:#7a5200}.b-added,.v-met,.c-raised,.c-new{color:#0b5a1c}.b-removed,.v-missed,.c-lowered,.c-dropped{color:#8c1414}.b-renamed,.b-edited,.c-qualifier-changed{color:var(--acc)}
.stick{position:sticky;top:0;z-index:3;background:var(--bg)}
.bar{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center;padding:.35rem 0;border-bottom:1px solid var(--line);font-size:.86rem}
.bar fieldset{border:0;margin:0;padding:0;display:flex;gap:.6rem;align-items:center}
.bar legend{float:left;margin-right:.4rem;font-weight:600}
.bar select{max-width:16rem}
.bar .nav{display:flex;gap:.4rem;align-items:center}
#pos{color:var(--mut);min-width:8rem}
button{font:inherit;font-size:.86rem;padding:.1rem .6rem;border:1px solid #767676;border-radius:.3rem;background:var(--bg);color:var(--fg);cursor:pointer}
button[aria-pressed="true"]{background:var(--acc);border-color:var(--acc);color:#fff}
kbd{font-family:ui-monospace,monospace;font-size:.8em;border:1px solid var(--line);border-radius:.2rem;padding:0 .25rem}
.cols,.row,.ghost{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr) var(--gut);gap:0 1.1rem}
.cols{font-size:.8rem;font-weight:600;color:var(--mut);padding:.2rem 0;border-bottom:2px solid var(--line)}
.blk{content-visibility:auto;contain-intrinsic-size:auto 900px}
.row>.o{grid-column:1}.row>.n{grid-column:2}.row>.g{grid-column:3}.row>.r{display:none}
.row.s{border-top:1px solid var(--faint);padding:.12rem 0}
.row.chg{background:#fffcf0}
.row.cur{outline:3px solid var(--acc);outline-offset:1px}
.row h3{font-size:1.12rem;margin:1.3rem 0 .3rem}
.row h4{font-size:1rem;margin:.9rem 0 .25rem}
.row.pp{padding-top:.3rem;line-height:1.2}
h5.sub{font-size:.95rem;margin:.2rem 0 0}
.pm{color:var(--mut);font-size:.78rem}
.no{margin-right:.1em}
ins{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.22em;background:var(--ins);color:var(--insfg)}
del{text-decoration:line-through;text-decoration-thickness:1.5px;background:var(--del);color:var(--delfg)}
b.nm{font-weight:700;border-bottom:3px double currentColor}
.g{font-size:.78rem;display:flex;flex-wrap:wrap;gap:.2rem .3rem;align-content:flex-start;padding-top:.2rem;line-height:1.4;text-align:left}
.nc{border:1px dashed var(--mut);border-radius:.3rem;padding:0 .25rem}
.mv{white-space:nowrap}
.row[data-mark]>.g::after{font-weight:700;padding:0 .3rem;border:2px solid currentColor;border-radius:.3rem}
.row[data-mark="accepted"]>.g::after{content:"✓ accepted";color:#0b5a1c}
.row[data-mark="flagged"]>.g::after{content:"⚑ flagged";color:#8c1414}
.ghost>.o{grid-column:1;font-size:.84rem;border:1px dashed var(--mut);padding:.1rem .45rem;margin:.25rem 0;text-align:left}
.ghost .q{font-style:italic}
details.same>summary{color:var(--mut);font-size:.82rem;cursor:pointer;padding:.1rem 0}
.redline .row,.redline .ghost{grid-template-columns:minmax(0,1fr) var(--gut)}
.redline .cols{display:none}
.redline .row>.o,.redline .row>.n{display:none}
.redline .row>.r{display:block;grid-column:1}
.redline .row>.g{grid-column:2}
.redline .row:not(.rl)>.n:not(.e){display:block;grid-column:1}
.redline .row.ro>.o{display:block;grid-column:1}
.f-chg .row:not(.chg):not(.h),.f-chg details.same{display:none}
.f-num .row:not(.num):not(.h),.f-num details.same,.f-num .ghost{display:none}
#review{position:fixed;left:var(--nav);right:0;bottom:0;z-index:4;background:#f3f6fb;border-top:2px solid var(--acc);padding:.35rem 1.25rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;align-items:center;font-size:.85rem}
#review[hidden]{display:none}
#review .acts,#review .io{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
#rv-id{font-weight:600}
#rv-note{color:var(--mut)}
.imp input{font-size:.8rem;max-width:14rem}
dialog{max-width:min(46rem,92vw);border:1px solid var(--line);border-radius:.4rem}
dialog dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem}
dialog dd{margin:0}
dialog textarea{width:100%;font-family:ui-monospace,monospace;font-size:.78rem}
footer{color:var(--mut);font-size:.8rem;margin-top:2rem}
@media (max-width:62rem){body{display:block}#outline{position:static;height:auto;max-height:45vh;border-right:0;border-bottom:1px solid var(--line)}#review{left:0}:root{--gut:6rem}}
@media print{
html{font-size:10pt}
body{display:block}
#outline,.bar,#review,dialog,.skip,.mv,details.same>summary::marker{display:none!important}
.content{padding:0}
.stick,.cols{position:static}
.blk{content-visibility:visible}
.row.chg,.row.cur{background:none;outline:0}
.row,.ghost,tr{break-inside:avoid}
h3,h4{break-after:avoid}
a{color:inherit;text-decoration:none}
ins,del,.b{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.ph ul{max-height:none;overflow:visible}
}
"""#
}
