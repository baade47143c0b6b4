import Draft
import Extract
import FuzzDriver
import Session
import Story

// Feeds each input to the extractor as the bytes of an article, as `dossier extract FILE` does.
// Nothing may crash or hang; bytes that are not UTF-8 must be refused, and every quantity's
// offsets must lie inside the text, in order, with its text at them. Then drafts a story from it,
// as `dossier draft` does: the draft is refused with a message, or it loads, units and all.

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
    switch StoryDrafter().draft(text, fileName: "fuzz.txt") {
    case .failure(let refusal):
        precondition(!refusal.message.isEmpty && !refusal.message.hasPrefix(StoryDrafter.unloadable), "refused: \(refusal.message)")
    case .success(let file):
        do {
            let story = try StoryReader.read(file, fileName: "fuzz.dossier")
            precondition(Session(story: story).storyIssues.isEmpty, "a draft whose units a session cannot read")
        } catch {
            preconditionFailure("a draft that does not load: \(error)")
        }
    }
    return 0
}

runLibFuzzer { data, size in fuzzExtract(data, size) }
