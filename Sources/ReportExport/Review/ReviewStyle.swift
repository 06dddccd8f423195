/// The reviewer page's stylesheet, inline in the page and named by its hash in the page's
/// Content-Security-Policy.
///
/// Changes are marked by underline and strike-through as well as colour; Han text gets a CJK
/// font stack and a taller line. Under 600 px the comparison is one column with an Old/New
/// switch; print drops the controls, repeats the Old/New header and numbers the pages.
///
/// The stylesheet is `Resources/review.css`, embedded at build time.
enum ReviewStyle {
    static let source = EmbeddedText.string(PackageResources.review_css)
}
