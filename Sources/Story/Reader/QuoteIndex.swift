/// Where many quotes occur in the article, found in passes over the text whose number does not
/// grow with the number of quotes: searching each quote alone costs quotes × article length,
/// which for 40,000 facts over 60,000 sentences never finished.
///
/// Quotes are grouped by length into powers of two; for each group one rolling hash runs over the
/// text with a window of that power (no longer than any quote in the group), and a window whose
/// hash is some quote's first scalars is checked against that quote in full. So the work is the
/// text's length times the number of groups (at most 21), plus the checks of true prefix matches.
struct QuoteIndex {
    /// Every scalar offset where each quote starts.
    private(set) var hits: [String: [Int]] = [:]

    init(quotes: Set<String>, text: String) {
        let codes = text.unicodeScalars.map(\.value)
        var groups: [Int: [(String, [UInt32])]] = [:]
        for quote in quotes {
            let scalars = quote.unicodeScalars.map(\.value)
            guard !scalars.isEmpty, scalars.count <= codes.count else {
                hits[quote] = []
                continue
            }
            groups[Self.floorPowerOfTwo(scalars.count), default: []].append((quote, scalars))
        }
        for (window, members) in groups { search(window: window, members: members, in: codes) }
    }

    /// One pass: every quote of `members` is at least `window` scalars long.
    private mutating func search(window: Int, members: [(String, [UInt32])], in codes: [UInt32]) {
        var byPrefix: [UInt64: [Int]] = [:]
        for (i, member) in members.enumerated() {
            byPrefix[Self.hash(member.1[0..<window]), default: []].append(i)
            hits[member.0] = []
        }
        // The factor that takes the oldest scalar out of the rolling hash.
        var top: UInt64 = 1
        for _ in 1..<max(window, 1) { top &*= Self.base }
        var h = Self.hash(codes[0..<window])
        var start = 0
        while true {
            if let candidates = byPrefix[h] {
                for i in candidates {
                    let needle = members[i].1
                    if start + needle.count <= codes.count, codes[start..<start + needle.count].elementsEqual(needle) {
                        hits[members[i].0, default: []].append(start)
                    }
                }
            }
            let next = start + window
            guard next < codes.count else { break }
            h = (h &- UInt64(codes[start]) &* top) &* Self.base &+ UInt64(codes[next])
            start += 1
        }
    }

    static let base: UInt64 = 0x100_0000_01B3

    static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var h: UInt64 = 0
        for c in scalars { h = h &* base &+ UInt64(c) }
        return h
    }

    static func floorPowerOfTwo(_ n: Int) -> Int {
        var p = 1
        while p * 2 <= n { p *= 2 }
        return p
    }
}
