import BuiltinData
import FuzzDriver
import Language
import Session
import Notebook
import Story

// Feeds each input to the notebook reader as the bytes of a file, and to the crash journal's
// decoder. Besides "nothing traps", two properties are checked, because breaking either loses work:
// - a notebook the reader accepts, written back by NotebookWriter, reads back to the same cells,
//   and writing those gives the same bytes again (what `:save` writes, `:open` and `replay` must
//   read; the header's values alone may change once, as the writer keeps each on one line);
// - every cell the journal decoder returns, encoded again, decodes to itself (what --recover reads).
// A small accepted notebook is also replayed, writes forbidden, as `dossier replay FILE` would.

/// The built-in story, read once.
let builtinStory: Story = {
    do { return try StoryReader.read(BuiltinStory.text, fileName: BuiltinStory.fileName) }
    catch { fatalError("the built-in story does not load: \(error)") }
}()

/// Notebooks with at most this many cells are replayed too (replay costs a session per input).
let replayedCells = 4

/// Runs one input, the bytes of one notebook (and of one journal).
func fuzzNotebook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    checkJournal(bytes)
    let notebook: Notebook
    do {
        notebook = try NotebookReader.parse(bytes: bytes, fileName: "fuzz.md")
    } catch {
        precondition(!error.message.isEmpty, "a refused notebook must say why")
        return 0
    }
    let written = NotebookWriter.render(cells: notebook.cells, header: notebook.header)
    do {
        let again = try NotebookReader.parse(written, fileName: "written.md")
        precondition(again.cells == notebook.cells, "a written notebook reads back to other cells:\n\(written)")
        let rewritten = NotebookWriter.render(cells: again.cells, header: again.header)
        precondition(rewritten == written, "a notebook written twice differs:\n\(written)\n---\n\(rewritten)")
    } catch {
        preconditionFailure("a notebook the writer wrote does not read back: \(error)\n\(written)")
    }
    if notebook.cells.count <= replayedCells {
        let session = Session(story: builtinStory, options: SessionOptions(seed: notebook.header.seed, forbidWrites: true))
        let result = Replayer(dossierVersion: "fuzz").replay(notebook, fileName: "fuzz.md", into: session)
        precondition(result.cells.count == notebook.cells.count, "replay must give one cell per cell")
    }
    return 0
}

/// Decodes `bytes` as a journal; every cell decoded must survive another encode and decode.
func checkJournal(_ bytes: [UInt8]) {
    let contents = Journal.decode(bytes)
    precondition(contents.droppedBytes >= 0 && contents.droppedBytes <= bytes.count, "dropped bytes out of range")
    guard let header = contents.header else { return }
    var encoded = Journal.encode(header)
    for cell in contents.cells { encoded += Journal.encode(cell) }
    let again = Journal.decode(encoded)
    precondition(again.cells == contents.cells && again.droppedBytes == 0, "journal entries do not survive a second encoding")
}

runLibFuzzer { data, size in fuzzNotebook(data, size) }
