/// The reviewer page's stylesheet, inline in the page and named by its hash in the page's
/// Content-Security-Policy.
///
/// Changes are marked by underline and strike-through as well as colour; Han text gets a CJK
/// font stack and a taller line. Under 600 px the comparison is one column with an Old/New
/// switch; print drops the controls, repeats the Old/New header and numbers the pages.
enum ReviewStyle {
    static let source = #"""
:root{--fg:#1b1b1b;--bg:#fff;--mut:#595959;--line:#d4d4d4;--faint:#f1f1f1;--ins:#dff3dc;--insfg:#0b5a1c;--del:#fde4e4;--delfg:#8c1414;--acc:#1a5fb4;--nav:17rem;--gut:9.5rem}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;color:var(--fg);background:var(--bg);line-height:1.55}
:lang(zh){font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Zen Hei","Noto Sans SC",system-ui,sans-serif;line-break:strict}
.rows :lang(zh),.rows:lang(zh){line-height:1.85}
.rows .o:lang(zh),.rows .n:lang(zh),.rows .r:lang(zh){text-align:justify}
body{margin:0;display:grid;grid-template-columns:var(--nav) minmax(0,1fr)}
a{color:var(--acc)}
:focus-visible{outline:3px solid var(--acc);outline-offset:2px}
[id]{scroll-margin-top:7rem}
.skip{position:absolute;left:-9999px}
.skip:focus{left:1rem;top:1rem;z-index:9;background:var(--bg);padding:.3rem .6rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);margin:0;padding:0;border:0}
#outline{position:sticky;top:0;height:100vh;overflow:auto;border-right:1px solid var(--line);padding:.5rem .9rem 4rem;font-size:.86rem;background:#fafafa}
#outline h2{margin-top:.4rem}
#outline ol{list-style:none;padding-left:0;margin:.15rem 0}
#outline ol ol{padding-left:1rem}
#outline li{margin:.12rem 0;line-height:1.5}
#outline .op>a{font-weight:600}
#outline .pages{list-style:none;padding:0;margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.2rem .8rem}
.pr.done{color:#0b5a1c;font-weight:700}
.content{min-width:0;padding:0 1.25rem 9rem}
.hd{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.3rem 1rem}
h1{font-size:1.3rem;margin:.7rem 0 .2rem;overflow-wrap:anywhere}
.lsw{font-size:.85rem}
h2{font-size:1.08rem;margin:.9rem 0 .4rem;padding-bottom:.15rem;border-bottom:1px solid var(--line)}
.sum{font-size:1.02rem;margin:.2rem 0 .5rem;max-width:70rem;overflow-wrap:anywhere}
.sum:lang(zh){line-height:1.8}
table{border-collapse:collapse;font-size:.84rem}
th,td{border:1px solid var(--line);padding:.1rem .45rem;text-align:left;vertical-align:top}
thead th,tbody th{background:var(--faint)}
.tw{max-width:100%;overflow-x:auto}
details.more>summary{cursor:pointer;color:var(--acc);font-size:.88rem;margin:.3rem 0}
.facts{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:flex-start}
.meta td,.meta th,.counts td,.counts th{padding:.05rem .4rem;line-height:1.45}
.counts td{text-align:right;font-variant-numeric:tabular-nums}
code.hash{font-size:.72rem;word-break:break-all;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.prov{font-size:.8rem;color:var(--mut);margin:.2rem 0;overflow-wrap:anywhere}
.none{color:var(--mut)}
.sc{min-width:100%}
.sc td,.sc th{line-height:1.4}
.st tr.x td{background:#fffcf0}
.st tr.lp td{font-weight:600}
.ph{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.4rem 1rem}
.ph h3{font-size:.92rem;margin:.2rem 0}
.ph ul{list-style:none;margin:0;padding:0;font-size:.88rem;columns:2 7rem;column-gap:1rem}
.ct{color:var(--mut);font-size:.78em;font-variant-numeric:tabular-nums}
.b{display:inline-block;font-size:.72rem;line-height:1.35;padding:0 .38rem;border:1px solid currentColor;border-radius:.65rem;white-space:nowrap;font-weight:600;text-align:left}
.b-moved{color:#6a2c91}.b-split,.b-merged{color:#7a5200}.b-added,.v-met,.c-raised,.c-new{color:#0b5a1c}.b-removed,.v-missed,.c-lowered,.c-dropped{color:#8c1414}.b-renamed,.b-edited,.c-qualifier-changed{color:var(--acc)}
.stick{position:sticky;top:0;z-index:3;background:var(--bg)}
.bar{display:flex;flex-wrap:wrap;gap:.2rem 1rem;align-items:center;padding:.3rem 0;border-bottom:1px solid var(--line);font-size:.84rem}
.bar fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.1rem .6rem;align-items:center}
.bar legend{float:left;margin-right:.4rem;font-weight:600}
.bar select{max-width:14rem}
.bar .nav{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
.bar .narrow{display:none}
#pos{color:var(--mut);min-width:5rem}
button{font:inherit;font-size:.86rem;padding:.1rem .6rem;border:1px solid #767676;border-radius:.3rem;background:var(--bg);color:var(--fg);cursor:pointer}
button[aria-pressed="true"]{background:var(--acc);border-color:var(--acc);color:#fff}
kbd{font-family:ui-monospace,monospace;font-size:.8em;border:1px solid var(--line);border-radius:.2rem;padding:0 .25rem}
.cols,.row,.ghost{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr) var(--gut);gap:0 1.1rem}
.cols{font-size:.8rem;font-weight:600;color:var(--mut);padding:.2rem 0;border-bottom:2px solid var(--line)}
.blk{content-visibility:auto;contain-intrinsic-size:auto 900px}
.row>.o{grid-column:1}.row>.n{grid-column:2}.row>.g{grid-column:3}.row>.r{display:none}
.row>.cmt{grid-column:1/-1;margin:.1rem 0 .3rem;padding:.1rem .5rem;border-left:3px solid #8c1414;background:#fff6e0;font-size:.85rem;white-space:pre-wrap}
.row.s{border-top:1px solid var(--faint);padding:.12rem 0}
.row.chg{background:#fffcf0}
.row.cur{outline:3px solid var(--acc);outline-offset:1px}
.row h3{font-size:1.12rem;margin:1.3rem 0 .3rem}
.row h4{font-size:1rem;margin:.9rem 0 .25rem}
.row.pp{padding-top:.3rem;line-height:1.2}
h5.sub{font-size:.95rem;margin:.2rem 0 0}
.pm{color:var(--mut);font-size:.78rem}
.q{font-style:italic}
.no{margin-right:.1em}
.gp{display:none}
.gr-p .gp{display:inline}
.gr-p .gc:not(.g1){display:none}
.gr-s .ed>.o .gc{text-decoration:line-through;text-decoration-thickness:1.5px;background:var(--del);color:var(--delfg)}
.gr-s .ed>.n .gc{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.22em;background:var(--ins);color:var(--insfg)}
.gr-s .gc del,.gr-s .gc ins,.gr-s .gc .mw{background:none;text-decoration:inherit;color:inherit}
.gr-s .gc .mw::before{content:none}
.redline.gr-s .row.ed>.r{display:none}
.redline.gr-s .row.ed>.o,.redline.gr-s .row.ed>.n{display:block;grid-column:1}
ins{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.22em;background:var(--ins);color:var(--insfg)}
del{text-decoration:line-through;text-decoration-thickness:1.5px;background:var(--del);color:var(--delfg)}
.mw{text-decoration:underline dotted 2px;text-underline-offset:.22em;background:#efe6f7;color:#4b1f6b}
.mw::before{content:"⇄";font-size:.75em;margin-right:.1em}
b.nm{font-weight:700;border-bottom:3px double currentColor}
.g{font-size:.78rem;display:flex;flex-wrap:wrap;gap:.2rem .3rem;align-content:flex-start;padding-top:.2rem;line-height:1.4;text-align:left}
.nc{border:1px dashed var(--mut);border-radius:.3rem;padding:0 .25rem}
.mv{white-space:nowrap}
.row[data-mark]>.g::after{font-weight:700;padding:0 .3rem;border:2px solid currentColor;border-radius:.3rem}
.row[data-mark="accepted"]>.g::after{content:"✓";color:#0b5a1c}
.row[data-mark="flagged"]>.g::after{content:"⚑";color:#8c1414}
.row[data-mark]:not(:has(>.g))::after{grid-column:3;font-weight:700}
.row[data-mark="accepted"]:not(:has(>.g))::after{content:"✓";color:#0b5a1c}
.row[data-mark="flagged"]:not(:has(>.g))::after{content:"⚑";color:#8c1414}
.ghost>.o{grid-column:1;font-size:.84rem;border:1px dashed var(--mut);padding:.1rem .45rem;margin:.25rem 0;text-align:left}
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
.f-flag .row:not([data-mark="flagged"]):not(.h),.f-flag details.same,.f-flag .ghost{display:none}
#review{position:fixed;left:var(--nav);right:0;bottom:0;z-index:4;background:#f3f6fb;border-top:2px solid var(--acc);padding:.3rem 1.25rem;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;align-items:center;font-size:.84rem}
#review[hidden],#changes[hidden]{display:none}
#review .cur{flex:1 1 100%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#review .acts,#review .io{display:flex;flex-wrap:wrap;gap:.3rem .5rem;align-items:center}
#review input[type=text]{max-width:40vw}
#rv-id{font-weight:600}
#rv-note{color:var(--mut)}
#changes{position:fixed;right:0;top:0;bottom:6.5rem;width:min(34rem,100vw);z-index:5;background:var(--bg);border-left:2px solid var(--acc);overflow:auto;padding:0 .6rem;font-size:.84rem}
#changes h2{margin-top:.5rem}
.cl button{padding:0 .3rem;font-size:.8rem}
.cl tr.m-accepted td:last-child{color:#0b5a1c}
.cl tr.m-flagged td:last-child{color:#8c1414;font-weight:700}
.imp input{font-size:.8rem;max-width:12rem}
dialog{max-width:min(46rem,92vw);border:1px solid var(--line);border-radius:.4rem}
dialog dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem}
dialog dd{margin:0}
dialog textarea{width:100%;font-family:ui-monospace,monospace;font-size:.78rem}
footer{color:var(--mut);font-size:.8rem;margin-top:2rem;overflow-wrap:anywhere}
@media (max-width:62rem){body{display:block}#outline{position:static;height:auto;max-height:40vh;border-right:0;border-bottom:1px solid var(--line)}#review{left:0}:root{--gut:6rem}}
@media (max-width:600px){
.content{padding:0 .6rem 12rem}
#outline{max-height:22vh;padding-bottom:.5rem}
#review .io>:not(#rv-count){display:none}
.listing #review .io>*{display:revert}
.stick{position:static}
.bar .narrow{display:flex}
.bar .wide{display:none}
.bar select{max-width:100%}
.cols,.row,.ghost,.redline .row,.redline .ghost{grid-template-columns:minmax(0,1fr)}
.row>.o,.row>.n,.row>.g,.row>.r,.ghost>.o{grid-column:1}
.row>.o{display:none}
.p-old .row>.o{display:block}
.p-old .row>.n{display:none}
.cols>div:first-child{display:none}
.p-old .cols>div:first-child{display:block}
.p-old .cols>div:nth-child(2){display:none}
.row>.g{padding-top:0}
#review{padding:.25rem .6rem;font-size:.8rem;max-height:40vh;overflow:auto}
#review input[type=text]{max-width:60vw}
#changes{bottom:40vh}
}
@page{margin:16mm 12mm;@top-left{content:var(--print-old,"Old");font-size:9pt;color:#595959}@top-right{content:var(--print-new,"New");font-size:9pt;color:#595959}@bottom-center{content:counter(page) " / " counter(pages);font-size:9pt}}
@media print{
html{font-size:10pt}
body{display:block}
#outline,.bar,#review,#changes,dialog,.skip,.mv,.lsw,details.same>summary::marker{display:none!important}
.content{padding:0}
.stick{position:static}
.blk{content-visibility:visible}
.gp{display:none}
.gc{display:inline}
.row.chg,.row.cur{background:none;outline:0}
.row,.ghost,tr{break-inside:avoid}
h3,h4{break-after:avoid}
a{color:inherit;text-decoration:none}
ins,del,.b,.cmt{print-color-adjust:exact;-webkit-print-color-adjust:exact}
details.more:not([open])>*:not(summary){display:revert}
}
"""#
}
