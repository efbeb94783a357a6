import ArgumentParser
import Foundation
import KamerArchief

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new archive in DIR: an example document, topics.yml, the default templates, .gitignore and a CI workflow.")

    @Argument(help: "The folder to create; it must not exist yet or be empty.") var directory: String

    func run() throws {
        let files = try ArchiveScaffold.create(at: URL(fileURLWithPath: directory))
        for file in files where !file.hasPrefix("Templates/") { print("created \(directory)/\(file)") }
        print("created \(directory)/Templates/ (\(files.filter { $0.hasPrefix("Templates/") }.count) files)")
        print("next: cd \(directory) && kamerarchief build, then open Output/index.html")
    }
}
