import Language
import Story

extension Session {
    /// Everything wrong with the story that only the language can tell: a fact or assumption
    /// whose unit is not understood, a checkable claim whose formula does not parse. A story file
    /// with any of these is refused whole at load (the reader checks everything else), so no
    /// fact is listed that arithmetic then cannot find.
    public func storyProblems() -> [StoryIssue] {
        var problems = storyIssues
        for claim in story.checkableClaims {
            do throws(Diagnostic) {
                guard let statement = try Parser.parse(claim.formula), case .expression = statement else {
                    problems.append(StoryIssue(line: claim.line, field: "formula", message: "`\(claim.formula)` is not a whole expression"))
                    continue
                }
            } catch {
                problems.append(StoryIssue(line: claim.line, field: "formula", message: "`\(claim.formula)`: \(error.message)"))
            }
        }
        return problems.sorted { $0.line < $1.line }
    }
}
