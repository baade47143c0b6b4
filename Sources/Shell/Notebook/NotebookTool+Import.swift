import Language
import Notebook

extension NotebookTool {
    /// `dossier import NOTEBOOK.ipynb [-o OUT]`: writes the Jupyter notebook as a Dossier notebook
    /// (default: the same name with `.md`) and returns the exit status. Nothing is re-run.
    public static func importNotebook(file: String, to destination: String?, output: Output) -> Int32 {
        let bytes: [UInt8]
        switch FileBytes.read(path: file, limit: NotebookReader.maximumBytes) {
        case .success(let b): bytes = b
        case .failure(let error):
            output.error("error[io]: \(error)")
            return ExitStatus.usage.rawValue
        }
        let notebook: Notebook
        do throws(NotebookError) {
            // A notebook Dossier did not write is taken to be on the built-in story, seed 42.
            let story = StoryLoader.builtinOrExit(output: output)
            let fallback = NotebookHeader(dossierVersion: DossierVersion.current, storyID: story.id, storyHash: story.contentHash, seed: 42)
            notebook = try IpynbImporter.read(String(decoding: bytes, as: UTF8.self), fileName: file, fallback: fallback)
        } catch {
            output.error("error[io]: \(error.description)")
            return ExitStatus.usage.rawValue
        }
        let target = destination ?? NotebookFile.replacingExtension(file, with: "md")
        guard target != file else {
            output.error("error[io]: importing \(file) to \(target) would overwrite the notebook itself; name another file with -o")
            return ExitStatus.usage.rawValue
        }
        switch NotebookFile.write(NotebookWriter.render(cells: notebook.cells, header: notebook.header), to: target) {
        case .success:
            let n = notebook.cells.count
            output.line("imported \(n) \(n == 1 ? "cell" : "cells") to \(target)")
            return ExitStatus.success.rawValue
        case .failure(let failure):
            output.error(failure.message)
            return ExitStatus.commandFailed.rawValue
        }
    }
}
