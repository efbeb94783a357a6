import CZip

/// The parts of a Word file (`.docx`, a zip archive of XML parts), read from its bytes with libzip:
/// the one file that calls it.
///
/// A part is read only up to `largestPart` bytes, whatever the archive says of its size, so that a
/// part that inflates without end (a zip bomb) costs no more than that.
struct WordArchive {
    /// The parts asked for, by name, where the archive has them.
    private(set) var parts: [String: [UInt8]] = [:]

    /// Why the bytes could not be read as a zip archive.
    struct Failure: Error {
        var message: String
    }

    static let largestPart = 64 << 20

    /// Reads the parts named `names` out of the archive `bytes`.
    static func read(_ bytes: [UInt8], parts names: [String]) -> Result<WordArchive, Failure> {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        return bytes.withUnsafeBytes { buffer -> Result<WordArchive, Failure> in
            guard let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(buffer.count), 0, &error) else {
                return .failure(Failure(message: message(&error)))
            }
            guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
                zip_source_free(source)
                return .failure(Failure(message: message(&error)))
            }
            defer { zip_discard(archive) }
            // One buffer for every part, left uninitialised: zip_fread fills what it returns.
            let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 1)
            defer { chunk.deallocate() }
            var read = WordArchive()
            for name in names {
                let index = zip_name_locate(archive, name, 0)
                guard index >= 0 else { continue }
                guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
                    return .failure(Failure(message: "its part \(name) cannot be read: " + String(cString: zip_strerror(archive))))
                }
                defer { zip_fclose(file) }
                var part: [UInt8] = []
                // Room for the size the archive states (trusted only as far as `largestPart`).
                var stat = zip_stat_t()
                if zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0, stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 {
                    part.reserveCapacity(Int(min(stat.size, zip_uint64_t(largestPart))))
                }
                while part.count < largestPart {
                    let count = zip_fread(file, chunk.baseAddress, zip_uint64_t(chunk.count))
                    if count < 0 { return .failure(Failure(message: "its part \(name) is damaged: " + String(cString: zip_file_strerror(file)))) }
                    if count == 0 { break }
                    part += UnsafeRawBufferPointer(rebasing: chunk[..<Int(count)])
                }
                guard part.count < largestPart else {
                    return .failure(Failure(message: "its part \(name) unpacks to more than \(largestPart >> 20) MB"))
                }
                read.parts[name] = part
            }
            return .success(read)
        }
    }

    private static func message(_ error: inout zip_error_t) -> String {
        zip_error_strerror(&error).map { String(cString: $0) } ?? "not a zip archive"
    }
}
