/// Reads a dossier data file into a `Story`, or lists every problem in it.
public enum StoryReader {
    /// Parses and validates `text`; `fileName` names the file in error messages.
    public static func read(_ text: String, fileName: String) throws(StoryLoadError) -> Story {
        throw StoryLoadError(fileName: fileName, issues: [StoryIssue(line: 1, field: "file", message: "the story reader is not written yet")])
    }
}

/// One problem found in a data file.
public struct StoryIssue: Sendable, Equatable {
    /// The 1-based line of the file.
    public var line: Int
    /// The field (or section) at fault.
    public var field: String
    /// What is wrong.
    public var message: String

    /// Creates an issue.
    public init(line: Int, field: String, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }
}

/// Every problem found in a data file; the story is not loaded at all.
public struct StoryLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name, as given.
    public var fileName: String
    /// The problems, in line order.
    public var issues: [StoryIssue]

    /// Creates the error.
    public init(fileName: String, issues: [StoryIssue]) {
        self.fileName = fileName
        self.issues = issues
    }

    /// One `FILE:LINE: field: what is wrong` line per issue.
    public var description: String {
        issues.map { "\(fileName):\($0.line): \($0.field): \($0.message)" }.joined(separator: "\n")
    }
}
