/// The reviewer page's script, inline in the page and named by its hash in the page's
/// Content-Security-Policy: the interface language, filters, views and detail, keyboard
/// navigation, a change list, and review marks kept in `localStorage` under the two reports'
/// SHA-256 (so a regenerated archive of the same reports keeps them) and exported as XML.
///
/// It reads everything from the page itself and touches only what it is asked about, so
/// opening even a large comparison costs one pass over the change rows. Opened with
/// `#selftest`, the page checks itself and writes the results into `#selftest`.
///
/// The script is `Resources/review.js`, a file a linter or `node --check` can read, embedded at
/// build time; its `/* labels */{}` placeholder is replaced by the one table of interface labels.
enum ReviewScript {
    static let source = EmbeddedText.string(PackageResources.review_js)
        .replacingLiterally("/* labels */{}", with: ReviewLabels.javaScript)
}
