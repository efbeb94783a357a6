import ArgumentParser
// Linked for its malloc, which serves the whole process (see Package.swift).
import CJemalloc
import Foundation
import KamerArchief

/// `kamerarchief`: build, check or inspect the archive. Exit codes: 0 success, 1 content errors,
/// 2 usage or environment errors.
@main
struct KamerArchiefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kamerarchief",
        abstract: "Turns Dutch parliamentary documents into a cross-linked static archive.",
        version: ToolVersion.version,
        subcommands: [Build.self, Check.self, Parse.self, SuggestTopics.self, New.self, Serve.self])

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as BuildError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            Foundation.exit(2)
        } catch let error as UnreadableFile {
            FileHandle.standardError.write(Data("\(error.diagnostic)\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            // Usage errors exit with 2, as documented, not ArgumentParser's 64.
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

struct SiteOptions: ParsableArguments {
    @Option(help: "The folder of documents and sidecars.") var content = "Content"
    @Option(help: "The folder of CommonMark templates, layout and assets (without a Templates folder: the built-in templates).")
    var templates = SiteOptions.defaultTemplates
    @Flag(help: "Treat warnings as errors.") var strict = false
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions
    @OptionGroup var console: ConsoleOptions
    @Option(help: "The folder to write the site to; replaced only when the build succeeds.") var output = "Output"
    @Option(help: "The published address, e.g. https://example.org/archief/; enables canonical links, sitemap and feed.")
    var baseURL: String?
    @Flag(help: "Write the site without the documents that have errors (the build still fails).") var keepGoing = false
    @Option(help: "The incremental-build cache folder (default: .kamerarchief-cache beside the output).") var cache: String?
    @Flag(help: "Ignore and keep no cache: parse and render everything.") var noCache = false
    @Flag(help: "Rebuild whenever a document, sidecar or template changes; stop with Ctrl-C.") var watch = false
    @Flag(help: "Exit 2 at once when another build is writing the output, instead of waiting for it.") var noWait = false
    @Flag(help: "Print the wall and CPU seconds of each stage (scan, ingest, link, render, search index, write, cache save).")
    var timings = false

    func run() throws {
        var options = site.buildOptions(output: output, baseURL: baseURL)
        options.keepGoing = keepGoing
        options.cacheDirectory = noCache ? nil : cache.map { URL(fileURLWithPath: $0) } ?? BuildOptions.defaultCache(for: output)
        options.waitForLock = !noWait
        options.lockNotice = { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
        guard watch else {
            // One build, then exit with its models still held: the exit frees them at once.
            options.leavesModelsToExit = true
            let report = try buildOnce(options)
            Foundation.exit(report.failed ? 1 : 0)
        }
        // A parent may have blocked these (test runners do); watch mode must stop when asked.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGINT)
        sigaddset(&stopSignals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
        var signature: UInt64?
        while true {
            let current = SiteBuilder.inputSignature(options)
            if current != signature {
                signature = current
                do { _ = try buildOnce(options) } catch let error as BuildError {
                    FileHandle.standardError.write(Data("\(error)\n".utf8))
                }
                FileHandle.standardError.write(Data("watching \(site.content) and \(site.templates) for changes\n".utf8))
            }
            Thread.sleep(forTimeInterval: 0.3)
        }
    }

    /// One build, its diagnostics and summary printed; its report.
    private func buildOnce(_ options: BuildOptions) throws -> BuildReport {
        let started = Date(), startedCPU = BuildTimings.processCPUSeconds()
        var options = options
        options.observer = console.progress()
        var report = try SiteBuilder.build(options)
        let reporter = console.reporter
        reporter.print(report)
        if timings {
            // What no stage measured: waiting for the output lock, freeing the archive's
            // models, printing the diagnostics.
            let stages = report.timings.stages
            report.timings.add(
                "outside the stages", wall: max(0, Date().timeIntervalSince(started) - stages.reduce(0) { $0 + $1.wall }),
                cpu: max(0, BuildTimings.processCPUSeconds() - startedCPU - stages.reduce(0) { $0 + $1.cpu }))
            FileHandle.standardError.write(Data("\(report.timings.table)\n".utf8))
        }
        if let outcome = report.outcome(output: output, seconds: Date().timeIntervalSince(started)) { reporter.summary(outcome) }
        return report
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse and link everything and print diagnostics; write nothing.")

    @OptionGroup var site: SiteOptions
    @OptionGroup var console: ConsoleOptions

    func run() throws {
        var options = site.buildOptions(output: "Output")
        options.writesOutput = false
        options.observer = console.progress()
        let report = try SiteBuilder.build(options)
        console.reporter.print(report)
        if report.failed { throw ExitCode(1) }
    }
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one document's model: JSON with --json, else a readable dump; or with --text the text its reader reads.")

    @Argument(help: "The document file (a sidecar beside it is read too).") var file: String
    @Flag(help: "Print the public JSON model.") var json = false
    @Flag(help: "Print the text the reader reads (a PDF's extracted text, a Word file's or a web page's text), whose lines diagnostics name.")
    var text = false

    func run() throws {
        let loaded = try ContentLoader.loadFile(URL(fileURLWithPath: file), displayPath: file)
        if text {
            let (readable, diagnostics) = Ingester.readableText(of: loaded)
            Reporter.print(diagnostics.sortedAndDeduplicated())
            guard let readable else {
                if diagnostics.isEmpty { FileHandle.standardError.write(Data("\(file): official XML is read as XML, not as text\n".utf8)) }
                throw ExitCode(1)
            }
            print(readable)
            return
        }
        let (document, diagnostics) = Ingester.ingest(loaded)
        Reporter.print(diagnostics.sortedAndDeduplicated())
        guard let document else { throw ExitCode(1) }
        print(json ? DocumentJSON.encode(document, pretty: true) : document.modelDump, terminator: "")
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

struct SuggestTopics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest-topics",
        abstract: "List terms that recur in two or more documents and are not in Content/topics.yml yet.")

    @Option(help: "The folder of documents, sidecars and topics.yml.") var content = "Content"

    func run() throws {
        let display = content.hasSuffix("/") ? String(content.dropLast()) : content
        let result = try TopicSuggester.suggest(contentDirectory: URL(fileURLWithPath: content), displayPrefix: display)
        Reporter.print(result.diagnostics)
        for suggestion in result.suggestions { print(suggestion.line) }
    }
}

/// Diagnostics and summaries on stderr, in the compiler format, for the commands without console options.
enum Reporter {
    static func print(_ diagnostics: [Diagnostic]) {
        ConsoleReporter(format: .compiler, colour: false, quiet: false).print(diagnostics)
    }
}
