import FuzzDriver
import Language
import Session
import Story

// Feeds each input to the story data-file reader as the bytes of a file. A file it accepts is then
// opened in a session (its facts resolved against the unit prelude) and listed, as `--dossier FILE`
// would do. Nothing may crash, trap or overflow; a bad file must come back as a StoryLoadError.

/// Runs one input, the bytes of one story file.
func fuzzStory(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let story: Story
    do {
        story = try StoryReader.read(bytes: bytes, fileName: "fuzz.dossier")
    } catch {
        precondition(!error.issues.isEmpty, "a refused story file must name at least one problem")
        _ = error.description
        return 0
    }
    let session = Session(story: story)
    for command in [":facts", ":claims"] {
        _ = session.run(command)
    }
    return 0
}

runLibFuzzer { data, size in fuzzStory(data, size) }
