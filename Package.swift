// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "KamerArchief",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kamerarchief", targets: ["KamerArchiefCLI"]),
        // Per-reader throughput for `make bench` (bench/run.py).
        .executable(name: "kamerarchief-bench", targets: ["KamerArchiefBench"]),
        // `kamerarchief serve` runs this binary, kept apart so that `make site` does not build the server.
        .executable(name: "kamerarchief-serve", targets: ["KamerArchiefServeCLI"]),
        .library(name: "KamerArchief", targets: ["KamerArchief"]),
        .library(name: "KamerArchiefServe", targets: ["KamerArchiefServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // The HTTP server of `serve`: small, on plain sockets (no SwiftNIO), see README "serve".
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's libcmark, the one CommonMark implementation in the link graph.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Debian's libxml2, for the official publication XML (SAX2, no entity expansion, no network).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Debian's poppler (GLib API), which reads PDF files given as bytes: text per page,
        // with each glyph's box so that columns can be told apart.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Debian's libzip, which opens a Word file (.docx, a zip archive) given as bytes.
        .systemLibrary(
            name: "CZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        // Debian's jemalloc, linked into the executables (each imports it) so that its malloc serves
        // the whole process: glibc's spent 9 to 12% of a clean build's samples in `_int_malloc`,
        // with the many small strings, arrays and dictionaries the pages are made of (README).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        // Linux's statfs(2) and file system magic numbers (headers only, from libc6-dev).
        .systemLibrary(name: "CLinuxFS"),
        .target(
            name: "KamerArchief",
            dependencies: [
                "CCmark",
                "CLinuxFS",
                "CLibXML2",
                "CPoppler",
                "CZip",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `serve`: the HTTP server, the live-reload events and the watch loop around SiteBuilder.
        .target(
            name: "KamerArchiefServe",
            dependencies: [
                "KamerArchief",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "KamerArchiefCLI",
            dependencies: [
                "KamerArchief",
                "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "KamerArchiefBench",
            dependencies: ["KamerArchief", "CJemalloc"]
        ),
        .executableTarget(
            name: "KamerArchiefServeCLI",
            dependencies: [
                "KamerArchief",
                "CJemalloc",
                "KamerArchiefServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KamerArchiefTests",
            dependencies: ["KamerArchief", "KamerArchiefServe"],
            exclude: ["Fixtures", "Goldens"]
        ),
    ]
)
