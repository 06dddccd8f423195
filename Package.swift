// swift-tools-version: 6.0
import PackageDescription

// report-diff compares successive annual reports: it reads them, builds an outline, aligns the
// outlines, diffs the text of aligned pieces, extracts targets and outcomes, builds a scorecard,
// and writes a RELAX NG-validated archive and a review page. Each library is one stage, and a
// module imports only modules below it (README, "Architecture", has the table):
//
//   ReportText ← ReportModel ← ReportParsing, ReportComparison ← ReportExport ← report-diff
//
// LibXML (over libxml2) sits beside them: ReportParsing reads HTML with it, ReportExport writes
// and validates XML with it.

let package = Package(
    name: "ReportDiff",
    platforms: [.macOS(.v13)],
    products: [
        // MARK: Products
        .executable(name: "report-diff", targets: ["report-diff"]),
        .library(
            name: "ReportDiffKit",
            targets: ["ReportText", "ReportModel", "ReportParsing", "ReportComparison", "ReportExport"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: Libraries, bottom up

        /// What a character is (Han, CJK, wide), CSV quoting, terminal widths, text tables.
        .target(name: "ReportText"),
        /// Report, Section, Paragraph, Sentence, SourceRange, Diagnostic, Quantity, Fact, the
        /// indicator lexicon, ReportWithFacts: the vocabulary every stage shares.
        .target(
            name: "ReportModel",
            dependencies: ["ReportText"],
            // Embedded in the code, so an installed binary needs nothing from its build folder,
            // and a missing file fails the build.
            resources: [.embedInCode("Resources/indicators.json")]
        ),
        /// decode → read → outline → facts.
        .target(
            name: "ReportParsing",
            dependencies: ["ReportText", "ReportModel", "LibXML", "CArchive"],
            resources: [.embedInCode("Resources/traditional-characters.txt")]
        ),
        /// Alignment, text diff, phrases and scorecard over reports whose facts the caller read.
        .target(name: "ReportComparison", dependencies: ["ReportText", "ReportModel"]),
        /// Every renderer (text, CSV, XML, the archive, the review page) and the batch's index.
        .target(
            name: "ReportExport",
            dependencies: ["ReportText", "ReportModel", "ReportParsing", "ReportComparison", "LibXML", "CSHA256"],
            // The page's script and stylesheet and the archive schema: real files (a linter and
            // xmllint read them as they are), embedded in the code.
            resources: [
                .embedInCode("Resources/review.js"), .embedInCode("Resources/review.css"),
                .embedInCode("Resources/archive.rng"),
            ]
        ),
        /// libxml2 for Swift: HTML reading, XML writing, reading and RELAX NG validation.
        .target(name: "LibXML", dependencies: ["CLibXML2", "ReportText"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        /// libarchive, for the zip inside a .docx.
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        /// SHA-256 blocks through the x86 SHA instructions, where the processor has them.
        .target(
            name: "CSHA256",
            // Clang's default DWARF 5 makes valgrind 3.19's reader give up on the whole binary,
            // and callgrind is how this package's speed is measured.
            cSettings: [.unsafeFlags(["-gdwarf-4"])]
        ),
        /// glibc's malloc tuned so that freed large blocks go back to the system (a header only).
        .systemLibrary(name: "CMalloc"),

        // MARK: Tools

        .executableTarget(
            name: "report-diff",
            dependencies: [
                "ReportModel", "ReportParsing", "ReportComparison", "ReportExport", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked in: a run starts without loading and
            // relocating a dozen shared libraries (measured: 41M → 26M instructions and
            // 15.6 → 10.2 ms for `--help`). Release only: tests link the debug build dynamically.
            // lld, since gold repeats glibc's link-time notes on the static Foundation's `mktemp`.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))]
        ),
        /// `swift run -c release report-diff-bench`: time per stage and how it grows with size.
        .executableTarget(
            name: "report-diff-bench",
            dependencies: ["ReportModel", "ReportParsing", "ReportComparison", "ReportExport", "CMalloc"]
        ),

        // MARK: Fuzzing (libFuzzer entry points; see FuzzSupport)

        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzReading", dependencies: ["FuzzSupport", "ReportModel", "ReportParsing"]),
        .executableTarget(name: "FuzzArchive", dependencies: ["FuzzSupport", "ReportExport"]),
        .executableTarget(
            name: "FuzzCompare", dependencies: ["FuzzSupport", "ReportModel", "ReportParsing", "ReportExport"]
        ),

        // MARK: Tests

        /// The package root, the sample reports, a seeded generator, temporary folders and the
        /// golden-file check that every test target shares.
        .target(name: "TestSupport", dependencies: ["ReportModel", "ReportParsing"], path: "Tests/TestSupport"),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(
            name: "ReportParsingTests",
            dependencies: ["ReportText", "ReportModel", "ReportParsing", "ReportExport", "LibXML", "TestSupport"]
        ),
        .testTarget(
            name: "ReportComparisonTests",
            dependencies: ["ReportText", "ReportModel", "ReportParsing", "ReportComparison", "ReportExport", "TestSupport"]
        ),
        .testTarget(
            name: "ReportExportTests",
            dependencies: ["ReportText", "ReportModel", "ReportParsing", "ReportComparison", "ReportExport", "LibXML", "TestSupport"]
        ),
        /// Runs the built `report-diff` as a user would (and, for batch's internals, imports it).
        .testTarget(name: "ReportDiffCLITests", dependencies: ["report-diff", "ReportModel", "ReportParsing", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
