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
        var taken = Set<String>()
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

    private static func key(_ id: String, date: String?, salt: Int) -> String {
        var hash = StableHash()
        hash.combine(Array(id.utf8))
        if salt > 0 { withUnsafeBytes(of: UInt64(salt).littleEndian) { hash.combine(Array($0)) } }
        return base36(UInt64(max(0, days(date) ?? 0)), width: 3) + base36(hash.value % 60_466_176, width: 5)
    }

    /// FNV-1a 64 with a 0xFF byte after each part: part of the published keys, so it never
    /// changes with the build's own change-detection hash (`ContentHash`).
    private struct StableHash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func combine(_ bytes: [UInt8]) {
            for byte in bytes + [0xFF] {
                value ^= UInt64(byte)
                value &*= 0x100_0000_01b3
            }
        }
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian), capped to three digits.
    private static func days(_ date: String?) -> Int? {
        guard let parts = date?.split(separator: "-").compactMap({ Int($0) }), parts.count == 3 else { return nil }
        let (year, month, day) = (parts[1] <= 2 ? parts[0] - 1 : parts[0], parts[1], parts[2])
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return min(46_655, era * 146_097 + dayOfEra - 719_468)
    }

    private static func base36(_ value: UInt64, width: Int) -> String {
        let digits = String(value, radix: 36)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
