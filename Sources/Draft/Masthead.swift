import Extract

/// What the lines around a headline say of the article: the author and outlet of a byline
/// (`By Jane Roe, Valley Herald`, `By Jane Roe | Valley Herald`, or `Jane Roe, Valley Herald` as
/// the first line after the headline) and the date of a date line (`March 3, 2026`,
/// `Valley Herald, March 3, 2026`, `3 March 2026`, `2026-03-03`).
struct Masthead: Equatable {
    var author: String?
    var outlet: String?
    /// `YYYY-MM-DD`, as the story format writes a date.
    var date: String?
    /// The line the author was read from when it has no `By` (a guess a person should check).
    var unmarkedByline: String?

    /// Reads the header lines (those after the headline before the first that ends like a
    /// sentence, at most three) and then the closing byline, if any; the first reading of each
    /// field wins.
    init(lines: [String], closingByline: String?, lexicon: Lexicon = .english) {
        let reader = Reader(lexicon: lexicon)
        for (index, line) in lines.prefix(3).enumerated() {
            if Self.endsLikeSentence(line) { break }
            read(line, first: index == 0, reader)
        }
        if let closingByline { read(closingByline, first: false, reader) }
    }

    private mutating func read(_ line: String, first: Bool, _ reader: Reader) {
        var (rest, date) = reader.trailingDate(line)
        if date != nil { self.date = self.date ?? date }
        let marked = rest.hasPrefix("By ") || rest.hasPrefix("by ")
        if marked { rest = String(rest.dropFirst(3)) }
        let parts = rest.split(whereSeparator: { $0 == "," || $0 == "|" }).map(\.trimmingSpaces).filter { !$0.isEmpty }
        guard !parts.isEmpty else { return }
        if marked || (first && date == nil && parts.count == 2 && parts[0].split(separator: " ").count >= 2) {
            guard reader.isName(parts[0]) else { return }
            if author == nil {
                author = parts[0]
                if !marked { unmarkedByline = line }
            }
            if parts.count > 1, outlet == nil, reader.isOutlet(parts[1]) { outlet = parts[1] }
        } else if date != nil, parts.count == 1, reader.isOutlet(parts[0]), outlet == nil {
            // `Valley Herald, March 3, 2026`
            outlet = parts[0]
        }
    }

    static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.last(where: { !"\"”’')]".contains($0) }) else { return false }
        return ".!?…:".contains(last)
    }

    /// The word tests, with the lexicon's month names and byline job words.
    struct Reader {
        let lexicon: Lexicon
        private static let fullMonths = ["january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december"]
        private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

        /// A person's name: two to five words, each capitalized but for a joining word (`de`, `van`, `and`).
        func isName(_ text: String) -> Bool {
            let words = text.split(separator: " ")
            guard (2...6).contains(words.count), text.count <= 60, !text.contains(where: \.isNumber) else { return false }
            return words.allSatisfy { $0.first!.isUppercase || ["de", "van", "von", "der", "da", "al", "bin", "and"].contains($0) }
                && !words.contains { lexicon.bylineRoles.contains($0.lowercased()) }
        }

        /// A publication's name: capitalized words, no digits, no job word (`Staff Writer`).
        func isOutlet(_ text: String) -> Bool {
            let words = text.split(separator: " ")
            guard (1...6).contains(words.count), text.count <= 60 else { return false }
            return words.allSatisfy { $0.first!.isUppercase || ["of", "the", "and", "&"].contains($0) }
                && !words.contains { lexicon.bylineRoles.contains($0.lowercased()) || weekday($0) }
        }

        /// The line without a date at its end, and the date as `YYYY-MM-DD`; a weekday before the
        /// date (`Tuesday, March 3, 2026`) goes with it.
        func trailingDate(_ line: String) -> (rest: String, date: String?) {
            var words = line.split(separator: " ").map(String.init)
            var date: String?
            if let last = words.last, let iso = Self.iso(last) {
                date = iso; words.removeLast()
            } else if words.count >= 3, let year = Self.year(words[words.count - 1]) {
                let (a, b) = (Self.bare(words[words.count - 3]), Self.bare(words[words.count - 2]))
                if let month = month(a), let day = Self.day(b) {
                    date = Self.format(year, month, day)   // March 3, 2026
                } else if let day = Self.day(a), let month = month(b) {
                    date = Self.format(year, month, day)   // 3 March 2026
                }
                if date != nil { words.removeLast(3) }
            }
            guard date != nil else { return (line, nil) }
            if let last = words.last, weekday(Substring(Self.bare(last))) { words.removeLast() }
            var rest = words.joined(separator: " ")
            while let end = rest.last, end == "," || end == "|" || end == " " || end == "-" || end == "—" { rest.removeLast() }
            return (rest, date)
        }

        private func weekday(_ word: Substring) -> Bool { Self.weekdays.contains(word.lowercased()) }

        /// The month's number for a month name or its abbreviation (`Mar.`, `Sept`).
        private func month(_ word: String) -> Int? {
            let lower = word.lowercased()
            guard lexicon.months.contains(lower) else { return nil }
            return Self.fullMonths.firstIndex { $0.hasPrefix(lower.prefix(3)) }.map { $0 + 1 }
        }

        /// A word without the comma or full stop after it.
        private static func bare(_ word: String) -> String {
            String(word.reversed().drop { $0 == "," || $0 == "." }.reversed())
        }

        private static func day(_ word: String) -> Int? {
            guard word.count <= 2, let day = Int(word), (1...31).contains(day) else { return nil }
            return day
        }

        private static func year(_ word: String) -> Int? {
            guard word.count == 4, let year = Int(word), (1800...2199).contains(year) else { return nil }
            return year
        }

        private static func iso(_ word: String) -> String? {
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, let year = year(String(parts[0])), parts[1].count == 2, let month = Int(parts[1]),
                  (1...12).contains(month), let day = day(String(parts[2])), parts[2].count == 2 else { return nil }
            return format(year, month, day)
        }

        /// `YYYY-MM-DD`, or nil for a day the month does not have (`February 30`).
        private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            guard day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] else { return nil }
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(year)-\(two(month))-\(two(day))"
        }
    }
}
