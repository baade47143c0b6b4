#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libcmark, the CommonMark reference implementation, opened with `dlopen` the first time a
/// note is rendered, so a start of `dossier` that exports nothing loads no more libraries
/// (Debian's `libcmark-dev`, which `scripts/setup.sh` installs). Nil when it is not installed.
///
/// (JohnSundell/Ink was tried first: it imports all of Foundation, which the statically linked
/// release binary cannot link without ICU, tens of megabytes more.)
enum CMark {
    /// `char *cmark_markdown_to_html(const char *text, size_t len, int options)`.
    typealias ToHTML = @convention(c) (UnsafePointer<CChar>?, Int, Int32) -> UnsafeMutablePointer<CChar>?

    /// The library's names: the development link, then the versions Debian and others ship.
    static let names = ["libcmark.so", "libcmark.so.0.31.0", "libcmark.so.0.30.3", "libcmark.so.0.30.2", "libcmark.so.0.29.0", "libcmark.dylib"]

    /// The renderer, found on first use.
    nonisolated(unsafe) static let toHTML: ToHTML? = {
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let symbol = dlsym(handle, "cmark_markdown_to_html") { return unsafeBitCast(symbol, to: ToHTML.self) }
            dlclose(handle)
        }
        return nil
    }()

    /// Whether libcmark could be opened.
    static var isAvailable: Bool { toHTML != nil }

    /// `markdown` as HTML in cmark's default, safe mode: raw HTML is left out (as a comment) and
    /// `javascript:`, `vbscript:`, `file:` and most `data:` links are emptied. Nil without libcmark.
    static func html(_ markdown: String) -> String? {
        guard let toHTML else { return nil }
        var text = markdown
        return text.withUTF8 { bytes -> String? in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let out = toHTML(chars.baseAddress, chars.count, 0) else { return nil }
                defer { free(out) }
                return String(cString: out)
            }
        }
    }
}
