import Glibc

/// A file the shell could not read or write, with the system's reason.
public struct ShellError: Error, CustomStringConvertible {
    /// The file, as the user named it.
    public var path: String
    /// What went wrong ("No such file or directory").
    public var reason: String

    /// Creates an error with an explicit reason.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// Creates an error from an `errno` value.
    public init(path: String, errno code: Int32) {
        self.path = path
        self.reason = String(cString: strerror(code))
    }

    /// `cannot read FILE: reason`.
    public var description: String { "cannot read \(path): \(reason)" }
}
