// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ReportDiff",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "report-diff", targets: ["report-diff"]),
        .library(
            name: "ReportDiffKit",
            targets: ["ReportModel", "ReportParsing", "ReportComparison", "ReportExport"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .target(name: "ReportModel"),
        .target(
            name: "ReportParsing",
            dependencies: ["ReportModel", "LibXML", "CArchive"],
            // Embedded in the code, so an installed binary needs nothing from its build folder.
            resources: [.embedInCode("Resources/indicators.json")]
        ),
        .target(name: "ReportComparison", dependencies: ["ReportModel", "ReportParsing"]),
        .target(
            name: "ReportExport",
            dependencies: ["ReportModel", "ReportComparison", "LibXML"],
            // The page's script and stylesheet and the archive schema: real files, embedded in the code.
            resources: [
                .embedInCode("Resources/review.js"), .embedInCode("Resources/review.css"),
                .embedInCode("Resources/archive.rng"),
            ]
        ),
        .executableTarget(
            name: "report-diff",
            dependencies: [
                "ReportModel", "ReportParsing", "ReportComparison", "ReportExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "report-diff-bench", dependencies: ["ReportModel", "ReportParsing", "ReportComparison", "ReportExport"]
        ),
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzReading", dependencies: ["FuzzSupport", "ReportModel", "ReportParsing"]),
        .executableTarget(name: "FuzzArchive", dependencies: ["FuzzSupport", "ReportExport"]),
        .executableTarget(
            name: "FuzzCompare", dependencies: ["FuzzSupport", "ReportModel", "ReportParsing", "ReportExport"]
        ),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "ReportParsingTests", dependencies: ["ReportParsing", "ReportModel", "LibXML"]),
        .testTarget(
            name: "ReportComparisonTests",
            dependencies: ["ReportComparison", "ReportParsing", "ReportModel"]
        ),
        .testTarget(
            name: "ReportExportTests",
            dependencies: ["ReportExport", "ReportComparison", "ReportParsing", "ReportModel"]
        ),
        .testTarget(name: "ReportDiffCLITests", dependencies: ["report-diff"]),
    ],
    swiftLanguageModes: [.v6]
)
