// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ReportDiff",
    platforms: [.macOS(.v13)],
    products: [
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
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2", "ReportText"]),
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .target(name: "ReportText"),
        .target(
            name: "ReportModel",
            dependencies: ["ReportText"],
            // Embedded in the code, so an installed binary needs nothing from its build folder.
            resources: [.embedInCode("Resources/indicators.json")]
        ),
        .target(name: "ReportParsing", dependencies: ["ReportModel", "ReportText", "LibXML", "CArchive"]),
        .target(name: "ReportComparison", dependencies: ["ReportModel", "ReportText"]),
        .target(
            name: "ReportExport",
            dependencies: ["ReportModel", "ReportText", "ReportParsing", "ReportComparison", "LibXML"]
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
        .target(name: "TestSupport", dependencies: ["ReportModel", "ReportParsing"], path: "Tests/TestSupport"),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(
            name: "ReportParsingTests",
            dependencies: ["ReportParsing", "ReportModel", "ReportText", "ReportExport", "LibXML", "TestSupport"]
        ),
        .testTarget(
            name: "ReportComparisonTests",
            dependencies: ["ReportComparison", "ReportParsing", "ReportModel", "ReportText", "ReportExport", "TestSupport"]
        ),
        .testTarget(
            name: "ReportExportTests",
            dependencies: ["ReportExport", "ReportComparison", "ReportParsing", "ReportModel", "TestSupport"]
        ),
        .testTarget(name: "ReportDiffCLITests", dependencies: ["report-diff", "ReportModel", "ReportParsing", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
