import Foundation

/// Short, stable keys for documents in the search index: three base-36 digits of the document's
/// day (days since 1970-01-01; `000` when undated) and five of a hash of its id. The key sorts by
/// date, so the browser ranks newer documents first without a table of dates, and it does not
/// change when other documents come or go. Two documents with the same key (same day, same hash:
/// about one in 60 million per pair) are told apart by hashing the later id again.
struct SearchKeys: Sendable {
    private var keys: [String: String] = [:]

    /// `documents` in any order, or already in id order (`sortedByID`).
    init(_ documents: [DocumentSummary], sortedByID: Bool = false) {
        var taken = Set<String>(minimumCapacity: documents.count)
        keys.reserveCapacity(documents.count)
        for document in sortedByID ? documents : documents.sorted(by: { $0.id < $1.id }) {
            var salt = 0
            var key = Self.key(document.id, date: document.date, salt: salt)
            while !taken.insert(key).inserted {
                salt += 1
                key = Self.key(document.id, date: document.date, salt: salt)
            }
            keys[document.id] = key
        }
    }

    subscript(id: String) -> String { keys[id] ?? Self.key(id, date: nil, salt: 0) }

    /// Made for every document whenever the archive is linked, so the id is read in place and the
    /// key is written straight into its string.
    private static func key(_ id: String, date: String?, salt: Int) -> String {
        var hash = StableHash(), id = id
        id.withUTF8 { hash.combine($0) }
        if salt > 0 { withUnsafeBytes(of: UInt64(salt).littleEndian) { hash.combine($0) } }
        // Three base-36 digits of the day (at most 46,655 = 36³ − 1) and five of the hash.
        var day = UInt64(max(0, days(date) ?? 0)), value = hash.value % 60_466_176
        return String(unsafeUninitializedCapacity: 8) { digits in
            for index in (0..<3).reversed() {
                digits[index] = base36Digits[Int(day % 36)]
                day /= 36
            }
            for index in (3..<8).reversed() {
                digits[index] = base36Digits[Int(value % 36)]
                value /= 36
            }
            return 8
        }
    }

    private static let base36Digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// FNV-1a 64 with a 0xFF byte after each part: part of the published keys, so it never
    /// changes with the build's own change-detection hash (`ContentHash`).
    private struct StableHash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func combine<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            for byte in bytes { add(byte) }
            add(0xFF)
        }

        private mutating func add(_ byte: UInt8) {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian), capped to three digits.
    static func days(_ date: String?) -> Int? {
        guard var date else { return nil }
        // The usual form, read from its ten bytes; anything else is split as text.
        let usual = date.withUTF8 { bytes -> Int? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                dateDigits.allSatisfy({ (0x30...0x39).contains(bytes[$0]) })
            else { return nil }
            func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
            return days(year: number(0..<4), month: number(5..<7), day: number(8..<10))
        }
        return usual ?? daysOfSplitText(date)
    }

    /// Where `YYYY-MM-DD` has its digits.
    private static let dateDigits = [0, 1, 2, 3, 5, 6, 8, 9]

    /// `days` of any text: three numbers between hyphens.
    static func daysOfSplitText(_ date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return days(year: parts[0], month: parts[1], day: parts[2])
    }

    private static func days(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return min(46_655, era * 146_097 + dayOfEra - 719_468)
    }
}
