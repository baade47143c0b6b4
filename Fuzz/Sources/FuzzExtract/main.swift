import Extract
import FuzzDriver

// Feeds each input to the extractor as the bytes of an article, as `dossier extract FILE` does.
// Nothing may crash or hang; bytes that are not UTF-8 must be refused, and every quantity's
// offsets must lie inside the text, in order, with its text at them.

/// Runs one input, the bytes of one article.
func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard case .success(let text) = TextInput.decode(fuzzBytes(data, size)) else { return 0 }
    let scalars = Array(text.unicodeScalars)
    var last = 0
    for quantity in Extractor().extract(text) {
        precondition(last <= quantity.start && quantity.start < quantity.end && quantity.end <= scalars.count, "offsets outside the text")
        precondition(String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end])) == quantity.text, "text not at its offsets")
        _ = quantity.json
        last = quantity.end
    }
    _ = ExtractionTable.render([])
    return 0
}

runLibFuzzer { data, size in fuzzExtract(data, size) }
