/// Every word of the review page's own interface, in Chinese and English, in one table: the page
/// writes a label in the report's language and its script switches all of them at once.
enum ReviewLabels {
    /// Interface languages, as `lang` values.
    static let chinese = "zh-CN", english = "en"

    /// Key, Chinese, English. Keys are stable: the script looks labels up by them.
    static let table: [(key: String, zh: String, en: String)] = [
        ("skip", "跳到对比", "Skip to the comparison"),
        ("summary", "变化摘要", "What changed"),
        ("scorecard", "主要指标", "Headline targets"),
        ("allRows", "全部指标", "All indicators"),
        ("structure", "结构对照", "Structure, old ↔ new"),
        ("phrases", "提法变化", "Phrase changes"),
        ("provenance", "来源与文件", "Sources and files"),
        ("outline", "目录", "Outline"),
        ("comparison", "逐句对比", "Comparison"),
        ("indicator", "指标", "Indicator"),
        ("year", "年份", "Year"),
        ("target", "目标（旧）", "Target (old)"),
        ("outcome", "实际（新）", "Outcome (new)"),
        ("verdict", "结果", "Verdict"),
        ("nextTarget", "新目标（新）", "Next target (new)"),
        ("change", "变化", "Change"),
        ("note", "说明", "Note"),
        ("old", "旧", "Old"),
        ("new", "新", "New"),
        ("relation", "关系", "Relation"),
        ("noScorecard", "两份报告都未找到目标，没有指标表。", "No target was found in either report: there is no scorecard."),
        ("noStructure", "两份报告都没有分部分或分节。", "Neither report is divided into parts or sections."),
        ("noPhrases", "没有明显变化的提法。", "No key phrase changed notably."),
        ("ph-introduced", "新提法", "New"),
        ("ph-dropped", "不再提", "Dropped"),
        ("ph-increased", "提得更多", "More often"),
        ("ph-decreased", "提得更少", "Less often"),
        ("more", "更多", "more"),
        ("date", "日期", "Date"),
        ("meeting", "会议", "Meeting"),
        ("speaker", "报告人", "Speaker"),
        ("truncated", "截至", "Truncated at"),
        ("file", "文件", "File"),
        ("size", "大小", "Size"),
        ("archive", "对比存档", "Archive"),
        ("madeBy", "生成工具", "Made by"),
        ("generated", "生成时间", "Generated"),
        ("options", "选项", "Options"),
        ("language", "界面语言", "Language"),
        ("view", "视图", "View"),
        ("sideBySide", "并排", "Side by side"),
        ("redline", "修订", "Redline"),
        ("granularity", "粒度", "Detail"),
        ("g-sentence", "句", "Sentence"),
        ("g-phrase", "短语", "Phrase"),
        ("g-character", "字", "Character"),
        ("show", "显示", "Show"),
        ("onlyChanges", "只看变化", "Only changes"),
        ("onlyNumbers", "只看数字变化", "Only numeric changes"),
        ("onlyFlagged", "只看存疑", "Flagged only"),
        ("part", "部分", "Part"),
        ("allParts", "全部", "All parts"),
        ("previous", "← 上一处", "← Previous"),
        ("next", "下一处 →", "Next →"),
        ("nextUnreviewed", "下一处未审", "Next unreviewed"),
        ("keys", "快捷键", "Keys"),
        ("shortcutsOn", "启用单键快捷键", "Single-key shortcuts"),
        ("side", "显示", "Show"),
        ("review", "审阅", "Review"),
        ("noSelection", "未选中变更：按 n 或点击一处变更。", "No change selected: press n or click a change."),
        ("accept", "✓ 接受", "✓ Accept"),
        ("flag", "⚑ 存疑", "⚑ Flag"),
        ("clear", "清除", "Clear"),
        ("scope", "范围", "Apply to"),
        ("scope-change", "本处", "this change"),
        ("scope-section", "本节", "this section"),
        ("scope-part", "本部分", "this part"),
        ("scope-shown", "当前筛选", "all shown"),
        ("comment", "批注", "Comment"),
        ("reviewer", "审阅人", "Reviewer"),
        ("export", "导出审阅XML", "Export review XML"),
        ("import", "导入", "Import"),
        ("changeList", "变更列表", "Change list"),
        ("type", "类型", "Type"),
        ("excerpt", "摘录", "Excerpt"),
        ("state", "状态", "State"),
        ("accepted", "已接受", "accepted"),
        ("flagged", "存疑", "flagged"),
        ("unreviewed", "未审", "unreviewed"),
        ("reviewedOf", "已审", "reviewed"),
        ("k-next", "下一处变更", "next change"),
        ("k-prev", "上一处变更", "previous change"),
        ("k-unrev", "下一处未审变更", "next unreviewed change"),
        ("k-accept", "接受所选范围", "accept the chosen scope"),
        ("k-flag", "标记所选范围存疑", "flag the chosen scope"),
        ("k-comment", "批注", "comment"),
        ("k-view", "并排或修订", "side by side or redline"),
        ("k-help", "本列表", "this list"),
        ("k-close", "关闭", "close"),
        ("close", "关闭", "Close"),
        ("exportNote", "同时已下载；可用 report-diff validate 检查。", "Saved as a download too; report-diff validate checks it."),
        ("footer", "本页不从任何地方加载内容；审阅标记保存在本浏览器中，导出后方可带走。", "This page loads nothing from anywhere; review marks stay in this browser until exported."),
        ("unchangedRun", "句未变", "unchanged sentences"),
        ("movedFrom", "↓ 原位置：", "↓ moved from here: "),
        ("nowAt", " → 现位于 ", " → now at "),
        ("oldPlace", "↑ 原位置", "↑ old place"),
        ("rel-matched", "对应", "matched"),
        ("rel-moved", "移动", "moved"),
        ("rel-split", "拆分", "split"),
        ("rel-merged", "合并", "merged"),
        ("rel-added", "新增", "added"),
        ("rel-removed", "删除", "removed"),
        ("rel-renamed", "改写标题", "renamed"),
        ("rel-edited", "修改", "edited"),
        ("v-met", "✓ 完成", "✓ met"),
        ("v-missed", "✗ 未完成", "✗ missed"),
        ("v-not-reported", "未报告", "not reported"),
        ("v-not-comparable", "不可比", "not comparable"),
        ("c-unchanged", "= 未变", "= unchanged"),
        ("c-raised", "↑ 提高", "↑ raised"),
        ("c-lowered", "↓ 降低", "↓ lowered"),
        ("c-qualifier-changed", "措辞变化", "qualifier changed"),
        ("c-new", "+ 新增", "+ new"),
        ("c-dropped", "− 不再设", "− dropped"),
        ("c-not-comparable", "不可比", "not comparable"),
    ]

    private static let byKey: [String: (zh: String, en: String)] = Dictionary(
        table.map { ($0.key, ($0.zh, $0.en)) }, uniquingKeysWith: { first, _ in first })

    /// The label for `key` in `language` (`zh…` or anything else for English); the key itself
    /// when the table lacks it, so a missing label shows rather than vanishes.
    static func text(_ key: String, _ language: String) -> String {
        guard let entry = byKey[key] else { return key }
        return language.hasPrefix("zh") ? entry.zh : entry.en
    }

    /// The table as a JavaScript object literal for the page's script: `{"key":["中","en"],…}`.
    static let javaScript: String = {
        var out = "{"
        for (index, entry) in table.enumerated() {
            if index > 0 { out += "," }
            out += jsString(entry.key) + ":[" + jsString(entry.zh) + "," + jsString(entry.en) + "]"
        }
        return out + "}"
    }()

    private static func jsString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
