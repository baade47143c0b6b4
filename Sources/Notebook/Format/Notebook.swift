import Language
import Session

/// A parsed notebook: its header and its cells, in the file's order.
public struct Notebook: Sendable, Equatable {
    /// The header: format, Dossier version, story and seed.
    public var header: NotebookHeader
    /// The cells in order (notes and commands with their recorded outputs).
    public var cells: [Cell]
    /// For each cell, the 1-based line of the file where it starts (its `<!-- cell: … -->` marker),
    /// so replay diagnostics can name the line.
    public var cellLines: [Int]

    /// Creates a notebook; `cellLines` defaults to none (a notebook not read from a file).
    public init(header: NotebookHeader, cells: [Cell], cellLines: [Int] = []) {
        self.header = header
        self.cells = cells
        self.cellLines = cellLines
    }
}

/// What a notebook records about where its outputs came from.
public struct NotebookHeader: Sendable, Equatable {
    /// The notebook format version this build writes and reads.
    public static let currentFormat = 1

    /// The format version of the file.
    public var format: Int
    /// The Dossier version that wrote the outputs.
    public var dossierVersion: String
    /// The story's id (`north-korea-russia-war`).
    public var storyID: String
    /// The hash of the story's data file, so a changed story is noticed on replay.
    public var storyHash: String
    /// The random seed the session started with (for `:simulate`).
    public var seed: UInt64
    /// The hedge-table rows the outputs used (`around = ±5% ±2% ±1%`), one `hedge:` line each, so a
    /// replay reads numbers as they were read even after the built-in table changes.
    public var hedges: [String]

    /// Creates a header; `format` defaults to the current format.
    public init(format: Int = NotebookHeader.currentFormat, dossierVersion: String, storyID: String, storyHash: String, seed: UInt64,
                hedges: [String] = []) {
        self.format = format
        self.dossierVersion = dossierVersion
        self.storyID = storyID
        self.storyHash = storyHash
        self.seed = seed
        self.hedges = hedges
    }
}

/// Why a notebook could not be read: the file and line at fault and what is wrong there.
public struct NotebookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name, as given.
    public var fileName: String
    /// The 1-based line at fault, or nil when the problem is the whole file (its size).
    public var line: Int?
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates the error.
    public init(fileName: String, line: Int?, message: String) {
        self.fileName = fileName
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: what is wrong` (or `FILE: what is wrong` without a line).
    public var description: String {
        if let line { return "\(fileName):\(line): \(message)" }
        return "\(fileName): \(message)"
    }
}
