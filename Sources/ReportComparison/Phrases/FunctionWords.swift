/// Words that carry grammar rather than content: a phrase beginning or ending with one is a
/// fragment of a longer phrase (`的新质生产`, `of the`), not a key phrase.
enum FunctionWords {
    /// Particles and pronouns that seldom begin a content word; characters that often do
    /// (就业, 着力, 对外, 以旧换新, 要素, 地方) are deliberately left out.
    static let hanLeading: Set<String> = [
        "的", "了", "和", "与", "并", "或", "而", "且", "但", "在", "是", "把", "被", "于",
        "将", "让", "之", "这", "那", "也", "都", "又", "等", "我", "们", "你", "他", "它",
    ]

    /// Characters that seldom end a content word: the leading ones, and prepositions and
    /// modal verbs that introduce what follows (`政策要`, `加强对`).
    static let hanTrailing: Set<String> = hanLeading.union([
        "要", "对", "以", "为", "从", "由", "使", "着", "就", "还", "得",
    ])

    static let english: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "of", "to", "in", "on", "at", "by",
        "for", "from", "with", "as", "into", "than", "that", "this", "these", "those", "it", "its",
        "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "should", "may", "might", "must", "shall",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "they", "them", "their", "who", "what", "which", "there", "here", "not", "just", "all",
        "let's", "it's", "that's", "we're", "i'm",
    ]
}
